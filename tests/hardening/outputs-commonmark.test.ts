/**
 * Issue #12: every example of the CommonMark specification (the `commonmark-spec` package,
 * 652 examples of spec 0.31.2) placed as a state's narrative either builds, with the rest of
 * the report intact (every chapter, table and figure), or is refused with a Spanish message
 * naming the narrative and its line. Anything else (another error, a structure that differs,
 * a library warning on the analyst's screen) is counted as "other", and must be zero.
 *
 * Cost is kept low (the machine parses Markdown slowly under load): the chapter templates are
 * rendered once; each example is inserted with `assembleReport` (narrative preparation +
 * structure check) into a compact report — the real «metodologia» chapter, whose slot it
 * fills, and a following chapter with a table, a figure, a footnote and a cross-reference —
 * and the text outside the slot must be exactly the report's without it. One example in ten
 * is also counted independently (chapters, tables, figures of the parsed result), and a
 * sample goes through the whole 14-chapter report and the real DOCX writer.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import spec from 'commonmark-spec';
import { toString } from 'mdast-util-to-string';
import { analyse } from '../../src/analyse/index.js';
import { loadProjectConfig } from '../../src/config/project.js';
import type { StateData } from '../../src/load/types.js';
import { assembleReport, renderChapters, type RenderedChapter } from '../../src/render/markdown/index.js';
import { parseMarkdown } from '../../src/render/markdown/narrative.js';
import { markdownToDocx, type ImageResolver } from '../../src/write/docx/index.js';
import { UserError } from '../../src/util/errors.js';
import { openZip, readPart } from '../support/ooxml.js';
import { testInfo } from '../docx/support.js';
import { fixtureState } from '../fixtures/analyse/state.js';

const root = path.resolve(import.meta.dirname, '../..');
const project = loadProjectConfig(root);
const CHAPTER = 'metodologia';
const FILE = `data/prueba/narrativa/${CHAPTER}.md`;
const examples = spec.tests
  .map((t) => ({ ...t, markdown: t.markdown.replace(/→/g, '\t') }));

function state(capitulos: string[]): StateData {
  const p = { ...project, diagnostico: { ...project.diagnostico, capitulos } };
  return { ...fixtureState(), root, project: p, narrativa: { [CHAPTER]: { file: FILE, markdown: 'marcador' } } };
}

function chaptersWith(chapters: RenderedChapter[], markdown: string): RenderedChapter[] {
  return chapters.map((c) => (c.chapter === CHAPTER ? { ...c, narrative: { file: FILE, markdown } } : c));
}

/** Chapters, tables and figures of the parsed Markdown (counted here, independently of structure.ts). */
function shape(md: string): { chapters: string[]; tables: number; figures: number } {
  const tree = parseMarkdown(md);
  const out = { chapters: [] as string[], tables: 0, figures: 0 };
  const walk = (nodes: { type: string; depth?: number; children?: unknown[] }[], top: boolean) => {
    for (const n of nodes) {
      if (top && n.type === 'heading' && n.depth === 1) out.chapters.push(toString(n));
      if (n.type === 'table') out.tables++;
      if (n.type === 'image') out.figures++;
      if (n.children && n.type !== 'table') walk(n.children as never, false);
    }
  };
  walk(tree.children as never, true);
  return out;
}

/** The chapter after the narrative's: a table, a figure, a footnote, a cross-reference, a list. */
const NEXT_CHAPTER: RenderedChapter = {
  chapter: 'siguiente',
  template: 'templates/diagnostico/siguiente.md.hbs',
  output: [
    '# Capítulo siguiente', '', 'Texto con nota[^lgt] y la @tbl:siguiente.', '', '[^lgt]: Nota de la plantilla.', '',
    'Tabla: Tabla del capítulo siguiente {#tbl:siguiente}', '', '| a | b |', '| --- | --: |', '| x | 1 |', '', 'Fuente: prueba.', '',
    '![Gráfica de prueba](grafica:siguiente)', '', 'Figura: Figura del capítulo siguiente {#fig:siguiente}', '',
    '## Sección', '', '- uno', '- dos', '', 'Fin del capítulo.', '',
  ].join('\n'),
};

type Outcome = 'built' | 'refused' | 'other';

/** Refused before insertion (narrative.ts), not caught late by the structure check (that would be damage avoided, counted as "other"). */
function isSpanishRefusal(e: unknown): e is UserError {
  return e instanceof UserError && e.problems.length > 0 && !e.message.includes('quedaría incompleto') &&
    e.problems.every((p) => p.file === FILE && typeof p.line === 'number' && p.line >= 1 && /[a-záéíóúñ]{3}/.test(p.message) && !/\b(the|is|not|error|expected)\b/i.test(p.message));
}

describe('CommonMark specification examples as a narrative', () => {
  const counts: Record<Outcome, number> = { built: 0, refused: 0, other: 0 };
  const others: string[] = [];
  const built: number[] = [];
  let compact: RenderedChapter[];
  let full: RenderedChapter[];
  let prefix: string;
  let withoutNarrative: string;
  let suffix: string;
  let baseline: ReturnType<typeof shape>;
  let fullBaseline: ReturnType<typeof shape>;
  const warnings: string[] = [];

  beforeAll(() => {
    const one = state([CHAPTER]);
    compact = [...renderChapters(analyse(one), one), NEXT_CHAPTER];
    const all = state(project.diagnostico.capitulos);
    full = renderChapters(analyse(all), all);
    const marked = assembleReport(chaptersWith(compact, 'MARCA'), { twin: 'gemelo' });
    [prefix, suffix] = marked.split('MARCA\n') as [string, string];
    expect(suffix).toBeDefined();
    withoutNarrative = assembleReport(chaptersWith(compact, ''), { twin: 'gemelo' });
    baseline = shape(withoutNarrative);
    fullBaseline = shape(assembleReport(chaptersWith(full, ''), { twin: 'gemelo' }));
    expect(baseline.chapters).toHaveLength(2);
    expect(baseline.tables).toBeGreaterThan(1);
    expect(baseline.figures).toBeGreaterThan(0);
    vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void warnings.push(args.join(' ')));
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void warnings.push(args.join(' ')));
  });

  afterAll(() => {
    vi.restoreAllMocks();
    console.log(`CommonMark ${examples.length} ejemplos: ${counts.built} se construyen, ${counts.refused} rechazados con mensaje, ${counts.other} otros`);
  });

  it('each of the 652 examples builds with the rest of the report intact or is refused in Spanish', () => {
    expect(examples.length).toBe(652);
    examples.forEach((ex, i) => {
      let outcome: Outcome;
      let why = '';
      try {
        const md = assembleReport(chaptersWith(compact, ex.markdown), { twin: 'gemelo' });
        // Everything outside the narrative's slot is the report without it, byte for byte…
        // (A narrative that prints nothing — a lone definition, an empty quote — leaves the report without it.)
        let intact = md === withoutNarrative || (md.startsWith(prefix) && md.endsWith(suffix) && md.length >= prefix.length + suffix.length);
        if (!intact) why = 'el texto fuera de la narrativa cambió';
        // …and, one example in ten, an independent count of the parsed report.
        if (intact && i % 10 === 0) {
          const got = shape(md);
          const own = shape(ex.markdown);
          intact = JSON.stringify(got.chapters) === JSON.stringify(baseline.chapters) &&
            got.tables >= baseline.tables && got.tables <= baseline.tables + own.tables && got.figures === baseline.figures;
          if (!intact) why = `estructura ${JSON.stringify({ got, baseline })}`;
        }
        outcome = intact ? 'built' : 'other';
      } catch (e) {
        outcome = isSpanishRefusal(e) ? 'refused' : 'other';
        if (outcome === 'other') why = e instanceof UserError ? JSON.stringify(e.problems) : String((e as Error)?.stack ?? e);
      }
      counts[outcome]++;
      if (outcome === 'built') built.push(ex.number);
      if (outcome === 'other') others.push(`#${ex.number} (${ex.section}): ${why.slice(0, 300)}`);
    });
    expect(others).toEqual([]);
    expect(counts.built + counts.refused).toBe(652);
    expect(counts.built).toBeGreaterThan(300);
    expect(warnings).toEqual([]);
  }, 900_000);

  it('a sample of the built examples, in the whole report and through the DOCX writer: every chapter, table and figure, no warning', async () => {
    const png = readFileSync(path.join(root, 'tests/fixtures/docx/grafica-casos.png'));
    const images: ImageResolver = async () => ({ data: png, width: 640, height: 360, alt: 'Imagen de prueba' });
    const sample = built.filter((_, i) => i % Math.max(1, Math.floor(built.length / 6)) === 0).slice(0, 6);
    expect(sample.length).toBeGreaterThanOrEqual(5);
    let reference: { tables: number; figures: number; h1: number } | undefined;
    for (const n of [0, ...sample]) {
      const markdown = n === 0 ? '' : examples.find((e) => e.number === n)!.markdown;
      const md = assembleReport(chaptersWith(full, markdown), { twin: 'gemelo' });
      expect(shape(md).chapters).toEqual(fullBaseline.chapters);
      const bytes = await markdownToDocx(md, testInfo({ indexes: false }), images);
      expect(warnings, `ejemplo ${n}`).toEqual([]);
      const xml = await readPart(await openZip(bytes), 'word/document.xml');
      const docx = {
        tables: (xml.match(/SEQ Tabla/g) ?? []).length,
        figures: (xml.match(/SEQ Figura/g) ?? []).length,
        h1: (xml.match(/w:val="Heading1"/g) ?? []).length,
      };
      reference ??= docx;
      expect(docx, `ejemplo ${n}`).toEqual(reference);
    }
    expect(reference!.h1).toBe(project.diagnostico.capitulos.length);
    expect(warnings).toEqual([]);
  }, 600_000);
});
