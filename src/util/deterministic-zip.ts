/**
 * Same inputs, same bytes: re-packs an OOXML package (DOCX/PPTX), or packs one from its parts
 * (XLSX, zipOoxml), with fixed entry
 * timestamps and a fixed document date in docProps/core.xml, and strips anything that
 * identifies the machine or the person who ran the build.
 */
import JSZip from 'jszip';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { sourceDate } from './source-date.js';

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
 * identically. A caller that already loaded the package (to read parts before rewriting
 * others) passes the JSZip, so the package is unzipped once and zipped once.
 */
export async function normaliseOoxml(source: Uint8Array | ArrayBuffer | JSZip, date: Date, props: CoreProperties, options: NormaliseOptions | PartRewriter = {}): Promise<Buffer> {
  const { rewrite, extraParts = [] } = typeof options === 'function' ? { rewrite: options } : options;
  const src = source instanceof JSZip ? source : await JSZip.loadAsync(source);
  const out = new JSZip();
  const names = Object.keys(src.files).filter((n) => !src.files[n]!.dir);
  // Zip timestamps are DOS date/time fields without a zone. JSZip (3.x) fills them from the
  // Date's UTC getters, so the date goes in as it is: the same fields under any TZ. (An
  // earlier "local time" correction here made every entry time follow the machine's zone.)
  const zipDate = date;
  for (const name of names) {
    const entry = src.files[name]!;
    if (/\.(xml|rels)$/.test(name)) {
      let xml = await entry.async('string');
      if (name === 'docProps/core.xml') xml = rewriteCoreXml(xml, date, props);
      if (name === 'docProps/app.xml') xml = xml.replace(/<Company>[^<]*<\/Company>/, '<Company></Company>');
      if (rewrite) xml = rewrite(name, xml);
      out.file(name, xml, { date: zipDate, createFolders: false });
    } else {
      // Pictures and embedded packages keep their compressed bytes: JSZip reuses a loaded
      // entry's deflated data when the method matches, instead of inflating and deflating it
      // again (the same level 6 gives the same bytes). Only the header fields are reset, as a
      // new entry would have them.
      entry.date = zipDate;
      entry.comment = null as unknown as string;
      entry.unixPermissions = null;
      entry.dosPermissions = null;
      out.files[name] = entry;
    }
  }
  for (const [name, xml] of extraParts) {
    if (!names.includes(name)) out.file(name, xml, { date: zipDate, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

/**
 * Packs parts (in the given order) into an OOXML zip the way normaliseOoxml re-packs one:
 * every entry gets the date (the same DOS fields under any TZ, see above), no folder entries,
 * DEFLATE level 6, DOS attributes. The caller writes docProps/core.xml itself.
 */
export function zipOoxml(parts: ReadonlyArray<readonly [name: string, content: string | Uint8Array]>, date: Date): Promise<Buffer> {
  const out = new JSZip();
  for (const [name, content] of parts) out.file(name, content, { date, createFolders: false });
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
