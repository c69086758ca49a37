/**
 * Issue #12, input side: every class of malformed input an analyst can produce gives a Spanish
 * error naming the file and line (or is read correctly) — never a silent shift of cells, never
 * mojibake, never a stack trace. Each test here failed on the main of 2026-12-01.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadState, loadStateConfig } from '../../src/load/state.js';
import { parseCsvText, readCsv } from '../../src/load/csv.js';
import { validateTable } from '../../src/load/rows.js';
import { interviewSchema, organisationSchema } from '../../src/schemas/datasets.js';
import { readProjectConfig } from '../../src/config/project.js';
import { importSesnsp } from '../../src/import/sesnsp.js';
import { importTaguette } from '../../src/import/taguette.js';
import { createEngine, renderTemplate } from '../../src/render/markdown/index.js';
import { parseFlowchartFile } from '../../src/flowcharts/load.js';
import { loadDeckTemplate } from '../../src/write/pptx/template.js';
import { checkRetention } from '../../src/privacy/retention.js';
import { formatUserError } from '../../src/util/errors.js';
import { REPO, cleanProjects, expectProblem, makeProject, userError } from '../data/helpers.js';

afterAll(cleanProjects);

/** Windows-1252 bytes of a string (Latin-1 range and the characters of 0x80–0x9F). */
function cp1252(s: string): Buffer {
  const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
  return Buffer.from([...s].map((ch) => {
    const i = high.indexOf(ch);
    if (i >= 0) return 0x80 + i;
    const c = ch.codePointAt(0)!;
    if (c > 0xff) throw new Error(`no cabe en Windows-1252: ${ch}`);
    return c;
  }));
}
const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()]);

const INTERVIEWS = 'id,fecha,modalidad,institucion_id,sector,cargo,municipio,consentimiento_grabacion,consentimiento_cita\n';

describe('filas con menos celdas que el encabezado', () => {
  it('a row that lost a cell is an error with file, line and the missing column — its cells are not shifted left', async () => {
    const root = makeProject();
    // The municipality is missing: today "sí" became the municipality and "no" the recording consent.
    writeFileSync(path.join(root, 'data/prueba/entrevistas.csv'), INTERVIEWS +
      'ENT-01,2025-03-10,presencial,fge,gobierno_estatal,Agente del Ministerio Público,Ciudad Juárez,sí,no\n' +
      'ENT-02,12/03/2025,virtual,dif,gobierno_estatal,Coordinación de atención a víctimas,sí,no\n' +
      'ENT-03,2025-03-14,Presencial,inm,gobierno_federal,Oficial de protección a la infancia,Ciudad Juárez,Sí,sí\n');
    const e = await userError(() => loadState('prueba', { root }));
    expectProblem(e, { file: 'data/prueba/entrevistas.csv', line: 3, column: 9, field: 'consentimiento_cita', says: ['8 celdas y el encabezado 9', '"consentimiento_cita"', 'se corrieron a la izquierda'] });
    // Segments pointing at ENT-02 are not blamed for it.
    expect(e.problems).toHaveLength(1);
  });

  it('a record cut in two by an unquoted line break names both halves', () => {
    const t = parseCsvText(INTERVIEWS + 'ENT-01,2025-03-10,presencial,fge,gobierno_estatal,Agente del\nMinisterio Público,Ciudad Juárez,sí,no\n', 'data/x/entrevistas.csv');
    const v = validateTable(t, interviewSchema);
    expect(v.rows).toHaveLength(0);
    expect(v.problems.map((p) => [p.line, p.column, p.field])).toEqual([[2, 7, 'municipio'], [3, 5, 'sector']]);
    expect(v.problems[0]!.message).toContain('faltan las celdas de las columnas "municipio", "consentimiento_grabacion", "consentimiento_cita"');
  });

  it('missing trailing cells of optional columns are accepted as empty (documented in docs/datos.md)', () => {
    const header = 'id,nombre,tipo,servicios,alcance,municipios,duracion,costo,poblacion_objetivo,contacto_institucional\n';
    const t = parseCsvText(header + 'org-1,Casa Refugio,refugio,alojamiento,estatal,Chihuahua,mediana,gratuito,nna\n', 'organizaciones.csv');
    const v = validateTable(t, organisationSchema);
    expect(v.problems).toEqual([]);
    expect(v.rows[0]).toMatchObject({ id: 'org-1', poblacion_objetivo: ['nna'], contacto_institucional: undefined });
    expect(readFileSync(path.join(REPO, 'docs', 'datos.md'), 'utf8')).toContain('Filas con menos celdas');
  });
});

describe('codificaciones de todos los archivos de texto', () => {
  it('a narrative saved in Windows-1252 keeps its accents (no U+FFFD in the report)', async () => {
    const root = makeProject();
    writeFileSync(path.join(root, 'data/prueba/narrativa/metodologia.md'), cp1252('La Fiscalía revisó los “protocolos” de atención — año 2025.\n'));
    const data = await loadState('prueba', { root });
    expect(data.narrativa.metodologia!.markdown).toBe('La Fiscalía revisó los “protocolos” de atención — año 2025.\n');
  });

  it('estado.yaml in Windows-1252 and in UTF-16 (LE and BE, with BOM) is read with its accents', () => {
    const root = makeProject();
    const file = path.join(root, 'data/prueba/estado.yaml');
    const source = readFileSync(file, 'utf8').replace('nombre: Estado de Prueba', 'nombre: Estado de Prueba Año Único');
    for (const bytes of [cp1252(source), utf16le(source), utf16be(source)]) {
      writeFileSync(file, bytes);
      expect(loadStateConfig('prueba', root).nombre).toBe('Estado de Prueba Año Único');
    }
  });

  it('Excel\'s "Texto Unicode" (UTF-16 with BOM, tab-separated) is read as a CSV', async () => {
    const root = makeProject();
    const file = path.join(root, 'data/prueba/entrevistas.csv');
    const tsv = readFileSync(file, 'utf8').replaceAll(',', '\t').replace(/\r?\n/g, '\r\n');
    writeFileSync(file, utf16le(tsv));
    const data = await loadState('prueba', { root });
    expect(data.entrevistas.rows.map((r) => r.municipio)).toEqual(['Ciudad Juárez', 'Chihuahua', 'Ciudad Juárez']);
    expect(data.entrevistas.locations[2]).toMatchObject({ file: 'data/prueba/entrevistas.csv', line: 4 });
  });

  it('a UTF-8 file with one stray Windows-1252 byte is an error naming its line and column, not decoded whole as Windows-1252', async () => {
    const root = makeProject();
    const good = Buffer.from(INTERVIEWS + 'ENT-01,2025-03-10,presencial,fge,gobierno_estatal,Agente del Ministerio Público,Ciudad Juárez,sí,no\n', 'utf8');
    // "Coordinaci\xF3n" pasted from a Windows-1252 program into an otherwise UTF-8 file.
    const bad = Buffer.concat([good, Buffer.from('ENT-02,12/03/2025,virtual,dif,gobierno_estatal,Coordinaci', 'utf8'), Buffer.from([0xf3]), Buffer.from('n,Chihuahua,no,no\n', 'utf8')]);
    writeFileSync(path.join(root, 'data/prueba/entrevistas.csv'), bad);
    const e = await userError(() => loadState('prueba', { root }));
    expectProblem(e, { file: 'data/prueba/entrevistas.csv', line: 3, column: 58, says: ['mezcla codificaciones', 'línea 3, columna 58', '0xF3', '«ó»', 'UTF-8'] });
  });

  it('the same stray byte in a narrative, estado.yaml, a template and a flowchart', async () => {
    const root = makeProject();
    const mixed = (before: string, after: string) => Buffer.concat([Buffer.from(before, 'utf8'), Buffer.from([0xe9]), Buffer.from(after, 'utf8')]);
    writeFileSync(path.join(root, 'data/prueba/narrativa/metodologia.md'), mixed('Año de campo.\n\nEl caf', ' de la Fiscalía.\n'));
    const e = await userError(() => loadState('prueba', { root }));
    expectProblem(e, { file: 'data/prueba/narrativa/metodologia.md', line: 3, column: 7, says: ['mezcla codificaciones', '«é»'] });

    const yamlFile = path.join(root, 'data/prueba/estado.yaml');
    const [head, tail] = readFileSync(yamlFile, 'utf8').replace('nombre: Estado de Prueba', 'nombre: Estado de Prueba Año\n# caf@@').split('@@');
    writeFileSync(yamlFile, mixed(head!, tail!));
    const e2 = await userError(() => loadStateConfig('prueba', root));
    expectProblem(e2, { file: 'data/prueba/estado.yaml', line: 3, column: 6, says: ['mezcla codificaciones'] });

    const dir = path.join(root, 'plantillas-prueba');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'capitulo.md.hbs'), mixed('# Introducción\n\nCaf', '\n'));
    const e3 = await userError(() => createEngine(dir, root).template('capitulo'));
    expectProblem(e3, { file: 'plantillas-prueba/capitulo.md.hbs', line: 3, column: 4, says: ['mezcla codificaciones'] });

    const flow = path.join(root, 'flujo.yaml');
    writeFileSync(flow, mixed('perfil: nna # niñas, niños\ntitulo: Atenci', 'n\n'));
    const problems: import('../../src/util/errors.js').Problem[] = [];
    expect(parseFlowchartFile(flow, root, problems)).toBeUndefined();
    expect(problems[0]).toMatchObject({ file: 'flujo.yaml', line: 2, column: 15 });
    expect(problems[0]!.message).toContain('mezcla codificaciones');
  });

  it('templates, flowcharts and the slide list saved in Windows-1252 are read with their accents', () => {
    const root = makeProject();
    const dir = path.join(root, 'plantillas-prueba');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'capitulo.md.hbs'), cp1252('# Introducción\n\nLa atención a víctimas — “integral”.\n'));
    expect(createEngine(dir, root).template('capitulo')({})).toBe('# Introducción\n\nLa atención a víctimas — “integral”.\n');

    const flow = path.join(root, 'nna.yaml');
    writeFileSync(flow, cp1252(readFileSync(path.join(REPO, 'data/comun/flujogramas/nna.yaml'), 'utf8').replace(/[^\u0000-\u00ff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/gu, '-')));
    const problems: import('../../src/util/errors.js').Problem[] = [];
    const parsed = parseFlowchartFile(flow, root, problems);
    expect(problems).toEqual([]);
    expect(JSON.stringify(parsed!.data)).not.toContain('\uFFFD');
    expect(JSON.stringify(parsed!.data)).toMatch(/[áéíóúñ]/);

    const deck = path.join(root, 'cie.yaml');
    writeFileSync(deck, cp1252(readFileSync(path.join(REPO, 'templates/presentacion/cie.yaml'), 'utf8').replace(/[^\u0000-\u00ff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/gu, '-')));
    const t = loadDeckTemplate(root, 'cie.yaml');
    expect(JSON.stringify(t)).not.toContain('\uFFFD');
    expect(JSON.stringify(t)).toMatch(/[áéíóúñ]/);
  });
});

describe('texto que XML 1.0 no admite', () => {
  it('a vertical tab in a CSV cell (a line break pasted from Word into Excel) becomes a line break', () => {
    const t = parseCsvText('id,texto\nR-01,Primera línea\u000Bsegunda línea\u000Cfin\n', 'recomendaciones.csv');
    expect(t.records[0]!.values[1]).toBe('Primera línea\nsegunda línea\nfin');
  });

  it('other control characters in a cell are refused with file, line, column and the column name', async () => {
    const e = await userError(() => parseCsvText('id,texto\nR-01,ok\nR-02,"dos\nlíneas y un \u0007timbre"\n', 'data/x/recomendaciones.csv'));
    expectProblem(e, { file: 'data/x/recomendaciones.csv', line: 4, column: 2, field: 'texto', says: ['U+0007', 'bórrelo'] });
  });

  it('in a narrative: vertical tab cleaned, other controls refused with line and column', async () => {
    const root = makeProject();
    const file = path.join(root, 'data/prueba/narrativa/metodologia.md');
    writeFileSync(file, 'Uno\u000Bdos.\n');
    expect((await loadState('prueba', { root })).narrativa.metodologia!.markdown).toBe('Uno\ndos.\n');
    writeFileSync(file, 'Uno.\n\nDos \u001B tres.\n');
    const e = await userError(() => loadState('prueba', { root }));
    expectProblem(e, { file: 'data/prueba/narrativa/metodologia.md', line: 3, column: 5, says: ['U+001B'] });
  });

  it('in YAML: vertical tab becomes a space, U+FFFF and lone surrogates are refused with line and column', async () => {
    const root = makeProject();
    const file = path.join(root, 'data/prueba/estado.yaml');
    const source = readFileSync(file, 'utf8');
    writeFileSync(file, source.replace('nombre: Estado de Prueba', 'nombre: Estado\u000Bde Prueba'));
    expect(loadStateConfig('prueba', root).nombre).toBe('Estado de Prueba');
    writeFileSync(file, source.replace('nombre: Estado de Prueba', 'nombre: Estado de Prueba\uFFFF'));
    expectProblem(await userError(() => loadStateConfig('prueba', root)), { file: 'data/prueba/estado.yaml', line: 2, column: 25, says: ['U+FFFF'] });
    // A lone surrogate can only come from UTF-16.
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(source.replace('nombre: Estado de Prueba', 'nombre: Estado X'), 'utf16le')]));
    const bytes = readFileSync(file);
    const at = bytes.indexOf(Buffer.from('X', 'utf16le'));
    bytes.writeUInt16LE(0xd800, at);
    writeFileSync(file, bytes);
    expectProblem(await userError(() => loadStateConfig('prueba', root)), { file: 'data/prueba/estado.yaml', line: 2, column: 16, says: ['U+D800'] });
  });
});

describe('rutas que son carpetas o no existen', () => {
  it('--sesnsp pointing at a folder, and estadisticas.archivo pointing at a folder', async () => {
    const root = makeProject();
    const e = await userError(() => loadState('prueba', { root, sesnspFile: path.join(root, 'data') }));
    expectProblem(e, { file: 'data', says: ['es una carpeta'] });
    const file = path.join(root, 'data/prueba/estado.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('archivo: data/comun/sesnsp-muestra.csv', 'archivo: data/comun'));
    const e2 = await userError(() => loadState('prueba', { root }));
    expectProblem(e2, { file: 'data/prueba/estado.yaml', field: 'estadisticas.archivo', says: ['data/comun es una carpeta'] });
  });

  it("the importer's export file missing or a folder", async () => {
    for (const [f, says] of [['/nonexistent/export.csv', 'el archivo no existe'], [REPO, 'es una carpeta']] as const) {
      const e = await userError(() => importTaguette(f, { codebook: [], interviewIds: [], codificador: 'ana', display: 'exportacion.csv' }));
      expectProblem(e, { file: 'exportacion.csv', says: [says] });
    }
  });

  it("a state's estado.yaml that is a folder, a narrativa that is a file, a dataset that is a folder", async () => {
    const root = makeProject();
    rmSync(path.join(root, 'data/prueba/narrativa'), { recursive: true });
    writeFileSync(path.join(root, 'data/prueba/narrativa'), 'no soy una carpeta');
    rmSync(path.join(root, 'data/prueba/organizaciones.csv'));
    mkdirSync(path.join(root, 'data/prueba/organizaciones.csv'));
    const e = await userError(() => loadState('prueba', { root }));
    expectProblem(e, { file: 'data/prueba/narrativa', says: ['narrativa/ debe ser una carpeta'] });
    expectProblem(e, { file: 'data/prueba/organizaciones.csv', says: ['es una carpeta'] });

    rmSync(path.join(root, 'data/prueba/estado.yaml'));
    mkdirSync(path.join(root, 'data/prueba/estado.yaml'));
    const e2 = await userError(() => loadStateConfig('prueba', root));
    expectProblem(e2, { file: 'data/prueba/estado.yaml', says: ['es una carpeta'] });
  });
});

describe('SESNSP', () => {
  const HEADER = 'Año,Clave_Ent,Entidad,Bien jurídico afectado,Tipo de delito,Subtipo de delito,Modalidad,Sexo,Rango de edad,Enero,Febrero,Marzo,Abril,Mayo,Junio,Julio,Agosto,Septiembre,Octubre,Noviembre,Diciembre';
  const row = (ent: number, months: string) => `2024,${ent},Entidad,La sociedad,Trata de personas,Trata de personas,Trata de personas,Mujer,Adultos (18 y más),${months}`;

  it('a file with no rows for the state is an error naming the state and the file, not a report of zero victims', async () => {
    const root = makeProject();
    writeFileSync(path.join(root, 'otra-entidad.csv'), [HEADER, row(7, '1,0,0,0,0,0,0,0,0,0,0,0')].join('\r\n'));
    const e = await userError(() => loadState('prueba', { root, sesnspFile: path.join(root, 'otra-entidad.csv') }));
    expectProblem(e, { file: 'otra-entidad.csv', says: ['Estado de Prueba', 'Clave_Ent = 8', 'archivo correcto'] });
  });

  it('a quoted thousands separator is read as thousands; a comma in any other place is refused, not guessed', async () => {
    const root = makeProject();
    const f = path.join(root, 's.csv');
    writeFileSync(f, [HEADER, row(8, '"1,234",2,0,0,0,0,0,0,0,0,0,0')].join('\r\n'));
    expect((await importSesnsp(f, { claveEnt: 8 }))[0]!.victimas).toBe(1234);
    writeFileSync(f, [HEADER, row(8, '"12,34",2,0,0,0,0,0,0,0,0,"1,5",0')].join('\r\n'));
    const e = await userError(() => importSesnsp(f, { claveEnt: 8, display: 's.csv' }));
    expectProblem(e, { file: 's.csv', line: 2, column: 10, field: 'Enero', says: ['"12,34"', 'separador de miles'] });
    expectProblem(e, { file: 's.csv', line: 2, column: 20, says: ['"1,5"'] });
  });

  it('a line with unclosed quotes is a problem with its line, not a crash', async () => {
    const root = makeProject();
    const f = path.join(root, 's.csv');
    writeFileSync(f, [HEADER, row(8, '"1,0,0,0,0,0,0,0,0,0,0,0')].join('\r\n'));
    const e = await userError(() => importSesnsp(f, { claveEnt: 8, display: 's.csv' }));
    expectProblem(e, { file: 's.csv', line: 2, says: ['comillas'] });
  });
});

describe('fechas y umbrales de configuración', () => {
  it('an impossible retention date (conservar_hasta: 2028-02-30) is refused with its line', async () => {
    const root = makeProject();
    const file = path.join(root, 'data/prueba/estado.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('conservar_hasta: 2027-12-31', 'conservar_hasta: 2028-02-30'));
    const e = await userError(() => loadStateConfig('prueba', root));
    const line = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes('conservar_hasta')) + 1;
    expectProblem(e, { file: 'data/prueba/estado.yaml', line, field: 'conjuntos.entrevistas.conservar_hasta', says: ['no es una fecha que exista'] });
    // And the retention check itself does not take it for a date.
    const problems = checkRetention({ conjuntos: { entrevistas: { proposito: 'p', responsable: 'r', conservar_hasta: '2028-02-30' } } }, '2026-12-01', { slug: 'prueba' });
    expect(problems[0]!.message).toContain('«2028-02-30» no es una fecha que exista');
  });

  it('umbral_supresion 0 or 1 in proyecto.yaml is a Spanish error with file and line', () => {
    for (const v of [0, 1]) {
      const root = makeProject();
      const file = path.join(root, 'proyecto.yaml');
      const src = readFileSync(file, 'utf8');
      expect(src).toMatch(/umbral_supresion: \d+/);
      writeFileSync(file, src.replace(/umbral_supresion: \d+/, `umbral_supresion: ${v}`));
      const line = src.split('\n').findIndex((l) => l.includes('umbral_supresion')) + 1;
      const r = readProjectConfig(root);
      expect(r.value).toBeUndefined();
      expect(r.problems).toHaveLength(1);
      expect(r.problems[0]).toMatchObject({ file: 'proyecto.yaml', line, field: 'privacidad.umbral_supresion' });
      expect(r.problems[0]!.message).toMatch(/^Demasiado pequeño: .*2/);
      expect(r.problems[0]!.message).toContain(`se encontró ${v}`);
    }
  });
});

describe('errores de sintaxis de Handlebars en español', () => {
  const cases: [string, number, string][] = [
    ['Texto\n{{#if estado.nombre}}\nhola\n', 2, 'el bloque «{{#if}}» de la línea 2 no se cierra; falta «{{/if}}»'],
    ['{{estado.nombre}\n', 1, 'se encontró un carácter no válido donde se esperaba'],
    ['a\n\n{{}}\n', 3, 'se encontró «}}» donde se esperaba un nombre de campo o de helper'],
    ['{{#if estado}}a{{/each}}', 1, '«{{/each}}» cierra el bloque «{{#if}}»'],
    ['x {{/if}}', 1, 'no corresponde a ningún «{{#…}}» abierto'],
    ['{{!-- sin cerrar', 1, 'comentario «{{!--» sin cerrar'],
  ];
  it.each(cases)('%j', (source, line, says) => {
    let err: unknown;
    try {
      renderTemplate(source, { estado: { nombre: 'X' } }, 'templates/diagnostico/prueba.md.hbs');
    } catch (e) {
      err = e;
    }
    const printed = formatUserError(err as never);
    expect(printed).toContain(`templates/diagnostico/prueba.md.hbs, línea ${line}`);
    expect(printed).toContain(says);
    expect(printed).not.toMatch(/Expecting|Parse error|doesn't match|Lexical error|got '/);
  });
});

describe('otros archivos mal formados', () => {
  const load = (bytes: Buffer | string, schema = interviewSchema) => validateTable(parseCsvText(typeof bytes === 'string' ? bytes : bytes.toString('utf8'), 'x.csv'), schema);

  it('a file with only a BOM, or only blank lines, is "empty" on line 1', async () => {
    const root = makeProject();
    for (const bytes of [Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('\r\n\r\n'), Buffer.alloc(0), Buffer.from([0xff, 0xfe])]) {
      writeFileSync(path.join(root, 'x.csv'), bytes);
      const e = await userError(() => readCsv(path.join(root, 'x.csv'), 'x.csv'));
      expectProblem(e, { file: 'x.csv', line: 1, says: ['vacío'] });
    }
  });

  it('a header-only file loads with no rows; a repeated header name is reported once', () => {
    expect(load(INTERVIEWS)).toMatchObject({ rows: [], problems: [] });
    const v = load(INTERVIEWS.replace('municipio', 'cargo'));
    expect(v.problems.map((p) => p.message)).toContain('la columna "cargo" está repetida (ya aparece en la columna 6)');
  });

  it('a CSV saved with "\\r" only line ends keeps its line numbers', () => {
    const t = parseCsvText(INTERVIEWS.replace('\n', '\r') + 'ENT-01,2025-03-10,presencial,fge,gobierno_estatal,Agente,Juárez,sí,no\rENT-02,2025-03-10,telefonica,fge,gobierno_estatal,Agente,Juárez,sí,no\r', 'x.csv');
    const v = validateTable(t, interviewSchema);
    expect(v.rows).toHaveLength(1);
    expect(v.problems[0]).toMatchObject({ line: 3, column: 3, field: 'modalidad' });
  });

  it('an .xlsx renamed to .csv is named as such', async () => {
    const root = makeProject();
    writeFileSync(path.join(root, 'libro.csv'), Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), Buffer.alloc(30)]));
    const e2 = await userError(() => readCsv(path.join(root, 'libro.csv'), 'libro.csv'));
    expectProblem(e2, { file: 'libro.csv', line: 1, says: ['libro de Excel (.xlsx)'] });
  });

  it('a 2 MB cell and a 200,000-cell row load in bounded time', () => {
    const long = 'x'.repeat(2_000_000);
    const t0 = performance.now();
    const t = parseCsvText(`id,texto\nR-1,${long}\n`, 'x.csv');
    expect(t.records[0]!.values[1]).toHaveLength(2_000_000);
    const wide = parseCsvText(`id,texto\n${Array.from({ length: 200_000 }, (_, i) => i).join(',')}\n`, 'x.csv');
    expect(wide.records[0]!.values).toHaveLength(200_000);
    const v = validateTable(wide, organisationSchema);
    expect(v.problems.map((p) => p.message)).toContainEqual(expect.stringContaining('la fila tiene 200000 celdas'));
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
