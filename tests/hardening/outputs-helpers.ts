/** Helpers of the output-side hardening tests (issue #12). Commands are spawned with tests/support/cli.ts. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Output paths of the fixture state «prueba» (proyecto.yaml → salidas). */
export function outputsOf(root: string) {
  return {
    docx: path.join(root, 'reports/prueba/diagnostico-prueba.docx'),
    twin: path.join(root, 'reports/prueba/diagnostico-prueba.md'),
    deck: path.join(root, 'slides/prueba/presentacion-cie-prueba.pptx'),
    flowDocx: path.join(root, 'reports/prueba/flujogramas-prueba.docx'),
    flowDeck: path.join(root, 'slides/prueba/flujogramas-prueba.pptx'),
  };
}

/** Every file under `dir` (recursive), relative to it. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(path.join(dir, f)).isFile()).sort();
}

/** Temporaries and backups a commit leaves beside its targets, and journals of the write state. */
export function leftovers(root: string): string[] {
  const beside = listFiles(root).filter((f) => /\.(tmp|anterior)$/.test(f) && !f.startsWith('node_modules'));
  const journals = listFiles(path.join(root, '.tmp', 'escritura')).filter((f) => f.startsWith('diario-'));
  return [...beside, ...journals.map((j) => `.tmp/escritura/${j}`)];
}

export const read = (f: string) => readFileSync(f);

/** A stack trace line of our sources or of node. */
export const STACK = /\bat .+\.(ts|js|mjs):\d+|node:internal/;
