/**
 * The lean install (docs/ARCHITECTURE.md, "Lean install") replaces remark-docx's plugin-only
 * dependencies with an empty package. That is only sound while nothing we run imports them.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  overrides: Record<string, Record<string, string> | string>;
};
const scoped = (name: string) => (pkg.overrides[name] ?? {}) as Record<string, string>;
const replaced = Object.keys(scoped('remark-docx'));

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
      expect.arrayContaining(['mermaid', 'shiki', '@mathjax/src', 'hast-util-from-html', 'hast-util-to-mdast', 'fast-xml-parser', 'image-size']),
    );
    for (const name of replaced) expect(scoped('remark-docx')[name]).toBe('file:./tools/paquete-vacio');
  });

  it("handlebars' replaced dependencies serve only its precompiler, or are loaded in a try with a fallback", () => {
    const handlebars = scoped('handlebars');
    expect(Object.keys(handlebars).sort()).toEqual(['neo-async', 'source-map', 'uglify-js']);
    for (const spec of Object.values(handlebars)) expect(spec).toBe('file:./tools/paquete-vacio');
    const dist = join(root, 'node_modules', 'handlebars', 'dist', 'cjs');
    const users = (name: string) => filesUnder(dist).filter((f) => importsOf(f).includes(name)).map((f) => f.slice(dist.length + 1).split('\\').join('/')).sort();
    expect(users('neo-async')).toEqual(['precompiler.js']);
    expect(users('uglify-js')).toEqual(['precompiler.js']);
    expect(users('source-map')).toEqual(['handlebars/compiler/code-gen.js', 'precompiler.js']);
    const codeGen = readFileSync(join(dist, 'handlebars', 'compiler', 'code-gen.js'), 'utf8');
    expect(codeGen).toMatch(/try \{[^}]*require\('source-map'\)[\s\S]*?\} catch[\s\S]*?if \(!SourceNode\) \{/);
  });

  it('one @types/node for the whole tree (types only: docx and pptxgenjs declared their own)', () => {
    expect(pkg.overrides['@types/node']).toBe('$@types/node');
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
