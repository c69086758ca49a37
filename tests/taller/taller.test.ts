/**
 * The workshop package of Chihuahua (#17 item 2), built in memory through the pipeline (with the
 * output privacy scan) and opened as a reader would: the expected route of a case in the deck's
 * speaker notes (step texts and institutions of Chihuahua's own flowchart), a pre/post result in
 * the report equal to the one computed independently from respuestas.csv, no text under 14 pt,
 * and recorded answers with a person's name column or an e-mail stopping the build, masked.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadProjectConfig } from '../../src/config/project.js';
import { loadStateFlowcharts } from '../../src/flowcharts/load.js';
import { taller } from '../../src/pipeline/products/taller.js';
import { renderProduct } from '../../src/pipeline/run.js';
import type { ProductBuild } from '../../src/pipeline/product.js';
import { BLOCK_MESSAGE } from '../../src/privacy/guard.js';
import { reviewDeck } from '../../src/review/deck.js';
import { UserError } from '../../src/util/errors.js';
import { formatPercent } from '../../src/util/format-es.js';
import { copyProject, readCsvRecords, REPO } from '../pipeline/helpers.js';
import { openZip, parseXml, readPart, visibleText } from '../support/ooxml.js';

const out = mkdtempSync(path.join(os.tmpdir(), 'taller-'));
let build: ProductBuild;
const file = (suffix: string) => {
  const f = build.files.find((x) => x.target.endsWith(suffix));
  if (!f) throw new Error(`no output ending in ${suffix}: ${build.files.map((x) => x.target).join(', ')}`);
  return typeof f.bytes === 'string' ? Buffer.from(f.bytes) : f.bytes;
};

beforeAll(async () => {
  const project = loadProjectConfig(REPO);
  build = await renderProduct({ product: taller, request: { root: REPO, outRoot: out, project, slug: 'chihuahua', options: {} } });
}, 120_000);

describe('npm run taller chihuahua', () => {
  it('writes the agenda, exercises, questionnaire and report (DOCX + twin) and the deck', () => {
    const names = build.files.map((f) => path.relative(out, f.target)).sort();
    expect(names).toEqual([
      'reports/chihuahua/taller/agenda-taller-chihuahua.docx', 'reports/chihuahua/taller/agenda-taller-chihuahua.md',
      'reports/chihuahua/taller/casos-taller-chihuahua.docx', 'reports/chihuahua/taller/casos-taller-chihuahua.md',
      'reports/chihuahua/taller/cuestionario-taller-chihuahua.docx', 'reports/chihuahua/taller/cuestionario-taller-chihuahua.md',
      'reports/chihuahua/taller/informe-taller-chihuahua.docx', 'reports/chihuahua/taller/informe-taller-chihuahua.md',
      'slides/chihuahua/taller-chihuahua.pptx',
    ]);
    // --check: every committed twin equals this fresh build.
    for (const f of build.files.filter((x) => x.twin)) {
      expect(String(f.bytes), path.relative(out, f.target)).toBe(readFileSync(path.join(REPO, path.relative(out, f.target)), 'utf8'));
    }
    const agenda = String(file('agenda-taller-chihuahua.md'));
    expect(agenda).toContain('| 09:30–10:15 | Ruta de niñas, niños y adolescentes y caso de práctica | 45 min |');
    expect(agenda).toContain('| Modalidad | Virtual |');
  });

  it("a case's expected route is in the speaker notes with the steps and institutions of Chihuahua's flowchart", async () => {
    const zip = await openZip(file('taller-chihuahua.pptx'));
    const notes = await Promise.all(Object.keys(zip.files).filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n)).map(async (n) => visibleText(await readPart(zip, n))));
    const labour = notes.filter((n) => n.startsWith('Ruta esperada (Personas en explotación laboral)'));
    expect(labour).toHaveLength(1);
    const fc = loadStateFlowcharts('chihuahua', { root: REPO }).find((f) => f.perfil === 'explotacion_laboral')!;
    const step = (id: string) => fc.pasos.find((s) => s.id === id)!;
    const lane = (id: string) => fc.carriles.find((l) => l.id === step(id).carril)!.nombre;
    // Chihuahua's variant adds an interpreter before the interview and renames the inspection.
    expect(step('interprete').texto).toBe('Intérprete y acompañamiento culturalmente pertinente (rarámuri)');
    const lines = labour[0]!.split('\n');
    const route = ['inspeccion', 'indicadores', 'aviso_mp', 'interprete', 'entrevista'];
    const at = route.map((id) => lines.findIndex((l) => l.includes(`${step(id).texto} — ${lane(id)}`)));
    expect(at.every((i) => i > 0), JSON.stringify({ at, lines })).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(labour[0]).toContain('Intérprete y acompañamiento culturalmente pertinente (rarámuri) — Comisión Estatal para los Pueblos Indígenas; plazo: 24 horas');
    expect(labour[0]).toContain('Inspección en campos agrícolas y albergues de jornaleros — Secretaría del Trabajo y Previsión Social del Estado (inspección agrícola)');
    // The case itself is on the slide before the notes: scenario and questions, not the route.
    expect(notes.filter((n) => n.startsWith('Ruta esperada ('))).toHaveLength(4);
  });

  it('no text of the deck is under 14 pt, and the deck passes the editorial review', async () => {
    const zip = await openZip(file('taller-chihuahua.pptx'));
    const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides.length).toBeGreaterThan(20);
    const sizes: number[] = [];
    for (const s of slides) {
      const doc = parseXml(await readPart(zip, s));
      for (const tag of ['a:rPr', 'a:endParaRPr', 'a:defRPr']) {
        for (const r of Array.from(doc.getElementsByTagName(tag))) {
          const sz = r.getAttribute('sz');
          expect(sz, `${s}: a run without its own size`).toBeTruthy();
          sizes.push(Number(sz));
        }
      }
    }
    expect(sizes.length).toBeGreaterThan(500);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(1400);
    expect(await reviewDeck(file('taller-chihuahua.pptx'), 'taller de Chihuahua')).toEqual([]);
  });

  it('a pre/post result in the report equals the value computed from respuestas.csv', async () => {
    const rows = readCsvRecords(path.join(REPO, 'data/chihuahua/taller/respuestas.csv'));
    const pct = (momento: string) => {
      const answered = rows.filter((r) => r.momento === momento && r.pregunta === 'p1' && r.respuesta !== '');
      return formatPercent(answered.filter((r) => r.respuesta === 'b').length, answered.length);
    };
    expect(pct('pre')).toBe('40.0 %');
    const doc = parseXml(await readPart(await openZip(file('informe-taller-chihuahua.docx')), 'word/document.xml'));
    const cells = Array.from(doc.getElementsByTagName('w:tr')).map((tr) => Array.from(tr.getElementsByTagName('w:tc')).map((tc) => Array.from(tc.getElementsByTagName('w:t')).map((t) => t.textContent).join('')));
    const row = cells.find((c) => c[0]!.startsWith('1. Ante una posible niña'));
    expect(row).toBeDefined();
    expect(row![2]).toBe(pct('pre'));
    expect(row![4]).toBe(pct('post'));
    // A question with fewer than 5 wrong answers after the workshop shows «C» and no percentage.
    const q4 = cells.find((c) => c[0]!.startsWith('4. '))!;
    const post4 = rows.filter((r) => r.momento === 'post' && r.pregunta === 'p4');
    expect(post4.filter((r) => r.respuesta !== 'b').length).toBeLessThan(5);
    expect(q4.slice(3)).toEqual(['C', '—']);
    // Attendance by institution: counts, never names.
    const text = visibleText(await readPart(await openZip(file('informe-taller-chihuahua.docx')), 'word/document.xml'));
    expect(text).toContain('Participaron 25 personas de 10 instituciones');
  });
});

describe('the recorded answers hold no personal data', () => {
  const attempt = async (csv: string) => {
    const root = copyProject();
    writeFileSync(path.join(root, 'data/chihuahua/taller/respuestas.csv'), csv);
    const project = loadProjectConfig(root);
    return renderProduct({ product: taller, request: { root, outRoot: root, project, slug: 'chihuahua', options: {} } }).then(() => undefined, (e: unknown) => e);
  };
  const original = readFileSync(path.join(REPO, 'data/chihuahua/taller/respuestas.csv'), 'utf8').split('\n');

  it('a column with participants\' names stops the build', async () => {
    const csv = [`${original[0]},nombre_participante`, ...original.slice(1).filter(Boolean).map((l) => `${l},Persona ${l.length}`)].join('\n');
    const e = await attempt(csv);
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).message).toBe(BLOCK_MESSAGE);
    expect((e as UserError).problems[0]).toMatchObject({ file: 'data/chihuahua/taller/respuestas.csv', line: 1, column: 5, field: 'nombre_participante' });
  }, 60_000);

  it('an e-mail in a cell stops the build, shown masked', async () => {
    const lines = [...original];
    lines[7] = lines[7]!.replace(/^pre,[^,]+/, 'pre,enlace.trata@fiscalia-ejemplo.gob.mx');
    const e = await attempt(lines.join('\n'));
    expect(e).toBeInstanceOf(UserError);
    const p = (e as UserError).problems;
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ file: 'data/chihuahua/taller/respuestas.csv', line: 8, column: 2, field: 'institucion' });
    expect(JSON.stringify(p)).not.toContain('enlace.trata@fiscalia-ejemplo.gob.mx');
    expect(p[0]!.message).toMatch(/correo electrónico/);
  }, 60_000);
});

describe('wrong workshop data: Spanish problems with file and line, nothing written', () => {
  it('a step of the expected route that is not in the state\'s flowchart, and an agenda whose times do not add up', async () => {
    const root = copyProject();
    const cases = path.join(root, 'data/chihuahua/taller/casos.yaml');
    writeFileSync(cases, readFileSync(cases, 'utf8').replace('aviso_mp, interprete, entrevista', 'aviso_mp, traductor, entrevista'));
    const project = loadProjectConfig(root);
    const run = () => renderProduct({ product: taller, request: { root, outRoot: root, project, slug: 'chihuahua', options: {} } }).then(() => undefined, (e: unknown) => e);
    const e = (await run()) as UserError;
    expect(e).toBeInstanceOf(UserError);
    const line = readFileSync(cases, 'utf8').split('\n').findIndex((l) => l.includes('traductor')) + 1;
    expect(e.problems).toEqual([expect.objectContaining({ file: 'data/chihuahua/taller/casos.yaml', line, message: expect.stringContaining('el paso «traductor» no existe en el flujograma explotacion_laboral de chihuahua') })]);

    const agenda = path.join(root, 'data/chihuahua/taller/taller.yaml');
    writeFileSync(agenda, readFileSync(agenda, 'utf8').replace('duracion_minutos: 240', 'duracion_minutos: 180'));
    const e2 = (await run()) as UserError;
    expect(e2.problems).toEqual([expect.objectContaining({ file: 'data/chihuahua/taller/taller.yaml', line: 7, message: 'la duración declarada (180 min) no coincide con la agenda (de 09:00 a 13:00: 240 min)' })]);
  }, 60_000);
});
