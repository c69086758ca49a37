/**
 * Issue #12, narratives: Markdown an analyst writes cannot change the report's structure
 * outside its own slot, and every construct either renders or gets a Spanish message naming
 * the narrative and its line. On the main of 2026-12-01 a code fence opened inside a block
 * quote swallowed every later chapter (the DOCX lost 11 of 17 figures and 28 of 51 tables)
 * while the build said ✔; `>` alone stopped the build with «Error interno» (a section count
 * mismatch); a code block printed remark-docx's English warning.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadProjectConfig } from '../../src/config/project.js';
import type { StateData } from '../../src/load/types.js';
import { assembleReport, renderReportMarkdown } from '../../src/render/markdown/index.js';
import { parseMarkdown, prepareNarrative } from '../../src/render/markdown/narrative.js';
import { normaliseMarkdown } from '../../src/render/markdown/normalise.js';
import { checkStructure } from '../../src/render/markdown/structure.js';
import { renderReport } from '../../src/pipeline/products/diagnostico.js';
import { analyse } from '../../src/analyse/index.js';
import { UserError, formatUserError } from '../../src/util/errors.js';
import { openZip, readPart, docxText } from '../support/ooxml.js';
import { copyProject } from '../pipeline/helpers.js';
import { fixtureState } from '../fixtures/analyse/state.js';

const root = path.resolve(import.meta.dirname, '../..');
const project = loadProjectConfig(root);
const FILE = 'data/prueba/narrativa/metodologia.md';

function withNarrative(markdown: string, chapter = 'metodologia'): StateData {
  const base = fixtureState();
  return { ...base, root, project, narrativa: { [chapter]: { file: `data/prueba/narrativa/${chapter}.md`, markdown } } };
}

/** Level-1 headings, tables, captioned tables and image paragraphs of a report's Markdown, parsed as the DOCX writer parses it. */
function structure(md: string) {
  const tree = parseMarkdown(md);
  const count = { chapters: 0, tables: 0, figures: 0 };
  for (const n of tree.children) {
    if (n.type === 'heading' && n.depth === 1) count.chapters++;
    if (n.type === 'table') count.tables++;
    if (n.type === 'paragraph' && n.children.length === 1 && n.children[0]!.type === 'image') count.figures++;
  }
  return count;
}

async function refusal(fn: () => unknown): Promise<UserError> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('se esperaba un UserError y la narrativa se insertó');
}

describe('una narrativa no altera la estructura fuera de su lugar', () => {
  let baseline: ReturnType<typeof structure>;
  beforeAll(async () => {
    baseline = structure(await renderReportMarkdown(analyse(withNarrative('')), withNarrative('')));
    expect(baseline.chapters).toBe(project.diagnostico.capitulos.length);
    expect(baseline.tables).toBeGreaterThan(10);
  });

  it('a code fence opened in a block quote and «closed» outside it is refused with file and line (it swallowed every later chapter)', async () => {
    const md = 'Párrafo de la narrativa.\n\n> ```\n> código citado\n```\n\nOtro párrafo.\n';
    const e = await refusal(async () => renderReportMarkdown(analyse(withNarrative(md)), withNarrative(md)));
    expect(e.problems.map((p) => [p.file, p.line])).toEqual([[FILE, 3], [FILE, 5]]);
    expect(formatUserError(e)).toContain('no se cierra');
  });

  const kept: [string, string][] = [
    ['closed fence in a quote', '> ```\n> código\n> ```\n\nSigue el texto.'],
    ['tilde fence holding backticks', '~~~\n```\n# no es título\n~~~\n\nSigue.'],
    ['longer closing fence', '```\ncódigo\n`````\n\nSigue.'],
    ['indented code', 'Texto.\n\n    código sangrado\n\nSigue.'],
    ['an empty quote', '>\n\nTexto después.'],
    ['an empty list item', '-\n\nTexto después.'],
    ['a list then a paragraph', '- uno\n- dos\nlazy'],
    ['a reference link', 'Véase [la ley][ley].\n\n[ley]: https://ejemplo.org/ley'],
    ['a footnote whose label a template uses', 'Texto con nota[^lgt].\n\n[^lgt]: Nota propia de la narrativa.'],
    ['a GFM table', '| a | b |\n| --- | --: |\n| x | 1 |'],
    ['a comment', '<!-- nota para el equipo -->\n\nTexto.'],
    ['a list item with two paragraphs', '- elemento\n\n  segundo párrafo\n\nFuera.'],
    ['an unclosed emphasis', '*sin cerrar\n\n**tampoco'],
  ];
  for (const [name, md] of kept) {
    it(`keeps every chapter, table and figure: ${name}`, async () => {
      const out = await renderReportMarkdown(analyse(withNarrative(md)), withNarrative(md));
      const got = structure(out);
      const own = structure(normaliseMarkdown(md));
      expect(got).toEqual({ chapters: baseline.chapters, tables: baseline.tables + own.tables, figures: baseline.figures });
    });
  }

  it('a footnote label already used by a template is renamed, so both notes keep their text', async () => {
    const md = 'Texto con nota[^lgt].\n\n[^lgt]: Nota propia de la narrativa.';
    const out = await renderReportMarkdown(analyse(withNarrative(md, 'resumen-ejecutivo')), withNarrative(md, 'resumen-ejecutivo'));
    expect(out).toContain('[^resumen-ejecutivo-lgt]: Nota propia de la narrativa.');
    expect(out).toMatch(/^\[\^lgt\]: Publicada en el Diario Oficial/m);
  });

  const refused: [string, string, number, string][] = [
    ['an HTML block', 'Texto.\n\n<div>\ncaja\n</div>', 3, 'bloques de HTML'],
    ['an unclosed HTML comment', 'Texto.\n\n<!-- nota sin cierre\n\nMás texto.', 3, '«-->»'],
    ['an image with a remote URL', 'Texto.\n\n![foto](https://ejemplo.org/foto.png)', 3, 'imágenes'],
    ['a chart image', '![gráfica](grafica:segmentos-etapa)', 1, 'imágenes'],
    ['a footnote call without definition', 'Texto con nota[^9].', 1, '«[^9]»'],
    ['a level-2 heading', 'Texto.\n\n## Sección', 3, '«###»'],
    ['a setext heading inside a list', '- elemento\n  ---', 1, '«###»'],
    ['an unbalanced horizontal block', 'Texto.\n\n<!-- horizontal -->\n\nMás.', 3, 'horizontal'],
    ['an unclosed fence', 'Texto.\n\n```\ncódigo sin cierre', 3, 'no se cierra'],
  ];
  for (const [name, md, line, says] of refused) {
    it(`refuses ${name} with a Spanish message naming the narrative and line`, async () => {
      const e = await refusal(async () => renderReportMarkdown(analyse(withNarrative(md)), withNarrative(md)));
      expect(e.problems[0]).toMatchObject({ file: FILE, line });
      expect(e.problems[0]!.message).toContain(says);
      expect(formatUserError(e)).not.toMatch(/\n\s+at .+:\d+:\d+/);
    });
  }
});

describe('checkStructure, the safety net', () => {
  it('names the narrative and line whose block swallows the rest (a narrative inserted without preparation)', () => {
    const narrative = 'Texto.\n\n> ```\n> x\n```';
    const md = `# Uno\n\n${narrative}\n\n# Dos\n\nTabla: T {#tbl:t}\n\n| a |\n| --- |\n| 1 |\n`;
    const start = 2;
    const e = (() => {
      try {
        checkStructure(md, { chapters: [], narratives: [{ file: FILE, start, end: start + 5, sourceLines: [1, 2, 3, 4, 5], counts: { chapters: 0, tables: 0, tableCaptions: 0, figures: 0, figureCaptions: 0 } }], twin: 'gemelo.md' });
      } catch (err) {
        return err as UserError;
      }
      throw new Error('no error');
    })();
    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toContain('faltan 1 de 2 capítulos');
    expect(e.problems[0]).toMatchObject({ file: FILE, line: 5 });
    expect(e.problems[0]!.message).toContain('el bloque de código');
  });

  it('names the template when the template itself leaves a fence open', () => {
    const e = (() => {
      try {
        assembleReport([
          { chapter: 'a', template: 'templates/diagnostico/a.md.hbs', output: '# A\n\nTexto.\n\n```\nsin cierre\n' },
          { chapter: 'b', template: 'templates/diagnostico/b.md.hbs', output: '# B\n\nMás.\n' },
        ], { twin: 'gemelo.md' });
      } catch (err) {
        return err as UserError;
      }
      throw new Error('no error');
    })();
    expect(e).toBeInstanceOf(UserError);
    expect(e.problems[0]!.file).toBe('templates/diagnostico/a.md.hbs');
    expect(e.problems[0]!.message).toContain('línea 5');
  });

  it('a prepared narrative reads back as written (closed constructs, same structure)', () => {
    const { narrative, problems } = prepareNarrative({ file: FILE, markdown: '> cita\nperezosa\n\n- a\n\n  b\n\n1) x\n2) y\n\n***\n\n| a |\n|---|\n' }, { footnotePrefix: 'm', usedFootnotes: new Set() });
    expect(problems).toEqual([]);
    expect(narrative.counts.tables).toBe(1);
    expect(parseMarkdown(narrative.markdown).children.map((c) => c.type)).toEqual(['blockquote', 'list', 'list', 'thematicBreak', 'table']);
  });
});

describe('nothing in English on the analyst\'s screen', () => {
  it('a replacement character a narrative wrote as «&#0;» builds without xmldom\'s warning', async () => {
    const printed: string[] = [];
    const warn = vi.spyOn(console, 'warn').mockImplementation((...a: unknown[]) => void printed.push(a.join(' ')));
    const error = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void printed.push(a.join(' ')));
    let docx: Buffer;
    try {
      const { markdownToDocx } = await import('../../src/write/docx/index.js');
      const { testInfo, fixtureImages } = await import('../docx/support.js');
      docx = await markdownToDocx('# Capítulo\n\nTexto &#0; y \uFFFD.\n', testInfo({ indexes: false }), fixtureImages);
    } finally {
      warn.mockRestore();
      error.mockRestore();
    }
    expect(printed).toEqual([]);
    // (The test's own XML reader may warn: it runs after the spies are gone.)
    expect(await readPart(await openZip(docx), 'word/document.xml')).toContain('Texto \uFFFD y \uFFFD.');
  });
});

describe('a full build with a narrative full of Markdown constructs', () => {
  let docx: Buffer;
  const warnings: string[] = [];
  beforeAll(async () => {
    const dir = copyProject();
    const file = path.join(dir, 'data/chihuahua/narrativa/metodologia.md');
    writeFileSync(file, readFileSync(file, 'utf8').trimEnd() + '\n\n' + [
      '> ```', '> código citado', '> ```', '',
      '```', 'const x = 1;', '```', '',
      '    sangrado', '',
      '>', '', '-', '',
      '- uno', '  <!-- comentario en una lista -->', '',
      'Véase [la ley][ley].', '', '[ley]: https://ejemplo.org/ley', '',
      'Nota propia[^lgt].', '', '[^lgt]: Nota de la narrativa que repite una etiqueta de plantilla.', '',
    ].join('\n'));
    const spy = vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void warnings.push(args.join(' ')));
    try {
      ({ docx } = await renderReport('chihuahua', { root: dir }));
    } finally {
      spy.mockRestore();
    }
  }, 300_000);
  afterEach(() => undefined);

  it('keeps every chapter, table and figure of the report in the DOCX', async () => {
    const xml = await readPart(await openZip(docx), 'word/document.xml');
    expect((xml.match(/SEQ Tabla/g) ?? []).length).toBe(51);
    expect((xml.match(/SEQ Figura/g) ?? []).length).toBe(17);
    expect((xml.match(/w:val="Heading1"/g) ?? []).length).toBe(14);
  });

  it('prints code in a monospace font and no English warning', async () => {
    expect(warnings).toEqual([]);
    const xml = await readPart(await openZip(docx), 'word/document.xml');
    expect(xml).toMatch(/Courier New[^]*?const x = 1;/);
    const text = await docxText(docx);
    expect(text).toContain('código citado');
    expect(text).toContain('sangrado');
  });

  it('both footnotes labelled «lgt» keep their own text', async () => {
    const notes = await readPart(await openZip(docx), 'word/footnotes.xml');
    expect(notes).toContain('Nota de la narrativa que repite una etiqueta de plantilla.');
    expect(notes).toContain('Publicada en el Diario Oficial de la Federación el 14 de junio de 2012');
  });
});
