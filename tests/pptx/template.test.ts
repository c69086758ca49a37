/** The declarative slide template: reorder, drop, placeholders, and Spanish errors. */
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type PptxGenJS from 'pptxgenjs';
import { describe, expect, it } from 'vitest';
import { buildDeck, loadDeckTemplate, parseDeckTemplate, type SlideRecord } from '../../src/write/pptx/index.js';
import { UserError, formatUserError } from '../../src/util/errors.js';
import type { FlowchartLayout } from '../../src/flowcharts/types.js';
import { fixtureAnalysis, fixtureStateData } from '../fixtures/pptx/analysis.js';
import { notesOf, numbered, openZip, readPart, slideTitle } from './helpers.js';

async function titles(yaml: string, opts: Parameters<typeof buildDeck>[3] = {}, fixture: Parameters<typeof fixtureAnalysis>[0] = {}, flowcharts: unknown[] = []) {
  let records: SlideRecord[] = [];
  // the fake flowchart layouts carry only what the deck reads
  const bytes = await buildDeck(fixtureAnalysis(fixture), fixtureStateData(fixture), flowcharts as FlowchartLayout[], { template: parseDeckTemplate(yaml, 'prueba.yaml'), onSlides: (r) => { records = r; }, ...opts });
  const zip = await openZip(bytes);
  const parts = numbered(zip, /^ppt\/slides\/slide\d+\.xml$/);
  return { zip, parts, records, titles: await Promise.all(parts.map(async (p) => slideTitle(await readPart(zip, p)))) };
}

function spanishError(fn: () => unknown): UserError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return e as UserError;
  }
  throw new Error('no error');
}

describe('reorder and drop without code', () => {
  it('slides follow the template order; dropped entries are gone', async () => {
    const { titles: t, records } = await titles(`
diapositivas:
  - tipo: recomendaciones
    titulo: Primero las recomendaciones
    filas_por_diapositiva: 12
  - tipo: etapa
    etapa: canalizacion
  - tipo: metodologia
    titulo: Metodología para {{cie_siglas}}
`);
    const kinds = records.map((r) => r.kind);
    const pages = kinds.filter((k) => k === 'recomendaciones').length;
    expect(pages).toBeGreaterThan(1);
    expect(kinds).toEqual([...Array<string>(pages).fill('recomendaciones'), 'etapa', 'metodologia']);
    expect(t[0]).toBe(`Primero las recomendaciones (1 de ${pages})`);
    expect(t[pages]).toBe('Canalización');
    expect(t[pages + 1]).toBe('Metodología para Consejo Estatal');
  });

  it('{{etapa}} expands once per stage, for a list of stages', async () => {
    const { titles: t } = await titles(`
diapositivas:
  - tipo: etapa
    etapa: [atencion_inmediata, deteccion]
    titulo: "Hallazgos — {{etapa}}"
`);
    // stages come out in vocabulary order
    expect(t).toEqual(['Hallazgos — Detección', 'Hallazgos — Atención inmediata']);
  });

  it('template notes are appended to the generated speaker notes', async () => {
    const { zip, parts } = await titles(`
diapositivas:
  - tipo: proximos-pasos
    puntos: [Uno, Dos]
    notas: Recordar la fecha de la siguiente sesión del {{cie_siglas}}.
`);
    const notes = await notesOf(zip, parts[0]!);
    expect(notes).toContain('Uno');
    expect(notes).toContain('Recordar la fecha de la siguiente sesión del Consejo Estatal.');
  });

  it('a statistics slide is skipped when the state has no statistics, and leaves the agenda', async () => {
    const { records, zip, parts } = await titles(`
diapositivas:
  - tipo: agenda
  - tipo: estadisticas
  - tipo: cierre
`, {}, { statistics: false });
    expect(records.map((r) => r.kind)).toEqual(['agenda', 'cierre']);
    const agenda = await readPart(zip, parts[0]!);
    expect(agenda).not.toContain('Contexto estadístico');
  });

  it('flujogramas is skipped without flowcharts, and drawn through the flowchart module when there are', async () => {
    const yaml = `
diapositivas:
  - tipo: agenda
  - tipo: flujogramas
`;
    const none = await titles(yaml, { flowchartRenderer: null });
    expect(none.records.map((r) => r.kind)).toEqual(['agenda']);

    const drawn: string[] = [];
    const fake = (pptx: PptxGenJS, layout: unknown) => {
      const l = layout as { title: string; parts: unknown[] };
      drawn.push(l.title);
      for (let i = 0; i < l.parts.length; i++) pptx.addSlide().addText(l.title, { x: 1, y: 1, w: 5, h: 1 });
    };
    const layouts = [
      { id: 'chihuahua/nna', title: 'Niñas, niños y adolescentes', version: '1.0', estatus: 'borrador', steps: [{ number: '1', lane: 'DIF', text: 'Detección' }], parts: [{}, {}] },
      { id: 'chihuahua/migrantes', title: 'Personas migrantes', version: '1.0', estatus: 'final', steps: [], parts: [{}] },
    ];
    const withFc = await titles(yaml, { flowchartRenderer: fake }, {}, layouts);
    expect(drawn).toEqual(['Niñas, niños y adolescentes', 'Personas migrantes']);
    expect(withFc.records.map((r) => r.kind)).toEqual(['agenda', 'flujogramas', 'flujograma', 'flujograma', 'flujograma']);
    for (const p of withFc.parts) expect((await notesOf(withFc.zip, p)).length).toBeGreaterThan(20);
    expect(await notesOf(withFc.zip, withFc.parts[2]!)).toContain('Flujograma 1 de 2: Niñas, niños y adolescentes');
  });

  it('with the shipped template, a state without recommendations nor statistics simply has no such slides', async () => {
    let records: SlideRecord[] = [];
    await buildDeck(fixtureAnalysis({ recommendations: 0, statistics: false }), fixtureStateData(), [], { onSlides: (r) => { records = r; } });
    const kinds = records.map((r) => r.kind);
    expect(kinds).not.toContain('recomendaciones');
    expect(kinds).not.toContain('estadisticas');
    expect(kinds[0]).toBe('portada');
    expect(kinds[kinds.length - 1]).toBe('cierre');
  });

  it('an unknown chart id in the template is a Spanish error naming the entry', async () => {
    const t = parseDeckTemplate('diapositivas:\n  - tipo: metodologia\n    grafica: no-existe\n', 'prueba.yaml');
    const e = await buildDeck(fixtureAnalysis(), fixtureStateData(), [], { template: t, templateFile: 'prueba.yaml' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(UserError);
    expect(formatUserError(e as UserError)).toMatch(/prueba\.yaml \[diapositivas\[0\]\.grafica\]: gráfica desconocida «no-existe»; disponibles: entrevistas-por-sector/);
  });
});

describe('Spanish errors with file and path', () => {
  it('unknown slide kind', () => {
    const e = spanishError(() => parseDeckTemplate('diapositivas:\n  - tipo: portada\n  - tipo: graficas\n', 'templates/presentacion/cie.yaml'));
    expect(e.problems[0]).toMatchObject({ file: 'templates/presentacion/cie.yaml', field: 'diapositivas n.º 2 › tipo', line: 3 });
    expect(e.problems[0]!.message).toMatch(/tipo de diapositiva desconocido/);
  });

  it('unknown field, bad stage, missing required list', () => {
    const e = spanishError(() => parseDeckTemplate(`diapositivas:
  - tipo: agenda
    colr: rojo
  - tipo: etapa
    etapa: deteccionn
  - tipo: proximos-pasos
`, 'p.yaml'));
    const msgs = e.problems.map((p) => `${p.field}: ${p.message}`);
    expect(msgs).toContain('diapositivas n.º 1: campo desconocido: colr');
    expect(msgs.find((m) => m.startsWith('diapositivas n.º 2 › etapa'))).toMatch(/se esperaba "todas", una etapa/);
    expect(msgs).toContain('diapositivas n.º 3 › puntos: falta este campo obligatorio');
    expect(e.message).toBe('la plantilla de la presentación tiene errores');
  });

  it('unknown placeholder and {{etapa}} outside a stage slide', () => {
    const e = spanishError(() => parseDeckTemplate(`titulo: Diagnóstico en {{estdo}}
diapositivas:
  - tipo: agenda
    titulo: Agenda de {{etapa}}
`, 'p.yaml'));
    expect(e.problems.map((p) => p.field)).toEqual(['titulo', 'diapositivas n.º 1 › titulo']);
    expect(e.problems[0]!.message).toMatch(/^marcador desconocido \{\{estdo\}\}; disponibles: \{\{estado\}\}/);
    expect(e.problems[1]!.message).toMatch(/solo puede usarse en diapositivas de tipo "etapa"/);
  });

  it('invalid YAML and missing file', () => {
    expect(spanishError(() => parseDeckTemplate('diapositivas: [\n', 'p.yaml')).problems[0]!.message).toMatch(/^YAML no válido/);
    expect(spanishError(() => parseDeckTemplate('otra: 1\n', 'p.yaml')).problems.map((p) => p.message).join('; ')).toMatch(/campo desconocido: otra/);
    const dir = mkdtempSync(path.join(tmpdir(), 'pptx-tpl-'));
    mkdirSync(path.join(dir, 'templates'));
    writeFileSync(path.join(dir, 'templates', 'x.yaml'), 'diapositivas:\n  - tipo: cierre\n');
    expect(loadDeckTemplate(dir, 'templates/x.yaml').diapositivas[0]!.tipo).toBe('cierre');
    const missing = spanishError(() => loadDeckTemplate(dir, 'templates/no.yaml'));
    expect(missing.problems[0]).toMatchObject({ file: 'templates/no.yaml', field: 'presentacion.plantilla' });
  });

  it('the shipped template is valid', () => {
    const t = loadDeckTemplate(path.resolve(import.meta.dirname, '..', '..'), 'templates/presentacion/cie.yaml');
    expect(t.diapositivas.map((d) => d.tipo)).toEqual(['portada', 'agenda', 'mecanismo', 'metodologia', 'estadisticas', 'estadisticas-tabla', 'etapa', 'cobertura', 'recomendaciones', 'flujogramas', 'proximos-pasos', 'cierre']);
  });
});
