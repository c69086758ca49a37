/**
 * Deterministic layout of the generated Markdown: LF line ends, no trailing spaces, one
 * blank line between blocks (never more), headings and HTML comments (`<!-- horizontal -->`)
 * set apart by blank lines, no leading blank lines, exactly one final newline.
 * Fenced code blocks are left untouched. Fences are recognised as CommonMark does: "```" or
 * "~~~" (three or more), closed only by a fence of the same character at least as long with
 * nothing after it, an opening backtick fence's info string holding no backtick; the fence may
 * sit inside a block quote or a list item (`> ```…`, `- ```…`).
 */
const HEADING = /^#{1,6}\s/;
const COMMENT = /^<!--.*-->$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s/;
/** Block-quote markers, list markers and indentation before a line's content. */
const CONTAINER_PREFIX = /^(?:[ \t]*>|[ \t]*(?:[-+*]|\d{1,9}[.)])(?=[ \t]))*[ \t]*/;

/** An opening fence: its character and length, or undefined. */
export function openingFence(line: string): { char: '`' | '~'; length: number } | undefined {
  const rest = line.replace(CONTAINER_PREFIX, '');
  const m = /^(`{3,}|~{3,})(.*)$/.exec(rest);
  if (!m) return undefined;
  const char = m[1]![0] as '`' | '~';
  if (char === '`' && m[2]!.includes('`')) return undefined;
  return { char, length: m[1]!.length };
}

/** Whether `line` closes a fence opened with `open`. */
export function closesFence(line: string, open: { char: '`' | '~'; length: number }): boolean {
  const m = /^(`{3,}|~{3,})[ \t]*$/.exec(line.replace(CONTAINER_PREFIX, ''));
  return !!m && m[1]![0] === open.char && m[1]!.length >= open.length;
}

export interface NormalisedMarkdown {
  text: string;
  /** For each line of `text` (0-based), the 0-based line of the input it came from; -1 for an added blank line. */
  lineMap: number[];
}

export function normaliseMarkdown(md: string): string {
  return normaliseMarkdownWithMap(md).text;
}

export function normaliseMarkdownWithMap(md: string): NormalisedMarkdown {
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  const map: number[] = [];
  let fence: { char: '`' | '~'; length: number } | undefined;
  // The outline never skips a level (a narrative's "###" right under a chapter's "#" becomes
  // "##"), so numbering reads 6.1, never 6.0.1, and screen readers get a sound outline.
  let lastDepth = 0;
  const push = (line: string, from: number) => {
    out.push(line);
    map.push(from);
  };
  const blank = () => {
    if (out.length > 0 && out[out.length - 1] !== '') push('', -1);
  };
  lines.forEach((raw, i) => {
    if (fence) {
      if (closesFence(raw, fence)) fence = undefined;
      push(raw.replace(/[ \t]+$/, ''), i);
      return;
    }
    const open = openingFence(raw);
    if (open) {
      fence = open;
      push(raw.replace(/[ \t]+$/, ''), i);
      return;
    }
    let line = raw.replace(/[ \t]+$/, '');
    const heading = /^(#{1,6})(\s.*)$/.exec(line);
    if (heading) {
      const depth = Math.min(heading[1]!.length, lastDepth + 1);
      line = `${'#'.repeat(depth)}${heading[2]}`;
      lastDepth = depth;
    }
    if (line === '') {
      blank();
      return;
    }
    const standalone = HEADING.test(line) || COMMENT.test(line);
    if (standalone) blank();
    // A paragraph right after a list item would be swallowed by it (lazy continuation):
    // generated Markdown never means that, so end the list.
    const previous = out[out.length - 1];
    if (previous !== undefined && LIST_ITEM.test(previous) && !LIST_ITEM.test(line) && !/^\s/.test(line)) blank();
    push(line, i);
    if (standalone) push('', -1);
  });
  while (out.length > 0 && out[0] === '') {
    out.shift();
    map.shift();
  }
  while (out.length > 0 && out[out.length - 1] === '') {
    out.pop();
    map.pop();
  }
  return { text: `${out.join('\n')}\n`, lineMap: map };
}
