/**
 * Same inputs, same bytes: re-packs an OOXML package (DOCX/PPTX), or packs one from its parts
 * (XLSX, zipOoxml), with fixed entry
 * timestamps and a fixed document date in docProps/core.xml, and strips anything that
 * identifies the machine or the person who ran the build.
 */
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { sourceDate } from './source-date.js';
import { readZip, type PackagePart } from './zip-reader.js';
import { writeZip, type ZipEntry } from './zip-writer.js';

/** SOURCE_DATE_EPOCH (seconds) when set (src/util/source-date.ts), otherwise the given document date. */
export function buildDate(fallbackIsoDate: string): Date {
  return sourceDate() ?? new Date(`${fallbackIsoDate}T12:00:00Z`);
}

const CP = 'http://schemas.openxmlformats.org/package/2006/metadata/core-properties';
const DCTERMS = 'http://purl.org/dc/terms/';
const DC = 'http://purl.org/dc/elements/1.1/';

export interface CoreProperties {
  title: string;
  subject?: string;
  keywords?: string;
  creator?: string;
  description?: string;
}

/** Rewrites docProps/core.xml so it holds the given properties and the fixed date only. */
function rewriteCoreXml(xml: string, date: Date, props: CoreProperties): string {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const root = doc.documentElement;
  if (!root) return xml;
  const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const setText = (ns: string, qname: string, value: string | undefined) => {
    const local = qname.split(':')[1]!;
    const existing = Array.from(root.getElementsByTagNameNS(ns, local));
    for (const el of existing) root.removeChild(el);
    if (value === undefined || value === '') return;
    const el = doc.createElementNS(ns, qname);
    if (ns === DCTERMS) el.setAttributeNS('http://www.w3.org/2001/XMLSchema-instance', 'xsi:type', 'dcterms:W3CDTF');
    el.appendChild(doc.createTextNode(value));
    root.appendChild(el);
  };
  setText(DC, 'dc:title', props.title);
  setText(DC, 'dc:subject', props.subject);
  setText(CP, 'cp:keywords', props.keywords);
  setText(DC, 'dc:creator', props.creator);
  setText(DC, 'dc:description', props.description);
  setText(CP, 'cp:lastModifiedBy', props.creator);
  setText(CP, 'cp:revision', '1');
  setText(DCTERMS, 'dcterms:created', iso);
  setText(DCTERMS, 'dcterms:modified', iso);
  setText(CP, 'cp:lastPrinted', undefined);
  return new XMLSerializer().serializeToString(doc);
}

export type PartRewriter = (name: string, content: string) => string;

export interface NormaliseOptions {
  /** Transforms XML parts (e.g. the DOCX post-processor). */
  rewrite?: PartRewriter;
  /** New XML parts, appended after the package's own entries in this order. */
  extraParts?: [name: string, xml: string][];
}

/**
 * Normalises an OOXML zip: entries keep their order, get the fixed date, and are deflated
 * identically (pictures and embedded packages stored). A caller that already holds the parts
 * (to read some before rewriting others, or a package compiled in memory) passes them, so the
 * package is unzipped at most once and zipped once.
 */
export async function normaliseOoxml(source: Uint8Array | ArrayBuffer | readonly PackagePart[], date: Date, props: CoreProperties, options: NormaliseOptions | PartRewriter = {}): Promise<Buffer> {
  const { rewrite, extraParts = [] } = typeof options === 'function' ? { rewrite: options } : options;
  const parts = Array.isArray(source) ? (source as readonly PackagePart[]) : readZip(source as Uint8Array | ArrayBuffer);
  const names = new Set(parts.map((p) => p.name));
  const entries: ZipEntry[] = [];
  for (const part of parts) {
    const name = part.name;
    if (XML_PART.test(name)) {
      let xml = part.text();
      if (name === 'docProps/core.xml') xml = rewriteCoreXml(xml, date, props);
      if (name === 'docProps/app.xml') xml = xml.replace(/<Company>[^<]*<\/Company>/, '<Company></Company>');
      if (rewrite) xml = rewrite(name, xml);
      entries.push({ name, data: xml, deflate: true });
    } else {
      entries.push({ name, data: part.bytes(), deflate: !COMPRESSED.test(name) });
    }
  }
  for (const [name, xml] of extraParts) {
    if (!names.has(name)) entries.push({ name, data: xml, deflate: true });
  }
  // Zip timestamps are DOS date/time fields without a zone, read with the Date's UTC getters:
  // the same fields under any TZ.
  return writeZip(entries, date);
}

/** Parts handled as text (XML and relationships); the others as bytes. */
export const XML_PART = /\.(xml|rels)$/;
/**
 * Formats compressed already (pictures, embedded packages) are stored: deflating PNGs saved
 * ~7 % of their size for more than half of the package's deflate time.
 */
const COMPRESSED = /\.(png|jpe?g|gif|xlsx|docx|pptx|zip)$/i;

/**
 * Packs parts (in the given order) into an OOXML zip the way normaliseOoxml re-packs one:
 * every entry gets the date (the same DOS fields under any TZ, see above), no folder entries,
 * DEFLATE level 6 (pictures stored), DOS attributes. The caller writes docProps/core.xml itself.
 */
export async function zipOoxml(parts: ReadonlyArray<readonly [name: string, content: string | Uint8Array]>, date: Date): Promise<Buffer> {
  return writeZip(parts.map(([name, data]) => ({ name, data, deflate: typeof data === 'string' || !COMPRESSED.test(name) })), date);
}
