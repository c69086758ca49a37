/**
 * Every message masks what it quotes (issue 18, item 4): an identifier typed where the toolkit
 * echoes the value back (a vocabulary column, a YAML value, a flowchart step) reaches the
 * terminal masked, whichever code path built the message.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadState } from '../../src/load/state.js';
import { loadStateFlowcharts } from '../../src/flowcharts/load.js';
import { UserError, formatProblem, formatUserError } from '../../src/util/errors.js';
import { copyProject } from '../pipeline/helpers.js';

const CURP = 'GODE561231HDFRRN09'; // fictitious, valid shape
const MASKED = 'GO**************09';

function edit(root: string, file: string, from: string, to: string): void {
  const abs = path.join(root, file);
  const text = readFileSync(abs, 'utf8');
  expect(text).toContain(from);
  writeFileSync(abs, text.replace(from, to));
}

async function errorOf(f: () => unknown): Promise<UserError> {
  try {
    await f();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return e as UserError;
  }
  throw new Error('expected a UserError');
}

/** What the CLI prints, and what any other consumer of the error object would read. */
function everything(e: UserError): string {
  return [formatUserError(e), e.message, ...e.problems.map((p) => `${p.file} ${p.field ?? ''} ${p.message}`)].join('\n');
}

describe('los mensajes enmascaran los identificadores que citan', () => {
  it('una CURP en una columna de vocabulario (entrevistas.csv › sector)', async () => {
    const root = copyProject();
    edit(root, 'data/chihuahua/entrevistas.csv', 'CHH-E01,2026-04-07,presencial,INM,gobierno_federal', `CHH-E01,2026-04-07,presencial,INM,${CURP}`);
    const e = await errorOf(() => loadState('chihuahua', { root }));
    const out = formatUserError(e);
    expect(out).toContain(`data/chihuahua/entrevistas.csv, línea 2, columna 5 [sector]: "${MASKED}" no es un sector válido`);
    expect(everything(e)).not.toContain(CURP);
  });

  it('una CURP con guiones en un valor de estado.yaml', async () => {
    const root = copyProject();
    const disguised = 'GODE-561231-HDFRRN-09';
    edit(root, 'data/chihuahua/estado.yaml', 'estado_documento: borrador', `estado_documento: ${disguised}`);
    const e = await errorOf(() => loadState('chihuahua', { root }));
    const out = formatUserError(e);
    expect(out).toMatch(/data\/chihuahua\/estado\.yaml, línea \d+, columna \d+ \[estado_documento\]/);
    expect(out).toContain('GO*****************09');
    expect(everything(e)).not.toContain(disguised);
    expect(everything(e)).not.toContain(CURP);
  });

  it('una CURP en un paso de flujograma (su carril)', async () => {
    const root = copyProject();
    const lane = CURP.toLowerCase(); // a valid id shape: lower case and digits
    edit(root, 'data/comun/flujogramas/nna.yaml', '    carril: procuraduria_nna\n    etapa: proteccion\n    texto: Medidas urgentes', `    carril: ${lane}\n    etapa: proteccion\n    texto: Medidas urgentes`);
    const e = await errorOf(() => loadStateFlowcharts('chihuahua', { root }));
    const out = formatUserError(e);
    expect(out).toContain('el paso "medidas_urgentes" usa el carril desconocido "go**************09"');
    expect(everything(e).toLowerCase()).not.toContain(lane);
  });

  it('el constructor enmascara el resumen, el archivo, el campo y el mensaje de cada problema', () => {
    const e = new UserError(`No se pudo procesar ${CURP}`, [
      { file: `data/prueba/${CURP}.csv`, line: 2, field: `col ${CURP}`, message: 'valor no válido «juana.perez @ correo.mx», llame al 656 123 4567' },
    ]);
    const p = e.problems[0]!;
    expect(e.message).toBe(`No se pudo procesar ${MASKED}`);
    expect(p.file).toBe(`data/prueba/${MASKED}.csv`);
    expect(p.field).toBe(`col ${MASKED}`);
    expect(p.message).toBe('valor no válido «ju********* * *******mx», llame al 65* *** **67');
    expect(p.line).toBe(2);
  });

  it('formatProblem enmascara también un problema construido a mano', () => {
    expect(formatProblem({ file: 'x.csv', line: 3, message: `se encontró "${CURP}"` })).toBe(`x.csv, línea 3: se encontró "${MASKED}"`);
  });

  it('un mensaje sin identificadores queda igual (años, artículos, conteos)', () => {
    const message = 'se esperaba una fecha AAAA-MM-DD (se encontró "2028-02-30"); artículo 10, fracción III; 12 de 30 filas';
    expect(new UserError('Resumen 2019-2024', [{ file: 'a.csv', message }]).problems[0]!.message).toBe(message);
  });
});
