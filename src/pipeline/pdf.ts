/** PDF copies of written DOCX files, indexes refreshed by LibreOffice (src/write/pdf.ts). */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { SOFFICE_MISSING, exportPdf, findSoffice } from '../write/pdf.js';
import { paginationUnavailable } from '../write/pagination.js';

/** One Spanish line when the indexes cannot get page numbers here (LibreOffice or poppler missing). */
export function paginationNote(): string | undefined {
  const why = paginationUnavailable();
  return why && `${why}; el índice del DOCX queda sin números de página hasta que Word actualice los campos al abrirlo.`;
}
import { UserError } from '../util/errors.js';

/** Said before building: a missing LibreOffice must not leave new DOCX next to an old PDF. */
export function assertPdfExport(): void {
  if (!findSoffice()) throw new UserError(`${SOFFICE_MISSING}. No se generó nada.`);
}

/** Exports each DOCX (repository-relative paths) beside itself; returns the PDFs' paths. */
export async function exportPdfs(root: string, docxFiles: string[]): Promise<string[]> {
  const done: string[] = [];
  for (const docx of docxFiles) {
    const abs = path.join(root, docx);
    const pdf = abs.replace(/\.docx$/, '.pdf');
    await exportPdf(abs, pdf, { root }).catch((e: unknown) => {
      // Never leave a PDF that no longer matches the DOCX just written.
      if (existsSync(pdf)) rmSync(pdf);
      throw e;
    });
    done.push(docx.replace(/\.docx$/, '.pdf'));
  }
  return done;
}
