/**
 * Property-based tests of the output side (issue #12): whatever text a CSV cell holds, the
 * Markdown escaper makes it print exactly as typed (no emphasis, no link syntax, no caption, no
 * cross-reference, no new block); whatever Markdown a narrative holds, the report keeps every
 * chapter, table and figure outside the narrative's slot, or the build stops with a Spanish
 * UserError naming the narrative and a line — never another exception, never a missing chapter.
 * Runs are small (fixed seed, replayable) for a 2-core CI.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { analyse } from '../../src/analyse/index.js';
import { loadProjectConfig } from '../../src/config/project.js';
import type { StateData } from '../../src/load/types.js';
import { escapeMarkdown, escapeTableCell } from '../../src/render/markdown/escape.js';
import { assembleReport, renderChapters, type RenderedChapter } from '../../src/render/markdown/index.js';
import { remarkDocxCaptions } from '../../src/write/docx/transforms/captions.js';
import { remarkDocxCrossReferences } from '../../src/write/docx/transforms/cross-references.js';
import { remarkDocxDirectives } from '../../src/write/docx/transforms/directives.js';
import { remarkDocxHeadings } from '../../src/write/docx/transforms/headings.js';
import { docxData } from '../../src/write/docx/transforms/data.js';
import { UserError, formatUserError } from '../../src/util/errors.js';
import { fixtureState } from '../fixtures/analyse/state.js';

const SEED = 20261202;

/** The DOCX writer's Markdown transforms (everything before remark-docx itself). */
const writer = unified().use(remarkParse).use(remarkGfm).use(remarkDocxDirectives).use(remarkDocxHeadings).use(remarkDocxCaptions).use(remarkDocxCrossReferences);

async function throughWriter(markdown: string): Promise<{ tree: Root; file: VFile }> {
  const file = new VFile({ value: markdown });
  const tree = (await writer.run(writer.parse(file), file)) as Root;
  return { tree, file };
}

/** Text that looks like the twin's syntax, Markdown's, HTML's, plus plain words and accents. */
const syntax = fc.constantFrom(
  '@tbl:t', '@fig:f', '{#tbl:t}', '{-}', '{.unnumbered}', 'Tabla:', 'Figura:', 'Fuente:', 'Nota:', '<!-- salto-pagina -->', '<!-- horizontal -->',
  '<http://ejemplo.org>', '<br>', '<div>', '**', '*', '_', '__', '`', '```', '~~~', '~~', '[^1]', '[a](b)', '![a](grafica:f)', '[a]: /u', '|', '#', '##', '> ',
  '- ', '+ ', '1. ', '2) ', '---', '===', '***', '&amp;', '&#64;', '\\', '\\@', '    ', '\t', '\n', '\r\n', '{{x}}', '{{{narrativa}}}', ':', '!', '[', ']', '(', ')',
  '<', '>', 'Fiscalía', 'niñas', 'Juárez', 'texto', ' ', '"', "'",
);
const value = fc.array(fc.oneof(syntax, fc.string({ maxLength: 6 })), { maxLength: 12 }).map((parts) => parts.join(''));

/** What a value looks like once printed: line breaks folded into a space, outer spaces dropped. */
const printed = (v: string) => v.replace(/\s*[\r\n]+\s*/g, ' ').replace(/^[ \t]+|[ \t]+$/g, '');

describe('the Markdown escaper: any CSV text prints as typed', () => {
  it('as a paragraph of its own and inside a sentence: one paragraph, the same text, no reference, caption or heading change', async () => {
    await fc.assert(fc.asyncProperty(value, async (v) => {
      fc.pre(printed(v) !== '');
      const markdown = `# Capítulo\n\nTabla: Plantilla {#tbl:t}\n\n| a |\n| --- |\n| 1 |\n\n${escapeMarkdown(v)}\n\nTexto «${escapeMarkdown(v, { blockStart: false })}» fin.\n`;
      const { tree, file } = await throughWriter(markdown);
      expect(file.messages.map((m) => m.reason)).toEqual([]);
      const [heading, caption, table, own, sentence, ...rest] = tree.children;
      expect(rest).toEqual([]);
      expect([heading?.type, caption?.type, table?.type, own?.type, sentence?.type]).toEqual(['heading', 'docxCaption', 'table', 'paragraph', 'paragraph']);
      expect(toString(own)).toBe(printed(v));
      expect(toString(sentence)).toBe(`Texto «${v.replace(/\s*[\r\n]+\s*/g, ' ')}» fin.`);
      expect(docxData(file).tables).toHaveLength(1);
      expect(docxData(file).targets.size).toBe(1);
      expect(JSON.stringify(tree)).not.toContain('docxCrossRef');
    }), { numRuns: 300, seed: SEED });
  });

  it('as a table cell: the table keeps its columns and the cell its text', async () => {
    await fc.assert(fc.asyncProperty(value, async (v) => {
      const { tree, file } = await throughWriter(`| a | b |\n| --- | --- |\n| ${escapeTableCell(v)} | x |\n`);
      expect(file.messages).toEqual([]);
      expect(tree.children).toHaveLength(1);
      const table = tree.children[0]!;
      expect(table.type).toBe('table');
      const row = (table as { children: { children: unknown[] }[] }).children[1]!;
      expect(row.children).toHaveLength(2);
      const text = printed(v).trim();
      expect(toString(row.children[0] as never)).toBe(text === '' ? '—' : text);
    }), { numRuns: 300, seed: SEED });
  });
});

describe('narrative insertion: any Markdown keeps the report whole or gets a Spanish message', () => {
  const project = loadProjectConfig(path.resolve(import.meta.dirname, '../..'));
  const FILE = 'data/prueba/narrativa/metodologia.md';
  let chapters: RenderedChapter[];
  let prefix: string;
  let suffix: string;
  let without: string;
  beforeAll(() => {
    const p = { ...project, diagnostico: { ...project.diagnostico, capitulos: ['metodologia', 'hallazgos'] } };
    const data: StateData = { ...fixtureState(), root: path.resolve(import.meta.dirname, '../..'), project: p, narrativa: { metodologia: { file: FILE, markdown: 'x' } } };
    chapters = renderChapters(analyse(data), data);
    [prefix, suffix] = assemble('MARCA').split('MARCA\n') as [string, string];
    without = assemble('');
  });
  const assemble = (markdown: string) => assembleReport(chapters.map((c) => (c.chapter === 'metodologia' ? { ...c, narrative: { file: FILE, markdown } } : c)), { twin: 'gemelo' });

  /** Narratives made of lines: block markers, fences, HTML, headings, tables, footnotes, plain text. */
  const line = fc.array(fc.oneof(syntax, fc.constantFrom('texto', 'Fiscalía del estado', '| a | b |', '| --- | --- |', '[^1]: nota', '### Sub', '<!--', '-->', '</div>')), { maxLength: 5 }).map((p) => p.join(''));
  const narrative = fc.array(line, { maxLength: 10 }).map((lines) => lines.join('\n'));

  it('the text outside the narrative slot is the report\'s own, byte for byte, or a UserError names the narrative and a line', () => {
    fc.assert(fc.property(narrative, (md) => {
      let out: string;
      try {
        out = assemble(md);
      } catch (e) {
        expect(e, (e as Error)?.stack).toBeInstanceOf(UserError);
        const err = e as UserError;
        expect(err.message).not.toContain('quedaría incompleto');
        for (const p of err.problems) {
          expect(p.file).toBe(FILE);
          expect(Number.isInteger(p.line) && p.line! >= 1).toBe(true);
        }
        expect(formatUserError(err)).not.toMatch(/\n\s+at /);
        return;
      }
      expect(out === without || (out.startsWith(prefix) && out.endsWith(suffix)), `cambió el texto fuera de la narrativa:\n${md}`).toBe(true);
    }), { numRuns: 150, seed: SEED });
  }, 600_000);
});
