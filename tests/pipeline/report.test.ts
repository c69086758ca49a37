/**
 * End-to-end: `npm run report` on the shipped sample data, checked by opening the DOCX and
 * PPTX and reading their XML — headings, table cells, charts, slide titles, notices.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport, renderReport } from '../../src/pipeline/products/diagnostico.js';
import { UserError } from '../../src/util/errors.js';
import { docxText, openZip, parseXml, pptxSlides, readPart, visibleText } from '../support/ooxml.js';
import type { Element } from '@xmldom/xmldom';
import { cleanProjects, makeProject } from '../data/helpers.js';
import { REPO, copyProject, readCsvRecords } from './helpers.js';

const STATES = ['chihuahua', 'chiapas'] as const;
const built: Record<string, { docx: Buffer; pptx: Buffer; md: string; text: string }> = {};
let root: string;
afterAll(cleanProjects);

beforeAll(async () => {
  root = copyProject();
  for (const state of STATES) {
    await buildReport(state, { root });
    const docx = readFileSync(path.join(root, 'reports', state, `diagnostico-${state}.docx`));
    built[state] = {
      docx,
      pptx: readFileSync(path.join(root, 'slides', state, `presentacion-cie-${state}.pptx`)),
      md: readFileSync(path.join(root, 'reports', state, `diagnostico-${state}.md`), 'utf8'),
      text: await docxText(docx),
    };
  }
}, 300_000);

describe.each(STATES)('informe de %s', (state) => {
  it('has every chapter of the brief as a heading, in the configured order', () => {
    const { text } = built[state]!;
    const chapters = ['Resumen ejecutivo', 'Metodología', 'Marco normativo', 'Mapeo institucional', 'Contexto estadístico', 'Detección', 'Valoración', 'Canalización', 'Atención', 'Protección', 'Acceso a la justicia', 'Hallazgos', 'Recomendaciones', 'Anexos'];
    let from = text.indexOf('Resumen ejecutivo', text.indexOf('Índice de tablas'));
    for (const c of chapters) {
      const at = text.indexOf(c, from);
      expect(at, `capítulo «${c}»`).toBeGreaterThanOrEqual(0);
      from = at;
    }
  });

  it('says on the cover and in the footer that the data is illustrative', async () => {
    const { docx, text } = built[state]!;
    expect(text.slice(0, 2000)).toMatch(/datos sintéticos|Datos ilustrativos/);
    const zip = await openZip(docx);
    const footers = Object.keys(zip.files).filter((n) => /^word\/footer\d*\.xml$/.test(n));
    const footerText = (await Promise.all(footers.map(async (f) => visibleText(await readPart(zip, f))))).join('\n');
    expect(footerText).toContain('Datos ilustrativos');
  });

  it('embeds at least six chart images, each with alternative text', async () => {
    const zip = await openZip(built[state]!.docx);
    const media = Object.keys(zip.files).filter((n) => /^word\/media\/.+\.png$/.test(n));
    expect(media.length).toBeGreaterThanOrEqual(6);
    const doc = await readPart(zip, 'word/document.xml');
    const descr = [...doc.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1]);
    expect(descr.length).toBeGreaterThanOrEqual(6);
    for (const d of descr) expect(d!.length).toBeGreaterThan(10);
  });

  it('has no template placeholders or undefined values', () => {
    const { md, text } = built[state]!;
    for (const bad of ['undefined', '[object Object]', '{{', 'NaN']) {
      expect(md).not.toContain(bad);
      expect(text).not.toContain(bad);
    }
  });

  it('prints figures recomputed independently from the CSV files', () => {
    const { text } = built[state]!;
    const interviews = readCsvRecords(path.join(REPO, 'data', state, 'entrevistas.csv'));
    const institutions = new Set(interviews.map((r) => r.institucion_id));
    expect(text).toContain(`${interviews.length} entrevistas`);
    expect(text).toContain(`${institutions.size} instituciones`);

    const presencial = interviews.filter((r) => r.modalidad === 'presencial').length;
    const pct = new Intl.NumberFormat('es-MX', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format((100 * presencial) / interviews.length);
    expect(text).toContain(`${pct} %`);

    const segments = readCsvRecords(path.join(REPO, 'data', state, 'segmentos.csv'));
    expect(text).toContain(`${new Intl.NumberFormat('es-MX').format(segments.length)} fragmentos`);

    // The most frequent barrier (code with most "barrera" segments) is named in the report.
    const counts = new Map<string, number>();
    for (const s of segments) if (s.valencia === 'barrera') counts.set(s.codigo!, (counts.get(s.codigo!) ?? 0) + 1);
    const [topCode] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
    const codebook = [
      ...readCsvRecords(path.join(REPO, 'data', 'comun', 'libro-codigos.csv')),
      ...(existsSync(path.join(REPO, 'data', state, 'libro-codigos.csv')) ? readCsvRecords(path.join(REPO, 'data', state, 'libro-codigos.csv')) : []),
    ];
    const label = codebook.find((c) => c.codigo === topCode)!.etiqueta!;
    expect(text).toContain(label);
  });

  it('has the interviews-by-sector table with its header row repeated and the CSV total', async () => {
    const doc = parseXml(await readPart(await openZip(built[state]!.docx), 'word/document.xml'));
    const interviews = readCsvRecords(path.join(REPO, 'data', state, 'entrevistas.csv'));
    const cellText = (tc: Element) => Array.from(tc.getElementsByTagName('w:t')).map((t) => t.textContent).join('');
    const tables = Array.from(doc.getElementsByTagName('w:tbl'));
    const table = tables.find((t) => {
      const first = t.getElementsByTagName('w:tr')[0];
      return first !== undefined && Array.from(first.getElementsByTagName('w:tc')).map(cellText).join('|') === 'Sector|Entrevistas|Porcentaje';
    });
    expect(table, 'tabla «Entrevistas realizadas por sector»').toBeDefined();
    const rows = Array.from(table!.getElementsByTagName('w:tr'));
    expect(rows[0]!.getElementsByTagName('w:tblHeader').length).toBe(1);
    const last = Array.from(rows[rows.length - 1]!.getElementsByTagName('w:tc')).map(cellText);
    expect(last).toEqual(['Total', String(interviews.length), '100.0 %']);
  });

  it('builds a CIE deck with slide titles, native charts and speaker notes', async () => {
    const { pptx } = built[state]!;
    const slides = await pptxSlides(pptx);
    expect(slides.length).toBeGreaterThanOrEqual(10);
    const first = visibleText(slides[0]!.xml);
    expect(first).toMatch(/Chihuahua|Chiapas/);
    expect(first).toMatch(/Datos ilustrativos/i);
    const zip = await openZip(pptx);
    const charts = Object.keys(zip.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
    expect(charts.length).toBeGreaterThanOrEqual(3);
    const notes = Object.keys(zip.files).filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n));
    expect(notes.length).toBeGreaterThanOrEqual(slides.length - 2);
    const allText = slides.map((s) => visibleText(s.xml)).join('\n');
    expect(allText).toContain('Recomendaciones');
  });

  it('keeps the committed Markdown twin up to date (what npm run report -- --all --check compares)', () => {
    // The build above ran on a copy of the same proyecto.yaml, data and templates: its twin is
    // the one `--check` renders. Comparing it avoids a second build and the repository's output lock.
    const committed = readFileSync(path.join(REPO, 'reports', state, `diagnostico-${state}.md`), 'utf8');
    expect(built[state]!.md === committed, `reports/${state}/diagnostico-${state}.md está desactualizado: ejecute npm run report ${state}`).toBe(true);
  });
});

describe('--check (npm run report -- --check)', () => {
  it('compares the twins with a fresh build and writes nothing', async () => {
    const fixture = makeProject(); // the small fixture state «prueba»: a quick build
    await buildReport('prueba', { root: fixture });
    expect((await buildReport('prueba', { root: fixture, check: true })).twinUpToDate).toBe(true);
    const twin = path.join(fixture, 'reports', 'prueba', 'diagnostico-prueba.md');
    const docx = path.join(fixture, 'reports', 'prueba', 'diagnostico-prueba.docx');
    writeFileSync(twin, `${readFileSync(twin, 'utf8')}\nEditado a mano.\n`);
    const mtime = statSync(docx).mtimeMs;
    const result = await buildReport('prueba', { root: fixture, check: true });
    expect(result.twinUpToDate).toBe(false);
    expect(result.files).toEqual([]);
    expect(readFileSync(twin, 'utf8')).toContain('Editado a mano.');
    expect(statSync(docx).mtimeMs).toBe(mtime);
  });
});

describe('reproducibility and safety', () => {
  it('gives identical bytes for the same inputs', async () => {
    const again = await renderReport('chihuahua', { root });
    expect(Buffer.compare(again.docx, built.chihuahua!.docx)).toBe(0);
    expect(Buffer.compare(again.pptx, built.chihuahua!.pptx)).toBe(0);
    expect(again.markdown).toBe(built.chihuahua!.md);
  });

  it('honours SOURCE_DATE_EPOCH in the document dates', async () => {
    const saved = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = '1767225600'; // 2026-01-01T00:00:00Z
    try {
      const r = await renderReport('chihuahua', { root });
      for (const bytes of [r.docx, r.pptx]) {
        const core = await readPart(await openZip(bytes), 'docProps/core.xml');
        expect(core).toContain('2026-01-01T00:00:00Z');
      }
    } finally {
      if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = saved;
    }
  });

  it('leaves the previous outputs untouched and explains in Spanish when a template is broken', async () => {
    const docxPath = path.join(root, 'reports', 'chihuahua', 'diagnostico-chihuahua.docx');
    const mdPath = path.join(root, 'reports', 'chihuahua', 'diagnostico-chihuahua.md');
    const before = { docx: readFileSync(docxPath), md: readFileSync(mdPath, 'utf8'), mtime: statSync(docxPath).mtimeMs };
    const template = path.join(root, 'templates', 'diagnostico', 'metodologia.md.hbs');
    const original = readFileSync(template, 'utf8');
    writeFileSync(template, `${original}\n{{#each analisis.entrevistas.porSector}}sin cerrar\n`);
    try {
      const err = await buildReport('chihuahua', { root }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UserError);
      expect(String((err as UserError).message) + JSON.stringify((err as UserError).problems)).toMatch(/metodologia\.md\.hbs/);
    } finally {
      writeFileSync(template, original);
    }
    expect(Buffer.compare(readFileSync(docxPath), before.docx)).toBe(0);
    expect(readFileSync(mdPath, 'utf8')).toBe(before.md);
    expect(statSync(docxPath).mtimeMs).toBe(before.mtime);
  });

  it('changing one CSV row changes only the figures that depend on it in the twin', async () => {
    const local = copyProject();
    const file = path.join(local, 'data', 'chihuahua', 'entrevistas.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    const header = lines[0]!.split(',');
    const col = header.indexOf('modalidad');
    const idx = lines.findIndex((l, i) => i > 0 && l.split(',')[col] === 'presencial');
    const cells = lines[idx]!.split(',');
    cells[col] = 'virtual';
    lines[idx] = cells.join(',');
    writeFileSync(file, lines.join('\n'));
    const after = (await renderReport('chihuahua', { root: local })).markdown.split('\n');
    const before = built.chihuahua!.md.split('\n');
    expect(after.length).toBe(before.length);
    const changed = before.map((l, i) => [l, after[i]!] as const).filter(([a, b]) => a !== b);
    expect(changed.length).toBeGreaterThan(0);
    // Every changed line is about the interview modality (counts, percentages, the chart's alt text).
    for (const [a] of changed) expect(a).toMatch(/presencial|virtual|modalidad/i);
  });
});
