/**
 * The lean install (docs/ARCHITECTURE.md, "Lean install") replaces remark-docx's plugin-only
 * dependencies with an empty package. That is only sound while nothing we run imports them.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  overrides: Record<string, Record<string, string>>;
};
const replaced = Object.keys(pkg.overrides['remark-docx'] ?? {});

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import|require\()\s*["']([^"']+)["']/g)].map((m) => m[1]!);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(m?[jt]s|cjs)$/.test(name) ? [path] : [];
  });
}

describe('lean install', () => {
  it('replaces the plugin-only dependencies with the empty local package', () => {
    expect(replaced).toEqual(
      expect.arrayContaining(['mermaid', 'shiki', '@mathjax/src', 'hast-util-from-html', 'hast-util-to-mdast']),
    );
    for (const name of replaced) expect(pkg.overrides['remark-docx']![name]).toBe('file:./tools/paquete-vacio');
  });

  it("remark-docx's main entry and its shared chunk import none of the replaced packages", () => {
    const lib = join(root, 'node_modules', 'remark-docx', 'lib');
    const entry = ['index.js', ...readdirSync(lib).filter((f) => /^utils-.*\.js$/.test(f))];
    const imported = entry.flatMap((f) => importsOf(join(lib, f)));
    expect(imported).toContain('docx');
    for (const name of replaced) {
      expect(imported.filter((spec) => spec === name || spec.startsWith(`${name}/`))).toEqual([]);
    }
  });

  it('the project never imports a remark-docx plugin entry point', () => {
    const sources = ['src', 'bench', 'tools'].flatMap((d) => filesUnder(join(root, d)));
    const plugins = sources.filter((f) => importsOf(f).some((spec) => spec.startsWith('remark-docx/plugins')));
    expect(plugins).toEqual([]);
  });
});
