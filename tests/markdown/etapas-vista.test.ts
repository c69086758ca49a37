/**
 * The stage chapters' view says each thing once (#13): a code's codebook definition at its first
 * stage only, a tool described where it first applies and only named later, and each code on one
 * side of the stage (what does not work / what works) with the mixed ones listed apart.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import { loadState } from '../../src/load/state.js';
import { vistaAnalisis } from '../../src/render/markdown/vista.js';

const ROOT = path.resolve(__dirname, '../..');

describe.each(['chiapas', 'chihuahua'])('stage view of %s', (slug) => {
  it('marks one first mention per code and describes each tool once', async () => {
    const v = vistaAnalisis(analyse(await loadState(slug, { root: ROOT })));
    const firsts = new Map<string, number>();
    const described = new Map<string, number>();
    for (const e of v.etapas) {
      for (const c of e.codigos) if (c.primera_mencion) firsts.set(c.codigo, (firsts.get(c.codigo) ?? 0) + 1);
      for (const t of e.herramientas_nuevas) described.set(t.id, (described.get(t.id) ?? 0) + 1);
      expect([...e.herramientas_nuevas, ...e.herramientas_descritas].map((t) => t.id).sort()).toEqual(e.herramientas.map((t) => t.id).sort());
      expect(e.codigos_dificultad.length + e.codigos_fortaleza.length).toBe(e.codigos.length);
      expect(e.codigos_dificultad_mixtos.every((c) => c.lado === 'dificultad' && c.mixto)).toBe(true);
    }
    const codes = new Set(v.etapas.flatMap((e) => e.codigos.map((c) => c.codigo)));
    expect([...codes].filter((c) => firsts.get(c) !== 1)).toEqual([]);
    const tools = new Set(v.etapas.flatMap((e) => e.herramientas.map((t) => t.id)));
    expect([...tools].filter((t) => described.get(t) !== 1)).toEqual([]);
    // the sample shows what works in most stages, as its narrative does
    const withStrengths = v.etapas.filter((e) => e.codigos_fortaleza.length > 0).length;
    expect(withStrengths).toBeGreaterThan(v.etapas.length / 2);
  });
});
