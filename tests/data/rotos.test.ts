/**
 * One broken input per kind of mistake (tests/fixtures/datos/rotos/<caso>/ laid over the good
 * fixture project): each problem must name the file, the line and what was wrong.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadState } from '../../src/load/state.js';
import { formatUserError } from '../../src/util/errors.js';
import { cleanProjects, expectProblem, makeProject, userError } from './helpers.js';

afterAll(cleanProjects);

const fail = (...overlays: string[]) => userError(() => loadState('prueba', { root: makeProject(...overlays) }));

describe('datos rotos: cada error dice archivo, línea y qué está mal', () => {
  it('valor fuera del vocabulario (enum)', async () => {
    const e = await fail('enum-invalido');
    expectProblem(e, { file: 'data/prueba/entrevistas.csv', line: 3, column: 3, field: 'modalidad', says: ['"telefonica"', 'modalidad válida', 'presencial, virtual'] });
    // The bad row is left out, but segments pointing at ENT-02 are not reported again.
    expect(e.problems).toHaveLength(1);
    expect(e.message).toBe('Se encontró 1 problema en los datos de prueba');
  });

  it('fecha imposible', async () => {
    const e = await fail('fecha-invalida');
    expectProblem(e, { file: 'data/prueba/entrevistas.csv', line: 2, column: 2, field: 'fecha', says: ['"31/02/2025"', 'no es una fecha que exista'] });
  });

  it('sí/no no reconocido', async () => {
    const e = await fail('si-no-invalido');
    expectProblem(e, { file: 'data/prueba/entrevistas.csv', line: 4, column: 9, field: 'consentimiento_cita', says: ['"sí" o "no"', '"tal vez"'] });
  });

  it('falta una columna', async () => {
    const e = await fail('columna-faltante');
    expectProblem(e, { file: 'data/prueba/recomendaciones.csv', line: 1, field: 'plazo', says: ['falta la columna "plazo"'] });
    expect(e.problems).toHaveLength(1); // not once per row
  });

  it('columna desconocida (con sugerencia)', async () => {
    const e = await fail('columna-desconocida');
    expectProblem(e, { file: 'data/prueba/organizaciones.csv', line: 1, column: 10, says: ['columna desconocida "contacto_institucionl"', '¿quiso decir "contacto_institucional"?'] });
  });

  it('id repetido en un archivo', async () => {
    const e = await fail('id-duplicado');
    expectProblem(e, { file: 'data/prueba/instituciones.csv', line: 4, column: 1, says: ['"fge"', 'repetido', 'línea 2'] });
  });

  it('referencias rotas: entrevista y código inexistentes', async () => {
    const e = await fail('referencia-rota');
    expectProblem(e, { file: 'data/prueba/segmentos.csv', line: 3, column: 2, field: 'entrevista_id', says: ['"ENT-09"', 'no existe en entrevistas.csv'] });
    expectProblem(e, { file: 'data/prueba/segmentos.csv', line: 4, column: 3, field: 'codigo', says: ['"det-inventado"', 'libro de códigos'] });
    expect(e.message).toBe('Se encontraron 2 problemas en los datos de prueba');
  });

  it('institución inexistente (después de la cascada común → estado)', async () => {
    const e = await fail('institucion-inexistente');
    expectProblem(e, { file: 'data/prueba/recomendaciones.csv', line: 3, column: 4, field: 'institucion_id', says: ['"procuraduria-nna"', 'instituciones.csv'] });
  });

  it('código padre inexistente en el libro de códigos', async () => {
    const e = await fail('padre-inexistente');
    expectProblem(e, { file: 'data/prueba/libro-codigos.csv', line: 2, column: 2, field: 'padre', says: ['"barreras"', 'no existe'] });
  });

  it('fila con más celdas que el encabezado (coma sin comillas)', async () => {
    const e = await fail('celdas-de-mas');
    expectProblem(e, { file: 'data/prueba/recomendaciones.csv', line: 2, column: 7, says: ['7 celdas', 'encabezado solo 6'] });
  });

  it('comillas sin cerrar', async () => {
    const e = await fail('comillas-sin-cerrar');
    expectProblem(e, { file: 'data/prueba/organizaciones.csv', line: 3, says: ['comillas', 'nunca se cierran'] });
  });

  it('Windows-1252 (Excel "CSV delimitado por comas"): se lee sin mojibake', async () => {
    const e = await fail('latin1');
    const text = expectProblem(e, { file: 'data/prueba/entrevistas.csv', line: 4, column: 3, says: ['"Telefónica" no es una modalidad válida'] });
    expect(text).not.toMatch(/Ã|�/);
  });

  it('UTF-8 con BOM: la primera columna se reconoce', async () => {
    const e = await fail('bom');
    expectProblem(e, { file: 'data/prueba/entrevistas.csv', line: 3, column: 5, field: 'sector', says: ['"policía" no es un sector válido'] });
    expect(e.problems).toHaveLength(1); // no "columna desconocida \uFEFFid"
  });

  it('separador punto y coma (Excel en español), con comas dentro de los textos', async () => {
    const e = await fail('punto-y-coma');
    expectProblem(e, { file: 'data/prueba/entrevistas.csv', line: 4, column: 5, field: 'sector', says: ['"Gobierno municipal y federal"'] });
    expect(e.problems).toHaveLength(1);
  });

  it('campo entre comillas con saltos de línea: la línea del error sigue siendo la correcta', async () => {
    const e = await fail('multilinea');
    expectProblem(e, { file: 'data/prueba/segmentos.csv', line: 5, column: 5, field: 'valencia', says: ['"obstaculo"', 'valencia válida'] });
  });

  it('UTF-16 con BOM ("Texto Unicode" de Excel) se lee, con los acentos intactos', async () => {
    // The fixture's only mistake is a modality: the file itself is read (issue #12: UTF-16 with BOM is accepted).
    const e = await fail('utf16');
    expectProblem(e, { file: 'data/prueba/entrevistas.csv', line: 4, column: 3, field: 'modalidad', says: ['"Telefónica"', 'presencial, virtual'] });
    expect(e.problems).toHaveLength(1);
  });

  it('bytes que no son UTF-8 ni Windows-1252', async () => {
    const e = await fail('codificacion-ilegible');
    expectProblem(e, { file: 'data/prueba/recomendaciones.csv', line: 3, says: ['ni en Windows-1252', 'CSV UTF-8'] });
  });

  it('YAML con error de sintaxis', async () => {
    const e = await fail('yaml-roto');
    const p = e.problems.find((x) => x.file === 'data/prueba/estado.yaml')!;
    expect(p).toMatchObject({ line: 6, column: 1 });
    expect(p.message).toContain('YAML no válido');
  });

  it('estado.yaml que no cumple el esquema: ruta YAML, línea y valor', async () => {
    const e = await fail('yaml-esquema');
    expectProblem(e, { file: 'data/prueba/estado.yaml', line: 3, column: 14, field: 'clave_inegi', says: ['32', '(se encontró 40)'] });
    expectProblem(e, { file: 'data/prueba/estado.yaml', line: 12, field: 'estado_documento', says: ['"borrador"', '"revisado"'] });
  });

  it('narrativa de un capítulo que no existe', async () => {
    const e = await fail('narrativa-desconocida');
    expectProblem(e, { file: 'data/prueba/narrativa/conclusiones.md', says: ['"conclusiones" no es un capítulo'] });
  });

  it('narrativa con un título ## (solo ### está permitido)', async () => {
    const e = await fail('titulo-en-narrativa');
    expectProblem(e, { file: 'data/prueba/narrativa/deteccion.md', line: 3, says: ['«##»', '«###»'] });
    expect(e.problems).toHaveLength(1); // the ## inside a code fence does not count
  });

  it('narrativa con un título subrayado (setext) o sangrado', async () => {
    const root = makeProject();
    writeFileSync(path.join(root, 'data', 'prueba', 'narrativa', 'deteccion.md'), 'Párrafo.\n\nUn título\n---------\n\n  ## Sangrado\n\n### Permitido\n');
    const e = await userError(() => loadState('prueba', { root }));
    expectProblem(e, { file: 'data/prueba/narrativa/deteccion.md', line: 3, says: ['subrayado'] });
    expectProblem(e, { file: 'data/prueba/narrativa/deteccion.md', line: 6, says: ['«###»'] });
    expect(e.problems).toHaveLength(2);
  });

  it('archivo de estadísticas SESNSP con encabezado equivocado', async () => {
    const e = await fail('sesnsp-encabezado');
    expectProblem(e, { file: 'data/comun/sesnsp-muestra.csv', line: 1, says: ['"Clave_Ent"'] });
  });

  it('archivo de estadísticas SESNSP con un mes no numérico', async () => {
    const e = await fail('sesnsp-mes-invalido');
    expectProblem(e, { file: 'data/comun/sesnsp-muestra.csv', line: 3, column: 12, field: 'Marzo', says: ['"tres"'] });
  });

  it('falta un archivo del estado', async () => {
    const root = makeProject();
    rmSync(path.join(root, 'data', 'prueba', 'organizaciones.csv'));
    const e = await userError(() => loadState('prueba', { root }));
    expectProblem(e, { file: 'data/prueba/organizaciones.csv', says: ['falta el archivo organizaciones.csv'] });
  });

  it('falta un catálogo en data/comun y en el estado', async () => {
    const root = makeProject();
    rmSync(path.join(root, 'data', 'comun', 'marco-normativo.csv'));
    const e = await userError(() => loadState('prueba', { root }));
    expectProblem(e, { file: 'data/prueba/marco-normativo.csv', says: ['data/comun/', 'data/prueba/'] });
  });

  it('junta TODOS los problemas de una corrida en un solo error', async () => {
    const e = await fail('enum-invalido', 'columna-faltante', 'padre-inexistente', 'yaml-esquema', 'titulo-en-narrativa');
    expect(e.message).toBe(`Se encontraron ${e.problems.length} problemas en los datos de prueba`);
    expect(new Set(e.problems.map((p) => p.file))).toEqual(new Set([
      'data/prueba/entrevistas.csv', 'data/prueba/recomendaciones.csv', 'data/prueba/libro-codigos.csv',
      'data/prueba/estado.yaml', 'data/prueba/narrativa/deteccion.md',
    ]));
    const printed = formatUserError(e);
    expect(printed.split('\n')).toHaveLength(e.problems.length + 1);
    expect(printed).not.toContain('    at ');
  });
});
