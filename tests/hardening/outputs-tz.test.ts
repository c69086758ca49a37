/**
 * Issue #12: the bytes of every package are independent of the machine's time zone. Builds of
 * the same project under UTC+14 (Pacific/Kiritimati) and UTC−6 (America/Mexico_City), in child
 * processes, give byte-equal DOCX, PPTX, flowchart DOCX/PPTX, and embedded chart workbooks;
 * every zip entry carries the document date (12:00 UTC of fecha_documento). On the main of
 * 2026-12-02 every entry time was shifted by the zone's offset.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseOoxml } from '../../src/util/deterministic-zip.js';
import { REPO, cleanProjects, makeProject } from '../data/helpers.js';
import { runCliAsync } from '../support/cli.js';
import { outputsOf } from './outputs-helpers.js';

afterAll(cleanProjects);

const ZONES = ['Pacific/Kiritimati', 'America/Mexico_City'] as const;
type Outputs = ReturnType<typeof outputsOf>;

async function entryDates(bytes: Buffer): Promise<Set<string>> {
  const zip = await JSZip.loadAsync(bytes);
  return new Set(Object.values(zip.files).filter((f) => !f.dir).map((f) => f.date.toISOString()));
}

async function embeddedWorkbooks(deck: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(deck);
  const out = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files).filter((n) => /^ppt\/embeddings\/.*\.xlsx$/.test(n))) out.set(name, await zip.file(name)!.async('nodebuffer'));
  return out;
}

describe('los mismos bytes en cualquier zona horaria', () => {
  const outputs = new Map<string, Outputs>();
  beforeAll(async () => {
    await Promise.all(ZONES.map(async (tz) => {
      const root = makeProject();
      // Counts large enough that no cell is suppressed: the deck then has native charts, each
      // with its embedded workbook.
      const sesnsp = path.join(root, 'data/comun/sesnsp-muestra.csv');
      writeFileSync(sesnsp, Buffer.from(readFileSync(sesnsp, 'latin1').split('\n').map((line) => (line.includes('Trata de personas')
        ? line.replace(/((?:,\d+){12})(\r?)$/, (_, months: string, cr: string) => `${months.split(',').slice(1).map((v) => String(Number(v) * 10 + 10)).map((v) => `,${v}`).join('')}${cr}`)
        : line)).join('\n'), 'latin1'));
      for (const d of ['prueba', 'comun']) cpSync(path.join(REPO, `tests/fixtures/flujogramas/data/${d}/flujogramas`), path.join(root, `data/${d}/flujogramas`), { recursive: true });
      const env = { root, env: { TZ: tz } };
      for (const [script, args] of [['report.ts', ['prueba']], ['flujogramas.ts', ['prueba']]] as const) {
        const r = await runCliAsync(script, [...args], env);
        expect(r.code, `${tz} ${script}: ${r.err}`).toBe(0);
      }
      outputs.set(tz, outputsOf(root));
    }));
  }, 300_000);

  it('DOCX, deck and both flowchart packages are byte-equal under UTC+14 and UTC−6', () => {
    const [a, b] = ZONES.map((z) => outputs.get(z)!);
    for (const key of ['docx', 'deck', 'flowDocx', 'flowDeck'] as const) {
      expect(readFileSync(a![key]).equals(readFileSync(b![key])), path.basename(a![key])).toBe(true);
    }
  });

  it('the chart workbooks embedded in the deck are byte-equal and carry the same fixed date', async () => {
    const [a, b] = await Promise.all(ZONES.map((z) => embeddedWorkbooks(readFileSync(outputs.get(z)!.deck))));
    expect(a!.size).toBeGreaterThan(0);
    expect([...a!.keys()]).toEqual([...b!.keys()]);
    for (const [name, bytes] of a!) {
      expect(bytes.equals(b!.get(name)!), name).toBe(true);
      expect([...(await entryDates(bytes))], name).toEqual(['2025-06-30T12:00:00.000Z']);
    }
  });

  it('every zip entry holds the document date, not the date shifted by the zone', async () => {
    const o = outputs.get(ZONES[0])!;
    expect([...(await entryDates(readFileSync(o.docx)))]).toEqual(['2025-06-30T12:00:00.000Z']);
    expect([...(await entryDates(readFileSync(o.deck)))]).toEqual(['2025-06-30T12:00:00.000Z']);
    for (const f of [o.flowDocx, o.flowDeck]) expect((await entryDates(readFileSync(f))).size, path.basename(f)).toBe(1);
  });
});

describe('normaliseOoxml', () => {
  it('gives the same bytes whatever process.env.TZ says (and the entry time is the given UTC time)', async () => {
    const src = new JSZip();
    src.file('[Content_Types].xml', '<Types/>');
    src.file('docProps/core.xml', '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"/>');
    src.file('word/media/image1.png', Buffer.from([1, 2, 3]));
    const raw = await src.generateAsync({ type: 'uint8array' });
    const date = new Date('2026-03-08T08:30:00Z'); // a DST change in the United States
    const saved = process.env.TZ;
    try {
      const bytes: Buffer[] = [];
      for (const tz of ['Pacific/Kiritimati', 'America/Mexico_City', 'America/New_York', 'UTC']) {
        process.env.TZ = tz;
        bytes.push(await normaliseOoxml(raw, date, { title: 't' }));
      }
      for (const b of bytes) expect(b.equals(bytes[0]!)).toBe(true);
      expect([...(await entryDates(bytes[0]!))]).toEqual(['2026-03-08T08:30:00.000Z']);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
