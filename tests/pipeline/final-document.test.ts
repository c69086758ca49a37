/**
 * A draft that can become final (#13). With `estado_documento: final` in estado.yaml the
 * build refuses sample data and placeholder contacts, naming file and line in Spanish; once
 * they are fixed, the DOCX and the deck carry no draft marks.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/pipeline/products/diagnostico.js';
import { isPlaceholderContact } from '../../src/pipeline/final-guard.js';
import { UserError, formatProblem } from '../../src/util/errors.js';
import { openZip, readPart, visibleText } from '../support/ooxml.js';
import { copyProject } from './helpers.js';

function edit(root: string, rel: string, f: (s: string) => string): void {
  const file = path.join(root, rel);
  const before = readFileSync(file, 'utf8');
  const after = f(before);
  expect(after).not.toBe(before);
  writeFileSync(file, after);
}
const toFinal = (s: string) => s.replace(/^estado_documento: borrador$/m, 'estado_documento: final');

describe('placeholder contacts', () => {
  it('are recognised by domain or by an all-zero phone group', () => {
    expect(isPlaceholderContact('contratrata-mx@ejemplo.org')).toBe(true);
    expect(isPlaceholderContact('info@example.com')).toBe(true);
    expect(isPlaceholderContact('Tel. oficina 962 000 0101')).toBe(true);
    expect(isPlaceholderContact('Línea 800 000 0017')).toBe(true);
    expect(isPlaceholderContact('Formulario en el sitio de la organización')).toBe(false);
    expect(isPlaceholderContact('contratrata@oim.int')).toBe(false);
  });
});

describe('a final document built from sample data', () => {
  it('is refused with a Spanish message naming the files, lines and what to change', async () => {
    const root = copyProject();
    edit(root, 'data/chiapas/estado.yaml', toFinal);
    const err = await buildReport('chiapas', { root }).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    const e = err as UserError;
    expect(e.message).toContain('estado_documento: final');
    const lines = e.problems.map(formatProblem);
    const sample = e.problems.find((p) => p.field === 'datos_de_muestra');
    expect(sample).toMatchObject({ file: 'data/chiapas/estado.yaml', line: 18 });
    expect(sample!.message).toContain('datos_de_muestra: false');
    const contact = e.problems.find((p) => p.field === 'organizacion.contacto');
    expect(contact).toMatchObject({ file: 'proyecto.yaml', line: 7 });
    expect(contact!.message).toContain('ejemplo.org');
    const orgs = e.problems.filter((p) => p.file === 'data/chiapas/organizaciones.csv');
    expect(orgs.length).toBe(14);
    expect(orgs[0]).toMatchObject({ line: 2, field: 'contacto_institucional' });
    expect(e.problems.find((p) => p.field === 'estadisticas.archivo')).toMatchObject({ file: 'data/chiapas/estado.yaml', line: 26 });
    const flow = e.problems.find((p) => p.file === 'data/chiapas/flujogramas/explotacion_laboral.yaml');
    expect(flow).toMatchObject({ line: 5, field: 'estatus' });
    expect(flow!.message).toContain('«borrador»');
    expect(lines.join('\n')).toMatch(/data\/chiapas\/estado\.yaml, línea 18 \[datos_de_muestra\]: un documento final no puede/);
  });
});

describe('a final document with real-looking data and contacts and validated flowcharts', () => {
  let root: string;
  beforeAll(async () => {
    root = copyProject();
    // Stands in for the official SESNSP file the analyst would point to (same format).
    copyFileSync(path.join(root, 'data/comun/sesnsp-muestra.csv'), path.join(root, 'data/comun/sesnsp-oficial.csv'));
    edit(root, 'data/chihuahua/estado.yaml', (s) => toFinal(s)
      .replace(/^datos_de_muestra: true$/m, 'datos_de_muestra: false')
      .replace('archivo: data/comun/sesnsp-muestra.csv', 'archivo: data/comun/sesnsp-oficial.csv')
      .replace(/^(\s*fuente: ).*$/m, '$1"SESNSP, Víctimas reportadas en carpetas de investigación del fuero común"'));
    edit(root, 'proyecto.yaml', (s) => s.replace('contratrata-mx@ejemplo.org', 'contratrata-mx@oim.int'));
    edit(root, 'data/chihuahua/organizaciones.csv', (s) => s.replace(/,(?:Tel\. oficina|Línea) \d{3} 000 \d{4}$/gm, ','));
    await buildReport('chihuahua', { root });
  }, 400_000);

  it('builds a DOCX whose cover, headers and footers say «Versión final» and never «Borrador»', async () => {
    const docx = await openZip(readFileSync(path.join(root, 'reports', 'chihuahua', 'diagnostico-chihuahua.docx')));
    const parts = Object.keys(docx.files).filter((n) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(n));
    const texts = await Promise.all(parts.map(async (n) => visibleText(await readPart(docx, n))));
    const body = texts.join('\n');
    expect(body).toContain('Versión final');
    expect(body).not.toMatch(/borrador/i);
    expect(body).not.toMatch(/datos (de muestra|ilustrativos)|muestra sintética|datos sintéticos/i);
    const core = await readPart(docx, 'docProps/core.xml');
    expect(core).not.toMatch(/borrador/i);
  });

  it('builds a deck without draft or sample marks', async () => {
    const pptx = await openZip(readFileSync(path.join(root, 'slides', 'chihuahua', 'presentacion-cie-chihuahua.pptx')));
    const slides = Object.keys(pptx.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    const text = (await Promise.all(slides.map(async (n) => visibleText(await readPart(pptx, n))))).join('\n');
    expect(text).toContain('Versión final');
    expect(text).not.toMatch(/datos (de muestra|ilustrativos)/i);
  });
});
