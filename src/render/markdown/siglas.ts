/**
 * Acronyms of the report (data/comun/siglas.yaml, then data/<estado>/siglas.yaml): after the
 * chapters are assembled, the first use of each listed acronym in running text gets its full
 * name («Guardia Nacional (GN)») unless the text already defines it, and the line
 * `<!-- siglas -->` of the annex template becomes the «Siglas y acrónimos» section listing only
 * the acronyms actually used, sorted (appended at the end when the template has no such line).
 */
import { escapeMarkdown } from './escape.js';

export const ACRONYMS_MARK = '<!-- siglas -->';
export const ACRONYMS_TITLE = 'Siglas y acrónimos';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pattern = (sigla: string, flags = 'u') => new RegExp(`(?<![\\p{L}\\d-])${escape(sigla)}(?![\\p{L}\\d-])`, flags);

/** Lines that are not running text: headings, tables, captions, sources, images, quotes, comments, footnote definitions, links. */
const NOT_PROSE = /^\s*(?:#|\||>|<!--|!\[|\[\^|Tabla:|Figura:|Fuentes?:|Notas?:)|\]\(|https?:/;

interface Acronym {
  k: string;
  /** Global: only ever used through matchAll, which copies it, so it is safe to share. */
  re: RegExp;
  longer: Acronym[];
}

/**
 * The first use of `a` in `line` that is not part of a longer acronym or short form
 * («DIF» inside «DIF Estatal»), or undefined. A use needs the acronym's text, so lines
 * without it are skipped before any regex runs (the report has ~250 KB and ~100 acronyms).
 */
function firstUse(line: string, a: Acronym): RegExpExecArray | undefined {
  if (!line.includes(a.k)) return undefined;
  let covered: (readonly [number, number])[] | undefined;
  for (const m of line.matchAll(a.re)) {
    covered ??= a.longer.flatMap((o) => (line.includes(o.k) ? [...line.matchAll(o.re)].map((n) => [n.index, n.index + n[0].length] as const) : []));
    if (!covered.some(([x, y]) => x <= m.index && m.index + a.k.length <= y)) return m as RegExpExecArray;
  }
  return undefined;
}

/** Indexes of the lines that contain `k` (every line for an empty key). */
function linesContaining(markdown: string, starts: number[], k: string): number[] {
  if (k === '') return starts.map((_, i) => i);
  const out: number[] = [];
  let line = 0;
  for (let at = markdown.indexOf(k); at >= 0; at = markdown.indexOf(k, at + 1)) {
    while (line + 1 < starts.length && starts[line + 1]! <= at) line++;
    if (out[out.length - 1] !== line) out.push(line);
  }
  return out;
}

export function applyAcronyms(markdown: string, siglas: Record<string, string>): { markdown: string; used: string[] } {
  const keys = Object.keys(siglas).sort((a, b) => b.length - a.length || a.localeCompare(b));
  const acronyms = new Map<string, Acronym>(keys.map((k) => [k, { k, re: pattern(k, 'gu'), longer: [] }]));
  for (const a of acronyms.values()) {
    const re = pattern(a.k);
    a.longer = keys.filter((o) => o !== a.k && o.length > a.k.length && re.test(o)).map((o) => acronyms.get(o)!);
  }
  const lines = markdown.split('\n');
  const starts: number[] = [];
  for (let i = 0, at = 0; i < lines.length; at += lines[i]!.length + 1, i++) starts.push(at);
  const at = lines.findIndex((l) => l.trim() === ACRONYMS_MARK);
  const used = keys.filter((k) => linesContaining(markdown, starts, k).some((i) => i !== at && !lines[i]!.trim().startsWith('<!--') && firstUse(lines[i]!, acronyms.get(k)!)));
  let fenced = false;
  // Every acronym used gets its full name at its first use in running text, unless that use
  // already gives it («Guardia Nacional (GN)») — a definition further on does not count.
  const pending = new Set(used);
  for (let i = 0; i < lines.length && pending.size > 0; i++) {
    const line = lines[i]!;
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced || NOT_PROSE.test(line) || /^\s*[-*]\s+\*\*[^*]+\*\*:/.test(line)) continue;
    let out = line;
    for (const k of [...pending]) {
      const m = firstUse(out, acronyms.get(k)!);
      if (!m) continue;
      const name = escapeMarkdown(siglas[k]!, { blockStart: false });
      // Defined here already, or the full name is at hand.
      if (out.includes(siglas[k]!) || out.includes(name)) {
        pending.delete(k);
        continue;
      }
      // Not where a parenthesis follows («la OIT (tratado…)»): the next use.
      if (/^\s*\(/.test(out.slice(m.index + k.length))) continue;
      // Already in parentheses («Cédula de detección (FGE)»): brackets inside them, «(Fiscalía… [FGE])».
      const inParens = out.charAt(m.index - 1) === '(' && out.charAt(m.index + k.length) === ')';
      out = `${out.slice(0, m.index)}${name} ${inParens ? `\\[${k}\\]` : `(${k})`}${out.slice(m.index + k.length)}`;
      pending.delete(k);
    }
    lines[i] = out;
  }
  const sorted = [...used].sort((a, b) => a.localeCompare(b, 'es'));
  const section = sorted.length
    ? [`## ${ACRONYMS_TITLE}`, '', ...sorted.map((k) => `- **${k}**: ${escapeMarkdown(siglas[k]!, { blockStart: false })}.`)]
    : [];
  if (at >= 0) {
    // The mark sits between blank lines; without acronyms, drop it and one of them.
    if (section.length) lines.splice(at, 1, ...section);
    else lines.splice(at, lines[at + 1]?.trim() === '' ? 2 : 1);
  } else if (section.length) {
    while (lines.length && lines[lines.length - 1]!.trim() === '') lines.pop();
    lines.push('', ...section, '');
  }
  return { markdown: lines.join('\n'), used: sorted };
}
