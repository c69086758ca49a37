/**
 * writeZip (src/util/zip-writer.ts) replaced JSZip's generator for every package: with every
 * entry deflated it must write JSZip 3.10's bytes (platform DOS, level 6), and whatever it
 * writes must read back entry by entry, stored entries included.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { writeZip, type ZipEntry } from '../../src/util/zip-writer.js';
import { normaliseOoxml } from '../../src/util/deterministic-zip.js';

const date = new Date('2026-11-24T12:34:56Z');
const binary = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 251);
const entries: ZipEntry[] = [
  { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types/>', deflate: true },
  { name: 'word/document.xml', data: `<w:document>${'<w:p><w:r><w:t>Niñas, niños y adolescentes — “Atención”</w:t></w:r></w:p>'.repeat(2000)}</w:document>`, deflate: true },
  { name: 'word/media/imagen.png', data: binary, deflate: true },
  { name: 'word/vacío.xml', data: '', deflate: true },
];

async function jszipBytes(list: ZipEntry[]): Promise<Buffer> {
  const zip = new JSZip();
  for (const e of list) zip.file(e.name, e.data, { date, createFolders: false });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

describe('writeZip', () => {
  test("writes JSZip's bytes when every entry is deflated (non-ASCII names and empty entries included)", async () => {
    expect(writeZip(entries, date).equals(await jszipBytes(entries))).toBe(true);
  });

  test('reads back entry by entry, in order, with the fixed date; stored entries are stored', async () => {
    const list = entries.map((e) => (e.name.endsWith('.png') ? { ...e, deflate: false } : e));
    const bytes = writeZip(list, date);
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files)).toEqual(list.map((e) => e.name));
    for (const e of list) {
      const f = zip.file(e.name)!;
      expect(f.date.toISOString()).toBe('2026-11-24T12:34:56.000Z');
      if (typeof e.data === 'string') expect(await f.async('string')).toBe(e.data);
      else expect(Buffer.from(await f.async('uint8array')).equals(Buffer.from(e.data))).toBe(true);
    }
    // Method 0 (stored) for the picture: its bytes appear as they are in the package.
    expect(bytes.includes(Buffer.from(binary.subarray(0, 64)))).toBe(true);
    expect(bytes.length).toBeGreaterThan(binary.length);
  });

  test('passes `unzip -t` (Info-ZIP) where it is installed', (ctx) => {
    if (spawnSync('unzip', ['-v'], { encoding: 'utf8' }).status !== 0) ctx.skip();
    const dir = mkdtempSync(path.join(tmpdir(), 'zip-'));
    try {
      const file = path.join(dir, 'prueba.zip');
      writeFileSync(file, writeZip(entries.map((e, i) => ({ ...e, deflate: i % 2 === 0 })), date));
      const r = spawnSync('unzip', ['-t', file], { encoding: 'utf8' });
      expect(r.stdout).toContain('No errors detected');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('normaliseOoxml stores pictures and embedded packages and deflates XML', async () => {
    const src = new JSZip();
    src.file('[Content_Types].xml', '<Types/>');
    src.file('word/media/a.png', binary);
    src.file('ppt/embeddings/libro.xlsx', binary);
    src.file('word/fonts/letra.odttf', binary);
    const bytes = await normaliseOoxml(await src.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), date, { title: 'x' });
    // Compression method of each local header (2 bytes at offset 8 of the header, name at 30).
    const method = (name: string) => bytes.readUInt16LE(bytes.indexOf(Buffer.from(name)) - 30 + 8);
    expect(method('[Content_Types].xml')).toBe(8);
    expect(method('word/media/a.png')).toBe(0);
    expect(method('ppt/embeddings/libro.xlsx')).toBe(0);
    expect(method('word/fonts/letra.odttf')).toBe(8);
  });
});
