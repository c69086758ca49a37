/** Taguette and QualCoder exports → rows of segmentos.csv, using the codebook's conventions. */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { CodebookIndex, documentResolver } from '../../src/import/coding.js';
import { importQualcoder } from '../../src/import/qualcoder.js';
import { importTaguette } from '../../src/import/taguette.js';
import { codeSchema, type Code } from '../../src/schemas/datasets.js';
import { readCsv } from '../../src/load/csv.js';
import { validateTable } from '../../src/load/rows.js';
import { FIXTURES, userError } from './helpers.js';

const IMPORT = path.join(FIXTURES, 'importar');
const codebook = validateTable(readCsv(path.join(FIXTURES, 'bueno', 'data', 'comun', 'libro-codigos.csv')), codeSchema).rows;
const interviewIds = ['ENT-01', 'ENT-02', 'ENT-03'];

describe('Taguette (id,document,tag,content)', () => {
  const r = importTaguette(path.join(IMPORT, 'taguette-resaltados.csv'), {
    codebook, interviewIds, codificador: 'ana', display: 'taguette-resaltados.csv', documents: { 'Entrevista con enlace del INM.docx': 'ENT-03' },
  });

  it('maps highlights to segments: stage from the codebook, valence from a valence tag or the codebook', () => {
    expect(r.problems).toEqual([]);
    expect(r.rows.map((s) => [s.segmento_id, s.entrevista_id, s.codigo, s.etapa, s.valencia, s.perfil ?? ''])).toEqual([
      ['tg-11', 'ENT-01', 'det-sin-protocolo', 'deteccion', 'barrera', ''],
      ['tg-12', 'ENT-02', 'can-ruta-clara', 'canalizacion', 'buena_practica', 'nna'],
      ['tg-13', 'ENT-03', 'det-capacitacion', 'deteccion', 'avance', ''],
      ['tg-15', 'ENT-03', 'det-capacitacion', 'deteccion', 'avance', ''],
      ['tg-17', 'ENT-02', 'det-indicadores', 'deteccion', 'reto', ''],
      ['tg-18', 'ENT-01', 'det-indicadores', 'deteccion', 'avance', ''],
    ]);
    expect(r.rows[0]!.extracto).toBe('No tenemos un protocolo escrito, todo depende de quién atienda.');
    expect(r.rows[1]!.extracto).toBe('Cuando llega una niña ya sabemos a quién llamar: primero a la Procuraduría de Protección.');
    expect(r.rows.every((s) => s.codificador === 'ana')).toBe(true);
  });

  it('skips untagged highlights and highlights with only a profile', () => {
    expect(r.skipped).toBe(2);
  });

  it('reports unknown tags and unrecognised documents with line and column', () => {
    const bad = importTaguette(path.join(IMPORT, 'taguette-errores.csv'), { codebook, interviewIds, codificador: 'ana', display: 'taguette-errores.csv' });
    expect(bad.rows).toEqual([]);
    expect(bad.problems[0]).toMatchObject({ file: 'taguette-errores.csv', line: 2, column: 3 });
    expect(bad.problems[0]!.message).toContain('"protocolo-inexistente" no es un código');
    expect(bad.problems[1]).toMatchObject({ file: 'taguette-errores.csv', line: 3, column: 2 });
    expect(bad.problems[1]!.message).toContain('"Notas sueltas.docx"');
    expect(bad.problems[2]).toMatchObject({ file: 'taguette-errores.csv', line: 4, column: 3 });
    expect(bad.problems[2]!.message).toContain('no se sabe la valencia');
  });

  it('asks for a coder (Taguette exports have none)', () => {
    const r2 = importTaguette(path.join(IMPORT, 'taguette-resaltados.csv'), { codebook, interviewIds, documents: { 'Entrevista con enlace del INM.docx': 'ENT-03' } });
    expect(r2.problems[0]!.message).toContain('--codificador');
  });

  it('refuses a file that is not a Taguette export', async () => {
    const e = await userError(() => importTaguette(path.join(IMPORT, 'qualcoder-codificaciones.csv'), { codebook, interviewIds, display: 'q.csv' }));
    expect(e.problems[0]).toMatchObject({ file: 'q.csv', line: 1 });
    expect(e.problems[0]!.message).toContain('"id", "document", "tag", "content"');
  });
});

describe('QualCoder (codename,coder,file,coded_text,pos0,pos1)', () => {
  it('maps codings by code label or codigo, groups by span, takes the coder from the export', () => {
    const r = importQualcoder(path.join(IMPORT, 'qualcoder-codificaciones.csv'), { codebook, interviewIds, display: 'q.csv' });
    expect(r.problems).toEqual([]);
    expect(r.rows.map((s) => [s.segmento_id, s.entrevista_id, s.codigo, s.valencia, s.perfil ?? '', s.codificador])).toEqual([
      ['qc-ENT-01-120-186', 'ENT-01', 'det-sin-protocolo', 'barrera', '', 'maria'],
      ['qc-ENT-02-40-66', 'ENT-02', 'can-ruta-clara', 'buena_practica', 'nna', 'maria'],
      ['qc-ENT-03-10-40', 'ENT-03', 'det-capacitacion', 'avance', '', 'jose'],
      ['qc-ENT-01-10-40', 'ENT-01', 'det-capacitacion', 'avance', '', 'jose'],
      ['qc-ENT-03-200-230', 'ENT-03', 'det-indicadores', 'barrera', '', 'jose'],
    ]);
  });
});

describe('convenciones', () => {
  const code = (codigo: string, padre: string, etapa: string, etiqueta = codigo): Code => codeSchema.parse({ codigo, padre, etapa, etiqueta, descripcion: 'x' });

  it('valence from a name prefix, stage from the nearest parent', () => {
    const idx = new CodebookIndex([
      code('deteccion', '', 'deteccion', 'Detección'),
      code('barrera-sin-personal', 'deteccion', ''),
      code('deteccion.buena_practica.mesa', 'deteccion', ''),
      code('sin-valencia', 'deteccion', ''),
      code('sin-etapa', '', '', 'Reto sin etapa'),
    ]);
    expect(idx.resolve(idx.find('barrera-sin-personal')!)).toEqual({ codigo: 'barrera-sin-personal', etapa: 'deteccion', valencia: 'barrera' });
    expect(idx.resolve(idx.find('DETECCION.BUENA_PRACTICA.MESA')!)).toMatchObject({ valencia: 'buena_practica' });
    expect(idx.resolve(idx.find('sin-valencia')!)).toEqual({ codigo: 'sin-valencia', etapa: 'deteccion', valencia: undefined });
    expect(idx.lookup('Reto > sin-valencia')).toMatchObject({ code: { codigo: 'sin-valencia' }, valencia: 'reto' });
    expect(idx.resolve(idx.find('sin-etapa')!)).toContain('no tiene etapa');
    expect(idx.find('Categoría / barrera-sin-personal')?.codigo).toBe('barrera-sin-personal');
  });

  it('documents: exact id, id inside the name (longest wins), explicit map, ambiguity', () => {
    const doc = documentResolver(['ENT-1', 'ENT-10', 'CHIH-ENT-2'], { 'notas.docx': 'ENT-1' });
    expect(doc('ent-1.docx')).toEqual({ id: 'ENT-1' });
    expect(doc('ENT-10 DIF estatal.odt')).toEqual({ id: 'ENT-10' });
    expect(doc('Entrevista CHIH-ENT-2 (Fiscalía).txt')).toEqual({ id: 'CHIH-ENT-2' });
    expect(doc('notas')).toEqual({ id: 'ENT-1' });
    expect(doc('ENT-1 y ENT-10.docx')).toMatchObject({ error: expect.stringContaining('varias entrevistas') });
    expect(doc('ENT-100.docx')).toMatchObject({ error: expect.stringContaining('no se reconoce') });
  });
});
