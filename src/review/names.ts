/**
 * One name per institution (`npm run revisar`): the institutions the state's data defines — the
 * CIE of `estado.yaml` (`cie.nombre`, `cie.siglas`), the rows of `instituciones.csv` (common and
 * state) and the acronyms of `siglas.yaml` — must be written the same way in the twin, the DOCX
 * and the deck: by their official name or their declared acronym / short form, nothing else.
 *
 * - `nombres.variante`: an institution under another name —
 *   · an acronym that is not its declared one (the generic «CIE» for a CIE whose acronym is
 *     «CICTP»; a row of `instituciones.csv` that gives the same institution another acronym);
 *   · its name followed by another acronym in parentheses («Comisión … (CIE)»);
 *   · a shortened or altered long name («Comisión Interinstitucional para el Combate de la Trata
 *     de Personas» without «del Estado de Chiapas»);
 *   · the short form extended with words of the long name, an undeclared third form («Consejo
 *     Estatal contra la Trata de Personas»).
 * - `nombres.sigla-antes-de-definir`: in running text, an institution's acronym or short form is
 *   used before the first place that gives its official name with it («Nombre (SIGLA)», or a
 *   table row with both).
 *
 * Pure functions over text with where a reader finds it; the data is read by
 * src/pipeline/review.ts.
 */
import JSZip from 'jszip';
import type { Finding } from './types.js';
import type { Block } from './twin.js';

export interface InstitutionData {
  cie?: { nombre: string; siglas?: string };
  instituciones: { id: string; nombre: string; siglas?: string }[];
  /** data/comun/siglas.yaml + data/<estado>/siglas.yaml: SIGLA → nombre completo. */
  siglas: Record<string, string>;
}

export interface Institution {
  /** Official name (the first of `names`) and the other accepted spellings of it. */
  names: string[];
  /** The declared acronym or short form. */
  short?: string;
  /** Acronyms or short forms that name it but are not the declared one. */
  variants: string[];
  /** Where the name is declared, for the messages («estado.yaml → cie», «instituciones.csv, CHS-FGE»). */
  source: string;
}

/** A text a reader sees, with where («capítulo 4 › 4.1 …», «diapositiva 12»). */
export interface Place { text: string; where: string }

const GENERIC_CIE = 'CIE';
const clean = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const key = (s: string) => clean(s).toLocaleLowerCase('es');
const words = (s: string) => clean(s).split(' ').filter(Boolean);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A whole-word occurrence (an acronym inside «SEGOB-CI» or «CIEs» is not one). */
const wordPattern = (s: string) => new RegExp(`(?<![\\p{L}\\d-])${escape(clean(s)).replace(/ /g, '\\s+')}(?![\\p{L}\\d-])`, 'gu');
/** A trailing qualifier in parentheses («… (Secretaría Técnica)») or a trailing «, parent» («Unidad …, Fiscalía General…»). */
const QUALIFIER = /\s*\([^()]*\)\s*$/;
const isAcronymLike = (s: string) => /^[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑa-z]*[A-ZÁÉÍÓÚÑ](?:-[A-ZÁÉÍÓÚÑ]+)*$/.test(s) && s.length <= 12;

/** The institutions of a state's data, merged by name: one entry per institution. */
export function institutionsOf(data: InstitutionData): Institution[] {
  const list: Institution[] = [];
  const find = (name: string) => {
    const k = key(name);
    return list.find((i) => i.names.some((n) => key(n) === k));
  };
  const addName = (inst: Institution, name: string) => {
    if (!inst.names.some((n) => key(n) === key(name))) inst.names.push(clean(name));
  };
  const addShort = (inst: Institution, short: string | undefined) => {
    if (!short) return;
    if (!inst.short) inst.short = short;
    else if (inst.short !== short && !inst.variants.includes(short)) inst.variants.push(short);
  };
  if (data.cie) {
    const cie: Institution = { names: [clean(data.cie.nombre)], variants: [], source: 'estado.yaml → cie', ...(data.cie.siglas ? { short: data.cie.siglas } : {}) };
    // «el CIE» is what the programme calls any state's body: in a report, the state's own is meant
    if (cie.short !== GENERIC_CIE) cie.variants.push(GENERIC_CIE);
    list.push(cie);
  }
  for (const row of data.instituciones) {
    const core = clean(row.nombre.replace(QUALIFIER, ''));
    const found = find(row.nombre) ?? find(core);
    if (found) {
      addName(found, row.nombre);
      addShort(found, row.siglas);
      continue;
    }
    list.push({ names: [...new Set([clean(row.nombre), core])], variants: [], source: `instituciones.csv, ${row.id}`, ...(row.siglas ? { short: row.siglas } : {}) });
  }
  for (const [sigla, nombre] of Object.entries(data.siglas)) {
    // not an institution («NNA: niñas, niños y adolescentes»): a proper name starts with a capital
    if (!/^\p{Lu}/u.test(nombre)) continue;
    // the same institution as a row whose name adds its parent («…, Fiscalía General de la República»)
    const found = find(nombre) ?? list.find((i) => i.names.some((n) => key(n).startsWith(`${key(nombre)}, `)));
    if (found) {
      addName(found, nombre);
      addShort(found, sigla);
    } else if (!list.some((i) => i.short === sigla)) {
      list.push({ names: [clean(nombre)], short: sigla, variants: [], source: `siglas.yaml, ${sigla}` });
    }
  }
  // a short form two institutions share names neither for sure: do not judge it
  const shared = new Set(list.map((i) => i.short).filter((s, n, all) => s && all.indexOf(s) !== n));
  for (const i of list) if (i.short && shared.has(i.short)) delete i.short;
  return list;
}

const display = (inst: Institution) => `«${inst.names[0]}»${inst.short ? ` («${inst.short}»)` : ''}`;
const fix = (inst: Institution) => (inst.short ? `escriba «${inst.short}» o el nombre oficial completo` : 'escriba el nombre oficial completo');

/** Spans of `re` in `text`. */
const spans = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => ({ at: m.index!, end: m.index! + m[0].length, text: m[0] }));

/** Official names at a position: the longest accepted name of any institution that starts there. */
function nameAt(text: string, at: number, list: Institution[]): string | undefined {
  let best: string | undefined;
  const rest = text.slice(at);
  for (const i of list) {
    for (const n of i.names) {
      if (rest.startsWith(n) && (!best || n.length > best.length) && !/[\p{L}\d]/u.test(rest.charAt(n.length))) best = n;
    }
  }
  return best;
}

/** The span is part of a longer accepted name («…, Fiscalía General del Estado de Chihuahua» ending the UIDT's). */
function insideLonger(text: string, s: { at: number; end: number }, name: string, names: string[]): boolean {
  return names.some((o) => o !== name && o.length > name.length && o.includes(name) && spans(text, wordPattern(o)).some((x) => x.at <= s.at && x.end >= s.end));
}

/** The variants of one text: each finding once per text and kind. */
export function nameVariants(places: Place[], list: Institution[]): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const push = (where: string, message: string) => {
    if (seen.has(`${where}\u0000${message}`)) return;
    seen.add(`${where}\u0000${message}`);
    findings.push({ rule: 'nombres.variante', severity: 'error', where, message });
  };
  const allShorts = list.flatMap((i) => (i.short ? [i.short] : []));
  const allNames = list.flatMap((i) => i.names);
  for (const { text: raw, where } of places) {
    const text = clean(raw);
    if (!text) continue;
    for (const inst of list) {
      // 1. another acronym for it (not inside a longer declared short form or name: «DIF Estatal»)
      for (const v of inst.variants) {
        for (const s of spans(text, wordPattern(v))) {
          const inside = [...allShorts, ...allNames].some((o) => o !== v && o.includes(v) && spans(text, wordPattern(o)).some((x) => x.at <= s.at && x.end >= s.end));
          if (inside) continue;
          push(where, `«${v}» nombra aquí a ${display(inst)}, que no se declara con esa sigla (${inst.source}); ${fix(inst)}`);
        }
      }
      for (const name of inst.names) {
        for (const s of spans(text, wordPattern(name))) {
          // 2. its name with another acronym in parentheses
          const paren = /^\s*\(([^()]{2,14})\)/.exec(text.slice(s.end));
          if (paren && isAcronymLike(paren[1]!) && paren[1] !== inst.short && nameAt(text, s.at, list) === name && !insideLonger(text, s, name, allNames)) {
            push(where, `«${name} (${paren[1]})»: la sigla declarada de esta institución es ${inst.short ? `«${inst.short}»` : 'ninguna'} (${inst.source}); use solo esa`);
          }
        }
      }
      // 3. a shortened or altered official name: its first words, not followed by the rest of any accepted name
      for (const name of inst.names) {
        const w = words(name);
        if (w.length < 6) continue;
        const anchor = w.slice(0, Math.max(5, Math.ceil(w.length * 0.6))).join(' ');
        for (const s of spans(text, wordPattern(anchor))) {
          if (nameAt(text, s.at, list)) continue;
          const shown = /^[^,;:.()«»—–]*/.exec(text.slice(s.at))![0].trim();
          push(where, `«${shown}» no es el nombre oficial de ${display(inst)} (${inst.source}): escriba el nombre completo tal como está declarado${inst.short ? ` o «${inst.short}»` : ''}`);
        }
      }
      // 4. the short form extended with words of the official name: a third, undeclared name
      if (inst.short && !isAcronymLike(inst.short)) {
        const nameWords = new Set(inst.names.flatMap((n) => words(n)).filter((x) => /^\p{Lu}/u.test(x)).map((x) => x.replace(/[,.;:]$/, '')));
        for (const s of spans(text, wordPattern(inst.short))) {
          if (nameAt(text, s.at, list)) continue;
          const tail = /^(?:\s+[^\s,;:.()«»—–]+){1,6}/.exec(text.slice(s.end))?.[0] ?? '';
          const borrowed = words(tail).filter((x) => nameWords.has(x) && !words(inst.short!).includes(x));
          if (borrowed.length >= 2) {
            push(where, `«${inst.short}${tail}» mezcla la forma corta declarada («${inst.short}») con palabras del nombre oficial de ${display(inst)}: use «${inst.short}» o el nombre completo`);
          }
        }
      }
    }
  }
  return findings;
}

/** Running text where an acronym's first use must follow its definition (not tables, headings, the glossary). */
const running = (b: Block) => (b.kind === 'paragraph' || b.kind === 'item') && !/^[A-ZÁÉÍÓÚÑ][\p{L}\d -]*:\s/u.test(b.text);

/** `nombres.sigla-antes-de-definir`: a short form in running text before its official name is given with it. */
export function acronymBeforeDefinition(blocks: Block[], list: Institution[]): Finding[] {
  const findings: Finding[] = [];
  for (const inst of list) {
    const short = inst.short;
    if (!short) continue;
    const re = wordPattern(short);
    const defines = (b: Block) => {
      const t = clean(b.text);
      // «Nombre (SIGLA)», «(Nombre [SIGLA])», or the full name at hand in the same paragraph
      if (inst.names.some((n) => t.includes(n))) return true;
      return b.kind === 'table' && (b.rows ?? []).some((r) => r.some((c) => clean(c) === short) && r.some((c) => inst.names.includes(clean(c))));
    };
    const used = (b: Block) => {
      if (!running(b)) return false;
      const t = clean(b.text);
      // not inside a longer short form or name of another institution («DIF Estatal»)
      const longer = list.flatMap((o) => [...(o.short && o.short !== short ? [o.short] : []), ...o.names]).filter((o) => o.includes(short));
      return spans(t, re).some((s) => !longer.some((o) => spans(t, wordPattern(o)).some((x) => x.at <= s.at && x.end >= s.end)));
    };
    const first = blocks.findIndex((b) => used(b) || defines(b));
    if (first >= 0 && !defines(blocks[first]!) && used(blocks[first]!)) {
      findings.push({
        rule: 'nombres.sigla-antes-de-definir', severity: 'error', where: blocks[first]!.where,
        message: `«${short}» aparece antes de que el texto diga qué institución es: en su primer uso escriba «${inst.names[0]} (${short})» (${inst.source}); si es una sigla, agréguela a siglas.yaml para que el informe la defina sola`,
      });
    }
  }
  return findings;
}

/** The twin's blocks as places (headings, paragraphs, items, table cells, captions, sources). */
export function twinPlaces(blocks: Block[]): Place[] {
  return blocks.flatMap((b) => (b.kind === 'table' ? (b.rows ?? []).flat().map((c) => ({ text: c, where: b.where })) : [{ text: b.text, where: b.where }]));
}

export function reviewNames(blocks: Block[], list: Institution[], others: Place[] = []): Finding[] {
  return [...nameVariants([...twinPlaces(blocks), ...others], list), ...acronymBeforeDefinition(blocks, list)];
}

const decode = (s: string) => s.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&apos;', "'").replaceAll('&amp;', '&');
/** The text of each paragraph of an OOXML part (`w:p`/`w:t` for Word, `a:p`/`a:t` for slides). */
function paragraphsOf(xml: string, ns: 'w' | 'a'): string[] {
  const p = new RegExp(`<${ns}:p[ >][\\s\\S]*?</${ns}:p>|<${ns}:p>[\\s\\S]*?</${ns}:p>`, 'g');
  const t = new RegExp(`<${ns}:t(?: [^>]*)?>([^<]*)</${ns}:t>`, 'g');
  return [...xml.matchAll(p)].map((m) => [...m[0].matchAll(t)].map((x) => decode(x[1]!)).join('')).map(clean).filter(Boolean);
}

/**
 * What the Word file shows beyond the twin (cover, headers, footers, anything the writer adds):
 * its paragraphs that are not in the twin's text, with where.
 */
export async function docxPlaces(docx: Uint8Array, twin: Block[]): Promise<Place[]> {
  const zip = await JSZip.loadAsync(docx);
  const inTwin = new Set(twinPlaces(twin).map((p) => clean(p.text)));
  const twinText = clean(twin.map((b) => b.text).join(' '));
  const out: Place[] = [];
  const parts = Object.keys(zip.files).filter((n) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(n)).sort();
  for (const n of parts) {
    const where = n.includes('header') ? 'Word: encabezado de página' : n.includes('footer') ? 'Word: pie de página' : 'Word: texto fuera del gemelo (portada, índices)';
    for (const text of paragraphsOf(await zip.file(n)!.async('string'), 'w')) {
      if (inTwin.has(text) || twinText.includes(text)) continue;
      out.push({ text, where });
    }
  }
  return out;
}

/** Every paragraph of a deck's slides and speaker notes, «diapositiva N» / «notas de la diapositiva N». */
export async function deckPlaces(pptx: Uint8Array, label: string): Promise<Place[]> {
  const zip = await JSZip.loadAsync(pptx);
  const num = (n: string) => Number(/(\d+)\.xml$/.exec(n)![1]);
  const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).sort((a, b) => num(a) - num(b));
  const out: Place[] = [];
  for (const s of slides) {
    const k = num(s);
    for (const text of paragraphsOf(await zip.file(s)!.async('string'), 'a')) out.push({ text, where: `${label}, diapositiva ${k}` });
    const rels = await zip.file(`ppt/slides/_rels/slide${k}.xml.rels`)?.async('string');
    const notes = rels && /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
    const xml = notes ? await zip.file(`ppt/notesSlides/${notes}`)?.async('string') : undefined;
    if (xml) for (const text of paragraphsOf(xml, 'a')) if (!/^\d+$/.test(text)) out.push({ text, where: `${label}, notas de la diapositiva ${k}` });
  }
  return out;
}
