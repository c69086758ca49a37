/**
 * The safety net under narrative isolation (narrative.ts): once the report's Markdown is
 * assembled, every chapter, table and figure the templates declare must be there when the
 * Markdown is parsed as the DOCX writer parses it. A construct that does not end where its
 * author thinks (a code fence, an HTML block, a list) would swallow what follows it, and the
 * DOCX would lose chapters, tables and figures while the build says ✔.
 *
 * What the templates declare is read off the lines of their output (outside the narratives
 * and outside code fences): `# Capítulo` lines, GFM table delimiter rows, `Tabla: …` captions,
 * `![…](…)` figure paragraphs and `Figura: …` captions; the narratives add what their own
 * parse holds. What is found is counted on the parsed document. A shortfall is a Spanish
 * UserError naming the narrative (or the template) and the line where the block that
 * swallowed the rest begins.
 */
import type { Root, RootContent } from 'mdast';
import { UserError, type Problem } from '../../util/errors.js';
import { NO_COUNTS, parseMarkdown, startsWithMarker, type StructureCounts } from './narrative.js';
import { closesFence, openingFence } from './normalise.js';

/** A narrative's place in the assembled Markdown. */
export interface NarrativeSlot {
  file: string;
  /** 0-based lines [start, end) of the assembled Markdown. */
  start: number;
  end: number;
  /** For each line of the slot, the line of `file` it comes from (1-based). */
  sourceLines: number[];
  counts: StructureCounts;
}

/** A chapter's place in the assembled Markdown. */
export interface ChapterSlot {
  chapter: string;
  /** The chapter's template, as shown to the analyst. */
  template: string;
  start: number;
  end: number;
}

export interface StructureOptions {
  chapters: ChapterSlot[];
  narratives: NarrativeSlot[];
  /** How to name the assembled Markdown in messages (the twin that would be written). */
  twin: string;
}

type Kind = keyof StructureCounts;

const DELIMITER_ROW = /^\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const FIGURE_LINE = /^!\[.*\]\([^()\s]*\)[ \t]*$/;

/** The elements the template lines declare: kind and 0-based line where the DOCX writer's node starts. */
export function declaredElements(lines: string[], skip: (line: number) => boolean, restart: Set<number> = new Set()): { kind: Kind; line: number }[] {
  const out: { kind: Kind; line: number }[] = [];
  let fence: ReturnType<typeof openingFence>;
  const nextContent = (i: number) => {
    let j = i + 1;
    while (j < lines.length && lines[j]!.trim() === '') j++;
    return j;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // Each chapter's template output (and what follows a narrative) starts outside any fence:
    // a fence its template leaves open is a leak, not a reason to declare nothing after it.
    if (restart.has(i)) fence = undefined;
    if (skip(i)) continue;
    if (fence) {
      if (closesFence(line, fence)) fence = undefined;
      continue;
    }
    fence = openingFence(line);
    if (fence) continue;
    if (/^# /.test(line)) out.push({ kind: 'chapters', line: i });
    else if (line.includes('|') && line.includes('-') && DELIMITER_ROW.test(line) && i > 0 && lines[i - 1]!.includes('|')) out.push({ kind: 'tables', line: i - 1 });
    else if (/^Tabla: /.test(line) && lines[nextContent(i)]?.startsWith('|')) out.push({ kind: 'tableCaptions', line: i });
    else if (FIGURE_LINE.test(line)) out.push({ kind: 'figures', line: i });
    else if (/^Figura: /.test(line)) out.push({ kind: 'figureCaptions', line: i });
  }
  return out;
}

/** Start lines (0-based) of each kind of element in the parsed document. */
function foundElements(tree: Root, source: string): Map<Kind, Set<number>> {
  const found = new Map<Kind, Set<number>>(Object.keys(NO_COUNTS).map((k) => [k as Kind, new Set<number>()]));
  const add = (kind: Kind, node: RootContent | undefined) => {
    if (node?.position) found.get(kind)!.add(node.position.start.line - 1);
  };
  const startsWith = (n: RootContent | undefined, re: RegExp) => startsWithMarker(n, re, source);
  const imageOnly = (n: RootContent | undefined) =>
    n?.type === 'paragraph' && n.children.filter((c) => !(c.type === 'text' && c.value.trim() === '')).length === 1 && n.children.some((c) => c.type === 'image');
  const visit = (children: RootContent[], top: boolean) => {
    children.forEach((n, i) => {
      if (top && n.type === 'heading' && n.depth === 1) add('chapters', n);
      if (n.type === 'table') add('tables', n);
      if (startsWith(n, /^\s*Tabla:/) && children[i + 1]?.type === 'table') add('tableCaptions', n);
      if (imageOnly(n)) add('figures', n);
      if (startsWith(n, /^\s*Figura:/) && imageOnly(children[i - 1])) add('figureCaptions', n);
      if ('children' in n && n.type !== 'paragraph' && n.type !== 'heading' && n.type !== 'table') visit(n.children as RootContent[], false);
    });
  };
  visit(tree.children, true);
  return found;
}

const NAMES: Record<Kind, [string, string]> = {
  chapters: ['capítulo', 'capítulos'],
  tables: ['tabla', 'tablas'],
  tableCaptions: ['título de tabla', 'títulos de tabla'],
  figures: ['figura', 'figuras'],
  figureCaptions: ['título de figura', 'títulos de figura'],
};

/**
 * Throws a UserError when the parsed `markdown` lacks a chapter, table or figure its
 * templates declare (or holds more than they and the narratives declare).
 */
export function checkStructure(markdown: string, opts: StructureOptions, tree: Root = parseMarkdown(markdown)): void {
  const lines = markdown.split('\n');
  const inNarrative = (line: number) => opts.narratives.find((n) => line >= n.start && line < n.end);
  const restart = new Set([...opts.chapters.map((c) => c.start), ...opts.narratives.map((n) => n.end)]);
  const declared = declaredElements(lines, (i) => inNarrative(i) !== undefined, restart);
  const found = foundElements(tree, markdown);

  const expected: StructureCounts = { ...NO_COUNTS };
  for (const d of declared) expected[d.kind]++;
  for (const n of opts.narratives) for (const k of Object.keys(expected) as Kind[]) expected[k] += n.counts[k];
  const got: StructureCounts = { ...NO_COUNTS };
  for (const [k, set] of found) got[k] = set.size;
  const missing = declared.find((d) => !found.get(d.kind)!.has(d.line));
  const equal = (Object.keys(expected) as Kind[]).every((k) => expected[k] === got[k]);
  if (equal && !missing) return;

  const short = (Object.keys(expected) as Kind[]).filter((k) => got[k] < expected[k]).map((k) => `faltan ${expected[k] - got[k]} de ${expected[k]} ${NAMES[k][expected[k] === 1 ? 0 : 1]}`);
  const extra = (Object.keys(expected) as Kind[]).filter((k) => got[k] > expected[k]).map((k) => `hay ${got[k] - expected[k]} ${NAMES[k][got[k] - expected[k] === 1 ? 0 : 1]} de más`);
  const summary = `El informe quedaría incompleto o alterado (${[...short, ...extra].join('; ')}): nada se escribió`;

  const problems: Problem[] = [];
  // The block that swallowed the first missing element: the top-level node covering its line.
  const line = missing?.line;
  const culprit = line === undefined ? undefined : tree.children.find((n) => n.position && n.position.start.line - 1 <= line && n.position.end.line - 1 >= line);
  const what = missing ? `${NAMES[missing.kind][0]} «${excerpt(lines[missing.line]!)}»` : undefined;
  if (culprit?.position && line !== undefined) {
    const start = culprit.position.start.line - 1;
    const narrative = inNarrative(start);
    const kind = describeBlock(culprit);
    if (narrative) {
      problems.push({
        file: narrative.file,
        line: narrative.sourceLines[start - narrative.start],
        message: `${kind} que empieza en esta línea no termina dentro de la narrativa y se traga el resto del capítulo o del informe (desde ${what}); ciérrelo o sepárelo con una línea en blanco`,
      });
    } else {
      const chapter = opts.chapters.find((c) => start >= c.start && start < c.end);
      problems.push({
        file: chapter?.template ?? opts.twin,
        message: `${kind} que empieza en la línea ${start + 1} de ${opts.twin} no termina donde parece y se traga lo que sigue (desde ${what})`,
      });
    }
  }
  // Any narrative whose blocks run past its end.
  for (const n of opts.narratives) {
    const crossing = tree.children.find((c) => c.position && c.position.start.line - 1 >= n.start && c.position.start.line - 1 < n.end && c.position.end.line - 1 >= n.end);
    if (crossing?.position && !problems.some((p) => p.file === n.file)) {
      problems.push({ file: n.file, line: n.sourceLines[crossing.position.start.line - 1 - n.start], message: `${describeBlock(crossing)} que empieza en esta línea no termina dentro de la narrativa` });
    }
  }
  if (problems.length === 0) problems.push({ file: opts.twin, message: `el Markdown generado no tiene la estructura que declaran las plantillas (${[...short, ...extra].join('; ')})` });
  throw new UserError(summary, problems);
}

function describeBlock(node: RootContent): string {
  switch (node.type) {
    case 'code': return 'el bloque de código';
    case 'blockquote': return 'la cita («>»)';
    case 'list': return 'la lista';
    case 'html': return 'el bloque de HTML';
    case 'table': return 'la tabla';
    case 'footnoteDefinition': return 'la nota al pie';
    default: return 'el bloque';
  }
}

function excerpt(s: string, max = 60): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max)}…` : one;
}
