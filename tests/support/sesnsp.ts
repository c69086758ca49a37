/**
 * The one rule for finding the real SESNSP national file (IDVFC_NM_dic24.csv) in tests. It is
 * public data read in place and never copied into the repository (../shared/data/sesnsp/README.md).
 *
 * 1. `$DIAGNOSTICOS_SESNSP_REAL`, when set, names the file; if it does not exist that is an
 *    error (a path someone set on purpose must not silently skip tests).
 * 2. Otherwise `../shared/data/sesnsp/IDVFC_NM_dic24.csv` next to the repository.
 * 3. When neither exists the tests that need it are skipped, with one warning saying why.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export const SESNSP_ENV = 'DIAGNOSTICOS_SESNSP_REAL';
const REPO = path.resolve(import.meta.dirname, '..', '..');
const DEFAULT = path.resolve(REPO, '..', 'shared', 'data', 'sesnsp', 'IDVFC_NM_dic24.csv');

function find(): string | undefined {
  const set = process.env[SESNSP_ENV];
  if (set) {
    const file = path.resolve(set);
    if (!existsSync(file)) throw new Error(`${SESNSP_ENV}=${set}: no existe el archivo nacional del SESNSP`);
    return file;
  }
  return existsSync(DEFAULT) ? DEFAULT : undefined;
}

/** Absolute path of the real national file, or undefined (then the tests that need it skip). */
export const SESNSP_REAL: string | undefined = find();

let warned = false;
/** True when the file is available; otherwise warns once and returns false (for `describe.skipIf`). */
export function haveRealSesnsp(): boolean {
  if (!SESNSP_REAL && !warned) {
    warned = true;
    console.warn(`Se omiten las pruebas con el archivo nacional real del SESNSP: no existe ${DEFAULT} (o indique la ruta en ${SESNSP_ENV})`);
  }
  return SESNSP_REAL !== undefined;
}
