/**
 * Shared by the Taguette and QualCoder adapters: turns coded excerpts (document, tag, text)
 * into rows of segmentos.csv using the state's codebook and interview list.
 *
 * Conventions (documented for analysts in docs/datos.md):
 * - a tag is a codebook code, written as its `codigo` or its `etiqueta` (case and accents
 *   ignored); with hierarchical tags ("barrera/DET-03", "Detección > DET-03") the last part is
 *   the code and an earlier part may be a valence;
 * - a tag that is a valence ("barrera", "reto", "avance", "buena práctica") is not a code: it
 *   sets `valencia` for the codes of the same excerpt (the codebook's codes are themes and the
 *   same code can be a barrier in one excerpt and an advance in another);
 * - a tag that is a victim profile (nna, lgbti, "Personas indígenas"…) is not a code either: it
 *   sets `perfil` for the codes of the same excerpt;
 * - etapa: the code's own, else its nearest parent's;
 * - valencia when the excerpt has no valence tag: walking from the code up through `padre`, the
 *   first code whose codigo or etiqueta is a valence, or whose codigo starts with one
 *   ("barrera-sin-protocolo", "deteccion.reto.personal").
 */
import { segmentSchema, type Code, type Segment } from '../schemas/datasets.js';
import { normaliseKey } from '../schemas/fields.js';
import { PROFILES, VALENCES, type Profile, type Stage, type Valence } from '../schemas/vocabularies.js';
import type { Problem } from '../util/errors.js';

export interface CodingImportOptions {
  /** The state's codebook (libro-codigos.csv after the cascade). */
  codebook: readonly Code[];
  /** Interview ids of the state (entrevistas.csv), used to recognise document names. */
  interviewIds: readonly string[];
  /** Explicit document name → interview id; wins over name recognition. */
  documents?: Readonly<Record<string, string>>;
  /** Coder when the export does not say (Taguette exports have no coder column). */
  codificador?: string;
  /** Path of the export shown in messages. */
  display?: string;
}

export interface CodingImportResult {
  rows: Segment[];
  /** Every problem found; rows with problems are left out. */
  problems: Problem[];
  /** Excerpts without any code (untagged, or only a profile tag). */
  skipped: number;
}

/** One (excerpt, tag) pair as read from an export. */
export interface CodedEntry {
  /** Excerpts with the same group are one segment (one highlight with several tags). */
  group: string;
  /** Becomes part of segmento_id (e.g. the tool's highlight id); the group's first entry's is used. */
  idHint: string;
  /** idHint is only unique within a document: segmento_id then includes the interview id. */
  perDocument?: boolean;
  document: string;
  tag: string;
  text: string;
  coder?: string;
  line: number;
  columns: { document?: number; tag?: number; coder?: number };
}

interface ResolvedCode {
  codigo: string;
  etapa: Stage;
  /** From the codebook (parent or naming convention), when it says. */
  valencia?: Valence;
}

const VALENCE_BY_NAME = new Map<string, Valence>();
for (const [k, label] of Object.entries(VALENCES)) {
  VALENCE_BY_NAME.set(normaliseKey(k), k as Valence);
  VALENCE_BY_NAME.set(normaliseKey(label), k as Valence);
}
const PROFILE_BY_NAME = new Map<string, Profile>();
for (const [k, label] of Object.entries(PROFILES)) {
  PROFILE_BY_NAME.set(normaliseKey(k), k as Profile);
  PROFILE_BY_NAME.set(normaliseKey(label), k as Profile);
}

function valenceOf(code: Code): Valence | undefined {
  const direct = VALENCE_BY_NAME.get(normaliseKey(code.codigo)) ?? VALENCE_BY_NAME.get(normaliseKey(code.etiqueta));
  if (direct) return direct;
  for (const part of normaliseKey(code.codigo).split('.')) {
    for (const [name, v] of VALENCE_BY_NAME) if (part === name || part.startsWith(`${name}_`)) return v;
  }
  return undefined;
}

export class CodebookIndex {
  private readonly byName = new Map<string, Code>();
  private readonly byCode = new Map<string, Code>();

  constructor(codebook: readonly Code[]) {
    for (const c of codebook) {
      this.byCode.set(c.codigo, c);
      this.byName.set(normaliseKey(c.codigo), c);
    }
    // Labels second: a codigo always wins over another code's label.
    for (const c of codebook) if (!this.byName.has(normaliseKey(c.etiqueta))) this.byName.set(normaliseKey(c.etiqueta), c);
  }

  find(tag: string): Code | undefined {
    return this.lookup(tag)?.code;
  }

  /** The code a tag names, and a valence written as an earlier part of a hierarchical tag. */
  lookup(tag: string): { code: Code; valencia?: Valence } | undefined {
    const direct = this.byName.get(normaliseKey(tag));
    if (direct) return { code: direct };
    const parts = tag.split(/\s*(?:\/|>|::|\\|\.)\s*/).filter(Boolean);
    if (parts.length < 2) return undefined;
    const code = this.byName.get(normaliseKey(parts[parts.length - 1]!));
    if (!code) return undefined;
    const valencia = parts.slice(0, -1).map((p) => VALENCE_BY_NAME.get(normaliseKey(p))).find((v) => v !== undefined);
    return { code, valencia };
  }

  /** Stage and valence from the code or its ancestors; a Spanish reason when they cannot be found. */
  resolve(code: Code): ResolvedCode | string {
    let etapa: Stage | undefined;
    let valencia: Valence | undefined;
    const seen = new Set<string>();
    for (let c: Code | undefined = code; c && !seen.has(c.codigo); c = c.padre ? this.byCode.get(c.padre) : undefined) {
      seen.add(c.codigo);
      etapa ??= c.etapa;
      valencia ??= valenceOf(c);
    }
    if (!etapa) return `el código "${code.codigo}" no tiene etapa ni la tiene ninguno de sus códigos padre en el libro de códigos`;
    return { codigo: code.codigo, etapa, valencia };
  }
}

/** document name → interview id, by explicit map, exact id, or an id inside the name. */
export function documentResolver(interviewIds: readonly string[], explicit: Readonly<Record<string, string>> = {}) {
  const stripExt = (s: string) => s.trim().replace(/\.(docx?|odt|txt|pdf|rtf|md)$/i, '');
  const map = new Map<string, string>();
  for (const [k, v] of Object.entries(explicit)) {
    map.set(normaliseKey(k), v);
    map.set(normaliseKey(stripExt(k)), v);
  }
  const ids = [...interviewIds].sort((a, b) => b.length - a.length);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const patterns = ids.map((id) => ({ id, re: new RegExp(`(?<![A-Za-z0-9])${escape(id)}(?![A-Za-z0-9])`, 'gi') }));
  return (name: string): { id: string } | { error: string } => {
    const mapped = map.get(normaliseKey(name)) ?? map.get(normaliseKey(stripExt(name)));
    if (mapped) return { id: mapped };
    const base = stripExt(name);
    const exact = ids.find((id) => id.toLowerCase() === base.toLowerCase());
    if (exact) return { id: exact };
    // Every occurrence of every id; one inside a longer id's occurrence ("ENT-2" in "CHIH-ENT-2") does not count.
    const spans = patterns.flatMap((p) => [...base.matchAll(p.re)].map((m) => ({ id: p.id, start: m.index, end: m.index + m[0].length })));
    const kept = spans.filter((s) => !spans.some((o) => o !== s && o.end - o.start > s.end - s.start && o.start <= s.start && s.end <= o.end));
    const distinct = [...new Set(kept.map((s) => s.id))];
    if (distinct.length === 1) return { id: distinct[0]! };
    if (distinct.length > 1) return { error: `el nombre del documento "${name}" contiene varias entrevistas (${distinct.join(', ')}); use un archivo de correspondencias (--documentos)` };
    return {
      error: `no se reconoce la entrevista del documento "${name}": el nombre debe contener el id de una entrevista de entrevistas.csv (p. ej. "${ids[ids.length - 1] ?? 'ENT-01'} Fiscalía.docx") o indíquelo en un archivo de correspondencias (--documentos)`,
    };
  };
}

const compact = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Groups entries by excerpt and emits one segment row per (excerpt, code). */
export function buildSegments(entries: readonly CodedEntry[], prefix: string, opts: CodingImportOptions): CodingImportResult {
  const file = opts.display ?? 'exportación';
  const codes = new CodebookIndex(opts.codebook);
  const documentId = documentResolver(opts.interviewIds, opts.documents);
  const problems: Problem[] = [];
  const rows: Segment[] = [];
  let skipped = 0;

  const groups = new Map<string, CodedEntry[]>();
  for (const e of entries) {
    const g = groups.get(e.group);
    if (g) g.push(e);
    else groups.set(e.group, [e]);
  }

  for (const group of groups.values()) {
    const first = group[0]!;
    const profiles = new Set<Profile>();
    const valences = new Set<Valence>();
    const coded: { entry: CodedEntry; code: ResolvedCode; tagValence?: Valence }[] = [];
    let bad = false;
    for (const e of group) {
      const tag = e.tag.trim();
      if (tag === '') continue;
      const valence = VALENCE_BY_NAME.get(normaliseKey(tag));
      if (valence) {
        valences.add(valence);
        continue;
      }
      const found = codes.lookup(tag);
      const profile = found ? undefined : PROFILE_BY_NAME.get(normaliseKey(tag));
      if (profile) {
        profiles.add(profile);
        continue;
      }
      if (!found) {
        problems.push({ file, line: e.line, column: e.columns.tag, field: 'tag', message: `la etiqueta "${tag}" no es un código del libro de códigos, ni una valencia, ni un perfil de víctima` });
        bad = true;
        continue;
      }
      const r = codes.resolve(found.code);
      if (typeof r === 'string') {
        problems.push({ file, line: e.line, column: e.columns.tag, field: 'tag', message: r });
        bad = true;
        continue;
      }
      coded.push({ entry: e, code: r, tagValence: found.valencia });
    }
    if (coded.length === 0) {
      if (!bad) skipped++;
      continue;
    }
    if (profiles.size > 1) {
      problems.push({ file, line: first.line, column: first.columns.tag, message: `el fragmento tiene varios perfiles de víctima (${[...profiles].join(', ')}); segmentos.csv admite uno por fragmento` });
      continue;
    }
    if (valences.size > 1) {
      problems.push({
        file, line: first.line, column: first.columns.tag,
        message: `el fragmento tiene varias valencias (${[...valences].join(', ')}); use una por fragmento, o escríbala en la etiqueta de cada código ("barrera/CODIGO")`,
      });
      continue;
    }
    const doc = documentId(first.document);
    if ('error' in doc) {
      problems.push({ file, line: first.line, column: first.columns.document, field: 'document', message: doc.error });
      continue;
    }
    const seen = new Set<string>();
    for (const { entry, code, tagValence } of coded) {
      if (seen.has(code.codigo)) continue;
      seen.add(code.codigo);
      const valencia = tagValence ?? [...valences][0] ?? code.valencia;
      if (!valencia) {
        problems.push({
          file, line: entry.line, column: entry.columns.tag, field: 'tag',
          message: `no se sabe la valencia del fragmento codificado con "${code.codigo}": añada al fragmento la etiqueta "barrera", "reto", "avance" o "buena práctica" (o use un código cuyo padre o prefijo sea una valencia)`,
        });
        continue;
      }
      const codificador = entry.coder?.trim() || opts.codificador;
      if (!codificador) {
        problems.push({ file, line: entry.line, message: 'no se sabe quién codificó este fragmento: indique --codificador <nombre>' });
        continue;
      }
      const candidate = {
        segmento_id: `${prefix}-${first.perDocument ? `${doc.id}-` : ''}${first.idHint}`,
        entrevista_id: doc.id,
        codigo: code.codigo,
        etapa: code.etapa,
        valencia,
        perfil: [...profiles][0] ?? '',
        extracto: compact(entry.text),
        codificador,
      };
      const r = segmentSchema.safeParse(candidate);
      if (!r.success) {
        for (const issue of r.error.issues) problems.push({ file, line: entry.line, field: String(issue.path[0] ?? ''), message: issue.message });
        continue;
      }
      rows.push(r.data);
    }
  }
  return { rows, problems, skipped };
}

/** The columns of segmentos.csv, in order, and a row's cells for writing. */
export const SEGMENT_COLUMNS = Object.keys(segmentSchema.shape) as (keyof Segment)[];
export function segmentCells(s: Segment): string[] {
  return SEGMENT_COLUMNS.map((k) => (s[k] === undefined ? '' : String(s[k])));
}
