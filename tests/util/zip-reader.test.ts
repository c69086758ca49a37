/**
 * readZip (src/util/zip-reader.ts) replaced JSZip wherever a package is read (the output guard,
 * the normaliser, the PPTX post-processor, the preview): it must read what JSZip reads, in the
 * same order, from zips this project writes and from zips JSZip writes (folders, data
 * descriptors, stored and deflated entries), refuse damaged ones, and hand back the written
 * parts themselves for a package `writeZip` made in this process.
 */
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { readZip } from '../../src/util/zip-reader.js';
import { writeZip, type ZipEntry } from '../../src/util/zip-writer.js';

const date = new Date('2026-11-24T12:34:56Z');
const binary = Uint8Array.from({ length: 50_000 }, (_, i) => (i * 7919) % 251);
const entries: ZipEntry[] = [
  { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types/>', deflate: true },
  { name: 'word/document.xml', data: `<w:document>${'<w:p><w:t>Niñas, niños y adolescentes — “Atención”</w:t></w:p>'.repeat(500)}</w:document>`, deflate: true },
  { name: 'word/media/imagen.png', data: binary, deflate: false },
  { name: 'word/vacío.xml', data: '', deflate: true },
];

/** What JSZip reads: file names in order, and each file's bytes. */
async function jszipRead(bytes: Uint8Array): Promise<[string, Buffer][]> {
  const zip = await JSZip.loadAsync(bytes);
  const out: [string, Buffer][] = [];
  for (const [name, f] of Object.entries(zip.files)) if (!f.dir) out.push([name, await f.async('nodebuffer')]);
  return out;
}
const read = (bytes: Uint8Array) => readZip(bytes).map((p) => [p.name, Buffer.from(p.bytes())] as [string, Buffer]);

describe('readZip', () => {
  test('reads a package writeZip wrote as JSZip does, inflating it (a copy of the bytes: nothing remembered)', async () => {
    const copy = Buffer.from(writeZip(entries, date));
    expect(read(copy)).toEqual(await jszipRead(copy));
    expect(readZip(copy).map((p) => p.name)).toEqual(entries.map((e) => e.name));
    expect(readZip(copy)[1]!.text()).toBe(entries[1]!.data);
  });

  test('a package writeZip wrote in this process gives back the written parts, equal to what its bytes hold', async () => {
    const zip = writeZip(entries, date);
    const parts = readZip(zip);
    expect(parts[1]!.text()).toBe(entries[1]!.data);
    expect(parts.map((p) => [p.name, Buffer.from(p.bytes())])).toEqual(await jszipRead(Buffer.from(zip)));
  });

  test("reads JSZip's own zips: folder entries, data descriptors, stored and deflated entries", async () => {
    const zip = new JSZip();
    zip.file('ppt/slides/slide1.xml', '<p:sld>Trata de personas</p:sld>');
    zip.file('ppt/media/image1.png', binary, { compression: 'STORE' });
    zip.file('docProps/app.xml', '<Properties/>');
    for (const streamFiles of [false, true]) {
      const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', streamFiles });
      expect(read(bytes)).toEqual(await jszipRead(bytes));
      expect(readZip(bytes).some((p) => p.name.endsWith('/'))).toBe(false);
    }
  });

  test('refuses what is not a zip, and a part whose bytes do not match its CRC', () => {
    expect(() => readZip(Buffer.from('no es un zip, solo texto'))).toThrow(/no es un archivo ZIP/);
    const damaged = Buffer.from(writeZip([{ name: 'a.xml', data: 'x'.repeat(100), deflate: false }], date));
    damaged[30 + 'a.xml'.length + 10] = 'y'.charCodeAt(0);
    expect(() => readZip(damaged)[0]!.bytes()).toThrow(/CRC/);
  });
});
