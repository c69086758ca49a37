import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Analysis } from '../../src/analyse/types.js';
import type { StateData } from '../../src/load/types.js';
import { createEngine, renderReportMarkdown } from '../../src/render/markdown/index.js';
import { normaliseMarkdown } from '../../src/render/markdown/normalise.js';
import { UserError } from '../../src/util/errors.js';
import { fixtureAnalysis } from '../fixtures/pptx/analysis.js';

const root = path.resolve(import.meta.dirname, '../fixtures/markdown/motor');

function data(capitulos: string[], narrativa: StateData['narrativa'] = {}): StateData {
  return {
    root, slug: 'prueba', dir: 'data/prueba',
    project: { diagnostico: { titulo: 'Diagnóstico', capitulos } },
    config: { nombre: 'Prueba' },
    narrativa,
  } as unknown as StateData;
}
const base = fixtureAnalysis();
const analysis: Analysis = { ...base, meta: { ...base.meta, state: 'Estado *Prueba*' }, chapters: {} };

async function userError(p: Promise<unknown>): Promise<UserError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return e as UserError;
  }
  throw new Error('se esperaba un UserError');
}

describe('renderReportMarkdown', () => {
  test('renders the chapters of the config, in its order', async () => {
    const md = await renderReportMarkdown(analysis, data(['beta', 'alfa']));
    expect(md).toBe('# Beta\n\n## Hola Estado \\*Prueba\\*\n\n# Alfa\n\nCapítulo alfa de Estado \\*Prueba\\*.\n');
    const md2 = await renderReportMarkdown(analysis, data(['alfa']));
    expect(md2.match(/^# /gm)).toHaveLength(1);
  });

  test("includes the chapter's narrative raw (its ### promoted when the chapter has no ## before it)", async () => {
    const md = await renderReportMarkdown(analysis, data(['alfa'], { alfa: { file: 'data/prueba/narrativa/alfa.md', markdown: '\nTexto con *énfasis*.\n\n### Subtítulo\n\nMás.\n' } }));
    expect(md).toContain('Capítulo alfa de Estado \\*Prueba\\*.\n\nTexto con *énfasis*.\n\n## Subtítulo\n\nMás.\n');
  });

  test('an unknown chapter is a UserError naming the config and the missing template', async () => {
    const e = await userError(renderReportMarkdown(analysis, data(['alfa', 'epsilon', 'zeta'])));
    expect(e.message).toMatch(/proyecto\.yaml/);
    expect(e.problems).toHaveLength(2);
    expect(e.problems[0]).toMatchObject({ file: 'proyecto.yaml', field: 'diagnostico.capitulos' });
    expect(e.problems[0]!.message).toContain('falta templates/diagnostico/epsilon.md.hbs');
    expect(e.problems[0]!.message).toContain('plantillas disponibles: alfa, beta, delta, gamma');
  });

  test('a missing field is a UserError with the template file and line', async () => {
    const e = await userError(renderReportMarkdown(analysis, data(['alfa', 'gamma'])));
    expect(e.problems).toEqual([
      expect.objectContaining({ file: 'templates/diagnostico/gamma.md.hbs', line: 4, message: expect.stringContaining('«analisis.general.inexistente» no existe') }),
    ]);
  });

  test("an error inside a partial names the partial's file", async () => {
    const e = await userError(renderReportMarkdown(analysis, data(['delta'])));
    expect(e.problems[0]).toMatchObject({ file: 'templates/diagnostico/parciales/roto.md.hbs', line: 3 });
  });

  test('narratives may not use # or ## headings', async () => {
    const e = await userError(renderReportMarkdown(analysis, data(['alfa'], { alfa: { file: 'data/prueba/narrativa/alfa.md', markdown: 'Texto.\n\n## Título\n' } })));
    expect(e.problems[0]).toMatchObject({ file: 'data/prueba/narrativa/alfa.md', line: 3 });
  });

  test('is deterministic', async () => {
    const a = await renderReportMarkdown(analysis, data(['alfa', 'beta']));
    const b = await renderReportMarkdown(analysis, data(['alfa', 'beta']));
    expect(a).toBe(b);
  });
});

describe('normaliseMarkdown', () => {
  test('single blank lines, no trailing spaces, headings and comments set apart, one final newline', () => {
    expect(normaliseMarkdown('\n\n# T  \nTexto.\t\n\n\n\n<!-- horizontal -->\nTabla\n## S\r\nx\n\n\n')).toBe('# T\n\nTexto.\n\n<!-- horizontal -->\n\nTabla\n\n## S\n\nx\n');
  });
  test('leaves fenced code alone', () => {
    expect(normaliseMarkdown('```\na\n\n\n# b\n```\n')).toBe('```\na\n\n\n# b\n```\n');
  });
});

describe('createEngine across builds (the live loop)', () => {
  test('reuses the engine and its compiled templates until a template or partial changes', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'motor-'));
    try {
      mkdirSync(path.join(dir, 'parciales'));
      writeFileSync(path.join(dir, 'parciales', 'saludo.md.hbs'), 'Hola');
      writeFileSync(path.join(dir, 'capitulo.md.hbs'), '{{> saludo}}, {{nombre}}.');
      const first = createEngine(dir, dir);
      expect(first.template('capitulo')({ nombre: 'Chihuahua' })).toBe('Hola, Chihuahua.');
      expect(createEngine(dir, dir)).toBe(first);
      expect(createEngine(dir, dir).template('capitulo')).toBe(first.template('capitulo'));

      writeFileSync(path.join(dir, 'capitulo.md.hbs'), '{{> saludo}} desde {{nombre}}.');
      expect(createEngine(dir, dir).template('capitulo')({ nombre: 'Chiapas' })).toBe('Hola desde Chiapas.');
      writeFileSync(path.join(dir, 'parciales', 'saludo.md.hbs'), 'Buenos días');
      const next = createEngine(dir, dir);
      expect(next).not.toBe(first);
      expect(next.template('capitulo')({ nombre: 'Chiapas' })).toBe('Buenos días desde Chiapas.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
