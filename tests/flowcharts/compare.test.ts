/**
 * The states side by side (#17): the comparison is drawn from the flowchart data, lists the
 * steps one state has and another lacks, different institutions, legal bases and time limits,
 * and reaches the DOCX as numbered tables.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { loadProjectConfig } from '../../src/config/project.js';
import { compareRoutes, type StateRoutes } from '../../src/flowcharts/compare.js';
import { comparisonMarkdown } from '../../src/flowcharts/compare-markdown.js';
import { loadBaseFlowcharts, loadStateFlowcharts } from '../../src/flowcharts/load.js';
import type { Flowchart } from '../../src/flowcharts/types.js';
import { comparacion } from '../../src/pipeline/products/comparacion.js';
import { ROOT, STATES } from './helpers.js';

const NAMES: Record<string, string> = {
  'baja-california': 'Baja California', chiapas: 'Chiapas', chihuahua: 'Chihuahua', 'ciudad-de-mexico': 'Ciudad de México', tabasco: 'Tabasco',
};
const real = (): StateRoutes[] => STATES.map((slug) => ({ slug, nombre: NAMES[slug]!, flowcharts: loadStateFlowcharts(slug, { root: ROOT }) }));
const bases = loadBaseFlowcharts({ root: ROOT });

/** Text of a DOCX's body (w:t runs, paragraphs on their own lines). */
async function docxText(bytes: Buffer | string): Promise<string> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return xml.split('</w:p>').map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).join('\n');
}

describe('compareRoutes', () => {
  it('finds a step that exists in one state and not in the others (the sample data)', () => {
    const c = compareRoutes(real(), bases);
    const migrants = c.perfiles.find((p) => p.perfil === 'nna_migrantes_no_acompanados')!;
    const modulo = migrants.pasos.find((r) => r.id === 'modulo_dif')!;
    expect(modulo.presente).toEqual(['baja-california']);
    expect(modulo.ausente).toEqual(['chiapas', 'chihuahua', 'ciudad-de-mexico', 'tabasco']);
    expect(modulo.etapa).toBe('atencion_inmediata');
    // A base step that Tabasco's draft removes.
    const solucion = migrants.pasos.find((r) => r.id === 'solucion_duradera')!;
    expect(solucion.ausente).toEqual(['tabasco']);
  });

  it('reports a different institution, legal basis and a missing time limit for the same step', () => {
    const states = real().slice(0, 2);
    const [a, b] = states as [StateRoutes, StateRoutes];
    const edit = (fc: Flowchart): Flowchart => ({
      ...fc,
      pasos: fc.pasos.map((s) => (s.id === 'entrevista' ? { ...s, carril: 'fiscalia', fundamento: 'Ley local art. 9', plazo: undefined } : s)),
    });
    b.flowcharts = b.flowcharts.map((fc) => (fc.perfil === 'nna' ? edit(fc) : fc));
    const nna = compareRoutes([a, b], bases).perfiles.find((p) => p.perfil === 'nna')!;
    const row = nna.pasos.find((r) => r.id === 'entrevista')!;
    expect(row.responsablesDistintos.map((d) => [d.carril, d.estados])).toEqual([['procuraduria_nna', [a.slug]], ['fiscalia', [b.slug]]]);
    expect(row.sinPlazo).toEqual([b.slug]);
    expect(row.fundamentosDistintos.find((d) => d.estados.includes(b.slug))!.fundamento).toBe('Ley local art. 9');
    const md = comparisonMarkdown(compareRoutes([a, b], bases), { sampleData: true });
    expect(md).toContain(`«${row.texto}»: sin plazo en ${b.nombre}; ${a.nombre} lo fija.`);
    expect(md).toMatch(new RegExp(`«${row.texto}».*En ${b.nombre}: Ley local art\\. 9\\.`));
  });

  it('a stage without steps is «Sin pasos» in the matrix; a stage whose activities all have a time limit is «Completa»', () => {
    const [a] = real() as [StateRoutes];
    const noJustice: StateRoutes = {
      ...a,
      slug: 'estado-x',
      nombre: 'Estado X',
      flowcharts: a.flowcharts.map((fc) => ({ ...fc, pasos: fc.pasos.map((s) => (s.etapa === 'acceso_justicia' || s.etapa === 'reparacion' ? { ...s, etapa: undefined } : s)) })),
    };
    const nna = compareRoutes([a, noJustice], bases).perfiles.find((p) => p.perfil === 'nna')!;
    const cell = (estado: string, grupo: string) => nna.matriz.find((m) => m.estado === estado && m.grupo === grupo)!;
    expect(cell('estado-x', 'acceso-justicia').status).toBe('sin_ruta');
    expect(cell(a.slug, 'deteccion').status).toBe('completa');
  });
});

describe('comparison product', () => {
  it('builds a DOCX whose tables show the route of each state and name the differences', async () => {
    const build = await comparacion.render({ root: ROOT, outRoot: ROOT, project: loadProjectConfig(ROOT), options: {} });
    const docx = build.files.find((f) => f.target.endsWith('.docx'))!;
    const text = await docxText(docx.bytes);
    expect(text).toContain('Tabla 7. Pasos y plazos por estado — NNA migrantes no acompañados');
    expect(text).toContain('Tabla 2. Ruta por etapa y estado — Niñas, niños y adolescentes');
    expect(text).toContain('«Módulo de atención a NNA repatriados y contacto con su familia»: está en Baja California; no está en Chiapas, Chihuahua, Ciudad de México ni Tabasco.');
    for (const state of Object.values(NAMES)) expect(text).toContain(state);
    const twin = build.files.find((f) => f.twin)!;
    expect(String(twin.bytes)).toContain('{#tbl:pasos-nna-migrantes-no-acompanados}');
  });
});

describe('the comparison as an annex of the final report (#16, #17)', () => {
  it('the committed final report annexes the comparison after the minutes (the programme twins test keeps it current)', () => {
    const twin = readFileSync(path.join(ROOT, 'reports', 'programa', 'informe-final.md'), 'utf8');
    const annex = twin.indexOf('# Anexo 9. Comparación de rutas entre estados {-}');
    expect(annex).toBeGreaterThan(twin.indexOf('# Anexo 8. Minuta:'));
    expect(twin.slice(annex)).toContain('- «Módulo de atención a NNA repatriados y contacto con su familia»: está en Baja California; no está en Chiapas, Chihuahua, Ciudad de México ni Tabasco.');
    expect(twin).toContain('El anexo 9 reúne la comparación de las rutas de los estados');
  });
});
