/**
 * Child-process script for tests: builds one product of a state in memory (nothing written) and
 * prints the SHA-256 of every output, keyed by its path relative to the output root.
 * Usage: tsx tests/support/product-hashes.ts <producto> <estado>
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { loadProjectConfig, projectRoot } from '../../src/config/project.js';
import { PRODUCTS } from '../../src/pipeline/products/index.js';

const [id, slug] = process.argv.slice(2) as [string, string];
const root = projectRoot();
const outRoot = path.join(root, '.tmp', 'hashes-no-escritos');
const build = await PRODUCTS[id]!.render({ root, outRoot, project: loadProjectConfig(root), slug, options: {} });
const hashes = Object.fromEntries(
  build.files.map((f) => [path.relative(outRoot, f.target), createHash('sha256').update(f.bytes).digest('hex')]),
);
process.stdout.write(JSON.stringify(hashes));
