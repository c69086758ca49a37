/**
 * What the reviews need from a built DOCX: the headings (bookmark, text), the tables (caption
 * bookmark, rows, header rows) and the «Índice» entries with the page numbers it prints.
 */
import JSZip from 'jszip';
import { DOMParser, type Element } from '@xmldom/xmldom';

export interface DocxHeading { bookmark: string; text: string }
export interface DocxTable { caption?: string; label?: string; rows: string[][]; header: boolean[] }
export interface DocxIndexEntry { anchor: string; text: string; page?: number }
export interface DocxContent { headings: DocxHeading[]; tables: DocxTable[]; index: DocxIndexEntry[] }

const kids = (el: Element, name: string) => Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).tagName === name);
const all = (el: Element, name: string) => Array.from(el.getElementsByTagName(name));
const text = (el: Element) => all(el, 'w:t').map((t) => t.textContent ?? '').join('');

/** An entry of the «Índice» or of a list of figures/tables: linked text, then a tab and its page. */
function indexEntry(p: Element, index: DocxIndexEntry[]): void {
  const link = all(p, 'w:hyperlink')[0];
  const anchor = link?.getAttribute('w:anchor');
  if (!link || !anchor) return;
  const runs = all(p, 'w:r');
  const tabAt = runs.findIndex((r) => all(r, 'w:tab').length > 0);
  const page = tabAt >= 0 ? Number(runs.slice(tabAt).map(text).join('').trim()) : NaN;
  index.push({ anchor, text: text(link), page: Number.isFinite(page) && page > 0 ? page : undefined });
}

export async function readDocx(docx: Uint8Array): Promise<DocxContent> {
  const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
  const body = all(new DOMParser().parseFromString(xml, 'text/xml').documentElement!, 'w:body')[0]!;
  const headings: DocxHeading[] = [];
  const tables: DocxTable[] = [];
  const index: DocxIndexEntry[] = [];
  let caption: string | undefined;
  let label: string | undefined;
  for (const block of Array.from(body.childNodes).filter((n): n is Element => n.nodeType === 1)) {
    if (block.tagName === 'w:sdt') {
      for (const p of all(block, 'w:p')) indexEntry(p, index);
      continue;
    }
    if (block.tagName === 'w:p') {
      if (all(block, 'w:pStyle')[0]?.getAttribute('w:val') === 'TableofFigures') indexEntry(block, index);
      const marks = all(block, 'w:bookmarkStart').map((b) => b.getAttribute('w:name') ?? '');
      const h = marks.find((m) => m.startsWith('_Toc_h'));
      if (h) headings.push({ bookmark: h, text: text(block).trim() });
      const t = marks.find((m) => m.startsWith('_Ref_tbl'));
      if (t) {
        caption = t;
        label = /^Tabla\s+\d+/.exec(text(block).trim())?.[0];
      }
      continue;
    }
    if (block.tagName === 'w:tbl') {
      const rows = kids(block, 'w:tr');
      tables.push({
        caption,
        label,
        rows: rows.map((r) => kids(r, 'w:tc').map((c) => text(c).trim())),
        header: rows.map((r) => all(r, 'w:tblHeader').length > 0),
      });
    }
  }
  return { headings, tables, index };
}
