/**
 * Narrative that contradicts the data (#13): `npm run validate` warns with the narrative's
 * file and line when a chapter announces a flowchart the state does not have, cites a table or
 * figure the report does not produce, or denies a specialised shelter the mapping lists.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { narrativeContradictions, producedIds, sentences } from '../../src/pipeline/narrative-check.js';
import { formatSummary, validateState } from '../../src/pipeline/validate.js';
import type { StateData } from '../../src/load/types.js';
import type { Profile } from '../../src/schemas/vocabularies.js';
import { copyProject } from './helpers.js';

const FILE = 'data/prueba/narrativa/proteccion.md';
function data(markdown: string, tipos: string[] = []): Pick<StateData, 'narrativa' | 'organizaciones'> {
  return {
    narrativa: { proteccion: { file: FILE, markdown } },
    organizaciones: { name: 'organizaciones', files: [], locations: [], rows: tipos.map((tipo, i) => ({ id: `o${i}`, nombre: `Casa ${i}`, tipo })) },
  } as unknown as Pick<StateData, 'narrativa' | 'organizaciones'>;
}
const ALL: Profile[] = ['nna', 'nna_migrantes_no_acompanados', 'mujeres_explotacion_sexual', 'explotacion_laboral'];
const facts = { flowchartProfiles: new Set<Profile>(ALL), producedIds: new Set(['tbl:organizaciones-tipo', 'fig:entrevistas-por-sector']) };

describe('narrativeContradictions', () => {
  it('finds sentences with their line and column', () => {
    expect(sentences('Uno. Dos\n\nTres.')).toEqual([
      { text: 'Uno.', line: 1, column: 1 }, { text: 'Dos', line: 1, column: 6 }, { text: 'Tres.', line: 3, column: 1 },
    ]);
  });

  it('warns when a flowchart of a profile the state lacks is announced, not when it is denied', () => {
    const w = narrativeContradictions(data('Texto previo.\nSe anexa además el flujograma de adolescentes utilizados en actividades delictivas.'), facts);
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ file: FILE, line: 2, column: 1 });
    expect(w[0]!.message).toContain('«NNA utilizados en actividades delictivas»');
    expect(narrativeContradictions(data('No se elaboró un flujograma para personas LGBTI.'), facts)).toEqual([]);
    // «no acompañados» is a profile's name, not a negation; that flowchart exists
    expect(narrativeContradictions(data('El flujograma de NNA migrantes no acompañados se validó.'), facts)).toEqual([]);
    expect(narrativeContradictions(data('El flujograma de personas LGBTI se validó.'), facts)[0]!.message).toContain('«Personas LGBTI»');
  });

  it('warns on a cross-reference to a table or figure the report does not produce', () => {
    const w = narrativeContradictions(data('Véase la @tbl:organizaciones-tipo y la @tbl:refugios.\nY la @fig:mapa, no \\@fig:escapada.'), facts);
    expect(w.map((p) => [p.line, p.column, p.message.slice(0, 40)])).toEqual([
      [1, 40, 'la referencia «@tbl:refugios» no corresp'],
      [2, 6, 'la referencia «@fig:mapa» no corresponde'],
    ]);
  });

  it('warns when the text denies a specialised shelter the mapping lists, and only then', () => {
    const text = 'El estado no cuenta con un refugio especializado en trata.';
    expect(narrativeContradictions(data(text, ['osc', 'albergue']), facts)).toEqual([]);
    const w = narrativeContradictions(data(text, ['refugio', 'osc', 'refugio']), facts);
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toContain('registra 2 de tipo «refugio» (Casa 0; Casa 2)');
    expect(narrativeContradictions(data('La ausencia de un refugio especializado obliga a trasladar a las víctimas.', ['refugio']), facts)).toHaveLength(1);
  });

  it('reads the ids a rendered report defines', () => {
    expect([...producedIds('Tabla: x {#tbl:a-b}\n![g](grafica:c){#fig:c}')]).toEqual(['tbl:a-b', 'fig:c']);
  });
});

describe('npm run validate on a copy with each contradiction planted', () => {
  it('reports them as warnings with file and line; the shipped narratives have none', async () => {
    const root = copyProject();
    const narr = path.join(root, 'data', 'chihuahua', 'narrativa', 'proteccion.md');
    const planted = readFileSync(narr, 'utf8').split('\n').length + 1;
    appendFileSync(narr, '\nEl consejo validó también el flujograma para personas LGBTI. Las cifras de la @tbl:refugios-inexistente lo confirman.\n');
    const orgs = path.join(root, 'data', 'chihuahua', 'organizaciones.csv');
    const csv = readFileSync(orgs, 'utf8');
    writeFileSync(orgs, csv.replace('región centro-sur,albergue,', 'región centro-sur,refugio,'));
    const clean = await validateState('chihuahua');
    expect(clean.warnings).toEqual([]);
    const s = await validateState('chihuahua', { root });
    const lines = (s.warnings ?? []).map((w) => `${w.file}:${w.line} ${w.message.split('»')[0]}`);
    expect(lines).toEqual([
      'data/chihuahua/narrativa/proteccion.md:1 el texto dice que no hay refugio especializado, pero organizaciones.csv registra uno de tipo «refugio',
      `data/chihuahua/narrativa/proteccion.md:${planted} el texto menciona un flujograma de «Personas LGBTI`,
      `data/chihuahua/narrativa/proteccion.md:${planted} la referencia «@tbl:refugios-inexistente`,
    ]);
    const out = formatSummary(s);
    expect(out).toContain('⚠ chihuahua: 3 avisos — la narrativa contradice los datos:');
    expect(out).toContain(`aviso: data/chihuahua/narrativa/proteccion.md, línea ${planted}, columna 1: el texto menciona un flujograma`);
  }, 300_000);
});
