/**
 * The report's Markdown parsed section by section, each piece's parse kept: micromark is the
 * slowest step of a build after the flowcharts (~1 s for a state's twin in a new process), and an
 * edit changes a few sections, so only those are parsed again.
 * - In the live loop (`--vigilar`) the pieces of the last parse are remembered in memory.
 * - Every piece is kept in the on-disk cache (parser.ts): a build in a new process after an edit
 *   (`npm run report` again) reads the others from there.
 * The result is the tree a single parse of the whole text gives, positions included
 * (tests/markdown/parse-chapters.test.ts).
 *
 * A piece starts at an ATX heading in column 0 after a blank line, outside a fence or an HTML
 * block (comment, `<pre>`…) opened in column 0: such a line ends every container and every other
 * block, so the text before it parses the same alone. A fence or such an HTML block opened one to
 * three spaces in may belong to the top level or to a list item, whose end would close it:
 * after one, the rest of the text stays one piece. What a block may depend on elsewhere is a
 * definition (`[x]: url`, `[^x]: …`): sections citing each other's labels are parsed together,
 * and when pieces still cite across, the whole text is parsed at once.
 */
import type { Definition, FootnoteDefinition, Nodes, Root, RootContent } from 'mdast';
import type { Position } from 'unist';
import { keepsParses, parseMarkdown, parseMarkdownKept } from './parser.js';
import { inLiveLoop } from '../../util/live-loop.js';

interface Chunk {
  text: string;
  /** Offset and 0-based line of the chunk's first character in the whole text. */
  offset: number;
  line: number;
}

/** HTML blocks that end at a marker rather than at a blank line (CommonMark types 1–5), opened in column 0. */
const HTML_BLOCKS: [start: RegExp, end: RegExp][] = [
  [/^<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<![A-Za-z]/, />/],
  [/^<!\[CDATA\[/, /\]\]>/],
];
/** The same, or a fence, one to three spaces in: top level or list item, it cannot be told here. */
const AMBIGUOUS = /^ {1,3}(?:`{3}|~{3}|<(?:script|pre|style|textarea|!|\?))/i;

type Fence = { char: string; length: number };
const FENCE = /^(`{3,}|~{3,})(.*)$/;
const CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;

function fenceOpenedBy(line: string): Fence | undefined {
  const m = FENCE.exec(line);
  if (!m || (m[1]![0] === '`' && m[2]!.includes('`'))) return undefined;
  return { char: m[1]![0]!, length: m[1]!.length };
}

function closes(line: string, fence: Fence): boolean {
  const m = CLOSE.exec(line);
  return !!m && m[1]![0] === fence.char && m[1]!.length >= fence.length;
}

/** The text split before each heading that may start a piece (see above). */
export function splitSections(markdown: string): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  let startLine = 0;
  let fence: Fence | undefined;
  let htmlEnd: RegExp | undefined;
  let previousBlank = true;
  let offset = 0;
  const lines = markdown.split('\n');
  for (const [i, line] of lines.entries()) {
    if (fence) {
      if (closes(line, fence)) fence = undefined;
    } else if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = undefined;
    } else if (previousBlank && i > 0 && /^#{1,6}(?:[ \t]|$)/.test(line)) {
      chunks.push({ text: markdown.slice(start, offset), offset: start, line: startLine });
      start = offset;
      startLine = i;
    } else if (AMBIGUOUS.test(line)) {
      break;
    } else {
      fence = fenceOpenedBy(line);
      const html = fence ? undefined : HTML_BLOCKS.find(([open]) => open.test(line));
      // The end marker may close the block on its opening line (after the opening marker).
      if (html && !html[1].test(line.replace(html[0], ''))) htmlEnd = html[1];
    }
    previousBlank = line.trim() === '';
    offset += line.length + 1;
  }
  chunks.push({ text: markdown.slice(start), offset: start, line: startLine });
  return chunks;
}

/** A piece's parse (positions relative to the piece), from the disk cache when it has it: a fresh tree either way. */
function parsePiece(text: string): Root {
  return parseMarkdownKept(text, 'seccion');
}

/** Piece text → its parse (positions relative to the piece); the pieces of the live loop's last parse only. */
let remembered = new Map<string, Root>();

export function parseReportMarkdown(markdown: string): Root {
  const loop = inLiveLoop();
  // Outside the live loop nothing is kept in memory (src/util/live-loop.ts).
  if (!loop) remembered = new Map();
  if (!loop && !keepsParses()) return parseMarkdown(markdown);
  foldedTexts.before = loop ? foldedTexts.now : new Map();
  foldedTexts.now = new Map();
  const chunks = grouped(splitSections(markdown));
  if (chunks.length < 2) return parseMarkdown(markdown);
  // Elsewhere every piece gets a fresh tree of its own (a repeated piece is read again).
  const kept = new Map<string, Root>();
  const trees = chunks.map((c) => {
    if (!loop) return parsePiece(c.text);
    const tree = kept.get(c.text) ?? remembered.get(c.text) ?? parsePiece(c.text);
    kept.set(c.text, tree);
    return tree;
  });
  if (loop) remembered = kept;
  if (citesAcross(chunks, trees)) return parseMarkdown(markdown);

  const children: RootContent[] = [];
  trees.forEach((tree, i) => {
    const { line, offset } = chunks[i]!;
    // The live loop keeps its trees, and the DOCX writer's transforms change the tree it is given: copies.
    if (loop) for (const node of tree.children) children.push(shiftedCopy(node, line, offset) as RootContent);
    else {
      for (const node of tree.children) shiftInPlace(node, line, offset);
      children.push(...tree.children);
    }
  });
  const lines = markdown.split('\n');
  return {
    type: 'root',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: lines.length, column: lines[lines.length - 1]!.length + 1, offset: markdown.length } },
  };
}

/** A definition's label at the start of a line (in a quote or list item too): `[x]:` or `[^x]:`. */
const DEFINED = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?\[\^?((?:[^\]\\\n]|\\.)+)\]:/gm;
const foldedTexts = { now: new Map<string, string>(), before: new Map<string, string>() };
/** Text lowercased with whitespace collapsed, as labels match; a section's is kept while the loop runs. */
const folded = (s: string) => {
  let f = foldedTexts.now.get(s) ?? foldedTexts.before.get(s);
  if (f === undefined) f = s.toLowerCase().replace(/\s+/g, ' ');
  foldedTexts.now.set(s, f);
  return f;
};
/** The labels a parse defines (links and footnotes), per remembered tree. */
const definedLabels = new WeakMap<Root, string[]>();

/**
 * Sections that cite a label another one defines (a chapter's footnotes, defined at its end)
 * parsed together with everything between them, as one piece. Read off the text, generously:
 * a wrong guess only makes a piece larger, and the parses are checked afterwards (citesAcross).
 */
function grouped(sections: Chunk[]): Chunk[] {
  const texts = sections.map((c) => folded(c.text));
  const spans: [number, number][] = [];
  sections.forEach((c, j) => {
    for (const m of c.text.matchAll(DEFINED)) {
      const label = folded(m[1]!).trim();
      texts.forEach((t, i) => {
        if (i !== j && (t.includes(`[${label}`) || t.includes(`[^${label}`))) spans.push([Math.min(i, j), Math.max(i, j)]);
      });
    }
  });
  if (spans.length === 0) return sections;
  // Each section's group: the union of the overlapping spans that hold it.
  spans.sort((a, b) => a[0] - b[0]);
  const out: Chunk[] = [];
  let i = 0;
  for (const [from, to] of [...mergeSpans(spans), [sections.length, sections.length] as [number, number]]) {
    for (; i < from; i++) out.push(sections[i]!);
    if (from >= sections.length) break;
    out.push({ text: sections.slice(from, to + 1).map((c) => c.text).join(''), offset: sections[from]!.offset, line: sections[from]!.line });
    i = to + 1;
  }
  return out;
}

function mergeSpans(sorted: [number, number][]): [number, number][] {
  const merged: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged;
}

/** Whether a piece may cite a definition (link or footnote) that another piece holds. */
function citesAcross(chunks: Chunk[], trees: Root[]): boolean {
  const labels = trees.map((tree) => {
    let found = definedLabels.get(tree);
    if (found) return found;
    found = [];
    const visit = (n: Nodes) => {
      if (n.type === 'definition' || n.type === 'footnoteDefinition') found!.push((n as Definition | FootnoteDefinition).identifier);
      if ('children' in n) for (const c of n.children) visit(c as Nodes);
    };
    visit(tree);
    definedLabels.set(tree, found);
    return found;
  });
  if (labels.every((l) => l.length === 0)) return false;
  // Labels match case-insensitively with whitespace collapsed: compare on text normalised the same way.
  const texts = chunks.map((c) => folded(c.text));
  return labels.some((own, i) => own.some((id) => {
    const label = `[${folded(id)}`;
    return texts.some((t, j) => j !== i && (t.includes(`${label}]`) || t.includes(`[^${label.slice(1)}`)));
  }));
}

/**
 * A deep copy of a parsed node (plain objects, arrays and primitives only, as remark-parse
 * makes them) with its positions moved by `lines` and `offset`: one walk instead of
 * structuredClone and a second walk to shift.
 */
function shiftedCopy(value: unknown, lines: number, offset: number): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((v) => shiftedCopy(v, lines, offset));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = key === 'position' && v ? shiftedPosition(v as Position, lines, offset) : shiftedCopy(v, lines, offset);
  }
  return out;
}

/** `shiftedCopy` without the copy, for a tree used once. */
function shiftInPlace(value: unknown, lines: number, offset: number): void {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (const v of value) shiftInPlace(v, lines, offset);
    return;
  }
  for (const [key, v] of Object.entries(value)) {
    if (key !== 'position' || !v) shiftInPlace(v, lines, offset);
    else {
      const p = v as Position;
      for (const q of [p.start, p.end]) {
        q.line += lines;
        if (q.offset !== undefined) q.offset += offset;
      }
    }
  }
}

function shiftedPosition(p: Position, lines: number, offset: number): Position {
  const point = (q: Position['start']) => ({ ...q, line: q.line + lines, ...(q.offset !== undefined ? { offset: q.offset + offset } : {}) });
  return { ...p, start: point(p.start), end: point(p.end) };
}
