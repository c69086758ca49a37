/**
 * Each state's shipped sample is its own (#13): no testimony copied word for word into
 * another state, no shared organisation unless it is a national body, no identical
 * distribution of codes, no escaping-test strings in shipped names (those live in
 * tests/markdown/escape.test.ts and tests/fixtures/docx/), and no foreign or international
 * body made responsible for a recommendation to a Mexican state.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { readCsv } from '../../src/load/csv.js';

const ROOT = path.resolve(__dirname, '../..');
const DATA = path.join(ROOT, 'data');

/** States that ship a full diagnostic sample (segments + organisations). */
const STATES = fs
  .readdirSync(DATA)
  .filter((s) => fs.existsSync(path.join(DATA, s, 'segmentos.csv')) && fs.existsSync(path.join(DATA, s, 'organizaciones.csv')))
  .sort();

type Row = Record<string, string> & { line: string };
function rows(file: string): Row[] {
  if (!fs.existsSync(file)) return [];
  const t = readCsv(file, path.relative(ROOT, file));
  return t.records.map((r) => {
    const o: Row = { line: String(r.line) } as Row;
    t.header.forEach((h, i) => (o[h] = (r.values[i] ?? '').trim()));
    return o;
  });
}
const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Ids of national (federal or international) bodies, shared on purpose via data/comun. */
const common = rows(path.join(DATA, 'comun', 'instituciones.csv'));
const levelOf = new Map(common.map((r) => [r.id, r.nivel]));

describe('the shipped samples', () => {
  it('cover at least the two diagnostic states', () => {
    expect(STATES).toEqual(expect.arrayContaining(['chiapas', 'chihuahua']));
  });

  it('share no quoted excerpt between states', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const s of STATES) {
      for (const r of rows(path.join(DATA, s, 'segmentos.csv'))) {
        const k = norm(r.extracto ?? '');
        if (!k) continue;
        const other = seen.get(k);
        if (other && !other.startsWith(`${s}:`)) clashes.push(`${s}:${r.line} = ${other}: ${r.extracto}`);
        else seen.set(k, `${s}:${r.line}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('share no organisation name between states unless it is a national body', () => {
    const national = new Set(common.filter((r) => r.nivel === 'federal').map((r) => norm(r.nombre!)));
    const byName = new Map<string, string[]>();
    for (const s of STATES) {
      for (const f of ['organizaciones.csv', 'instituciones.csv']) {
        for (const r of rows(path.join(DATA, s, f))) {
          const k = norm(r.nombre ?? '');
          if (!k || national.has(k)) continue;
          byName.set(k, [...(byName.get(k) ?? []), s]);
        }
      }
    }
    const shared = [...byName].filter(([, states]) => new Set(states).size > 1).map(([n, st]) => `${n} (${st.join(', ')})`);
    expect(shared).toEqual([]);
  });

  it('do not have the same counts per code × valence in two states', () => {
    const dist = (s: string) => {
      const m = new Map<string, number>();
      for (const r of rows(path.join(DATA, s, 'segmentos.csv'))) m.set(`${r.codigo}|${r.valencia}`, (m.get(`${r.codigo}|${r.valencia}`) ?? 0) + 1);
      return JSON.stringify([...m].sort(([a], [b]) => a.localeCompare(b)));
    };
    const seen = new Map<string, string>();
    for (const s of STATES) {
      const d = dist(s);
      expect(seen.get(d), `${s} tiene la misma distribución de códigos que ${seen.get(d)}`).toBeUndefined();
      seen.set(d, s);
    }
    // The totals differ too, or at least the per-code profile does: fewer than 90 % of cells equal.
    const [a, b] = STATES.map((s) => new Map<string, number>(JSON.parse(dist(s)) as [string, number][]));
    const keys = new Set([...a!.keys(), ...b!.keys()]);
    const equal = [...keys].filter((k) => a!.get(k) === b!.get(k)).length;
    expect(equal / keys.size).toBeLessThan(0.9);
  });

  it('contain no markup-like test strings in names or quotes', () => {
    const markup = /[|&<>]|\*[^*]+\*|_[^_\s]+_|`/;
    const bad: string[] = [];
    for (const s of STATES) {
      for (const [f, cols] of [
        ['organizaciones.csv', ['nombre']],
        ['instituciones.csv', ['nombre', 'siglas']],
        ['segmentos.csv', ['extracto']],
        ['recomendaciones.csv', ['texto']],
      ] as const) {
        for (const r of rows(path.join(DATA, s, f))) {
          for (const c of cols) if (markup.test(r[c] ?? '')) bad.push(`data/${s}/${f}:${r.line} ${c}=${r[c]}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('make no foreign or international body responsible for a recommendation', () => {
    const bad: string[] = [];
    for (const s of STATES) {
      const local = new Map(rows(path.join(DATA, s, 'instituciones.csv')).map((r) => [r.id, r.nivel]));
      for (const r of rows(path.join(DATA, s, 'recomendaciones.csv'))) {
        const level = local.get(r.institucion_id!) ?? levelOf.get(r.institucion_id!);
        if (level === 'internacional') bad.push(`data/${s}/recomendaciones.csv:${r.line} ${r.institucion_id}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
