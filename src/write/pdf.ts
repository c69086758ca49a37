/**
 * DOCX → PDF with LibreOffice, refreshing the indexes first (the DOCX carries pre-filled
 * indexes without page numbers; LibreOffice fills them in). Runs a small Basic macro in a
 * throw-away LibreOffice profile: load hidden → update every index and field (twice, since the
 * index length can move pages) → export PDF.
 */
import { UserError } from '../util/errors.js';
import { commitFiles } from '../util/atomic-write.js';
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const SOFFICE_MISSING = 'LibreOffice no está instalado; instale libreoffice-writer para generar el PDF y actualizar los índices';

const MACRO = `Sub ExportarPdf(sEntrada As String, sSalida As String, sEstado As String)
  On Error Goto Fallo
  Dim aCarga(0) As New com.sun.star.beans.PropertyValue
  aCarga(0).Name = "Hidden"
  aCarga(0).Value = True
  oDoc = StarDesktop.loadComponentFromURL(sEntrada, "_blank", 0, aCarga())
  For iPase = 1 To 2
    oIndices = oDoc.getDocumentIndexes()
    For i = 0 To oIndices.getCount() - 1
      oIndices.getByIndex(i).update()
    Next i
    oDoc.getTextFields().refresh()
  Next iPase
  Dim aPdf(0) As New com.sun.star.beans.PropertyValue
  aPdf(0).Name = "FilterName"
  aPdf(0).Value = "writer_pdf_Export"
  iCuenta = oIndices.getCount()
  oDoc.storeToURL(sSalida, aPdf())
  oDoc.close(True)
  Escribir(sEstado, "OK " & iCuenta)
  StarDesktop.terminate()
  Exit Sub
Fallo:
  Escribir(sEstado, "ERROR " & Error$)
  StarDesktop.terminate()
End Sub

Sub Escribir(sArchivo As String, sTexto As String)
  iArchivo = FreeFile
  Open sArchivo For Output As #iArchivo
  Print #iArchivo, sTexto
  Close #iArchivo
End Sub
`;

const xmlEscape = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The soffice executable on PATH (or $SOFFICE), undefined when LibreOffice is absent. */
export function findSoffice(): string | undefined {
  const candidates = process.env.SOFFICE ? [process.env.SOFFICE] : (process.env.PATH ?? '').split(path.delimiter).filter(Boolean).map((d) => path.join(d, 'soffice'));
  return candidates.find((c) => {
    try {
      accessSync(c, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * Exports the DOCX to `outPdfPath` through LibreOffice; the PDF is committed like every output
 * (src/util/atomic-write.ts: never half-written), with its journal and lock under `root`.
 */
export async function exportPdf(docxPath: string, outPdfPath: string, opts: { root?: string } = {}): Promise<void> {
  const soffice = findSoffice();
  if (!soffice) throw new UserError(SOFFICE_MISSING);
  const profile = mkdtempSync(path.join(os.tmpdir(), 'diagnosticos-lo-'));
  try {
    const env = `-env:UserInstallation=${pathToFileURL(profile).href}`;
    const init = spawnSync(soffice, ['--headless', '--terminate_after_init', env], { timeout: 60_000 });
    const module = path.join(profile, 'user', 'basic', 'Standard', 'Module1.xba');
    if (init.status !== 0 || !existsSync(module)) throw new UserError(`LibreOffice no pudo preparar su perfil temporal (${init.stderr?.toString().trim() || `código ${init.status}`}).`);
    writeFileSync(
      module,
      `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">\n<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">${xmlEscape(MACRO)}</script:module>\n`,
    );
    const status = path.join(profile, 'estado.txt');
    const tmpPdf = path.join(profile, 'salida.pdf');
    const arg = (s: string) => `"${s.replaceAll('"', '""')}"`;
    const url = `macro:///Standard.Module1.ExportarPdf(${arg(pathToFileURL(path.resolve(docxPath)).href)},${arg(pathToFileURL(tmpPdf).href)},${arg(status)})`;
    const run = spawnSync(soffice, ['--headless', '--norestore', env, url], { timeout: 180_000 });
    const result = existsSync(status) ? readFileSync(status, 'utf8').trim() : '';
    if (!result.startsWith('OK') || !existsSync(tmpPdf)) {
      const detail = result || run.stderr?.toString().trim() || (run.error ? String(run.error) : `código ${run.status}`);
      throw new UserError(`LibreOffice no pudo exportar «${docxPath}» a PDF: ${detail}`);
    }
    await commitFiles([{ target: outPdfPath, bytes: readFileSync(tmpPdf) }], { root: opts.root ?? path.dirname(path.resolve(outPdfPath)) });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
