/**
 * A DOCX whose indexes carry page numbers as LibreOffice paginates it, without any field
 * update: build once with «000» in place of every number (as wide as the real ones, so the
 * index takes the same lines), render that build with LibreOffice, read where every heading
 * and caption landed, build again with the numbers. The same pass fixes what a real pagination
 * shows and styles cannot prevent in LibreOffice: a table whose source line is left alone at the
 * top of a page gets its last rows moved there, and a chapter whose last one or two lines spill
 * onto a page of their own keeps its last paragraphs together (then the numbers are read again
 * from the fixed document). Word still updates the fields on opening
 * (`w:updateFields`). Without LibreOffice the DOCX is built once, as before, and the reason is
 * returned for the command to print.
 */
import { readZip } from '../../util/zip-reader.js';
import { type Pagination, paginationUnavailable, readPagination, renderDocxPdf } from '../pagination.js';
import type { Root } from 'mdast';
import { type DocxInfo, type ImageResolver, markdownToDocx } from './index.js';

export interface PaginatedDocx {
  docx: Buffer;
  /** The pagination the page numbers come from (of the first build). */
  pagination?: Pagination;
  /** Spanish: why there are no page numbers (LibreOffice or poppler missing). */
  unavailable?: string;
}

const ANCHOR = /w:name="(_Toc_h\d+|_Ref_(?:tbl|fig)\d+)"/g;

/** Bookmarks of the headings and captions of a DOCX, in document order. */
export async function docxAnchors(docx: Uint8Array): Promise<string[]> {
  const xml = readZip(docx).find((p) => p.name === 'word/document.xml')!.text();
  return [...new Set([...xml.matchAll(ANCHOR)].map((m) => m[1]!))];
}

const SOURCE_LINE = /^\s*(Fuentes?|Notas?):/;

/** Caption bookmarks of tables whose source/note line opens a page (nothing of the table above it). */
export function orphanedSources(p: Pagination): Set<string> {
  const tables = [...p.anchors.entries()].filter(([name]) => name.startsWith('_Ref_tbl'));
  const out = new Set<string>();
  for (const page of p.pages) {
    if (!SOURCE_LINE.test(page.lines[0] ?? '')) continue;
    const before = tables.filter(([, a]) => a.page < page.number).sort((x, y) => x[1].page - y[1].page || y[1].y - x[1].y).pop();
    if (!before) continue;
    // The table runs up to this page when nothing else (heading, figure, other caption) starts
    // between its caption and the page: a long table may span many pages.
    const [, b] = before;
    const between = [...p.anchors.entries()].some(([name, a]) => name !== before[0] && a.page < page.number && (a.page > b.page || (a.page === b.page && a.y < b.y)));
    if (!between) out.add(before[0]);
  }
  return out;
}

/** Fewer body lines than this on a page (and no picture) is a near-blank page. */
const NEAR_BLANK_LINES = 3;

/** Headings that open the page after a near-blank one (the tail of the text before them spilled over). */
export function headingsAfterNearBlankPages(p: Pagination): Set<string> {
  const out = new Set<string>();
  const headings = [...p.anchors.entries()].filter(([name]) => name.startsWith('_Toc_h'));
  for (const page of p.pages) {
    if (page.number === 1 || page.images > 0 || page.lines.length >= NEAR_BLANK_LINES || page.lines.length === 0) continue;
    if (SOURCE_LINE.test(page.lines[0] ?? '')) continue; // handled by orphanedSources
    const next = headings.filter(([, a]) => a.page === page.number + 1).sort((x, y) => y[1].y - x[1].y)[0];
    if (next) out.add(next[0]);
  }
  return out;
}

/** `parsed`: as for markdownToDocx (used by the first of the builds). */
export async function markdownToPaginatedDocx(markdown: string, info: DocxInfo, images: ImageResolver, parsed?: Root): Promise<PaginatedDocx> {
  const unavailable = paginationUnavailable();
  if (unavailable) return { docx: await markdownToDocx(markdown, info, images, parsed), unavailable };
  const first = await markdownToDocx(markdown, { ...info, pagination: { pages: 'placeholder' } }, images, parsed);
  const pagination = readPagination(renderDocxPdf(first), await docxAnchors(first), info.shortTitle);
  const pageMap = (p: Pagination) => new Map([...p.anchors].map(([name, a]) => [name, a.page]));
  const fixes = { splitTables: orphanedSources(pagination), keepBefore: headingsAfterNearBlankPages(pagination) };
  let docx = await markdownToDocx(markdown, { ...info, pagination: { pages: pageMap(pagination), ...fixes } }, images);
  if (fixes.splitTables.size || fixes.keepBefore.size) {
    // The fixes move text between pages: take the numbers from the fixed document's own pagination.
    const fixed = readPagination(renderDocxPdf(docx), await docxAnchors(docx), info.shortTitle);
    const pages = pageMap(fixed);
    if ([...pages].some(([name, n]) => pageMap(pagination).get(name) !== n)) {
      docx = await markdownToDocx(markdown, { ...info, pagination: { pages, ...fixes } }, images);
    }
    return { docx, pagination: fixed };
  }
  return { docx, pagination };
}
