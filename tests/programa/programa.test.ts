/**
 * The programme's own documents (issue #16): minutes, agreements register, work plan with its
 * Gantt timetable, activity reports and the final report — built from data/programa/ with the
 * same pipeline, checked by opening the real DOCX XML and the twins.
 */
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProjectConfig, projectRoot } from '../../src/config/project.js';
import { loadProgramme } from '../../src/load/programa.js';
import { agreementRegister, agreementState, dayNumber, ganttSpec } from '../../src/analyse/programa/index.js';
import { ganttConfig, ganttData } from '../../src/render/charts/gantt.js';
import { dayX } from '../../src/write/pptx/gantt.js';
import type { Product, ProductBuild } from '../../src/pipeline/product.js';
import { renderProduct, runProducts } from '../../src/pipeline/run.js';
import { minutas } from '../../src/pipeline/products/minuta.js';
import { planDeTrabajo } from '../../src/pipeline/products/plan.js';
import { informeActividades } from '../../src/pipeline/products/informe-actividades.js';
import { informeFinal } from '../../src/pipeline/products/informe-final.js';
import { UserError, formatUserError } from '../../src/util/errors.js';
import type { Element } from '@xmldom/xmldom';
import { openZip, parseXml, readPart } from '../support/ooxml.js';

const REPO = projectRoot();
const PRODUCTS: [Product, Record<string, string>][] = [[minutas, {}], [planDeTrabajo, {}], [informeActividades, { periodo: 'todos' }], [informeFinal, {}]];
let savedEpoch: string | undefined;
let out: string;

function tmp(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'programa-'));
}

/** A throw-away copy of what the programme's documents read (their outputs' existence included). */
function copyProject(): string {
  const dir = tmp();
  for (const item of ['proyecto.yaml', 'data', 'templates', 'reports']) cpSync(path.join(REPO, item), path.join(dir, item), { recursive: true, filter: (src) => !src.endsWith('.docx') });
  return dir;
}

async function render(product: Product, options: Record<string, string> = {}, root = REPO, outRoot = out): Promise<ProductBuild> {
  return renderProduct({ product, request: { root, outRoot, project: loadProjectConfig(root), options } });
}

function file(build: ProductBuild, name: string): Buffer | string {
  const f = build.files.find((x) => x.target.endsWith(name));
  if (!f) throw new Error(`${name} not in ${build.files.map((x) => x.target).join(', ')}`);
  return f.bytes;
}

/** Rows of the DOCX tables, each row as its cells' text. */
async function docxTables(bytes: Buffer | string): Promise<string[][][]> {
  const doc = parseXml(await readPart(await openZip(bytes as Buffer), 'word/document.xml'));
  const text = (n: Element) => Array.from(n.getElementsByTagName('w:t')).map((t) => t.textContent).join('');
  return Array.from(doc.getElementsByTagName('w:tbl')).map((tbl) =>
    Array.from(tbl.getElementsByTagName('w:tr')).map((tr) => Array.from(tr.getElementsByTagName('w:tc')).map((tc) => text(tc as unknown as Element))));
}

async function docxParagraphs(bytes: Buffer | string): Promise<string[]> {
  const doc = parseXml(await readPart(await openZip(bytes as Buffer), 'word/document.xml'));
  return Array.from(doc.getElementsByTagName('w:p')).map((p) => Array.from(p.getElementsByTagName('w:t')).map((t) => t.textContent).join(''));
}

/** Every twin the programme's products write, by repository-relative path. */
async function allTwins(root: string): Promise<Map<string, string>> {
  const twins = new Map<string, string>();
  for (const [product, options] of PRODUCTS) {
    const build = await render(product, options, root, root);
    for (const f of build.files.filter((x) => x.twin)) twins.set(path.relative(root, f.target), String(f.bytes));
  }
  return twins;
}

beforeAll(() => {
  // The status date defaults to SOURCE_DATE_EPOCH when set: the committed twins use the plan's cut date.
  savedEpoch = process.env.SOURCE_DATE_EPOCH;
  delete process.env.SOURCE_DATE_EPOCH;
  out = tmp();
});
afterAll(() => {
  if (savedEpoch !== undefined) process.env.SOURCE_DATE_EPOCH = savedEpoch;
});

describe('minutes', () => {
  it('lists an attendee in the attendance table of the DOCX, with position and institution', async () => {
    const build = await render(minutas, { archivo: 'data/programa/minutas/2026-09-24-mesa-chiapas.md' });
    const tables = await docxTables(file(build, 'minutas/2026-09-24-mesa-chiapas.docx'));
    const attendance = tables.find((t) => t[0]!.join('|') === 'N.º|Nombre|Cargo|Institución');
    expect(attendance).toBeDefined();
    expect(attendance).toContainEqual(['1', 'Lic. Gabriela Pérez Castellanos', 'Secretaria técnica de la Comisión Interinstitucional', 'Secretaría General de Gobierno de Chiapas']);
    expect(attendance!.length).toBe(1 + 6);
    // The agreements table and the approval line are there too; the minute has no cover page.
    expect(tables.find((t) => t[0]![0] === 'N.º' && t[0]![1] === 'Acuerdo')!.length).toBe(1 + 3);
    const paragraphs = await docxParagraphs(file(build, 'minutas/2026-09-24-mesa-chiapas.docx'));
    expect(paragraphs[0]).toBe('Minuta: Mesa de trabajo para validar los flujogramas de Chiapas');
    expect(paragraphs).toContain('Aprobación de la minuta');
  }, 60_000);

  it('gives each agreement its state at the date: open, overdue, done from its completion date on, cancelled', async () => {
    const data = loadProgramme(REPO);
    const fiscal = data.minutes.find((m) => m.id === '2026-09-24-mesa-chiapas')!.header.acuerdos[2]!; // pendiente, due 2026-10-30
    expect(agreementState(fiscal, '2026-10-30')).toBe('abierto');
    expect(agreementState(fiscal, '2026-10-31')).toBe('vencido');
    const dif = data.minutes.find((m) => m.id === '2026-09-24-mesa-chiapas')!.header.acuerdos[0]!; // due 10-02, done 10-06
    expect(agreementState(dif, '2026-10-03')).toBe('vencido');
    expect(agreementState(dif, '2026-10-06')).toBe('cumplido');
    // A minute held after the date has no agreements in the register yet.
    expect(agreementRegister(data.minutes, '2026-09-24').map((r) => r.number)).toEqual(['1.1', '1.2', '1.3', '2.1', '2.2', '3.1', '3.2', '3.3']);

    // The register DOCX at a given date (--fecha).
    const row = async (fecha: string) => {
      const tables = await docxTables(file(await render(minutas, { fecha, archivo: '2026-08-05-inicio' }), 'registro-acuerdos.docx'));
      return tables.flat().find((r) => r[0] === '3.3')!;
    };
    expect(await row('2026-10-15')).toEqual(['3.3', 'Validar por escrito los plazos de canalización del flujograma de explotación laboral.', '3 (24 de septiembre de 2026)', 'Fiscalía General del Estado de Chiapas', '30 de octubre de 2026', 'Abierto']);
    expect((await row('2026-12-01'))[5]).toBe('Vencido');
  }, 60_000);

  it('refuses a minute whose agenda and discussion disagree, in Spanish with file and line', () => {
    const root = copyProject();
    const f = path.join(root, 'data/programa/minutas/2026-09-09-coordinacion.md');
    writeFileSync(f, readFileSync(f, 'utf8').replace('## Calendario de presentaciones ante los CIE', '## Calendario de presentaciones'));
    try {
      loadProgramme(root);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      const text = formatUserError(e as UserError);
      expect(text).toContain('data/programa/minutas/2026-09-09-coordinacion.md');
      expect(text).toMatch(/«Calendario de presentaciones» no es un punto del orden del día/);
      expect((e as UserError).problems.some((p) => p.line !== undefined && p.line > 20)).toBe(true);
    }
  });

  it('stops the build on a personal phone in a minute, masked, and writes nothing', async () => {
    const root = copyProject();
    appendFileSync(path.join(root, 'data/programa/minutas/2026-10-22-mesa-baja-california.md'), '\nPara dudas, llamar al cel. 55 1234 5678 de la secretaria técnica.\n');
    const outRoot = tmp();
    const err = await runProducts([{ product: minutas, request: { root, outRoot, project: loadProjectConfig(root), options: {} } }]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    const text = formatUserError(err as UserError);
    expect(text).toContain('datos identificables');
    expect(text).toContain('data/programa/minutas/2026-10-22-mesa-baja-california.md');
    expect(text).toContain('teléfono');
    expect(text).not.toContain('1234 5678');
    expect(text).not.toContain('12345678');
    expect((err as UserError).problems[0]!.line).toBeGreaterThan(30);
    expect(existsSync(path.join(outRoot, 'reports'))).toBe(false);
  }, 60_000);
});

describe('work plan', () => {
  it('draws a Gantt bar per product with its delivery window, captioned in the DOCX', async () => {
    const data = loadProgramme(REPO);
    const spec = ganttSpec(data, '2026-12-01');
    const bar = spec.bars.find((b) => b.id === 'P2')!;
    expect(bar).toMatchObject({ kind: 'producto', start: '2026-10-05', end: '2026-10-16', state: 'entregado_con_retraso' });
    const { labels, ranges } = ganttData(spec);
    const i = labels.indexOf(bar.label);
    expect(ranges[i]).toEqual([dayNumber('2026-10-05'), dayNumber('2026-10-17')]);
    // What chart.js is given is that floating bar.
    const config = ganttConfig(spec, loadProjectConfig(REPO).estilo);
    expect((config.data.datasets[0]!.data as unknown as number[][])[i]).toEqual([dayNumber('2026-10-05'), dayNumber('2026-10-17')]);
    expect(spec.alt).toContain('P2 · Diagnósticos de Chiapas y Chihuahua y presentaciones ante los CIE (30 %): del 5 de octubre de 2026 al 16 de octubre de 2026');

    const build = await render(planDeTrabajo);
    const docx = file(build, 'plan-de-trabajo.docx');
    const paragraphs = await docxParagraphs(docx);
    expect(paragraphs).toContain('Figura 1. Cronograma de actividades y ventanas de entrega de productos, 1 de agosto de 2026 a 4 de diciembre de 2026');
    const zip = await openZip(docx as Buffer);
    expect(Object.keys(zip.files).some((n) => /^word\/media\/.+\.png$/.test(n))).toBe(true);
    const xml = await readPart(zip, 'word/document.xml');
    expect(xml).toContain('del 5 de octubre de 2026 al 16 de octubre de 2026'); // the figure's alt text
    const status = (await docxTables(docx)).find((t) => t[0]![3] === 'Estado')!;
    expect(status.find((r) => r[0]!.startsWith('P2'))!.slice(2, 5)).toEqual(['30 %', 'Entregado con retraso', '19 de octubre de 2026']);
    // The same bar as a native, editable shape in the timetable deck, placed by its dates.
    const deck = await openZip(file(build, 'plan-de-trabajo-cronograma.pptx') as Buffer);
    const slideXml = await readPart(deck, 'ppt/slides/slide1.xml');
    const shape = /<p:sp>(?:(?!<\/p:sp>).)*?name="Barra P2"(?:(?!<\/p:sp>).)*?<a:off x="(\d+)" y="\d+"\/><a:ext cx="(\d+)"/s.exec(slideXml);
    expect(shape).not.toBeNull();
    expect(Number(shape![1])).toBeCloseTo(dayX(spec, '2026-10-05') * 914_400, -3);
    expect(Number(shape![1]) + Number(shape![2])).toBeCloseTo(dayX(spec, '2026-10-17') * 914_400, -3);
    expect(slideXml).toContain('P2 · Diagnósticos de Chiapas y Chihuahua y presentaciones ante los CIE (30 %)');
    expect([...slideXml.matchAll(/sz="(\d+)"/g)].every((m) => Number(m[1]) >= 1200)).toBe(true); // nothing under 12 pt
    // P3's record says delivered, but its output does not exist: not delivered.
    expect(status.find((r) => r[0]!.startsWith('P3'))![3]).toBe(existsSync(path.join(REPO, 'reports/tabasco/analisis-rapido-tabasco.md')) ? 'Entregado' : 'Registrado como entregado, faltan salidas');
  }, 60_000);
});

describe('reports', () => {
  let final: ProductBuild;
  beforeAll(async () => {
    final = await render(informeFinal);
  }, 120_000);

  it('annexes every minute to the final report, numbered, with an index', async () => {
    const docx = file(final, 'informe-final.docx');
    const paragraphs = await docxParagraphs(docx);
    expect(paragraphs).toContain('Anexo 3. Minuta: Mesa de trabajo para validar los flujogramas de Chiapas');
    const index = (await docxTables(docx)).find((t) => t[0]!.join('|') === 'Anexo|Minuta|Fecha|Tipo|Estado')!;
    expect(index.slice(1).map((r) => r[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(index[3]).toEqual(['3', 'Mesa de trabajo para validar los flujogramas de Chiapas', '24 de septiembre de 2026', 'Mesa de trabajo', 'Chiapas']);
    // The annexed minute carries its attendance table.
    expect((await docxTables(docx)).some((t) => t.some((r) => r[1] === 'Lic. Gabriela Pérez Castellanos'))).toBe(true);
  });

  it("quotes each diagnostic's key figures equal to the diagnostic's own", async () => {
    const tables = await docxTables(file(final, 'informe-final.docx'));
    for (const [state, slug] of [['Chihuahua', 'chihuahua'], ['Chiapas', 'chiapas']] as const) {
      const twin = readFileSync(path.join(REPO, `reports/${slug}/diagnostico-${slug}.md`), 'utf8');
      const interviews = /Se realizaron (\d+) entrevistas/.exec(twin)![1];
      const victims = /Víctimas registradas \((\d{4}–\d{4})\): (<\d+|\d[\d,]*\d|\d)/.exec(twin)!;
      const recs = /El diagnóstico formula (\d+) recomendaciones, de las cuales (\d+) tienen prioridad alta/.exec(twin)!;
      const own = tables.filter((t) => t[0]!.join('|') === 'Indicador|Valor')[state === 'Chiapas' ? 0 : 1]!;
      expect(own).toContainEqual(['Entrevistas', interviews]);
      expect(own).toContainEqual([`Víctimas registradas (${victims[1]})`, victims[2]]);
      expect(own).toContainEqual(['Recomendaciones', recs[1]]);
      expect(own).toContainEqual(['Recomendaciones de prioridad alta', recs[2]]);
    }
  });

  it('computes the performance indicators from the plan and the records', async () => {
    const rows = (await docxTables(file(final, 'informe-final.docx'))).find((t) => t[0]!.join('|') === 'Criterio|Indicador|Valor|Cálculo')!;
    const criteria = new Set(rows.slice(1).map((r) => r[0]));
    for (const c of ['Eficacia', 'Eficiencia', 'Pertinencia', 'Coherencia', 'Impacto', 'Cumplimiento del cronograma']) expect(criteria).toContain(c);
    expect(rows.find((r) => r[1] === 'Reuniones realizadas')![2]).toBe('8 reuniones, 19.5 horas');
  });

  it('writes the activity report of a period: meetings, delivered products with outputs, agreements, difficulties', async () => {
    const md = String(file(await render(informeActividades, { periodo: '3' }), 'informe-actividades-3.md'));
    expect(md).toContain('del 17 de octubre de 2026 al 20 de noviembre de 2026');
    expect(md).toMatch(/### P2 · Diagnósticos de Chiapas y Chihuahua y presentaciones ante los CIE\n\nEntregado el 19 de octubre de 2026/);
    expect(md).toContain('- `reports/chiapas/diagnostico-chiapas.md`');
    expect(md).toContain('| 8.2 | Enviar la constancia de participación y los materiales del taller. | 8 (12 de noviembre de 2026) | Equipo consultor | 20 de noviembre de 2026 | Abierto |');
    expect(md).toContain('- La rotación de personal en dos instituciones');
  }, 60_000);
});

describe('twins', () => {
  it('the committed twins are up to date (npm run minuta -- --todas --check, plan --check, informe -- --todos --check)', async () => {
    const twins = await allTwins(REPO);
    expect(twins.size).toBe(8 + 1 + 1 + 3 + 1);
    const stale = [...twins].filter(([rel, text]) => !existsSync(path.join(REPO, rel)) || readFileSync(path.join(REPO, rel), 'utf8') !== text).map(([rel]) => rel);
    expect(stale).toEqual([]);
  }, 180_000);

  it("changing one agreement's status changes the register, the next activity report and the final report, nothing else", async () => {
    const root = copyProject();
    const before = await allTwins(root);
    const f = path.join(root, 'data/programa/minutas/2026-11-12-taller-cdmx.md');
    const text = readFileSync(f, 'utf8');
    const changed = text.replace(
      '    fecha_limite: 2026-11-20\n    estatus: pendiente\n',
      '    fecha_limite: 2026-11-20\n    estatus: cumplido\n    fecha_cumplimiento: 2026-11-18\n',
    );
    expect(changed).not.toBe(text);
    writeFileSync(f, changed);
    const after = await allTwins(root);
    const differ = [...after.keys()].filter((k) => after.get(k) !== before.get(k)).sort();
    expect(differ).toEqual(['reports/programa/informe-actividades-3.md', 'reports/programa/informe-final.md', 'reports/programa/registro-acuerdos.md']);
    expect(after.get('reports/programa/registro-acuerdos.md')).toContain('| 8.2 | Enviar la constancia de participación y los materiales del taller. | 8 (12 de noviembre de 2026) | Equipo consultor | 20 de noviembre de 2026 | Cumplido (18 de noviembre de 2026) |');
  }, 300_000);
});
