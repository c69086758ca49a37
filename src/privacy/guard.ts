/**
 * The privacy guard: scans everything that goes IN (CSV cells, narratives, estado.yaml) and,
 * as a last safety net, everything that comes OUT (Markdown twin, DOCX/PPTX XML text, chart
 * labels, notes, document metadata) for direct identifiers. Messages name the kind and the
 * masked value only — never the identifier itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readZip } from '../util/zip-reader.js';
import type { z } from 'zod';
import { DATASETS, type DatasetName } from '../schemas/datasets.js';
import { fieldMeta, normaliseKey } from '../schemas/fields.js';
import type { StateData } from '../load/types.js';
import { UserError, type Problem } from '../util/errors.js';
import { scanText, type Finding, type IdentifierKind, type Roster } from './identifiers.js';
import { normaliseForScan } from './normalise.js';

export const BLOCK_MESSAGE = 'Se bloqueó la generación: se encontraron datos identificables';
const CONTACT_KINDS: IdentifierKind[] = ['teléfono', 'correo electrónico'];

export interface OutputPart {
  /** Output file, e.g. "reports/chiapas/diagnostico-chiapas.docx". */
  output: string;
  /** Part inside it: "word/document.xml", "ppt/notesSlides/notesSlide3.xml", "markdown", "gráfica victimas-por-anio"… */
  part: string;
  text: string;
}

export function findingMessage(f: Pick<Finding, 'kind' | 'masked'>): string {
  return `se encontró ${f.kind === 'CURP' || f.kind === 'RFC' ? 'una' : 'un'} ${f.kind} («${f.masked}»); elimínelo o anonimícelo en los datos de origen`;
}

// ---------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------

type AnyObjectSchema = z.ZodObject<Record<string, z.ZodType>>;

function headerOf(root: string, file: string): string[] | undefined {
  const abs = path.isAbsolute(file) ? file : path.join(root, file);
  if (!existsSync(abs)) return undefined;
  try {
    const bytes = readFileSync(abs);
    const first = bytes.subarray(0, Math.min(bytes.length, 8192)).toString('latin1').split(/\r?\n/)[0] ?? '';
    const clean = first.replace(/^\u00EF\u00BB\u00BF/, '');
    const sep = (clean.match(/;/g)?.length ?? 0) > (clean.match(/,/g)?.length ?? 0) ? ';' : ',';
    return clean.split(sep).map((h) => normaliseKey(h.replace(/^"|"$/g, '')));
  } catch {
    return undefined;
  }
}

function cellText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v.join('; ');
  return undefined;
}

/** Fields of a dataset schema flagged `public` (exempt from the phone/e-mail detectors). */
export function publicFields(schema: AnyObjectSchema): Set<string> {
  const out = new Set<string>();
  for (const [k, s] of Object.entries(schema.shape)) if (fieldMeta.get(s)?.public) out.add(k);
  return out;
}

function lineOffset(text: string, offset: number): number {
  let n = 0;
  for (let i = 0; i < offset; i++) if (text[i] === '\n') n++;
  return n;
}

/** Every identifier in the state's inputs: CSV cells, narratives and estado.yaml. */
export function scanStateData(data: StateData, roster?: Roster): Problem[] {
  const problems: Problem[] = [];
  const headers = new Map<string, string[] | undefined>();
  for (const name of Object.keys(DATASETS) as DatasetName[]) {
    const ds = data[name] as { rows: unknown[]; locations: { file: string; line: number }[] } | undefined;
    if (!ds) continue;
    const schema = DATASETS[name].schema as unknown as AnyObjectSchema;
    const fields = Object.keys(schema.shape);
    const pub = publicFields(schema);
    ds.rows.forEach((row, i) => {
      const loc = ds.locations[i] ?? { file: `${data.dir}/${DATASETS[name].file}`, line: 0 };
      if (!headers.has(loc.file)) headers.set(loc.file, headerOf(data.root, loc.file));
      const header = headers.get(loc.file);
      for (const [field, value] of Object.entries(row as Record<string, unknown>)) {
        const text = cellText(value);
        if (!text) continue;
        const findings = scanText(text, { roster, skip: pub.has(field) ? CONTACT_KINDS : [] });
        const colIdx = header ? header.indexOf(normaliseKey(field)) : fields.indexOf(field);
        const column = colIdx >= 0 ? colIdx + 1 : undefined;
        for (const f of findings) {
          problems.push({ file: loc.file, line: loc.line + lineOffset(text, f.offset), column, field, message: findingMessage(f) });
        }
      }
    });
  }
  for (const [chapter, n] of Object.entries(data.narrativa ?? {})) {
    for (const f of scanText(n.markdown, { roster })) {
      problems.push({ file: n.file, line: f.line, column: f.column, field: `narrativa ${chapter}`, message: findingMessage(f) });
    }
  }
  problems.push(...scanConfig(data, roster));
  return problems;
}

function scanConfig(data: StateData, roster?: Roster): Problem[] {
  const file = `${data.dir}/estado.yaml`;
  let raw: string | undefined;
  const abs = path.join(data.root, file);
  if (existsSync(abs)) raw = readFileSync(abs, 'utf8');
  const out: Problem[] = [];
  const walk = (v: unknown, p: string) => {
    if (typeof v === 'string') {
      if (p === 'estadisticas.archivo') return; // a path, checked by the loader
      for (const f of scanText(v, { roster })) {
        const idx = raw ? raw.indexOf(v.split('\n')[0]!) : -1;
        const line = idx >= 0 ? lineOffset(raw!, idx) + 1 + lineOffset(v, f.offset) : undefined;
        out.push({ file, line, field: p, message: findingMessage(f) });
      }
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${p}[${i}]`));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, p ? `${p}.${k}` : k);
  };
  walk(data.config, '');
  return out;
}

// ---------------------------------------------------------------------------
// Outputs
// ---------------------------------------------------------------------------

/** Values declared public (organisation contacts) that may appear in outputs. */
export function publicValues(data: StateData): string[] {
  const out: string[] = [];
  if (data.project?.organizacion?.contacto) out.push(data.project.organizacion.contacto);
  for (const name of Object.keys(DATASETS) as DatasetName[]) {
    const ds = data[name] as { rows: Record<string, unknown>[] } | undefined;
    if (!ds) continue;
    const pub = publicFields(DATASETS[name].schema as unknown as AnyObjectSchema);
    if (pub.size === 0) continue;
    for (const row of ds.rows) for (const f of pub) {
      const t = cellText(row[f]);
      if (t) out.push(t);
    }
  }
  return out;
}

/** One key per value however it is written (full-width digits, spaces, «arroba»…), to compare with the allowed contacts. */
function normaliseValue(kind: IdentifierKind, raw: string): string {
  const text = normaliseForScan(raw).text;
  if (kind === 'teléfono') return text.replace(/\D/g, '').slice(-10);
  return text
    .toLowerCase()
    .replace(/\s*[[(]?\s*(?:@|(?<![\p{L}\p{N}])(?:at|arroba)(?![\p{L}\p{N}]))\s*[\])]?\s*/u, '@')
    .replace(/\s*[[(]?\s*(?<![\p{L}\p{N}])(?:dot|punto)(?![\p{L}\p{N}])\s*[\])]?\s*/gu, '.')
    .replace(/\s+/g, '');
}

export interface ScanOutputsOptions {
  /** Public contact values allowed to appear (phones and e-mails found in them are not flagged). */
  allow?: string[];
}

/** Last safety net over every text that reaches an output. */
export function scanOutputs(parts: OutputPart[], roster?: Roster, opts: ScanOutputsOptions = {}): Problem[] {
  const allowed = new Set<string>();
  for (const a of opts.allow ?? []) {
    for (const f of scanText(a)) {
      if (CONTACT_KINDS.includes(f.kind)) allowed.add(`${f.kind}|${normaliseValue(f.kind, a.slice(f.offset, f.offset + f.length))}`);
    }
  }
  const problems: Problem[] = [];
  for (const p of parts) {
    for (const f of scanText(p.text, { roster })) {
      const key = `${f.kind}|${normaliseValue(f.kind, p.text.slice(f.offset, f.offset + f.length))}`;
      if (allowed.has(key)) continue;
      problems.push({ file: p.output, line: f.line, column: f.column, field: p.part, message: findingMessage(f) });
    }
  }
  return problems;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
export function decodeXmlEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/**
 * Human-visible text of an OOXML part: text runs joined within a paragraph, one paragraph /
 * chart point / spreadsheet cell per line, plus descriptive attributes (alt text, titles,
 * names, link targets) on their own lines.
 */
export function xmlText(xml: string): string {
  const attrs: string[] = [];
  for (const m of xml.matchAll(/\s(?:descr|title|name|alt|tooltip|Target|lastModifiedBy|creator)="([^"]*)"/g)) attrs.push(decodeXmlEntities(m[1]!));
  const body = xml
    .replace(/<\?[^>]*\?>/g, '')
    .replace(/<(?:w:br|a:br|w:cr)\b[^>]*\/>/g, '\n')
    .replace(/<(?:w:tab|a:tab)\b[^>]*\/>/g, ' ')
    .replace(/<\/(?:w:p|a:p|c:pt|c:v|si|c|row|v|t|p:txBody|dc:[a-z]+|cp:[a-z]+|dcterms:[a-z]+|vt:[a-z0-9]+|[A-Z][A-Za-z]*)>/g, '\n')
    .replace(/<[^>]+>/g, '');
  return [decodeXmlEntities(body).replace(/\n{2,}/g, '\n').trim(), ...attrs.filter(Boolean)].join('\n');
}

const TEXT_PART = /\.(?:xml|rels)$/i;

/** Text parts of a DOCX/PPTX/XLSX (embedded workbooks included, as "ppt/embeddings/x.xlsx!xl/…"). */
export async function ooxmlTextParts(bytes: Uint8Array | Buffer, output: string, prefix = ''): Promise<OutputPart[]> {
  const parts: OutputPart[] = [];
  for (const f of readZip(bytes).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const name = f.name;
    if (TEXT_PART.test(name)) {
      const text = xmlText(f.text());
      if (text) parts.push({ output, part: `${prefix}${name}`, text });
    } else if (/\.(?:xlsx|docx|pptx)$/i.test(name) && prefix.split('!').length < 3) {
      try {
        parts.push(...(await ooxmlTextParts(f.bytes(), output, `${prefix}${name}!`)));
      } catch {
        parts.push({ output, part: `${prefix}${name}`, text: '' });
      }
    }
  }
  return parts;
}

/** Throws the blocking UserError when there is any problem. */
export function assertNoIdentifiers(problems: Problem[]): void {
  if (problems.length > 0) throw new UserError(BLOCK_MESSAGE, problems);
}

/** Everything the build must check on its inputs (identifiers). */
export function checkInputs(data: StateData, roster?: Roster): Problem[] {
  return scanStateData(data, roster);
}

/** Everything the build must check on its outputs before committing them. */
export async function checkOutputs(
  data: StateData,
  outputs: { markdown?: { path: string; text: string }; packages?: { path: string; bytes: Uint8Array | Buffer }[]; extra?: OutputPart[] },
  roster?: Roster,
): Promise<Problem[]> {
  const parts: OutputPart[] = [...(outputs.extra ?? [])];
  if (outputs.markdown) parts.push({ output: outputs.markdown.path, part: 'markdown', text: outputs.markdown.text });
  for (const p of outputs.packages ?? []) parts.push(...(await ooxmlTextParts(p.bytes, p.path)));
  return scanOutputs(parts, roster, { allow: publicValues(data) });
}

/** Text of chart specs (titles, labels, series names, captions, alt text, notes) as output parts. */
export function chartParts(
  charts: { id: string; title?: string; caption?: string; alt?: string; source?: string; note?: string; labels?: string[]; series?: { name: string }[]; xAxisTitle?: string; yAxisTitle?: string }[],
  output: string,
): OutputPart[] {
  return charts.map((c) => ({
    output,
    part: `gráfica ${c.id}`,
    text: [c.title, c.caption, c.alt, c.source, c.note, c.xAxisTitle, c.yAxisTitle, ...(c.labels ?? []), ...(c.series ?? []).map((s) => s.name)]
      .filter((x): x is string => typeof x === 'string' && x.length > 0)
      .join('\n'),
  }));
}
