/**
 * The report's Markdown parsed chapter by chapter, each chapter's parse remembered, in the live
 * loop (`--vigilar`): an edit changes a few chapters, and micromark (the slowest step of a
 * rebuild, ~0.5 s for a state's twin) then only parses those. Elsewhere it is one plain parse. The result is the tree a single
 * parse of the whole text gives, positions included (tests/markdown/parse-chapters.test.ts).
 *
 * A chapter starts at a level-1 ATX heading at the start of a line, after a blank line, outside
 * fenced code and outside the HTML blocks that run over blank lines (comments, `<pre>`…): no
 * Markdown block continues across such a line, so the text before it parses the same alone.
 * What a block may depend on elsewhere in the document is a definition (`[x]: url`, `[^x]: …`):
 * when one chapter cites a label another defines, the whole text is parsed at once instead.
 */
import type { Definition, FootnoteDefinition, Nodes, Root, RootContent } from 'mdast';
import { parseMarkdown } from './narrative.js';
import { closesFence, openingFence } from './normalise.js';
import { inLiveLoop } from '../../util/live-loop.js';

interface Chunk {
  text: string;
  /** Offset and 0-based line of the chunk's first character in the whole text. */
  offset: number;
  line: number;
}

/** HTML blocks that end at a marker rather than at a blank line (CommonMark types 1–5). */
const HTML_BLOCKS: [start: RegExp, end: RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

/**
 * A fence opened at the top level closes only on a line indented three spaces at most (four is
 * code content); one opened inside a container (`> ```…`) is treated as open until a line
 * closes it there, though the container may end it sooner: splitting less is always exact.
 */
type Fence = { char: string; length: number; top: boolean };
const TOP_FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const TOP_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;

function fenceOpenedBy(line: string): Fence | undefined {
  const m = TOP_FENCE.exec(line);
  if (m) return m[1]![0] === '`' && m[2]!.includes('`') ? undefined : { char: m[1]![0]!, length: m[1]!.length, top: true };
  const inner = openingFence(line);
  return inner && { ...inner, top: false };
}

function closes(line: string, fence: Fence): boolean {
  if (!fence.top) return closesFence(line, fence as { char: '`' | '~'; length: number });
  const m = TOP_CLOSE.exec(line);
  return !!m && m[1]![0] === fence.char && m[1]!.length >= fence.length;
}

/** The text split before each top-level chapter heading (see above). */
export function splitChapters(markdown: string): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  let startLine = 0;
  let fence: Fence | undefined;
  let htmlEnd: RegExp | undefined;
  let previousBlank = true;
  let offset = 0;
  const lines = markdown.split('\n');
  lines.forEach((line, i) => {
    if (fence) {
      if (closes(line, fence)) fence = undefined;
    } else if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = undefined;
    } else if (previousBlank && i > 0 && /^#(?:[ \t]|$)/.test(line)) {
      chunks.push({ text: markdown.slice(start, offset), offset: start, line: startLine });
      start = offset;
      startLine = i;
    } else {
      fence = fenceOpenedBy(line);
      const html = fence ? undefined : HTML_BLOCKS.find(([open]) => open.test(line));
      // The end marker may close the block on its opening line (after the opening marker).
      if (html && !html[1].test(line.replace(html[0], ''))) htmlEnd = html[1];
    }
    previousBlank = line.trim() === '';
    offset += line.length + 1;
  });
  chunks.push({ text: markdown.slice(start), offset: start, line: startLine });
  return chunks;
}

/** Chapter text → its parse (positions relative to the chapter); the chapters of the last parse only. */
let remembered = new Map<string, Root>();

export function parseReportMarkdown(markdown: string): Root {
  // Outside the live loop nothing is kept: one parse, no copies (src/util/live-loop.ts).
  if (!inLiveLoop()) {
    remembered = new Map();
    return parseMarkdown(markdown);
  }
  const chunks = splitChapters(markdown);
  if (chunks.length < 2) return parseMarkdown(markdown);
  const kept = new Map<string, Root>();
  const trees = chunks.map((c) => {
    const tree = kept.get(c.text) ?? remembered.get(c.text) ?? parseMarkdown(c.text);
    kept.set(c.text, tree);
    return tree;
  });
  remembered = kept;
  if (citesAcross(chunks, trees)) return parseMarkdown(markdown);

  const children: RootContent[] = [];
  trees.forEach((tree, i) => {
    // Copies: the DOCX writer's transforms change the tree it is given.
    const copy = structuredClone(tree.children);
    for (const node of copy) shift(node, chunks[i]!.line, chunks[i]!.offset);
    children.push(...copy);
  });
  const lines = markdown.split('\n');
  return {
    type: 'root',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: lines.length, column: lines[lines.length - 1]!.length + 1, offset: markdown.length } },
  };
}

/** Whether a chapter may cite a definition (link or footnote) that another chapter holds. */
function citesAcross(chunks: Chunk[], trees: Root[]): boolean {
  const labels = trees.map((tree) => {
    const found: string[] = [];
    const visit = (n: Nodes) => {
      if (n.type === 'definition' || n.type === 'footnoteDefinition') found.push((n as Definition | FootnoteDefinition).identifier);
      if ('children' in n) for (const c of n.children) visit(c as Nodes);
    };
    visit(tree);
    return found;
  });
  if (labels.every((l) => l.length === 0)) return false;
  // Labels match case-insensitively with whitespace collapsed: compare on text normalised the same way.
  const texts = chunks.map((c) => c.text.toLowerCase().replace(/\s+/g, ' '));
  return labels.some((own, i) => own.some((id) => {
    const label = `[${id.toLowerCase().replace(/\s+/g, ' ')}`;
    return texts.some((t, j) => j !== i && (t.includes(`${label}]`) || t.includes(`[^${label.slice(1)}`)));
  }));
}

function shift(node: Nodes, lines: number, offset: number): void {
  const p = node.position;
  if (p) {
    p.start.line += lines;
    p.end.line += lines;
    if (p.start.offset !== undefined) p.start.offset += offset;
    if (p.end.offset !== undefined) p.end.offset += offset;
  }
  if ('children' in node) for (const c of node.children) shift(c as Nodes, lines, offset);
}
