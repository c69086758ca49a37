/**
 * The one place where the DOCX package written by remark-docx/docx.js is edited as XML —
 * only for what neither lets us express:
 *
 *  - headers and footers: remark-docx builds sections without them. We add one header part
 *    (short title) and one footer part ("Página X de Y" with PAGE/NUMPAGES fields, and
 *    "Datos ilustrativos" for sample data) and reference them from every section but the
 *    cover (a first section without references has no header/footer);
 *  - per-section page setup: remark-docx gives every section the same page; landscape
 *    sections get swapped w:pgSz + w:orient="landscape" (and the same header/footer);
 *  - settings: `w:updateFields` so Word refreshes the pre-filled indexes (page numbers) on
 *    opening; `w:doNotExpandShiftReturn` so justified lines before a <br> aren't stretched;
 *  - font fallback: w:altName in the font table;
 *  - widow and orphan control in the document defaults (docx.js has no option for it there);
 *  - determinism: docx.js gives external hyperlinks random relationship ids.
 *
 * The small parts are edited as parsed XML (@xmldom/xmldom). word/document.xml, which grows
 * with the report (tens of MB at 600 pages, several times that once parsed), is edited as a
 * string: its edits are local (inside w:sectPr, r:id attributes); only the keep-together fix of
 * a paginated build needs its tree. Everything happens in the one deterministic zip pass of
 * normaliseOoxml: the compiled parts are zipped once, never unzipped.
 */
import { normaliseOoxml, XML_PART, type CoreProperties } from '../../util/deterministic-zip.js';
import { memoryPart, readZip, type PackagePart } from '../../util/zip-reader.js';
import { DOMParser, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import type { SectionKind } from './mdast-nodes.js';
import { STYLE } from './styles.js';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'http://schemas.openxmlformats.org/package/2006/content-types';
const REL_HEADER = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/header';
const REL_FOOTER = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer';
const REL_HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

export const HEADER_PART = 'word/header1.xml';
export const FOOTER_PART = 'word/footer1.xml';
const HEADER_REL_ID = 'rIdDocxHeader';
const FOOTER_REL_ID = 'rIdDocxFooter';

export interface PostprocessOptions {
  /** Kind of every section, in order (must match the document's w:sectPr count). */
  sections: SectionKind[];
  shortTitle: string;
  sampleData: boolean;
  font: string;
  fontFallback: string;
  /** Colour of "Datos ilustrativos" in the footer. */
  noticeColor: string;
  /** Heading bookmarks whose preceding paragraphs keep together onto the page before the heading (see paginate.ts). */
  keepBefore?: Set<string>;
}

function setKeep(doc: Document, p: Element, keepNext: boolean): void {
  let pPr = children(p, W, 'pPr')[0];
  if (!pPr) pPr = p.insertBefore(w(doc, 'pPr'), p.firstChild) as Element;
  const firstNotIn = (names: string[]) => Array.from(pPr.childNodes).find((n): n is Element => n.nodeType === 1 && !names.includes((n as Element).localName ?? '')) ?? null;
  // Schema order: pStyle, keepNext, keepLines, …
  if (!children(pPr, W, 'keepLines').length) pPr.insertBefore(w(doc, 'keepLines'), firstNotIn(['pStyle', 'keepNext']));
  if (keepNext && !children(pPr, W, 'keepNext').length) pPr.insertBefore(w(doc, 'keepNext'), firstNotIn(['pStyle']));
}

/**
 * The last two plain paragraphs before each listed heading stay together (the last one whole,
 * the one before kept with it): a chapter's tail then takes several lines onto its last page
 * instead of leaving one or two lines alone there.
 */
export function keepTailsTogether(doc: Document, headings: Set<string>): void {
  if (!headings.size) return;
  for (const mark of Array.from(doc.getElementsByTagNameNS(W, 'bookmarkStart'))) {
    if (!headings.has(mark.getAttributeNS(W, 'name') ?? mark.getAttribute('w:name') ?? '')) continue;
    let p = mark.parentNode as Element | null;
    while (p && p.localName !== 'p') p = p.parentNode as Element | null;
    const plain = (el: Element | null): el is Element =>
      !!el && el.localName === 'p' && !el.getElementsByTagNameNS(W, 'sectPr').length && !el.getElementsByTagNameNS(W, 'drawing').length;
    const prev = (el: Element): Element | null => {
      let n = el.previousSibling;
      while (n && n.nodeType !== 1) n = n.previousSibling;
      return n as Element | null;
    };
    const last = p ? prev(p) : null;
    if (!plain(last)) continue;
    setKeep(doc, last, false);
    const before = prev(last);
    if (plain(before)) setKeep(doc, before, true);
  }
}

/**
 * Our own generated XML: a warning (xmldom's «Unicode replacement character detected», for a
 * U+FFFD a narrative wrote as `&#0;`) is not the analyst's business and is not printed; an
 * error would be a bug of the writer and stops the build.
 */
const parse = (xml: string) => new DOMParser({
  onError: (level, message) => {
    if (level !== 'warning') throw new Error(`XML del DOCX mal formado: ${message}`);
  },
}).parseFromString(xml, 'text/xml');
const serialise = (doc: Document) => new XMLSerializer().serializeToString(doc);

function children(el: Element, ns: string, local: string): Element[] {
  return Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).namespaceURI === ns && (n as Element).localName === local);
}

/** `w:` element with attributes and children. */
function w(doc: Document, local: string, attrs: Record<string, string> = {}, kids: (Element | string)[] = []): Element {
  const el = doc.createElementNS(W, `w:${local}`);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'xml:space') el.setAttributeNS('http://www.w3.org/XML/1998/namespace', k, v);
    else el.setAttributeNS(W, `w:${k}`, v);
  }
  for (const kid of kids) el.appendChild(typeof kid === 'string' ? doc.createTextNode(kid) : kid);
  return el;
}

function textRun(doc: Document, text: string, rPr: Element[] = []): Element {
  return w(doc, 'r', {}, [...(rPr.length ? [w(doc, 'rPr', {}, rPr)] : []), w(doc, 't', { 'xml:space': 'preserve' }, [text])]);
}

/** PAGE / NUMPAGES as a complex field with a cached result. */
function fieldRuns(doc: Document, instruction: string, cached: string): Element[] {
  return [
    w(doc, 'r', {}, [w(doc, 'fldChar', { fldCharType: 'begin' })]),
    w(doc, 'r', {}, [w(doc, 'instrText', { 'xml:space': 'preserve' }, [` ${instruction} `])]),
    w(doc, 'r', {}, [w(doc, 'fldChar', { fldCharType: 'separate' })]),
    textRun(doc, cached),
    w(doc, 'r', {}, [w(doc, 'fldChar', { fldCharType: 'end' })]),
  ];
}

function headerFooterPart(root: 'hdr' | 'ftr', build: (doc: Document) => Element[]): string {
  const doc = parse(`<w:${root} xmlns:w="${W}" xmlns:r="${R}"/>`);
  for (const p of build(doc)) doc.documentElement!.appendChild(p);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${serialise(doc)}`;
}

export function headerXml(shortTitle: string): string {
  return headerFooterPart('hdr', (doc) => [w(doc, 'p', {}, [w(doc, 'pPr', {}, [w(doc, 'pStyle', { val: STYLE.header })]), textRun(doc, shortTitle)])]);
}

export function footerXml(sampleData: boolean, noticeColor: string): string {
  return headerFooterPart('ftr', (doc) => {
    const runs: Element[] = [];
    if (sampleData) {
      runs.push(textRun(doc, 'Datos ilustrativos', [w(doc, 'b'), w(doc, 'color', { val: noticeColor })]));
      runs.push(textRun(doc, '   |   '));
    }
    runs.push(textRun(doc, 'Página '), ...fieldRuns(doc, 'PAGE', '1'), textRun(doc, ' de '), ...fieldRuns(doc, 'NUMPAGES', '1'));
    return [w(doc, 'p', {}, [w(doc, 'pPr', {}, [w(doc, 'pStyle', { val: STYLE.footer })]), ...runs])];
  });
}

const HEADER_FOOTER_REFS = `<w:headerReference w:type="default" r:id="${HEADER_REL_ID}"/><w:footerReference w:type="default" r:id="${FOOTER_REL_ID}"/>`;

/** Sets a `w:` attribute of one start tag: in place when present, appended otherwise (as xmldom does). */
function setTagAttribute(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name}=")[^"]*(")`);
  if (re.test(tag)) return tag.replace(re, `$1${value}$2`);
  return tag.replace(/\s*(\/?>)$/, ` ${name}="${value}"$1`);
}

/** One w:sectPr: header/footer references (not on the cover) and page orientation. */
function rewriteSectPr(sectPr: string, kind: SectionKind): string {
  let xml = sectPr.replace(/<w:(?:header|footer)Reference\b[^>]*\/>/g, '');
  if (kind !== 'cover') {
    xml = xml.endsWith('/>') ? `${xml.slice(0, -2)}>${HEADER_FOOTER_REFS}</w:sectPr>` : xml.replace(/^<w:sectPr\b[^>]*>/, (open) => open + HEADER_FOOTER_REFS);
  }
  return xml.replace(/<w:pgSz\b[^>]*\/>/, (pgSz) => {
    const a = Number(/\sw:w="([^"]*)"/.exec(pgSz)?.[1]);
    const b = Number(/\sw:h="([^"]*)"/.exec(pgSz)?.[1]);
    const landscape = kind === 'landscape';
    let tag = setTagAttribute(pgSz, 'w:w', String(landscape ? Math.max(a, b) : Math.min(a, b)));
    tag = setTagAttribute(tag, 'w:h', String(landscape ? Math.min(a, b) : Math.max(a, b)));
    return setTagAttribute(tag, 'w:orient', landscape ? 'landscape' : 'portrait');
  });
}

/**
 * Section properties (header/footer references, orientation) and renamed relationship ids, on
 * the document's text; the keep-together fix of a paginated build on its parsed tree first.
 */
export function rewriteDocument(xml: string, sections: SectionKind[], keepBefore = new Set<string>(), renamed = new Map<string, string>()): string {
  if (keepBefore.size) {
    const doc = parse(xml);
    keepTailsTogether(doc, keepBefore);
    xml = serialise(doc);
  }
  // A tracked section change nests a w:sectPr in a w:sectPr: docx.js never writes one.
  if (xml.includes('<w:sectPrChange')) throw new Error('DOCX: cambio de sección registrado (w:sectPrChange) no admitido (error interno del generador).');
  const found = xml.match(/<w:sectPr\b/g)?.length ?? 0;
  if (found !== sections.length) throw new Error(`DOCX: se esperaban ${sections.length} secciones y el documento tiene ${found} (error interno del generador).`);
  let i = 0;
  xml = xml.replace(/<w:sectPr\b[^>]*\/>|<w:sectPr\b[^>]*>[\s\S]*?<\/w:sectPr>/g, (sectPr) => rewriteSectPr(sectPr, sections[i++]!));
  return renameRelationshipIds(xml, renamed);
}

/** Adds the header/footer relationships; renames random hyperlink ids deterministically. */
export function rewriteRelationships(xml: string, addHeaderFooter: boolean): { xml: string; renamed: Map<string, string> } {
  const doc = parse(xml);
  const root = doc.documentElement!;
  const renamed = new Map<string, string>();
  let n = 0;
  for (const rel of Array.from(root.getElementsByTagNameNS(PKG_REL, 'Relationship'))) {
    if (rel.getAttribute('Type') === REL_HYPERLINK) {
      const id = `rIdLink${++n}`;
      renamed.set(rel.getAttribute('Id')!, id);
      rel.setAttribute('Id', id);
    }
  }
  if (addHeaderFooter) {
    for (const [id, type, target] of [[HEADER_REL_ID, REL_HEADER, 'header1.xml'], [FOOTER_REL_ID, REL_FOOTER, 'footer1.xml']] as const) {
      const rel = doc.createElementNS(PKG_REL, 'Relationship');
      rel.setAttribute('Id', id);
      rel.setAttribute('Type', type);
      rel.setAttribute('Target', target);
      root.appendChild(rel);
    }
  }
  return { xml: serialise(doc), renamed };
}

/** r:id attributes pointing at renamed relationships (random hyperlink ids of docx.js). */
function renameRelationshipIds(xml: string, renamed: Map<string, string>): string {
  if (!renamed.size) return xml;
  return xml.replace(/(\sr:id=")([^"]*)(")/g, (all, open: string, id: string, close: string) => (renamed.has(id) ? open + renamed.get(id)! + close : all));
}

export function rewriteContentTypes(xml: string): string {
  const doc = parse(xml);
  const root = doc.documentElement!;
  for (const [part, type] of [
    [`/${HEADER_PART}`, 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml'],
    [`/${FOOTER_PART}`, 'application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml'],
  ] as const) {
    const o = doc.createElementNS(CT, 'Override');
    o.setAttribute('PartName', part);
    o.setAttribute('ContentType', type);
    root.appendChild(o);
  }
  return serialise(doc);
}

/** Elements that follow w:updateFields in CT_Settings (schema order matters to Word). */
const AFTER_UPDATE_FIELDS = ['hdrShapeDefaults', 'footnotePr', 'endnotePr', 'compat', 'docVars', 'rsids', 'mathPr', 'attachedSchema', 'themeFontLang', 'clrSchemeMapping', 'doNotIncludeSubdocsInStats', 'doNotAutoCompressPictures', 'forceUpgrade', 'captions', 'readModeInkLockDown', 'smartTagType', 'schemaLibrary', 'shapeDefaults', 'doNotEmbedSmartTags', 'decimalSymbol', 'listSeparator'];

export function rewriteSettings(xml: string): string {
  const doc = parse(xml);
  const root = doc.documentElement!;
  for (const old of children(root, W, 'updateFields')) root.removeChild(old);
  const before = Array.from(root.childNodes).find((n): n is Element => n.nodeType === 1 && AFTER_UPDATE_FIELDS.includes((n as Element).localName ?? ''));
  root.insertBefore(w(doc, 'updateFields', { val: 'true' }), before ?? null);
  // Justified lines ending in a manual line break (<br>) are not stretched (Word and LibreOffice).
  let compat = children(root, W, 'compat')[0];
  if (!compat) {
    compat = w(doc, 'compat');
    const after = Array.from(root.childNodes).find((n): n is Element => n.nodeType === 1 && AFTER_UPDATE_FIELDS.slice(4).includes((n as Element).localName ?? ''));
    root.insertBefore(compat, after ?? null);
  }
  if (!children(compat, W, 'doNotExpandShiftReturn').length) compat.insertBefore(w(doc, 'doNotExpandShiftReturn'), compat.firstChild);
  return serialise(doc);
}

/** Font table entry for the report font with its fallback (w:altName). */
export function rewriteFontTable(xml: string, font: string, fallback: string): string {
  const doc = parse(xml);
  const root = doc.documentElement!;
  for (const f of children(root, W, 'font')) if (f.getAttributeNS(W, 'name') === font) root.removeChild(f);
  root.insertBefore(
    w(doc, 'font', { name: font }, [w(doc, 'altName', { val: fallback }), w(doc, 'charset', { val: '00' }), w(doc, 'family', { val: 'swiss' }), w(doc, 'pitch', { val: 'variable' })]),
    root.firstChild,
  );
  return serialise(doc);
}

/** Elements that precede w:widowControl in CT_PPrBase. */
const BEFORE_WIDOW_CONTROL = ['pStyle', 'keepNext', 'keepLines', 'pageBreakBefore', 'framePr'];

/** Widow and orphan control for every paragraph (docDefaults): no single line alone at a page's top or foot. */
export function rewriteStyles(xml: string): string {
  const doc = parse(xml);
  const defaults = doc.getElementsByTagNameNS(W, 'pPrDefault')[0];
  if (!defaults) return xml;
  let pPr = children(defaults, W, 'pPr')[0];
  if (!pPr) pPr = defaults.appendChild(w(doc, 'pPr')) as Element;
  if (children(pPr, W, 'widowControl').length) return xml;
  const after = Array.from(pPr.childNodes).find((n): n is Element => n.nodeType === 1 && !BEFORE_WIDOW_CONTROL.includes((n as Element).localName ?? ''));
  pPr.insertBefore(w(doc, 'widowControl'), after ?? null);
  return serialise(doc);
}

const FONT_TABLE_EMPTY = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="${W}" xmlns:r="${R}"/>`;

/** A package docx.js compiled and did not zip (its own bundled JSZip: duck-typed). */
export interface CompiledPackage {
  files: Record<string, { dir: boolean; async(type: 'string'): Promise<string>; async(type: 'uint8array'): Promise<Uint8Array> }>;
}

/** The compiled package's parts, in order (a document docx.js compiled with embedded fonts). */
async function adopt(compiled: CompiledPackage): Promise<PackagePart[]> {
  const parts: PackagePart[] = [];
  for (const [name, f] of Object.entries(compiled.files)) {
    if (!f.dir) parts.push(memoryPart(name, XML_PART.test(name) ? await f.async('string') : await f.async('uint8array')));
  }
  return parts;
}

/**
 * Applies every rewrite above while the package is normalised (deterministic-zip.ts): one zip,
 * from the compiled parts (or one read of a zipped DOCX). The relationship parts are read
 * first, since the parts they belong to need their renamed hyperlink ids.
 */
export async function postprocessDocx(bytes: ArrayBuffer | Uint8Array | CompiledPackage | readonly PackagePart[], options: PostprocessOptions, date: Date, props: CoreProperties): Promise<Buffer> {
  const parts = bytes instanceof ArrayBuffer || bytes instanceof Uint8Array ? readZip(bytes) : Array.isArray(bytes) ? (bytes as readonly PackagePart[]) : await adopt(bytes as CompiledPackage);
  const byName = new Map(parts.map((p) => [p.name, p]));
  const read = (name: string) => {
    const f = byName.get(name);
    if (!f) throw new Error(`DOCX: falta la parte ${name} (error interno del generador).`);
    return f.text();
  };
  const missing = ['word/document.xml', '[Content_Types].xml', 'word/settings.xml', 'word/styles.xml'].find((name) => !byName.has(name));
  if (missing) throw new Error(`DOCX: falta la parte ${missing} (error interno del generador).`);

  // Relationship part → its rewritten XML; part → the hyperlink ids renamed in it.
  const rels = new Map<string, string>();
  const renamedIn = new Map<string, Map<string, string>>();
  for (const relsName of [...byName.keys()].filter((n) => /^word\/_rels\/[^/]+\.rels$/.test(n)).sort()) {
    const { xml, renamed } = rewriteRelationships(read(relsName), relsName === 'word/_rels/document.xml.rels');
    rels.set(relsName, xml);
    renamedIn.set(`word/${relsName.slice('word/_rels/'.length, -'.rels'.length)}`, renamed);
  }
  const renameIn = (part: string, xml: string) => {
    const renamed = renamedIn.get(part);
    return renamed ? renameRelationshipIds(xml, renamed) : xml;
  };
  const rewrite = (name: string, xml: string): string => {
    if (name === 'word/document.xml') return rewriteDocument(xml, options.sections, options.keepBefore, renamedIn.get(name));
    if (rels.has(name)) return rels.get(name)!;
    if (name === '[Content_Types].xml') return rewriteContentTypes(xml);
    if (name === 'word/settings.xml') return rewriteSettings(xml);
    if (name === 'word/styles.xml') return rewriteStyles(xml);
    if (name === 'word/fontTable.xml') return rewriteFontTable(xml, options.font, options.fontFallback);
    return renameIn(name, xml);
  };
  const extraParts: [string, string][] = [
    [HEADER_PART, headerXml(options.shortTitle)],
    [FOOTER_PART, footerXml(options.sampleData, options.noticeColor)],
  ];
  if (!byName.has('word/fontTable.xml')) extraParts.push(['word/fontTable.xml', rewriteFontTable(FONT_TABLE_EMPTY, options.font, options.fontFallback)]);
  return normaliseOoxml(parts, date, props, { rewrite, extraParts });
}
