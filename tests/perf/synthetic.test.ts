/** The bench's synthetic inputs: 32 states, one per federal entity, each consistent; repeated twins with unique ids. */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ENTITIES, repeatTwin, syntheticProject } from '../../bench/synthetic.js';
import { REPO } from './helpers.js';

const dir = syntheticProject(REPO, ['chiapas', 'chihuahua'], ENTITIES.length);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bench synthetic inputs', () => {
  it('makes one state per federal entity, named as the entity, flowcharts naming their folder', () => {
    expect(ENTITIES).toHaveLength(32);
    expect(new Set(ENTITIES.map(([s]) => s)).size).toBe(32);
    const states = readdirSync(path.join(dir, 'data')).filter((s) => !['comun', 'programa'].includes(s));
    expect(states.sort()).toEqual(ENTITIES.map(([s]) => s).sort());
    for (const [slug, name] of ENTITIES) {
      const config = parse(readFileSync(path.join(dir, 'data', slug, 'estado.yaml'), 'utf8')) as { nombre: string; productos: string[] };
      expect(config.nombre).toBe(name);
      expect(config.productos).toContain('diagnostico');
      const named = (readdirSync(path.join(dir, 'data', slug, 'flujogramas'), { recursive: true }) as string[])
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => /^estado: (.*)$/m.exec(readFileSync(path.join(dir, 'data', slug, 'flujogramas', f), 'utf8'))?.[1])
        .filter((s) => s !== undefined);
      expect(named.length).toBeGreaterThanOrEqual(4);
      expect(new Set(named)).toEqual(new Set([slug]));
    }
  });

  it('repeats a twin with unique figure and table ids, references following them', () => {
    const twin = 'Véase @fig:a y @tbl:b.\n\n![x](grafica:a){#fig:a}\n\n: Tabla {#tbl:b}\n';
    const big = repeatTwin(twin, 3);
    for (const k of [0, 1, 2]) {
      expect(big).toContain(`{#fig:a-c${k}}`);
      expect(big).toContain(`@fig:a-c${k}`);
      expect(big).toContain(`{#tbl:b-c${k}}`);
    }
    expect(big.match(/\{#fig:a\}/g)).toBeNull();
    expect(repeatTwin(twin, 1)).toBe(twin);
  });
});
