/**
 * npx tsx bench/long-word.ts — build time of a report whose recommendation holds a
 * 100,000-character word, against the same report without it (#12: at most 2×). Both are
 * built from copies of the project in a temporary folder, in one process after a warm-up
 * build, alternating, the median of `REPS` each. Prints the figures; changes nothing.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../src/config/project.js';
import { buildReport } from '../src/pipeline/products/diagnostico.js';

const STATE = 'chihuahua';
const REPS = 3;
const WORD = 'Palabra'.padEnd(100_000, 'x');

function copy(withWord: boolean): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'palabra-larga-'));
  for (const item of ['proyecto.yaml', 'data', 'templates']) cpSync(path.join(projectRoot(), item), path.join(dir, item), { recursive: true });
  if (withWord) {
    const file = path.join(dir, 'data', STATE, 'recomendaciones.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace('reclutamiento y utilización', `reclutamiento ${WORD} y utilización`));
  }
  return dir;
}

const roots = { normal: copy(false), larga: copy(true) };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
await buildReport(STATE, { root: roots.normal }); // warm-up: modules, fonts, ELK, flowchart layouts
const times = { normal: [] as number[], larga: [] as number[] };
for (let i = 0; i < REPS; i++) {
  for (const kind of ['normal', 'larga'] as const) times[kind].push((await buildReport(STATE, { root: roots[kind] })).ms);
}
const normal = median(times.normal);
const larga = median(times.larga);
process.stdout.write(`${STATE}, mediana de ${REPS}:\n  informe normal                     ${(normal / 1000).toFixed(2)} s\n  con una palabra de 100 000 letras  ${(larga / 1000).toFixed(2)} s  (${(larga / normal).toFixed(2)}×)\n`);
