/** The CSV reader: encodings, separators, line numbers, quoting, what Excel leaves behind. */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { decodeText, detectDelimiter, parseCsvText, readCsv, toCsv } from '../../src/load/csv.js';
import { count } from '../../src/schemas/fields.js';
import { recommendationSchema } from '../../src/schemas/datasets.js';
import { validateTable } from '../../src/load/rows.js';
import { FIXTURES, userError } from './helpers.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('reads UTF-8 and drops the BOM', () => {
    expect(decodeText(enc('\uFEFFid,municipio\n1,Ciudad Juárez\n'), 'x.csv')).toEqual({ text: 'id,municipio\n1,Ciudad Juárez\n', encoding: 'utf-8' });
  });

  it('falls back to Windows-1252 without mojibake (Excel plain CSV, SESNSP)', () => {
    // 0x93/0x94/0x80 are Windows-1252's curly quotes and euro sign (not in ISO-8859-1).
    const win = Buffer.concat([Buffer.from('Año,Fiscalía,', 'latin1'), Buffer.from([0x93]), Buffer.from('ok', 'latin1'), Buffer.from([0x94, 0x20, 0x80])]);
    expect(decodeText(win, 'x.csv')).toEqual({ text: 'Año,Fiscalía,“ok” €', encoding: 'windows-1252' });
  });

  it('reads UTF-16 with BOM and refuses undecodable bytes, telling how to re-export as "CSV UTF-8"', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id,año\r\n', 'utf16le')]);
    expect(decodeText(utf16, 'a.csv')).toEqual({ text: 'id,año\r\n', encoding: 'utf-16le' });
    const e2 = await userError(() => decodeText(Buffer.from([0x69, 0x64, 0x0a, 0x61, 0x81, 0x0a]), 'b.csv'));
    expect(e2.problems[0]).toMatchObject({ file: 'b.csv', line: 2 });
    expect(e2.problems[0]!.message).toContain('ni en Windows-1252');
  });
});

describe('parseCsvText', () => {
  it('detects the separator from the header line, ignoring quoted text', () => {
    expect(detectDelimiter('id;nombre;"a, b, c"')).toBe(';');
    expect(detectDelimiter('id,nombre,"a; b; c"')).toBe(',');
    const t = parseCsvText('id;texto\r\n1;uno, dos\r\n', 'x.csv');
    expect(t.delimiter).toBe(';');
    expect(t.records[0]!.values).toEqual(['1', 'uno, dos']);
  });

  it('keeps the line where each record starts across multi-line quoted fields, CRLF and empty lines', () => {
    const text = 'id,texto\r\n1,"uno\r\ndos, ""tres""\r\ncuatro"\r\n\r\n2,cinco\r\n,\r\n3,"seis"\r\n\r\n\r\n';
    const t = parseCsvText(text, 'x.csv');
    expect(t.records.map((r) => [r.line, r.values[0]])).toEqual([[2, '1'], [6, '2'], [8, '3']]);
    expect(t.records[0]!.values[1]).toBe('uno\ndos, "tres"\ncuatro');
  });

  it('points at the record whose quotes are never closed', async () => {
    const e = await userError(() => parseCsvText('id,texto\n1,ok\n2,"abierto\n3,otro\n', 'x.csv'));
    expect(e.problems[0]).toMatchObject({ file: 'x.csv', line: 3 });
    expect(e.problems[0]!.message).toContain('comillas');
  });

  it('reports an empty file', async () => {
    const e = await userError(() => parseCsvText('\r\n\r\n', 'vacio.csv'));
    expect(e.problems[0]).toMatchObject({ file: 'vacio.csv', line: 1 });
  });

  it('reads a Windows-1252 file from disk with accents intact', () => {
    const t = readCsv(path.join(FIXTURES, 'rotos', 'latin1', 'data', 'prueba', 'entrevistas.csv'), 'entrevistas.csv');
    expect(t.encoding).toBe('windows-1252');
    expect(t.records[0]!.values[5]).toBe('Agente del Ministerio Público');
    expect(t.records[0]!.values[6]).toBe('Ciudad Juárez');
  });
});

describe('count() field (Excel thousands separators)', () => {
  it('accepts "1,234" and rejects decimals', () => {
    expect(count().parse('1,234')).toBe(1234);
    expect(count().parse(' 12 ')).toBe(12);
    expect(count().safeParse('1.5').success).toBe(false);
  });
});

describe('toCsv', () => {
  it('quotes only what needs quoting and round-trips through the reader', () => {
    const csv = toCsv(['a', 'b'], [['x, y', 'dijo "sí"\nluego'], ['1', undefined]]);
    expect(csv).toBe('a,b\r\n"x, y","dijo ""sí""\nluego"\r\n1,\r\n');
    expect(parseCsvText(csv, 'x.csv').records.map((r) => r.values)).toEqual([['x, y', 'dijo "sí"\nluego'], ['1', '']]);
  });
});

describe('recomendaciones.csv → titulo_corto (an optional column)', () => {
  const header = 'id,etapa,texto,institucion_id,prioridad,plazo';
  const row = 'R1,deteccion,Publicar un protocolo estatal de detección.,fge,alta,corto';

  it('a file without the column loads, with no short title', () => {
    const t = validateTable(parseCsvText(`${header}\n${row}\n`, 'recomendaciones.csv'), recommendationSchema);
    expect(t.problems).toEqual([]);
    expect(t.rows[0]!.titulo_corto).toBeUndefined();
  });

  it('reads the short title and refuses one over 60 characters, in Spanish, with its line', () => {
    const ok = validateTable(parseCsvText(`${header},titulo_corto\n${row},Protocolo de detección\n`, 'recomendaciones.csv'), recommendationSchema);
    expect(ok.rows[0]!.titulo_corto).toBe('Protocolo de detección');
    const long = 'Protocolo estatal de detección con apartado para la frontera sur';
    const bad = validateTable(parseCsvText(`${header},titulo_corto\n${row},${long}\n`, 'recomendaciones.csv'), recommendationSchema);
    expect(bad.rows).toEqual([]);
    expect(bad.problems).toHaveLength(1);
    expect(bad.problems[0]!).toMatchObject({ line: 2, column: 7, field: 'titulo_corto' });
    expect(bad.problems[0]!.message).toContain(`el título corto tiene ${long.length} caracteres y el máximo es 60`);
  });

  it('a required column is still required', () => {
    const t = validateTable(parseCsvText('id,etapa,texto,institucion_id,prioridad\nR1,deteccion,x,fge,alta\n', 'recomendaciones.csv'), recommendationSchema);
    expect(t.problems.map((p) => p.message).join('\n')).toContain('falta la columna "plazo"');
  });
});
