/**
 * The shape of src/ that docs/ARCHITECTURE.md promises, checked on the code itself: one YAML
 * reader, thin commands, and imports that point down the pipeline
 * (util/schemas → load → privacy → analyse → render → write → pipeline → cli).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '..', '..', 'src');

function sources(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(path.join(dir, d.name)) : d.name.endsWith('.ts') ? [path.join(dir, d.name)] : []);
}

/** Top-level folder of src/ each module imports (relative imports), and bare package imports. */
function importsOf(file: string): { folders: string[]; packages: string[] } {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/^\s*(?:import|export)[^'"]*?from\s+'([^']+)'/gm)].map((m) => m[1]!);
  const folders = specs
    .filter((s) => s.startsWith('.'))
    .map((s) => path.relative(SRC, path.resolve(path.dirname(file), s)).split(path.sep)[0]!)
    .filter((f) => !f.startsWith('..'));
  return { folders, packages: specs.filter((s) => !s.startsWith('.')) };
}

const FILES = sources().map((abs) => ({ rel: path.relative(SRC, abs).split(path.sep).join('/'), ...importsOf(abs) }));
const folderOf = (rel: string) => rel.split('/')[0]!;

describe('architecture', () => {
  it('the orchestrator is src/pipeline (no src/build)', () => {
    expect(existsSync(path.join(SRC, 'build'))).toBe(false);
    expect(existsSync(path.join(SRC, 'pipeline', 'product.ts'))).toBe(true);
  });

  it('one module reads YAML: src/load/yaml.ts', () => {
    const readers = FILES.filter((f) => f.packages.includes('yaml')).map((f) => f.rel);
    expect(readers).toEqual(['load/yaml.ts']);
  });

  it('commands only parse arguments, call the pipeline and print', () => {
    const allowed = new Set(['cli', 'pipeline', 'config', 'util', 'load']);
    for (const f of FILES.filter((x) => folderOf(x.rel) === 'cli')) {
      expect(f.folders.filter((d) => !allowed.has(d)), f.rel).toEqual([]);
      expect(f.packages.filter((p) => !p.startsWith('node:')), f.rel).toEqual([]);
    }
  });

  // What each stage may not import: nothing upstream of it in the pipeline.
  const forbidden: Record<string, string[]> = {
    util: ['schemas', 'load', 'import', 'privacy', 'analyse', 'render', 'flowcharts', 'write', 'pipeline', 'cli'],
    schemas: ['load', 'import', 'privacy', 'analyse', 'render', 'flowcharts', 'write', 'pipeline', 'cli'],
    load: ['privacy', 'analyse', 'render', 'flowcharts', 'write', 'pipeline', 'cli'],
    privacy: ['analyse', 'render', 'flowcharts', 'write', 'pipeline', 'cli'],
    analyse: ['render', 'write', 'pipeline', 'cli'],
    render: ['write', 'pipeline', 'cli'],
    flowcharts: ['pipeline', 'cli'],
    write: ['pipeline', 'cli'],
    pipeline: ['cli'],
  };
  // One sanctioned exception: every user-facing error masks identifiers (util/errors.ts), so it
  // uses the identifier scanner — which must stay a leaf (it imports only its own normaliser).
  const leafScanner = ['privacy/identifiers.ts', 'privacy/normalise.ts'];
  const exempt = (f: { rel: string }, d: string) => f.rel === 'util/errors.ts' && d === 'privacy';
  it.each(Object.entries(forbidden))('%s imports nothing upstream', (stage, upstream) => {
    for (const f of FILES.filter((x) => folderOf(x.rel) === stage)) {
      expect(f.folders.filter((d) => upstream.includes(d) && !exempt(f, d)), f.rel).toEqual([]);
    }
  });

  it('the identifier scanner that errors use is a leaf', () => {
    for (const rel of leafScanner) {
      const f = FILES.find((x) => x.rel === rel)!;
      expect(f.folders.filter((d) => d !== 'privacy'), rel).toEqual([]);
    }
    const errors = readFileSync(path.join(SRC, 'util', 'errors.ts'), 'utf8');
    const privacyImports = [...errors.matchAll(/from\s+'(\.\.\/privacy\/[^']+)'/g)].map((m) => m[1]);
    expect(privacyImports).toEqual(['../privacy/identifiers.js']);
  });
});
