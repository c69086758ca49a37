/** Shared by the programme's commands (minuta, plan, informe): run products, print or check twins. */
import { loadProjectConfig, projectRoot } from '../config/project.js';
import type { Product, ProductOptions } from '../pipeline/product.js';
import { runProducts } from '../pipeline/run.js';
import { UserError } from '../util/errors.js';
import { formatNumber } from '../util/format-es.js';
import { formatBytes } from './run.js';

export async function runProgrammeProducts(products: Product[], options: ProductOptions, check: boolean, regenerate: string): Promise<void> {
  const root = projectRoot();
  const project = loadProjectConfig(root);
  const started = performance.now();
  const results = await runProducts(products.map((product) => ({ product, request: { root, outRoot: root, project, options } })), { check });
  if (check) {
    const stale = results.flatMap((r) => r.staleTwins);
    if (stale.length) throw new UserError('Los datos del programa cambiaron y sus textos de revisión no se regeneraron', stale.map((file) => ({ file, message: `desactualizado; ejecute «${regenerate}» y confirme (commit) el archivo .md` })));
    process.stdout.write(`✔ Los textos de revisión están al día (${results.map((r) => r.product.nombre).join(', ')}).\n`);
    return;
  }
  for (const r of results) {
    if (r.summary) process.stdout.write(`${r.summary}\n`);
    for (const f of r.files) process.stdout.write(`  ${f.path}  ${formatBytes(f.bytes)}\n`);
  }
  process.stdout.write(`Listo: ${results.reduce((n, r) => n + r.files.length, 0)} archivos escritos en ${formatNumber((performance.now() - started) / 1000, 1)} s.\n`);
}

/** `--fecha AAAA-MM-DD`, checked here so a typo is a Spanish message before anything runs. */
export function fechaOption(value: string | undefined, usage: string): string | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : undefined;
  if (!m || !d || d.getUTCMonth() !== +m[2]! - 1 || d.getUTCDate() !== +m[3]!) throw new UserError(`--fecha debe ser una fecha AAAA-MM-DD que exista (recibió «${value}»)\n${usage}`);
  return value;
}
