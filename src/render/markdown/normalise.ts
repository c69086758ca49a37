/**
 * Deterministic layout of the generated Markdown: LF line ends, no trailing spaces, one
 * blank line between blocks (never more), headings and HTML comments (`<!-- horizontal -->`)
 * set apart by blank lines, no leading blank lines, exactly one final newline.
 * Fenced code blocks are left untouched.
 */
const FENCE = /^(```|~~~)/;
const HEADING = /^#{1,6}\s/;
const COMMENT = /^<!--.*-->$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s/;

export function normaliseMarkdown(md: string): string {
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let inFence = false;
  // The outline never skips a level (a narrative's "###" right under a chapter's "#" becomes
  // "##"), so numbering reads 6.1, never 6.0.1, and screen readers get a sound outline.
  let lastDepth = 0;
  const blank = () => {
    if (out.length > 0 && out[out.length - 1] !== '') out.push('');
  };
  for (const raw of lines) {
    if (FENCE.test(raw.trimStart())) inFence = !inFence;
    if (inFence || FENCE.test(raw.trimStart())) {
      out.push(raw.replace(/[ \t]+$/, ''));
      continue;
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
      continue;
    }
    const standalone = HEADING.test(line) || COMMENT.test(line);
    if (standalone) blank();
    // A paragraph right after a list item would be swallowed by it (lazy continuation):
    // generated Markdown never means that, so end the list.
    const previous = out[out.length - 1];
    if (previous !== undefined && LIST_ITEM.test(previous) && !LIST_ITEM.test(line) && !/^\s/.test(line)) blank();
    out.push(line);
    if (standalone) out.push('');
  }
  while (out.length > 0 && out[0] === '') out.shift();
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}
