/**
 * Findings read as findings (#13): in each stage a code appears once, with its net picture across
 * valences ("se señaló como barrera en 5 entrevistas y como avance en 3"), in the analysis and in
 * the committed report.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import { loadState } from '../../src/load/state.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

describe('code pictures per stage', async () => {
  const a = analyse(await loadState('chihuahua', { root: ROOT }));

  it('every code of a stage once; its valences add up to its segments; the stage segments add up', () => {
    let mixed = 0;
    for (const b of a.stages) {
      expect(new Set(b.codes.map((c) => c.code)).size, b.stage).toBe(b.codes.length);
      expect(b.codes.reduce((t, c) => t + c.n, 0), b.stage).toBe(b.segments);
      for (const c of b.codes) {
        expect(c.byValence.reduce((t, v) => t + v.n, 0), c.code).toBe(c.n);
        expect(c.byValence[0]!.valence).toBe(c.main);
        for (let i = 1; i < c.byValence.length; i++) expect(c.byValence[i - 1]!.interviews).toBeGreaterThanOrEqual(c.byValence[i]!.interviews);
        const hard = c.byValence.filter((v) => v.valence === 'barrera' || v.valence === 'reto').reduce((t, v) => t + v.interviews, 0);
        const soft = c.byValence.filter((v) => v.valence === 'avance' || v.valence === 'buena_practica').reduce((t, v) => t + v.interviews, 0);
        expect(c.mixed).toBe(hard > 0 && soft > 0);
        expect(c.side).toBe(hard > soft || (hard === soft && (c.main === 'barrera' || c.main === 'reto')) ? 'dificultad' : 'fortaleza');
        expect(c.pictureText.startsWith(`se señaló como ${c.byValence[0]!.label} en ${c.byValence[0]!.interviews} entrevista`)).toBe(true);
        if (c.mixed) mixed++;
      }
    }
    expect(mixed, 'la muestra tiene códigos con evidencia mixta').toBeGreaterThan(0);
  });

  it('the committed report lists each code once per stage, with its balance', () => {
    const md = readFileSync(path.join(ROOT, 'reports', 'chihuahua', 'diagnostico-chihuahua.md'), 'utf8');
    const sections = md.split(/^#{2,3} Barreras y retos$/m).slice(1).map((s) => s.split(/^#{2,3} (?:Testimonios|Perfiles de víctimas|Marco normativo y herramientas)$/m)[0]!);
    expect(sections.length).toBeGreaterThanOrEqual(5);
    let balances = 0;
    for (const s of sections) {
      const labels = [...s.matchAll(/^- \*\*(.+?)\*\*: (?:se señaló|se mencionó|apareció) como/gm)].map((m) => m[1]);
      expect(new Set(labels).size, labels.join(' | ')).toBe(labels.length);
      balances += labels.length;
    }
    expect(balances).toBeGreaterThan(10);
    expect(md).toMatch(/; la evidencia es mixta\./);
  });
});
