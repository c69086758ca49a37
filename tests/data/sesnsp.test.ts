/** SESNSP importer: the real national file (read in place, never copied) and format errors. */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importSesnsp } from '../../src/import/sesnsp.js';
import { haveRealSesnsp, SESNSP_REAL } from '../support/sesnsp.js';
import { userError } from './helpers.js';

const HAVE_NATIONAL = haveRealSesnsp();
const NATIONAL = SESNSP_REAL!;

const tmp = mkdtempSync(path.join(tmpdir(), 'sesnsp-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const HEADER = 'Año,Clave_Ent,Entidad,Bien jurídico afectado,Tipo de delito,Subtipo de delito,Modalidad,Sexo,Rango de edad,Enero,Febrero,Marzo,Abril,Mayo,Junio,Julio,Agosto,Septiembre,Octubre,Noviembre,Diciembre';
const TRATA = 'La sociedad,Trata de personas,Trata de personas,Trata de personas';
function write(name: string, lines: string[], encoding: BufferEncoding = 'latin1'): string {
  const f = path.join(tmp, name);
  writeFileSync(f, Buffer.from(lines.join('\r\n') + '\r\n', encoding));
  return f;
}
const yearly = (rows: { anio: number; victimas: number }[]) => {
  const m = new Map<number, number>();
  for (const r of rows) m.set(r.anio, (m.get(r.anio) ?? 0) + r.victimas);
  return [...m.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => v);
};

describe.skipIf(!HAVE_NATIONAL)('archivo nacional real (IDVFC_NM_dic24.csv)', () => {
  it('gives the README yearly totals for Chiapas and Chihuahua, fast', async () => {
    const t0 = performance.now();
    const all = await importSesnsp(NATIONAL);
    const ms = performance.now() - t0;
    console.info(`importSesnsp (archivo nacional, 73,600 filas): ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(1000);
    expect(all).toHaveLength(32 * 10 * 7 * 12);
    expect(yearly(all.filter((r) => r.clave_ent === 7))).toEqual([166, 85, 59, 33, 13, 13, 4, 5, 6, 3]);
    expect(yearly(all.filter((r) => r.clave_ent === 8))).toEqual([31, 34, 31, 48, 81, 31, 32, 65, 34, 51]);
    expect(yearly(all)).toEqual([1171, 782, 537, 584, 682, 681, 753, 942, 936, 790]);
  });

  it('filters by claveEnt and keeps accented labels intact (Latin-1 decoded)', async () => {
    const chis = await importSesnsp(NATIONAL, { claveEnt: 7 });
    expect(new Set(chis.map((r) => r.clave_ent))).toEqual(new Set([7]));
    expect(yearly(chis)).toEqual([166, 85, 59, 33, 13, 13, 4, 5, 6, 3]);
    expect(new Set(chis.map((r) => r.rango_edad))).toEqual(new Set(['Menores de edad (0-17)', 'Adultos (18 y más)', 'No especificado', 'No identificado']));
  });
});

describe('formato y errores', () => {
  it('reads a UTF-8, semicolon, Excel-resaved copy with thousands separators and unpublished months', async () => {
    const f = write('excel.csv', [
      HEADER.replaceAll(',', ';'),
      `2024;8;Chihuahua;${TRATA.replaceAll(',', ';')};Mujer;Adultos (18 y más);1,200;2;0;0;0;0;0;0;0;0;;`,
      `2024;8;Chihuahua;La vida;Homicidio;Homicidio doloso;Con arma de fuego;Mujer;Adultos (18 y más);9;9;9;9;9;9;9;9;9;9;9;9`,
    ], 'utf8');
    const rows = await importSesnsp(f);
    expect(rows).toHaveLength(10); // November and December not yet published
    expect(rows[0]).toEqual({ anio: 2024, mes: 1, clave_ent: 8, sexo: 'Mujer', rango_edad: 'Adultos (18 y más)', victimas: 1200 });
  });

  it('a non-SESNSP file names the missing columns on line 1', async () => {
    const f = write('otro.csv', ['id,nombre', '1,x']);
    const e = await userError(() => importSesnsp(f, { display: 'otro.csv' }));
    expect(e.problems[0]).toMatchObject({ file: 'otro.csv', line: 1 });
    expect(e.problems[0]!.message).toContain('"Año", "Clave_Ent"');
  });

  it('unknown sex, bad state code and short rows: file, line and column', async () => {
    const f = write('malo.csv', [
      HEADER,
      `2024,8,Chihuahua,${TRATA},Mujer,Adultos (18 y más),0,0,0,0,0,0,0,0,0,0,0,0`,
      `2024,8,Chihuahua,${TRATA},Femenino,Adultos (18 y más),0,0,0,0,0,0,0,0,0,0,0,0`,
      `2024,99,Chihuahua,${TRATA},Mujer,Adultos (18 y más),0,0,0,0,0,0,0,0,0,0,0,0`,
      `2024,8,Chihuahua,${TRATA},Mujer,Adultos (18 y más),0,0,0`,
    ]);
    const e = await userError(() => importSesnsp(f, { display: 'malo.csv' }));
    expect(e.message).toBe('Se encontraron 3 problemas en malo.csv');
    expect(e.problems[0]).toMatchObject({ file: 'malo.csv', line: 3, column: 8, field: 'Sexo' });
    expect(e.problems[0]!.message).toContain('"Femenino"');
    expect(e.problems[1]).toMatchObject({ line: 4, column: 2, field: 'Clave_Ent' });
    expect(e.problems[2]).toMatchObject({ line: 5 });
    expect(e.problems[2]!.message).toContain('12 columnas y el encabezado 21');
  });
});
