/**
 * CI's guard against a data or template change whose reviewable text was not regenerated:
 * every committed Markdown twin equals a fresh build (`--check` of both commands).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadProjectConfig } from '../../src/config/project.js';
import { comparacion } from '../../src/pipeline/products/comparacion.js';
import { buildStateFlowcharts } from '../../src/pipeline/products/flujogramas.js';
import { statesWithProduct } from '../../src/load/state.js';
import { REPO } from './helpers.js';

describe('committed flowchart twins (npm run flujogramas -- --todos --check)', () => {
  const project = loadProjectConfig(REPO);
  it.each(statesWithProduct('flujogramas', REPO))('%s', async (slug) => {
    const build = await buildStateFlowcharts(slug, REPO, project);
    const twins = build.files.filter((f) => f.target.endsWith('.md'));
    expect(twins).toHaveLength(1);
    for (const t of twins) {
      expect(readFileSync(t.target, 'utf8'), `${t.target} está desactualizado: ejecute npm run flujogramas -- --todos`).toBe(t.bytes);
    }
  });
});

describe('committed twin of the comparison between states (npm run flujogramas -- --comparar --check)', () => {
  it('equals a fresh build', async () => {
    const project = loadProjectConfig(REPO);
    const build = await comparacion.render({ root: REPO, outRoot: REPO, project, options: {} });
    const twins = build.files.filter((f) => f.twin);
    expect(twins.map((t) => t.target.slice(REPO.length + 1))).toEqual(['reports/comparacion/comparacion-rutas-estados.md']);
    expect(readFileSync(twins[0]!.target, 'utf8'), 'ejecute npm run flujogramas -- --comparar').toBe(twins[0]!.bytes);
  });
});
