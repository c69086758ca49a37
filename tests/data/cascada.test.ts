/** Good path: the data cascade data/comun → data/<estado>, states, narratives, statistics. */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { listStates, loadState, loadStateConfig } from '../../src/load/state.js';
import { formatSummary, validateState } from '../../src/pipeline/validate.js';
import { FIXTURES, cleanProjects, expectProblem, makeProject, userError } from './helpers.js';

afterAll(cleanProjects);

describe('listStates', () => {
  it('lists folders with estado.yaml, sorted, without comun', () => {
    const root = makeProject();
    mkdirSync(path.join(root, 'data', 'aaa-nuevo'));
    writeFileSync(path.join(root, 'data', 'aaa-nuevo', 'estado.yaml'), 'nombre: x\n');
    expect(listStates(root)).toEqual(['aaa-nuevo', 'prueba', 'solo-flujos']);
  });

  it('returns [] when there is no data/ folder', () => {
    expect(listStates(path.join(FIXTURES, 'no-existe'))).toEqual([]);
  });
});

describe('loadState (datos correctos)', async () => {
  const root = makeProject();
  const data = await loadState('prueba', { root });

  it('reads every dataset with its rows', () => {
    expect(data.slug).toBe('prueba');
    expect(data.dir).toBe('data/prueba');
    expect(data.config.nombre).toBe('Estado de Prueba');
    expect(data.project.diagnostico.capitulos).toContain('metodologia');
    expect(data.entrevistas.rows.map((r) => r.id)).toEqual(['ENT-01', 'ENT-02', 'ENT-03']);
    expect(data.segmentos.rows).toHaveLength(3);
    expect(data.organizaciones.rows).toHaveLength(2);
    expect(data.recomendaciones.rows).toHaveLength(2);
  });

  it('normalises cells: DD/MM/AAAA dates, sí/no, labels typed instead of keys, lists', () => {
    expect(data.entrevistas.rows[1]).toMatchObject({ fecha: '2025-03-12', consentimiento_grabacion: false });
    expect(data.entrevistas.rows[2]).toMatchObject({ modalidad: 'presencial', consentimiento_grabacion: true, consentimiento_cita: true });
    expect(data.organizaciones.rows[0]!.municipios).toEqual(['Chihuahua', 'Ciudad Juárez']);
    expect(data.herramientas.rows[0]).toMatchObject({ publicada: true, en_uso: 'parcial', fecha: '2019-03-15' });
    expect(data.marco_normativo.rows[1]!.fecha_publicacion).toBe('2013-01-09');
  });

  it('concatenates catalogues (common first) and lets a state row replace the common one in place', () => {
    expect(data.instituciones.files).toEqual(['data/comun/instituciones.csv', 'data/prueba/instituciones.csv']);
    expect(data.instituciones.rows.map((r) => r.id)).toEqual(['inm', 'comar', 'fevimtra', 'fge', 'dif']);
    expect(data.instituciones.rows[0]!.funcion).toBe('Función del estado');
    expect(data.instituciones.locations[0]).toEqual({ file: 'data/prueba/instituciones.csv', line: 4 });
    expect(data.instituciones.locations[1]).toEqual({ file: 'data/comun/instituciones.csv', line: 3 });
    expect(data.codigos.files).toEqual(['data/comun/libro-codigos.csv']);
  });

  it('keeps the source line of every row (multi-line quoted fields included) and column numbers', () => {
    expect(data.segmentos.locations.map((l) => l.line)).toEqual([2, 3, 5]);
    expect(data.segmentos.rows[1]!.extracto).toBe('Cuando llega una niña ya sabemos a quién llamar:\nprimero a la Procuraduría de Protección.');
    expect(data.segmentos.columns?.['data/prueba/segmentos.csv']?.extracto).toBe(7);
  });

  it('gives every chapter a narrative (empty when there is no file)', () => {
    expect(Object.keys(data.narrativa)).toEqual(data.project.diagnostico.capitulos);
    expect(data.narrativa.metodologia!.markdown).toContain('### Limitaciones');
    expect(data.narrativa.metodologia!.file).toBe('data/prueba/narrativa/metodologia.md');
    expect(data.narrativa.deteccion!.markdown).toBe('');
  });

  it('imports the statistics of the state only (clave_inegi 8) with the cut date', () => {
    const s = data.estadisticas;
    expect(s.file).toBe('data/comun/sesnsp-muestra.csv');
    expect(s.cutDate).toBe('2024-12-31');
    expect(s.source).toContain('SESNSP');
    expect(s.rows).toHaveLength(2 * 7 * 12);
    expect(new Set(s.rows.map((r) => r.clave_ent))).toEqual(new Set([8]));
    expect(s.rows.reduce((a, r) => a + r.victimas, 0)).toBeGreaterThan(0);
  });
});

describe('otras formas de cargar', () => {
  it('opts.sesnspFile replaces estadisticas.archivo (a file outside the project keeps its absolute path)', async () => {
    const other = makeProject();
    const file = path.join(other, 'data', 'comun', 'sesnsp-muestra.csv');
    const data = await loadState('prueba', { root: makeProject(), sesnspFile: file });
    expect(data.estadisticas.file).toBe(file);
    expect(data.estadisticas.rows).toHaveLength(2 * 7 * 12);
  });

  it('loadStateConfig reads estado.yaml of a flowchart-only state; loadState asks for its datasets', async () => {
    const root = makeProject();
    const config = loadStateConfig('solo-flujos', root);
    expect(config.productos).toEqual(['flujogramas']);
    expect(config.clave_inegi).toBe(7);
    const e = await userError(() => loadState('solo-flujos', { root }));
    expectProblem(e, { file: 'data/solo-flujos/entrevistas.csv', says: ['falta el archivo entrevistas.csv'] });
  });

  it('an unknown state lists the available ones', async () => {
    const root = makeProject();
    const e = await userError(() => loadState('sonora', { root }));
    expect(e.message).toBe('No existe el estado "sonora"');
    expectProblem(e, { file: 'data/sonora/estado.yaml', says: ['prueba, solo-flujos'] });
  });

  it('validateState summarises rows per dataset, or only the configuration', async () => {
    const root = makeProject();
    const full = await validateState('prueba', { root });
    expect(full.scope).toBe('completo');
    expect(full.rows).toMatchObject({ entrevistas: 3, segmentos: 3, instituciones: 5, codigos: 8 });
    expect(full.narratives).toEqual({ written: 1, chapters: 14 });
    const text = formatSummary(full);
    expect(text).toContain('✔ prueba: datos correctos');
    expect(text).toMatch(/entrevistas\.csv\s+3 filas/);
    expect(text).toContain('168 filas mensuales de data/comun/sesnsp-muestra.csv (corte 2024-12-31)');
    const config = await validateState('solo-flujos', { root });
    expect(config.scope).toBe('configuracion');
    expect(formatSummary(config)).toContain('estado.yaml correcto');
  });
});
