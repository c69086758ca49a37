/** A GFM pipe table from cells already escaped for Markdown (documents generated in code: programme, workshop). */
export function gfmTable(headers: string[], align: ('l' | 'r')[], rows: string[][]): string {
  return [
    `| ${headers.join(' | ')} |`,
    `|${align.map((a) => (a === 'r' ? '--:' : '---')).join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}
