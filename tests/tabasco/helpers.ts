/** Builds the rapid-analysis products of a state in a throw-away copy of the project. */
import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadProjectConfig } from '../../src/config/project.js';
import { reportProductsOf } from '../../src/pipeline/products/index.js';
import { renderProduct } from '../../src/pipeline/run.js';
import type { OutputFile } from '../../src/pipeline/product.js';
import { projectRoot } from '../../src/config/project.js';

export const REPO = projectRoot();

export function copyProject(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tabasco-'));
  for (const item of ['proyecto.yaml', 'data', 'templates']) cpSync(path.join(REPO, item), path.join(dir, item), { recursive: true });
  return dir;
}

/** Renders (in memory, output privacy scan included) every report product of the state. */
export async function renderState(root: string, slug = 'tabasco', only?: string): Promise<Map<string, OutputFile>> {
  const project = loadProjectConfig(root);
  const out = new Map<string, OutputFile>();
  for (const product of reportProductsOf(slug, root).filter((p) => !only || p.id === only)) {
    const build = await renderProduct({ product, request: { root, outRoot: root, project, slug, options: {} } });
    for (const f of build.files) out.set(path.relative(root, f.target).split(path.sep).join('/'), f);
  }
  return out;
}

export function bytesOf(f: OutputFile | undefined): Buffer {
  if (!f) throw new Error('output missing');
  return typeof f.bytes === 'string' ? Buffer.from(f.bytes) : f.bytes;
}
