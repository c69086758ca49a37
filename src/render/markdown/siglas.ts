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

/**
 * The first use of `k` in `line` that is not part of a longer acronym or short form
 * («DIF» inside «DIF Estatal»), or undefined.
 */
function firstUse(line: string, k: string, longer: string[]): RegExpExecArray | undefined {
  const re = pattern(k, 'gu');
  const covered = longer.flatMap((o) => [...line.matchAll(pattern(o, 'gu'))].map((m) => [m.index, m.index + m[0].length] as const));
  for (const m of line.matchAll(re)) {
    if (!covered.some(([a, b]) => a <= m.index && m.index + k.length <= b)) return m as RegExpExecArray;
  }
  return undefined;
}

export function applyAcronyms(markdown: string, siglas: Record<string, string>): { markdown: string; used: string[] } {
  const keys = Object.keys(siglas).sort((a, b) => b.length - a.length || a.localeCompare(b));
  const longerThan = new Map(keys.map((k) => [k, keys.filter((o) => o !== k && o.length > k.length && pattern(k).test(o))]));
  const lines = markdown.split('\n');
  const at = lines.findIndex((l) => l.trim() === ACRONYMS_MARK);
  const used = keys.filter((k) => lines.some((l, i) => i !== at && !l.trim().startsWith('<!--') && firstUse(l, k, longerThan.get(k)!)));
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
      const m = firstUse(out, k, longerThan.get(k)!);
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
