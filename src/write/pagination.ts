/**
 * A real pagination of a DOCX: LibreOffice renders it to PDF (bookmarks exported as named
 * destinations), poppler's command-line tools read the PDF back: the text of every page
 * (header and footer lines removed), its orientation, its pictures, and the page and height
 * of every bookmark (headings `_Toc_h…`, captions `_Ref_tbl…`/`_Ref_fig…`).
 *
 * Used twice: to pre-fill the page numbers of the indexes (write/docx/paginate.ts) and
 * by the layout checks of `npm run revisar` (review/layout.ts).
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { findSoffice } from './pdf.js';

export interface PdfPage {
  /** 1-based, as «Página X» in the footer. */
  number: number;
  landscape: boolean;
  /** Body text lines (pdftotext -layout), header and footer removed, blank lines dropped. */
  lines: string[];
  /** Pictures drawn on the page (soft masks not counted). */
  images: number;
}

export interface Anchor {
  page: number;
  /** Height of the anchor from the bottom of the page, in points. */
  y: number;
}

export interface Pagination {
  pages: PdfPage[];
  /** Bookmark name (as written in the DOCX, e.g. `_Toc_h0003`) → where it landed. */
  anchors: Map<string, Anchor>;
}

const POPPLER = ['pdftotext', 'pdfinfo', 'pdfimages'] as const;

function onPath(name: string): boolean {
  return (process.env.PATH ?? '').split(path.delimiter).filter(Boolean).some((d) => {
    try {
      accessSync(path.join(d, name), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** Why a real pagination is impossible here (Spanish, one line), or undefined when it is possible. */
export function paginationUnavailable(): string | undefined {
  if (!findSoffice()) return 'LibreOffice no está instalado (soffice): no se calculan los números de página ni se revisa la paginación';
  const missing = POPPLER.filter((t) => !onPath(t));
  if (missing.length) return `Faltan las herramientas de poppler-utils (${missing.join(', ')}): no se calculan los números de página ni se revisa la paginación`;
  return undefined;
}

function run(cmd: string, args: string[], timeout = 120_000): string {
  const r = spawnSync(cmd, args, { timeout, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} falló: ${r.stderr?.trim() || r.error?.message || `código ${r.status}`}`);
  return r.stdout;
}

const PDF_FILTER = 'pdf:writer_pdf_Export:{"ExportBookmarksToPDFDestination":{"type":"boolean","value":"true"}}';

/** DOCX bytes → PDF bytes, as LibreOffice paginates the document (fields and indexes as stored). */
export function renderDocxPdf(docx: Uint8Array): Buffer {
  const soffice = findSoffice();
  if (!soffice) throw new Error('LibreOffice no está instalado (soffice).');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'diagnosticos-paginas-'));
  try {
    const input = path.join(dir, 'documento.docx');
    writeFileSync(input, docx);
    const profile = pathToFileURL(path.join(dir, 'perfil')).href;
    run(soffice, ['--headless', '--norestore', `-env:UserInstallation=${profile}`, '--convert-to', PDF_FILTER, '--outdir', dir, input], 300_000);
    return readFileSync(path.join(dir, 'documento.pdf'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** LibreOffice writes a bookmark name into the PDF with every non-alphanumeric character as its hex code. */
export function pdfDestinationName(bookmark: string): string {
  return bookmark.replace(/[^A-Za-z0-9]/g, (c) => c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

const FOOTER = /Página\s+\d+\s+de\s+\d+\s*$/;

/** Reads a PDF made by renderDocxPdf; `bookmarks` are the DOCX bookmark names to locate. */
export function readPagination(pdf: Uint8Array, bookmarks: string[], shortTitle?: string): Pagination {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'diagnosticos-paginas-'));
  try {
    const file = path.join(dir, 'documento.pdf');
    writeFileSync(file, pdf);
    const count = Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [file]))?.[1] ?? 0);
    const sizes = [...run('pdfinfo', ['-f', '1', '-l', String(count), file]).matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/gm)];
    const landscape = new Map(sizes.map((m) => [Number(m[1]), Number(m[2]) > Number(m[3])]));
    const images = new Map<number, number>();
    for (const line of run('pdfimages', ['-list', file]).split('\n').slice(2)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length > 3 && cols[2] === 'image') images.set(Number(cols[0]), (images.get(Number(cols[0])) ?? 0) + 1);
    }
    const texts = run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']).split('\f');
    const pages: PdfPage[] = [];
    for (let i = 0; i < count; i++) {
      const lines = (texts[i] ?? '').split('\n').map((l) => l.trimEnd()).filter((l) => l.trim() !== '');
      if (shortTitle && lines.length && lines[0]!.trim() === shortTitle.trim()) lines.shift();
      if (lines.length && FOOTER.test(lines[lines.length - 1]!)) lines.pop();
      pages.push({ number: i + 1, landscape: landscape.get(i + 1) ?? false, lines, images: images.get(i + 1) ?? 0 });
    }
    const byDest = new Map<string, Anchor>();
    for (const m of run('pdfinfo', ['-dests', file]).matchAll(/^\s*(\d+)\s+\[\s*XYZ\s+[-\d.]+\s+([-\d.]+)[^\]]*\]\s+"([^"]*)"/gm)) {
      if (!byDest.has(m[3]!)) byDest.set(m[3]!, { page: Number(m[1]), y: Number(m[2]) });
    }
    const anchors = new Map<string, Anchor>();
    for (const b of bookmarks) {
      const a = byDest.get(pdfDestinationName(b)) ?? byDest.get(b);
      if (a) anchors.set(b, a);
    }
    return { pages, anchors };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
