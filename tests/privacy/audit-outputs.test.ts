/**
 * Suppression that cannot be undone (issue #18): from what the built outputs actually print — the
 * DOCX tables, the Markdown twin, the deck's native tables, its speaker notes and its native chart
 * data — no hidden count can be recovered exactly, and no «<5» can be narrowed beyond what the
 * labels alone say. The audit here is rebuilt from the parsed files (tests/privacy/published-stats.ts),
 * not from the analysis.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../src/pipeline/products/diagnostico.js';
import { reviewStatePrivacy } from '../../src/pipeline/privacy-review.js';
import { attainableIntervals, feasibleIntervals, formatInterval, modelOf, type Interval, type PublishedTable, type PublishedValue } from '../../src/privacy/audit.js';
import { suppressLinkedTables } from '../../src/privacy/suppress.js';
import { copyProject } from '../pipeline/helpers.js';
import { haveRealSesnsp, SESNSP_REAL as REAL_FILE } from '../support/sesnsp.js';
import { Publication, deckContent, docxTables, twinTables } from './published-stats.js';

const T = 5;
const SEX = ['Mujeres', 'Hombres', 'No identificado'];
const AGE = ['Menores de edad (0 a 17 años)', 'Personas adultas (18 años y más)', 'No especificado', 'No identificado'];
const SEX_IN = { Mujer: 'Mujeres', Hombre: 'Hombres', 'No identificado': 'No identificado' } as Record<string, string>;
const AGE_IN = { 'Menores de edad (0-17)': AGE[0]!, 'Adultos (18 y más)': AGE[1]!, 'No especificado': AGE[2]!, 'No identificado': AGE[3]! } as Record<string, string>;

const tmp = mkdtempSync(path.join(tmpdir(), 'auditoria-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const HEADER = 'Año,Clave_Ent,Entidad,Bien jurídico afectado,Tipo de delito,Subtipo de delito,Modalidad,Sexo,Rango de edad,Enero,Febrero,Marzo,Abril,Mayo,Junio,Julio,Agosto,Septiembre,Octubre,Noviembre,Diciembre';
const TRATA = 'La sociedad,Trata de personas,Trata de personas,Trata de personas';

/**
 * Synthetic Chihuahua in the national file's format. Year × sex:
 *   2021 → 24 | 4 | 4 | 32 (printed by pattern rules alone as «24 | <5 | <5 | 32»: both are 4)
 *   2023 → 30 | 1 | 1 | 32 (1 + 1)
 */
const SYNTHETIC: Record<number, { M: [number, number, number]; H: [number, number, number]; NI: number }> = {
  2019: { M: [10, 15, 0], H: [3, 8, 0], NI: 0 },
  2020: { M: [12, 14, 2], H: [6, 7, 0], NI: 0 },
  2021: { M: [10, 14, 0], H: [2, 2, 0], NI: 4 },
  2022: { M: [20, 18, 0], H: [9, 10, 0], NI: 0 },
  2023: { M: [16, 14, 0], H: [1, 0, 0], NI: 1 },
  2024: { M: [11, 22, 0], H: [7, 9, 0], NI: 0 },
};

function syntheticFile(): string {
  const ages = ['Menores de edad (0-17)', 'Adultos (18 y más)', 'No especificado'];
  const lines = [HEADER];
  const row = (y: number, sex: string, age: string, n: number) => lines.push(`${y},8,Chihuahua,${TRATA},${sex},${age},${n},0,0,0,0,0,0,0,0,0,0,0`);
  for (const [y, r] of Object.entries(SYNTHETIC)) {
    ages.forEach((a, k) => { row(Number(y), 'Mujer', a, r.M[k]!); row(Number(y), 'Hombre', a, r.H[k]!); });
    row(Number(y), 'No identificado', 'No identificado', r.NI);
  }
  const f = path.join(tmp, 'IDVFC_sintetico.csv');
  writeFileSync(f, Buffer.from(lines.join('\r\n') + '\r\n', 'latin1'));
  return f;
}

/** Everything the outputs of one build print about the statistics. */
async function publication(slug: string, sesnspFile: string): Promise<Publication> {
  const r = await renderReport(slug, { root: copyProject(), sesnspFile });
  const pub = new Publication(T, AGE, SEX);
  pub.addTables(twinTables(r.markdown), 'gemelo');
  pub.addTables(await docxTables(r.docx), 'docx');
  const deck = await deckContent(r.pptx);
  pub.addTables(deck.tables, 'presentación (tablas)');
  pub.addNotes(deck.notes, 'presentación (notas)');
  pub.addCharts(deck.charts, 'presentación (datos de gráficas)');
  return pub;
}

function keysOf(tables: PublishedTable[]): Map<string, PublishedValue['kind']> {
  const kinds = new Map<string, PublishedValue['kind']>();
  for (const t of tables) for (const row of t.grid) for (const p of row) if (kinds.get(p.key) !== 'shown') kinds.set(p.key, p.kind);
  return kinds;
}

/** Hidden keys whose interval breaks the rule, with the interval, for the failure message. */
function problems(tables: PublishedTable[], attainable: (key: string) => Interval): string[] {
  const intervals = feasibleIntervals(modelOf(tables, T));
  const kinds = keysOf(tables);
  const out: string[] = [];
  for (const [key, iv] of intervals) {
    const a = attainable(key);
    const bad = kinds.get(key) === 'primary' ? iv.lo > a.lo || iv.hi < a.hi : iv.lo === iv.hi && a.lo !== a.hi;
    if (bad) out.push(`${key} ${formatInterval(iv)} (posible ${formatInterval(a)})`);
  }
  return out;
}

describe('auditoría de lo publicado: tablas sintéticas «24 | <5 | <5 | 32» y 1 + 1', () => {
  const file = syntheticFile();

  it('the pattern rules alone disclose both patterns (what the audit must catch)', () => {
    const years = Object.keys(SYNTHETIC);
    const bySex = Object.values(SYNTHETIC).map((r) => [r.M.reduce((a, b) => a + b, 0), r.H.reduce((a, b) => a + b, 0), r.NI]);
    const byAge = Object.values(SYNTHETIC).map((r) => [r.M[0] + r.H[0], r.M[1] + r.H[1], r.M[2] + r.H[2], r.NI]);
    const [sex] = suppressLinkedTables([{ rows: years, cols: SEX, values: bySex }, { rows: years, cols: AGE, values: byAge }], T);
    const row2021 = [...sex!.cells[2]!.map((c) => c.text), sex!.rowTotals[2]!.text];
    expect(row2021).toEqual(['24', '<5', '<5', '32']);
    const grid: PublishedValue[][] = [
      ...sex!.cells.map((r, i) => [...r, sex!.rowTotals[i]!].map((c, j) => cellValue(`${i},${j}`, c.text))),
      [...sex!.colTotals, sex!.total].map((c, j) => cellValue(`T,${j}`, c.text)),
    ];
    const iv = feasibleIntervals(modelOf([{ grid }], T));
    expect(formatInterval(iv.get('2,1')!)).toBe('[4, 4]');
    expect(formatInterval(iv.get('2,2')!)).toBe('[4, 4]');
  });

  it('from the DOCX, the twin, the deck (tables, notes, chart data): every «<5» can still be 1 to 4, no hidden count is exact', async () => {
    const pub = await publication('chihuahua', file);
    // every output was read
    for (const [where, n] of pub.sources) expect(n, where).toBeGreaterThan(0);
    expect(pub.matrices.length).toBe(3); // twin, DOCX, deck
    const years = pub.matrices.map((m) => m.years.join(' '));
    expect(new Set(years)).toEqual(new Set(['2019 2020 2021 2022 2023 2024']));
    // the two rows no longer print the disclosive pattern
    for (const m of pub.matrices) {
      const print = (y: string) => m.grid[m.years.indexOf(y)]!.map((p) => (p.kind === 'shown' ? String(p.value) : p.kind === 'primary' ? '<5' : 'C')).join(' | ');
      expect(print('2021')).not.toBe('24 | <5 | <5 | 32');
      expect(print('2023')).not.toBe('30 | <5 | <5 | 32');
    }
    // each output alone, and all of them together
    const all = pub.tables();
    const full: Interval = { lo: 1, hi: T - 1 };
    const attainable = (key: string): Interval => (keysOf(all).get(key) === 'primary' ? full : { lo: 0, hi: Infinity });
    expect(problems(all, attainable)).toEqual([]);
    const intervals = feasibleIntervals(modelOf(all, T));
    const primaries = [...keysOf(all)].filter(([, k]) => k === 'primary').map(([key]) => key);
    expect(primaries).toEqual(expect.arrayContaining(['c:2021:Hombres', 'c:2021:No identificado', 'c:2023:Hombres', 'c:2023:No identificado']));
    for (const key of primaries) expect(formatInterval(intervals.get(key)!), key).toBe('[1, 4]');
  }, 120_000);
});

function cellValue(key: string, text: string): PublishedValue {
  if (text === `<${T}`) return { key, kind: 'primary' };
  if (text === 'C') return { key, kind: 'secondary' };
  return { key, kind: 'shown', value: Number(text.replaceAll(',', '')) };
}

const present = haveRealSesnsp();
const SESNSP_REAL = REAL_FILE ?? '';

/** True counts of the real file, keyed like Publication, read independently (Latin-1 lines). */
function realValues(clave: number): Map<string, number> {
  const v = new Map<string, number>();
  const add = (k: string, n: number) => v.set(k, (v.get(k) ?? 0) + n);
  for (const line of readFileSync(SESNSP_REAL).toString('latin1').split(/\r?\n/).slice(1)) {
    const c = line.split(',');
    if (Number(c[1]) !== clave || c[4] !== 'Trata de personas') continue;
    const n = c.slice(9, 21).reduce((a, x) => a + (Number(x) || 0), 0);
    const sex = SEX_IN[c[7]!]!;
    add(`c:${c[0]}:${sex}`, n); add(`y:${c[0]}`, n); add(`s:${sex}`, n); add(`a:${AGE_IN[c[8]!]!}`, n); add('g', n);
  }
  return v;
}

describe.skipIf(!present)('auditoría con el archivo nacional real (--sesnsp)', () => {
  it('npm run privacy says what the audit found and fixed (counts only)', async () => {
    const r = await reviewStatePrivacy('chihuahua', { root: copyProject(), sesnspFile: SESNSP_REAL, today: '2026-07-01' });
    // Chihuahua, dic24: 2021 «24 | <5 | <5 | 32» (both 4), 2022 by age ([1, 1] and [5, 5]), 2024 by age ([1, 3])
    expect(r.text).toMatch(/Auditoría de intervalos de las cifras oficiales .*: 5 celdas ocultas quedaban deducibles o acotadas con lo publicado; se ocultaron 3 celdas más\. Ninguna de las 35 cifras ocultas puede deducirse ni acotarse/);
  }, 60_000);

  for (const [slug, clave] of [['chihuahua', 8], ['chiapas', 7]] as const) {
    it(`${slug}: nothing printed recovers or narrows a hidden count`, async () => {
      const pub = await publication(slug, SESNSP_REAL);
      for (const [where, n] of pub.sources) expect(n, where).toBeGreaterThan(0);
      const all = pub.tables();
      const values = realValues(clave);
      for (const k of keysOf(all).keys()) values.set(k, values.get(k) ?? 0);
      const widest = attainableIntervals(all, values, T);
      const attainable = (key: string) => widest.get(key) ?? { lo: 0, hi: Infinity };
      expect(problems(all, attainable)).toEqual([]);
      const iv = feasibleIntervals(modelOf(all, T));
      console.info(`${slug}: ${[...iv].map(([k, i]) => `${k} ${formatInterval(i)}`).join('; ')}`);
    }, 120_000);
  }
});
