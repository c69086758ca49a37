/**
 * Child-process script for tests: builds a state's flowcharts product in memory (nothing
 * written) and prints the SHA-256 of every output, keyed by its path relative to the output
 * root. Usage: tsx tests/support/flowchart-hashes.ts <estado>
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { loadProjectConfig, projectRoot } from '../../src/config/project.js';
import { PRODUCTS } from '../../src/pipeline/products/index.js';

const slug = process.argv[2]!;
const root = projectRoot();
const outRoot = path.join(root, '.tmp', 'hashes-no-escritos');
const build = await PRODUCTS.flujogramas!.render({ root, outRoot, project: loadProjectConfig(root), slug, options: {} });
const hashes = Object.fromEntries(
  build.files.map((f) => [path.relative(outRoot, f.target), createHash('sha256').update(f.bytes).digest('hex')]),
);
process.stdout.write(JSON.stringify(hashes));
