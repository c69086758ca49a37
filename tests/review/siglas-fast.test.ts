/**
 * #14: applyAcronyms skips the lines that cannot contain an acronym before running any regex.
 * The output must not change for any input: the implementation before that change is kept
 * here as the oracle and compared on the shipped twins, on the real pre-acronym text of a
 * report, on tricky cases and on random documents.
 */
import path from 'node:path';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import { loadState, readAcronyms } from '../../src/load/state.js';
import { assembleReport, institutionAcronyms, renderChapters } from '../../src/render/markdown/index.js';
import { escapeMarkdown } from '../../src/render/markdown/escape.js';
import { ACRONYMS_MARK as MARK, ACRONYMS_TITLE as TITLE, applyAcronyms } from '../../src/render/markdown/siglas.js';

// ---- Oracle: src/render/markdown/siglas.ts as of c048ca7, verbatim. ----
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

function applyAcronymsOracle(markdown: string, siglas: Record<string, string>): { markdown: string; used: string[] } {
  const keys = Object.keys(siglas).sort((a, b) => b.length - a.length || a.localeCompare(b));
  const longerThan = new Map(keys.map((k) => [k, keys.filter((o) => o !== k && o.length > k.length && pattern(k).test(o))]));
  const lines = markdown.split('\n');
  const at = lines.findIndex((l) => l.trim() === MARK);
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
    ? [`## ${TITLE}`, '', ...sorted.map((k) => `- **${k}**: ${escapeMarkdown(siglas[k]!, { blockStart: false })}.`)]
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

// ---- End of the oracle. ----

const root = path.resolve(import.meta.dirname, '../..');

const same = (markdown: string, siglas: Record<string, string>) => expect(applyAcronyms(markdown, siglas)).toEqual(applyAcronymsOracle(markdown, siglas));

/** Markdown files under a folder, recursively. */
function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? markdownFiles(p) : e.name.endsWith('.md') ? [p] : [];
  });
}

const twins = markdownFiles(path.join(root, 'reports'));

/** Every «- **K**: Nombre.» glossary entry of the twins, plus data/comun/siglas.yaml. */
function shippedAcronyms(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of twins) {
    for (const m of readFileSync(f, 'utf8').matchAll(/^- \*\*([^*]+)\*\*: (.+)\.$/gm)) out[m[1]!] ??= m[2]!.replace(/\\(.)/g, '$1');
  }
  return { ...out, ...readAcronyms('chihuahua', root, []) };
}

/** A twin with its definitions undone («Guardia Nacional (GN)» → «GN»), close to the text before acronyms. */
function undefine(markdown: string, siglas: Record<string, string>): string {
  let s = markdown;
  for (const [k, name] of Object.entries(siglas)) {
    const n = escapeMarkdown(name, { blockStart: false });
    s = s.split(`${n} (${k})`).join(k).split(`${n} \\[${k}\\]`).join(k);
  }
  return s.replace(new RegExp(`^## ${TITLE}\\n[\\s\\S]*?(?=\\n## |$(?![\\s\\S]))`, 'm'), MARK);
}

describe('applyAcronyms (fast) matches the previous implementation', () => {
  const siglas = shippedAcronyms();

  it.each(twins.map((f) => [path.relative(root, f)]))('on %s, as shipped and with its definitions undone', (rel) => {
    const md = readFileSync(path.join(root, rel), 'utf8');
    same(md, siglas);
    const raw = undefine(md, siglas);
    same(raw, siglas);
    same(raw, {});
  });

  it('on the Chihuahua report before acronyms', async () => {
    const data = await loadState('chihuahua', { root });
    const text = assembleReport(renderChapters(analyse(data), data), { twin: 'prueba' });
    const dictionary = { ...institutionAcronyms(data), ...(data.siglas ?? {}) };
    const fast = applyAcronyms(text, dictionary);
    expect(fast).toEqual(applyAcronymsOracle(text, dictionary));
    expect(fast.used.length).toBeGreaterThan(10);
  }, 60_000);

  const dictionary = {
    DIF: 'Sistema para el Desarrollo Integral de la Familia',
    'DIF Estatal': 'Sistema DIF del Estado',
    SNDIF: 'Sistema Nacional DIF',
    GN: 'Guardia Nacional',
    FGE: 'Fiscalía General del Estado',
    'SEGOB-CI': 'Comisión Intersecretarial',
    SEGOB: 'Secretaría de Gobernación',
    OIT: 'Organización Internacional del Trabajo',
    'C.I.': 'Con *puntos* [y] corchetes',
    NNA: 'niñas, niños y adolescentes',
  };
  const cases: [string, string][] = [
    ['inside a longer acronym', 'El DIF Estatal coordina; luego el DIF y el SNDIF.'],
    ['longer first, shorter later on another line', 'El DIF Estatal coordina.\n\nDespués el DIF.'],
    ['hyphenated longer acronym', 'La SEGOB-CI y la SEGOB.'],
    ['in parentheses', 'La Cédula de detección (FGE) y la FGE.'],
    ['followed by a parenthesis', 'La OIT (tratado 29) y la OIT.'],
    ['already defined', 'La Guardia Nacional (GN) patrulla; la GN vigila.'],
    ['defined after its first use', 'La GN patrulla.\n\nLa Guardia Nacional (GN) vigila.'],
    ['in a fenced block', '```\nGN FGE\n```\n\nLa GN.\n\n~~~\nDIF\n~~~\nEl DIF.'],
    ['in a heading, a table, a caption, a link', '# La GN\n\n| FGE |\n|---|\n\nTabla: OIT\n\nVer [NNA](https://x.mx/NNA).\n\nLas NNA.'],
    ['in comments and the mark', '<!-- GN -->\n<!-- siglas -->\n\nTexto sin siglas.'],
    ['only in a comment', '<!-- GN -->\n\nNada.\n\n<!-- siglas -->\n'],
    ['only in non-prose lines', '# GN\n\n> FGE\n\n[^1]: DIF\n'],
    ['repeated on a line', 'GN, GN y GN; FGE FGE.'],
    ['glued to letters, digits, hyphens', 'GNX, 2GN, GN-1, -GN, GNá y por fin GN.'],
    ['special characters in the key', 'El C.I. y C.Ix y C.I.'],
    ['list items with bold labels', '- **GN**: definida.\n- La GN.\n'],
    ['mark without acronyms', 'Nada.\n\n<!-- siglas -->\n\n## Notas\n'],
    ['trailing blank lines, no mark', 'La GN.\n\n\n'],
    ['carriage returns and unicode', 'La GN\r\nNiñas NNA\u00a0y NNA.'],
    ['empty', ''],
  ];
  it.each(cases)('%s', (_, md) => {
    same(md, dictionary);
    same(md, { GN: 'Guardia Nacional' });
    same(md, {});
  });

  it('on random documents', () => {
    // Small deterministic PRNG (mulberry32): the same documents on every run.
    let seed = 14;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const keys = Object.keys(dictionary);
    const words = [...keys, ...keys, 'la', 'el', 'y', '(', ')', '(GN)', '[', ']', '-', 'x', '2', 'á', ',', '.', 'Guardia Nacional', 'Sistema DIF del Estado', 'Fiscalía General del Estado'];
    const starts = ['', '', '', '# ', '| ', '> ', '<!-- ', 'Tabla: ', '- **GN**: ', '```', '~~~', '[^n]: ', '  ', MARK];
    for (let n = 0; n < 400; n++) {
      const lines = Array.from({ length: 1 + Math.floor(random() * 12) }, () => {
        const start = pick(starts);
        if (start === MARK || start === '```' || start === '~~~') return start;
        const glue = () => pick(['', ' ', ' ', ' ']);
        return start + Array.from({ length: Math.floor(random() * 8) }, () => pick(words) + glue()).join('');
      });
      const subset = Object.fromEntries(Object.entries(dictionary).filter(() => random() < 0.7));
      same(lines.join('\n'), subset);
    }
  });
});
