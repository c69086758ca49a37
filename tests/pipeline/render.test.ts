/**
 * The real reports and decks as readers get them: LibreOffice renders them (≥ 30 pages per
 * diagnostic, every page but the cover with its footer), python-docx opens the DOCX.
 * Skipped, with a message, when LibreOffice / poppler / python3-docx are not installed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/pipeline/products/diagnostico.js';
import { findSoffice } from '../../src/write/pdf.js';
import { copyProject } from './helpers.js';

const soffice = findSoffice();
const python = '/usr/bin/python3';
const hasPythonDocx = existsSync(python) && spawnSync(python, ['-c', 'import docx'], { stdio: 'ignore' }).status === 0;
const hasPdftotext = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;
if (!soffice || !hasPdftotext) console.warn('[pipeline] LibreOffice o pdftotext no están instalados: se omite el renderizado de los informes reales.');
if (!hasPythonDocx) console.warn('[pipeline] python3-docx no está instalado: se omite su lectura de los informes reales.');

const STATES = ['chiapas', 'chihuahua'];
let root: string;
beforeAll(async () => {
  root = copyProject();
  for (const s of STATES) await buildReport(s, { root });
}, 300_000);

function toPdf(file: string): string {
  const out = mkdtempSync(path.join(os.tmpdir(), 'render-'));
  const r = spawnSync(soffice!, ['--headless', `-env:UserInstallation=file://${path.join(out, 'profile')}`, '--convert-to', 'pdf', '--outdir', out, file], { timeout: 240_000 });
  expect(r.status, String(r.stderr)).toBe(0);
  return path.join(out, path.basename(file).replace(/\.(docx|pptx)$/, '.pdf'));
}

/** Text of each PDF page (pdftotext separates pages with a form feed). */
function pages(pdf: string): string[] {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 }).toString().split('\f').filter((p) => p.trim());
}

describe.each(STATES)('%s rendered by LibreOffice', (state) => {
  it.skipIf(!soffice || !hasPdftotext)('the diagnostic runs to 30+ pages, with the footer on every page but the cover', () => {
    const text = pages(toPdf(path.join(root, 'reports', state, `diagnostico-${state}.docx`)));
    expect(text.length).toBeGreaterThanOrEqual(30);
    expect(text[0]).not.toMatch(/Página \d+ de \d+/);
    text.slice(1).forEach((p, i) => expect(p, `página ${i + 2}`).toMatch(/Página \d+ de \d+/));
    expect(text.join('\n')).toMatch(/¿|ñ/); // accents and Spanish punctuation survive
  });

  it.skipIf(!soffice || !hasPdftotext)('the CIE deck renders every slide', () => {
    const text = pages(toPdf(path.join(root, 'slides', state, `presentacion-cie-${state}.pptx`)));
    expect(text.length).toBeGreaterThanOrEqual(15);
    expect(text[0]).toMatch(/Datos ilustrativos/);
  });

  it.skipIf(!hasPythonDocx)('python-docx opens the diagnostic', () => {
    const file = path.join(root, 'reports', state, `diagnostico-${state}.docx`);
    const out = execFileSync(python, ['-c', 'import sys, docx; d = docx.Document(sys.argv[1]); print(len(d.tables), len(d.sections), len(d.inline_shapes))', file]).toString().trim().split(' ').map(Number);
    expect(out[0]).toBeGreaterThanOrEqual(20); // tables
    expect(out[1]).toBeGreaterThanOrEqual(3); // cover, front matter, body (+ landscape sections)
    expect(out[2]).toBeGreaterThanOrEqual(6); // charts
    expect(readFileSync(file).length).toBeGreaterThan(10_000);
  });
});
