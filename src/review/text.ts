/**
 * Editorial checks of a report's text (its Markdown twin, which is also the DOCX's text):
 *
 * - `texto.frase-repetida`: one sentence of 8 words or more printed more than
 *   REPEATED_SENTENCE_MAX times; `texto.parrafo-repetido`: one paragraph of 20 words or more
 *   printed more than REPEATED_PARAGRAPH_MAX times (a generated list, not a finding);
 * - `texto.concordancia-numero`: a count and its noun disagree («28 barrera», «1 menciones»);
 * - `texto.inicia-con-cifra`: a sentence starting with a digit («12 instituciones…»);
 * - `texto.sigla-sin-definir`: an acronym used but never defined, neither in the glossary
 *   («- **SIGLA**: …») nor in parentheses at a use («Instituto Nacional de Migración (INM)»);
 * - `indice.seccion-repetida`: two sibling sections with the same title (an index listing
 *   one section twice).
 */
import type { Finding } from './types.js';
import type { Block } from './twin.js';

export const REPEATED_SENTENCE_MAX = 3;
export const REPEATED_PARAGRAPH_MAX = 2;
const SENTENCE_MIN_WORDS = 8;
const PARAGRAPH_MIN_WORDS = 20;
const SHOWN = 3;

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const clip = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const places = (list: string[]) => {
  const unique = [...new Set(list)];
  return unique.slice(0, SHOWN).join('; ') + (unique.length > SHOWN ? `; y ${unique.length - SHOWN} lugar(es) más` : '');
};
const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Sentences of a paragraph: split after . ! ? … followed by a space and an upper-case letter, digit or «. */
export function sentences(text: string): string[] {
  // Abbreviations («núm. 29», «art. 52», «p. ej.») do not end a sentence.
  const guarded = normalise(text).replace(ABBREVIATIONS, (m) => m.replace(/\.$/, '\u0000'));
  return guarded.split(/(?<=[.!?…»])\s+(?=[«¿¡A-ZÁÉÍÓÚÑ0-9])/).map((s) => s.replaceAll('\u0000', '.').trim()).filter(Boolean);
}
const ABBREVIATIONS = /\b(?:núm|núms|art|arts|fracc|frac|p|ej|pág|págs|lic|dr|dra|sr|sra|no|cap|vol|etc|aprox)\./giu;

const prose = (b: Block) => b.kind === 'paragraph' || b.kind === 'item';

export function repeatedText(blocks: Block[]): Finding[] {
  const findings: Finding[] = [];
  const paragraphs = new Map<string, string[]>();
  const sentencesSeen = new Map<string, string[]>();
  for (const b of blocks.filter(prose)) {
    const p = normalise(b.text);
    if (words(p) >= PARAGRAPH_MIN_WORDS) paragraphs.set(p, [...(paragraphs.get(p) ?? []), b.where]);
    for (const s of sentences(p)) if (words(s) >= SENTENCE_MIN_WORDS) sentencesSeen.set(s, [...(sentencesSeen.get(s) ?? []), b.where]);
  }
  const inRepeatedParagraph = new Set<string>();
  for (const [p, where] of paragraphs) {
    if (where.length <= REPEATED_PARAGRAPH_MAX) continue;
    for (const s of sentences(p)) inRepeatedParagraph.add(s);
    findings.push({
      rule: 'texto.parrafo-repetido', severity: 'error', where: places(where),
      message: `el párrafo «${clip(p)}» aparece ${where.length} veces (máximo ${REPEATED_PARAGRAPH_MAX}); escriba cada vez lo propio de la sección o diga la idea una sola vez y remita a ella`,
    });
  }
  for (const [s, where] of sentencesSeen) {
    if (where.length <= REPEATED_SENTENCE_MAX || inRepeatedParagraph.has(s)) continue;
    findings.push({
      rule: 'texto.frase-repetida', severity: 'error', where: places(where),
      message: `la frase «${clip(s)}» aparece ${where.length} veces (máximo ${REPEATED_SENTENCE_MAX}); varíe la redacción en la plantilla o en la narrativa`,
    });
  }
  return findings;
}

/** Nouns counted in the reports: singular → plural (both lower case). */
export const COUNTED_NOUNS: Record<string, string> = {
  barrera: 'barreras', reto: 'retos', avance: 'avances', 'buena práctica': 'buenas prácticas', mención: 'menciones', entrevista: 'entrevistas',
  fragmento: 'fragmentos', institución: 'instituciones', organización: 'organizaciones', recomendación: 'recomendaciones', instrumento: 'instrumentos',
  herramienta: 'herramientas', víctima: 'víctimas', etapa: 'etapas', perfil: 'perfiles', código: 'códigos', flujograma: 'flujogramas', persona: 'personas',
  caso: 'casos', municipio: 'municipios', tabla: 'tablas', figura: 'figuras', hallazgo: 'hallazgos', testimonio: 'testimonios', servicio: 'servicios',
  refugio: 'refugios', albergue: 'albergues', sector: 'sectores', paso: 'pasos', capítulo: 'capítulos', documento: 'documentos',
};
const PLURAL_TO_SINGULAR = new Map(Object.entries(COUNTED_NOUNS).map(([s, p]) => [p, s]));
const NOUN_ALTERNATION = [...Object.keys(COUNTED_NOUNS), ...Object.values(COUNTED_NOUNS)].sort((a, b) => b.length - a.length).join('|');
// A count (not part of a decimal, a date or a range) followed by a counted noun.
const COUNT_NOUN = new RegExp(`(?<![\\d.,/–-])\\b(\\d{1,3}(?:[  ]\\d{3})*)\\s+(${NOUN_ALTERNATION})\\b`, 'giu');

export function numberNounAgreement(blocks: Block[]): Finding[] {
  const findings: Finding[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading') continue;
    const texts = b.kind === 'table' ? (b.rows ?? []).flat() : [b.text];
    for (const t of texts) {
      for (const m of t.matchAll(COUNT_NOUN)) {
        const n = Number(m[1]!.replace(/\s/g, ''));
        const noun = m[2]!.toLowerCase();
        const plural = PLURAL_TO_SINGULAR.has(noun);
        if (n === 1 && plural) {
          findings.push({ rule: 'texto.concordancia-numero', severity: 'error', where: b.where, message: `«${m[0]}»: con 1 va el singular («1 ${PLURAL_TO_SINGULAR.get(noun)}»); use el ayudante «plural» de las plantillas` });
        } else if (n !== 1 && !plural) {
          findings.push({ rule: 'texto.concordancia-numero', severity: 'error', where: b.where, message: `«${m[0]}»: con ${n} va el plural («${m[1]} ${COUNTED_NOUNS[noun]}»); use el ayudante «plural» de las plantillas` });
        }
      }
    }
  }
  return findings;
}

export function sentenceStartsWithDigit(blocks: Block[]): Finding[] {
  const findings: Finding[] = [];
  for (const b of blocks.filter((x) => x.kind === 'paragraph')) {
    for (const s of sentences(b.text)) {
      if (/^\d/.test(s)) findings.push({ rule: 'texto.inicia-con-cifra', severity: 'error', where: b.where, message: `la oración «${clip(s, 70)}» empieza con una cifra; escriba el número con letra o reordene la oración («En total, 12 instituciones…»)` });
    }
  }
  return findings;
}

/** Words that look like acronyms but are not (Roman numerals, units). */
const NOT_ACRONYMS = new Set(['II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', 'XX', 'XXI', 'PDF', 'DOCX', 'PPTX', 'CSV', 'NA', 'LGBTI', 'LGBTIQ', 'LGBTTTIQ']);
const ACRONYM = /(?<![\p{L}\d])([A-ZÁÉÍÓÚÑ]{2,}[a-z]?)(?![\p{L}\d])/gu;

export function undefinedAcronyms(blocks: Block[]): Finding[] {
  const defined = new Set<string>();
  for (const b of blocks) {
    // A compound acronym («SEGOB-CI») defines each of its parts.
    const glossary = /^([A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑa-z]+(?:-[A-ZÁÉÍÓÚÑ]{2,}[a-z]?)*):\s/.exec(b.kind === 'item' ? b.text : '');
    if (glossary) for (const part of glossary[1]!.split('-')) defined.add(part);
    for (const m of b.text.matchAll(/\(([A-ZÁÉÍÓÚÑ]{2,}[a-z]?(?:-[A-ZÁÉÍÓÚÑ]{2,}[a-z]?)*)\)/g)) for (const part of m[1]!.split('-')) defined.add(part);
    for (const m of b.text.matchAll(/\b([A-ZÁÉÍÓÚÑ]{2,}[a-z]?)\s+\(/g)) defined.add(m[1]!);
    // A directory lists the acronym in a cell of its own, next to the full name.
    if (b.kind === 'table') for (const cell of (b.rows ?? []).slice(1).flat()) if (/^[A-ZÁÉÍÓÚÑ]{2,}[a-z]?$/.test(cell)) defined.add(cell);
  }
  const firstUse = new Map<string, string>();
  for (const b of blocks) {
    for (const m of b.text.matchAll(ACRONYM)) {
      const a = m[1]!;
      if (NOT_ACRONYMS.has(a) || defined.has(a) || firstUse.has(a)) continue;
      // A whole heading or sentence in capitals is not an acronym.
      if (a.length > 8) continue;
      firstUse.set(a, b.where);
    }
  }
  return [...firstUse].map(([a, where]) => ({
    rule: 'texto.sigla-sin-definir', severity: 'error' as const, where,
    message: `la sigla «${a}» no está definida: escriba el nombre completo seguido de la sigla entre paréntesis en su primer uso y agréguela al glosario`,
  }));
}

export function duplicateSections(blocks: Block[]): Finding[] {
  const findings: Finding[] = [];
  const siblings = new Map<string, Map<string, string>>();
  const parents: string[] = [];
  for (const b of blocks.filter((x) => x.kind === 'heading')) {
    const depth = b.depth ?? 1;
    parents.length = depth - 1;
    const parent = parents.join('/');
    const seen = siblings.get(parent) ?? new Map<string, string>();
    siblings.set(parent, seen);
    const key = b.text.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      findings.push({ rule: 'indice.seccion-repetida', severity: 'error', where: b.where, message: `la sección «${b.text}» aparece dos veces en el mismo capítulo (${first || 'sin número'} y ${b.number || 'sin número'}); quite el subtítulo repetido de la narrativa o de la plantilla` });
    } else seen.set(key, b.number ?? '');
    parents[depth - 1] = `${b.number}${b.text}`;
  }
  return findings;
}

export function reviewText(blocks: Block[]): Finding[] {
  return [...duplicateSections(blocks), ...repeatedText(blocks), ...numberNounAgreement(blocks), ...sentenceStartsWithDigit(blocks), ...undefinedAcronyms(blocks)];
}
