/**
 * The interview report, the rapid analysis and the organisations directory of Tabasco, opened
 * as real outputs: a coded finding in the report, a mapping row in the DOCX table and in the
 * XLSX sheet, committed twins current, identical bytes on a second build; a personal contact
 * planted in the mapping stops the build (masked, nothing written); a quote without consent
 * never appears.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadProjectConfig } from '../../src/config/project.js';
import { PRODUCTS } from '../../src/pipeline/products/index.js';
import { runProducts } from '../../src/pipeline/run.js';
import { UserError } from '../../src/util/errors.js';
import type { Element } from '@xmldom/xmldom';
import { openZip, parseXml, readPart, visibleText } from '../support/ooxml.js';
import type { OutputFile } from '../../src/pipeline/product.js';
import { bytesOf, copyProject, renderState, REPO } from './helpers.js';

const REPORT = 'reports/tabasco/informe-entrevista-tabasco';
const ANALYSIS = 'reports/tabasco/analisis-rapido-tabasco';
const XLSX = 'reports/tabasco/directorio-organizaciones-tabasco.xlsx';
const QUOTE = 'La ficha de detección existe, pero solo la conoce el personal de la fiscalía';

let out: Map<string, OutputFile>;
beforeAll(async () => {
  out = await renderState(REPO);
}, 120_000);

async function docxXml(file: string): Promise<string> {
  return readPart(await openZip(bytesOf(out.get(file))), 'word/document.xml');
}

/** Text of each table row (cells joined by « | »). */
function tableRows(xml: string): string[] {
  const doc = parseXml(xml);
  return Array.from(doc.getElementsByTagName('w:tr')).map((tr) =>
    Array.from(tr.getElementsByTagName('w:tc')).map((tc) => Array.from(tc.getElementsByTagName('w:t')).map((t) => t.textContent).join('')).join(' | '));
}

describe('informe de la entrevista y análisis rápido (tabasco)', () => {
  it('the interview report shows a coded finding with its consented quote', async () => {
    const text = visibleText(await docxXml(`${REPORT}.docx`));
    expect(text).toContain('Protocolos de identificación (barrera)');
    expect(text).toContain(QUOTE);
    expect(text).toContain('Puntos por verificar');
    expect(text).toContain('Estado de aprobación de la ruta estatal de canalización');
  });

  it('the rapid analysis has the desk review, the interview, the comparison, the mapping chapter and the annex', async () => {
    const text = visibleText(await docxXml(`${ANALYSIS}.docx`));
    for (const s of ['Revisión documental', 'Análisis de la entrevista con la Secretaría Técnica', 'Comparación con los otros estados del programa', 'Mapeo de organizaciones que protegen a víctimas', 'Conclusiones y siguientes pasos', 'Anexos', 'Directorio de organizaciones']) {
      expect(text).toContain(s);
    }
    expect(text).toContain('Ley para Prevenir, Atender y Erradicar la Trata de Personas en el Estado de Tabasco');
    // The map of the project's states (package-shipped outlines) is a figure with its counts in the alt text.
    const xml = await docxXml(`${ANALYSIS}.docx`);
    expect(xml).toMatch(/descr="Mapa de México[^"]*Chiapas, 24; Chihuahua, 24; Tabasco, 17; sin mapeo en los datos del programa: Baja California y Ciudad de México\."/);
    expect(text).toContain('Figura 3. Organizaciones que brindan servicios a víctimas mapeadas en los estados del programa');
    expect(text).toMatch(/Chihuahua/);
  });

  it('a mapping row is in the DOCX directory table and in the XLSX sheet (typed, header frozen, filters on)', async () => {
    const rows = tableRows(await docxXml(`${ANALYSIS}.docx`));
    const row = rows.find((r) => r.startsWith('Casa de Medio Camino Sendero |'));
    expect(row).toBeDefined();
    expect(row).toContain('Egreso de un refugio especializado y plan de vida elaborado');
    expect(row).toContain('casa@sendero.ejemplo.org.mx');

    const zip = await openZip(bytesOf(out.get(XLSX)));
    const sheetNames = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect(sheetNames).toEqual(['xl/worksheets/sheet1.xml']);
    const sheet = await readPart(zip, 'xl/worksheets/sheet1.xml');
    const shared = Array.from(parseXml(await readPart(zip, 'xl/sharedStrings.xml')).getElementsByTagName('si')).map((si) => Array.from(si.getElementsByTagName('t')).map((t) => t.textContent).join(''));
    const doc = parseXml(sheet);
    const cells = (r: Element) => Array.from(r.getElementsByTagName('c')).map((c) => {
      const v = c.getElementsByTagName('v')[0]?.textContent ?? '';
      return c.getAttribute('t') === 's' ? shared[Number(v)]! : v;
    });
    const xrows = Array.from(doc.getElementsByTagName('row'));
    expect(cells(xrows[1]!)[0]).toBe('Organización');
    const casa = xrows.find((r) => cells(r)[0] === 'Casa de Medio Camino Sendero')!;
    expect(casa).toBeDefined();
    expect(cells(casa)).toContain('Egreso de un refugio especializado y plan de vida elaborado');
    const capacity = Array.from(casa.getElementsByTagName('c'))[11]!;
    expect(capacity.getAttribute('t')).toBeNull(); // a number, not a string
    expect(capacity.getElementsByTagName('v')[0]!.textContent).toBe('12');
    expect(sheet).toMatch(/<pane [^>]*state="frozen"/);
    expect(sheet).toMatch(/<autoFilter ref="A2:N19"\/>/);
    expect(cells(xrows[0]!)[0]).toContain('Datos ilustrativos');
  });

  it('committed twins are current and a second build gives the same bytes', async () => {
    for (const f of [`${REPORT}.md`, `${ANALYSIS}.md`]) expect(readFileSync(path.join(REPO, f), 'utf8'), f).toBe(String(out.get(f)!.bytes));
    const again = await renderState(REPO, 'tabasco', 'analisis_rapido');
    expect(bytesOf(again.get(XLSX)).equals(bytesOf(out.get(XLSX)))).toBe(true);
    expect(bytesOf(again.get(`${ANALYSIS}.docx`)).equals(bytesOf(out.get(`${ANALYSIS}.docx`)))).toBe(true);
  }, 120_000);
});

describe('the sample flag of the rapid analysis', () => {
  const sources = (md: string) => md.split('\n').filter((l) => /^Fuente: mapeos? de organizaciones/.test(l));

  it('says «muestra sintética» in the mapping’s sources only when estado.yaml marks the data as a sample', async () => {
    const sample = sources(String(out.get(`${ANALYSIS}.md`)!.bytes));
    // three mapping tables, the directory and the states' map
    expect(sample).toHaveLength(5);
    for (const l of sample) expect(l).toContain('(muestra sintética)');

    const root = copyProject();
    for (const slug of readdirSync(path.join(root, 'data')).filter((d) => existsSync(path.join(root, 'data', d, 'estado.yaml')))) {
      const file = path.join(root, 'data', slug, 'estado.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^datos_de_muestra: true$/m, 'datos_de_muestra: false'));
    }
    const real = sources(String((await renderState(root, 'tabasco', 'analisis_rapido')).get(`${ANALYSIS}.md`)!.bytes));
    expect(real).toHaveLength(5);
    for (const l of real) expect(l).not.toContain('muestra sintética');
  }, 120_000);
});

describe('privacy of the rapid analysis', () => {
  const plant = async (contact: string) => {
    const root = copyProject();
    const csv = path.join(root, 'data/tabasco/mapeo-organizaciones.csv');
    writeFileSync(csv, readFileSync(csv, 'utf8').replace('contacto@raiceschontales.ejemplo.org.mx', contact));
    const project = loadProjectConfig(root);
    const jobs = ['analisis_rapido'].map((id) => ({ product: PRODUCTS[id]!, request: { root, outRoot: root, project, slug: 'tabasco', options: {} } }));
    const error = await runProducts(jobs).then(() => undefined, (e: unknown) => e);
    return { root, error };
  };

  it.each([
    ['a mobile phone', 'Cel. 993 555 1234', '99* *** **34'],
    ['a personal webmail address', 'coordinadora.raices@gmail.com', 'co'],
    ['a person’s mailbox', 'maria.lopez@raiceschontales.ejemplo.org.mx', 'ma'],
  ])('%s planted in an organisation’s contact stops the build, masked, nothing written', async (_what, contact, maskedStart) => {
    const { root, error } = await plant(contact);
    expect(error).toBeInstanceOf(UserError);
    const e = error as UserError;
    const all = [e.message, ...e.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`)].join('\n');
    expect(all).toContain('Se bloqueó la generación');
    expect(all).toContain('data/tabasco/mapeo-organizaciones.csv:6:15');
    expect(all).toContain(`«${maskedStart}`);
    expect(all).not.toContain(contact);
    expect(existsSync(path.join(root, `${ANALYSIS}.docx`))).toBe(false);
    expect(existsSync(path.join(root, XLSX))).toBe(false);
  }, 120_000);

  it('a quote without consent never appears, the coded finding still does', async () => {
    const root = copyProject();
    const csv = path.join(root, 'data/tabasco/entrevistas.csv');
    writeFileSync(csv, readFileSync(csv, 'utf8').replace(/,sí,sí\n/, ',sí,no\n'));
    const built = await renderState(root);
    for (const f of [`${REPORT}.md`, `${ANALYSIS}.md`]) {
      const md = String(built.get(f)!.bytes);
      expect(md).not.toContain(QUOTE);
      expect(md).toContain('**Protocolos de identificación** (barrera)');
      expect(md).toContain('no autorizó la cita textual');
    }
    for (const f of [`${REPORT}.docx`, `${ANALYSIS}.docx`]) {
      const zip = await openZip(bytesOf(built.get(f)));
      for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml'))) {
        expect(visibleText(await readPart(zip, name)), `${f} ${name}`).not.toContain('solo la conoce el personal de la fiscalía');
      }
    }
  }, 120_000);
});
