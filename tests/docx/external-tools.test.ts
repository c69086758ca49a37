/**
 * The DOCX opened by other tools: LibreOffice converts it (and, through exportPdf, refreshes
 * the indexes with page numbers); python-docx reads it. Skipped, with a message, when the
 * tools are not installed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markdownToDocx } from '../../src/write/docx/index.js';
import { SOFFICE_MISSING, exportPdf, findSoffice } from '../../src/write/pdf.js';
import { estimateColumnWidths, layoutTable } from '../../src/write/docx/builders/tables.js';
import { fixture, fixtureImages, testInfo } from './support.js';

const soffice = findSoffice();
const python = '/usr/bin/python3';
const hasPythonDocx = existsSync(python) && spawnSync(python, ['-c', 'import docx'], { stdio: 'ignore' }).status === 0;
const hasPdftotext = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;

if (!soffice) console.warn('[docx] LibreOffice (soffice) no está instalado: se omiten las pruebas de conversión a PDF.');
if (!hasPythonDocx) console.warn('[docx] python3-docx no está instalado en /usr/bin/python3: se omite la prueba de lectura con python-docx.');

let dir: string;
let docxPath: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'docx-tools-'));
  docxPath = path.join(dir, 'informe.docx');
  writeFileSync(docxPath, await markdownToDocx(fixture('informe-completo.md'), testInfo(), fixtureImages));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('external tools', () => {
  it.skipIf(!hasPythonDocx)('python-docx reads the document', () => {
    const out = execFileSync(python, ['-c', 'import sys, docx; d = docx.Document(sys.argv[1]); print(len(d.tables), len(d.sections), int(d.sections[3].orientation))', docxPath]).toString().trim();
    expect(out).toBe('3 5 1'); // 3 tables, 5 sections, the 4th in landscape (WD_ORIENT.LANDSCAPE = 1)
  });

  it.skipIf(!soffice)('LibreOffice converts it to PDF', () => {
    const outDir = path.join(dir, 'convert');
    const r = spawnSync(soffice!, ['--headless', `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--convert-to', 'pdf', '--outdir', outDir, docxPath], { timeout: 120_000 });
    expect(r.status).toBe(0);
    expect(existsSync(path.join(outDir, 'informe.pdf'))).toBe(true);
  });

  it.skipIf(!soffice || !hasPdftotext)('exportPdf refreshes the indexes (page numbers) and exports the PDF', async () => {
    const pdf = path.join(dir, 'informe.pdf');
    await exportPdf(docxPath, pdf);
    const txt = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    expect(txt).toMatch(/1\.1 Objetivo del diagnóstico\.+\s*4/);
    expect(txt).toMatch(/Figura 1\. Víctimas de trata registradas por año, 2020–2025\.+\s*5/);
    expect(txt).toMatch(/Tabla 3\. Capacidades institucionales por etapa de la ruta de atención\.+\s*7/);
    expect(txt).toMatch(/Página 7 de 9/);
    expect(txt).toContain('Datos ilustrativos');
  });

  it('exportPdf explains in Spanish when LibreOffice is missing', async () => {
    const saved = process.env.SOFFICE;
    process.env.SOFFICE = path.join(dir, 'no-existe', 'soffice');
    try {
      await expect(exportPdf(docxPath, path.join(dir, 'x.pdf'))).rejects.toThrow(SOFFICE_MISSING);
      expect(SOFFICE_MISSING).toBe('LibreOffice no está instalado; instale libreoffice-writer para generar el PDF y actualizar los índices');
    } finally {
      if (saved === undefined) delete process.env.SOFFICE;
      else process.env.SOFFICE = saved;
    }
  });
});

describe('column widths', () => {
  it('are proportional to the text, respect long words and sum exactly to the width', () => {
    const rows = [
      ['Institución', 'Sector', 'Total'],
      ['Fiscalía Especializada en Trata de Personas', 'Justicia', '4'],
      ['DIF', 'Asistencia social', '12'],
    ];
    const w = estimateColumnWidths(rows, 9632);
    expect(w.reduce((a, b) => a + b, 0)).toBe(9632);
    expect(w[0]!).toBeGreaterThan(w[1]!);
    expect(w[1]!).toBeGreaterThan(w[2]!);
    expect(w[2]!).toBeGreaterThanOrEqual(5 * 100); // "Total" fits
    // a 12-column matrix of counts under long stage names keeps 9 pt: its headers are rotated
    // and the name column keeps its room (nothing under 8 pt, no word broken)
    const wide = [
      ['Ámbito', 'Detección', 'Valoración e identificación', 'Canalización', 'Atención inmediata', 'Atención de mediano plazo', 'Atención de largo plazo y reintegración', 'Protección', 'Situación migratoria', 'Retorno y repatriación', 'Acceso a la justicia', 'Reparación integral'],
      ['Internacional', '4', '2', '0', '1', '2', '1', '5', '2', '3', '4', '1'],
    ];
    const layout = layoutTable(wide, 13232);
    expect(layout.size).toBe(9);
    expect(layout.fits).toBe(true);
    expect(layout.rotated).toEqual([false, ...Array(11).fill(true)]);
    expect(layout.widths[0]!).toBeGreaterThan(13 * 110);
    expect(layout.widths.reduce((a, b) => a + b, 0)).toBe(13232);
    // a table of long words in many columns that cannot fit drops to 8 pt, never lower
    const words = [Array.from({ length: 10 }, () => 'Interinstitucionalidad')];
    expect(layoutTable([...words, ...words], 9632).size).toBe(8);
    expect(layoutTable(rows, 9632).size).toBe(9);
    const ragged = estimateColumnWidths([['a', 'b', 'c'], ['x']], 3000);
    expect(ragged).toHaveLength(3);
    expect(ragged.reduce((a, b) => a + b, 0)).toBe(3000);
  });
});
