import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { checkRetention, checkStateRetention, datasetsPresent, retentionStatus, todayIso } from '../../src/privacy/retention.js';
import { consentSummary, interviewsById, isQuotable, partitionByConsent, quotableExcerpt } from '../../src/privacy/consent.js';
import { assertNoSensitiveColumns, checkTemplate, sensitiveFields } from '../../src/privacy/sensitive.js';
import { checkPackageMetadata } from '../../src/privacy/metadata.js';
import { buildPrivacyReport, collectSuppressions, privacyReportForState } from '../../src/privacy/report.js';
import { suppressSeries, suppressTable } from '../../src/privacy/suppress.js';
import { interviewSchema, organisationSchema } from '../../src/schemas/datasets.js';
import { fieldMeta } from '../../src/schemas/fields.js';
import { z } from 'zod';
import { UserError } from '../../src/util/errors.js';
import { ROSTER, interview, makeState, segment } from './corpus.js';

const conj = (hasta: string) => ({ conjuntos: { entrevistas: { proposito: 'Diagnóstico', responsable: 'Coordinación', conservar_hasta: hasta } } });

describe('conservación', () => {
  it('conjunto vencido → problema en español; vigente (o el mismo día) → nada', () => {
    const p = checkRetention(conj('2025-12-31'), '2026-01-15', { slug: 'chiapas' });
    expect(p).toHaveLength(1);
    expect(p[0]!.file).toBe('data/chiapas/estado.yaml');
    expect(p[0]!.message).toMatch(/^El conjunto «entrevistas» debía conservarse hasta el 31 de diciembre de 2025; /);
    expect(checkRetention(conj('2026-12-31'), '2026-01-15')).toEqual([]);
    expect(checkRetention(conj('2026-01-15'), '2026-01-15')).toEqual([]);
    expect(retentionStatus(conj('2026-01-25'), '2026-01-15')[0]).toMatchObject({ expired: false, daysLeft: 10 });
  });
  it('un conjunto con archivo en la carpeta del estado y sin gobierno → problema', () => {
    const data = makeState({ segmentos: [segment('S1', 'E01', 'texto')], config: conj('2030-01-01') });
    expect(datasetsPresent(data)).toEqual(['entrevistas', 'segmentos']);
    const p = checkStateRetention(data, '2026-01-01');
    expect(p.map((x) => x.field)).toEqual(['conjuntos.segmentos']);
  });
  it('la fecha de hoy viene de SOURCE_DATE_EPOCH o del reloj', () => {
    expect(todayIso({ SOURCE_DATE_EPOCH: '1767225600' })).toBe('2026-01-01');
    expect(todayIso({}, () => new Date('2027-03-04T23:00:00Z'))).toBe('2027-03-04');
  });
});

describe('consentimiento', () => {
  const ivs = interviewsById([interview('E01', true), interview('E02', false)]);
  it('solo se cita con consentimiento_cita = sí', () => {
    expect(isQuotable(segment('S1', 'E01', 'x'), ivs)).toBe(true);
    expect(isQuotable(segment('S2', 'E02', 'x'), ivs)).toBe(false);
    expect(isQuotable(segment('S3', 'E99', 'x'), ivs)).toBe(false);
    expect(quotableExcerpt(segment('S2', 'E02', 'secreto'), ivs)).toBeNull();
    expect(partitionByConsent([segment('S1', 'E01', 'a'), segment('S2', 'E02', 'b')], ivs).withheld[0]!.reason).toBe('sin consentimiento de cita');
    expect(consentSummary([segment('S1', 'E01', 'a'), segment('S2', 'E02', 'b'), segment('S3', 'E99', 'c')], ivs)).toMatchObject({ quotable: 1, withheld: 2, interviewsWithoutConsent: ['E02'] });
  });
});

describe('datos sensibles', () => {
  it('campos marcados en fieldMeta o con nombre sensible; el contacto público no', () => {
    const s = z.object({ id: z.string(), origen_etnico: z.string(), nota: z.string() });
    fieldMeta.add(s.shape.nota, { sensitive: true });
    expect(sensitiveFields(s)).toEqual(['origen_etnico', 'nota']);
    expect(sensitiveFields(interviewSchema)).toEqual([]);
    expect(sensitiveFields(organisationSchema)).toEqual([]);
  });
  it('una tabla por registro no puede imprimir columnas sensibles', () => {
    expect(() => assertNoSensitiveColumns(['Sector', 'Municipio'])).not.toThrow();
    expect(() => assertNoSensitiveColumns(['Sector', 'Condición de salud'], { where: 'tabla de entrevistas' })).toThrow(UserError);
    expect(() => assertNoSensitiveColumns(['nota'], { extra: ['nota'] })).toThrow(UserError);
    const p = checkTemplate('{{#each list}}\n| {{name}} | {{this.orientacion_sexual}} |\n{{/each}}\n{{orientacion_sexual_total}}', 'plantilla.md');
    expect(p.map((x) => [x.line, x.field])).toEqual([[2, 'orientacion_sexual']]);
  });
});

async function zipWith(files: Record<string, string | Buffer>): Promise<Buffer> {
  const z = new JSZip();
  for (const [k, v] of Object.entries(files)) z.file(k, v);
  return z.generateAsync({ type: 'nodebuffer' });
}

describe('metadatos de los paquetes', () => {
  const opts = { organisation: 'Organización de Prueba', userNames: ['jperez'], output: 'x.pptx' };
  it('limpio → sin problemas', async () => {
    const bytes = await zipWith({ 'docProps/core.xml': '<cp:coreProperties><dc:creator>Organización de Prueba</dc:creator><cp:lastModifiedBy>Organización de Prueba</cp:lastModifiedBy></cp:coreProperties>', 'docProps/app.xml': '<Properties><Company>Organización de Prueba</Company></Properties>' });
    expect(await checkPackageMetadata(bytes, opts)).toEqual([]);
  });
  it('nombre de usuario, ruta /home y lastModifiedBy ajeno → problemas (enmascarados)', async () => {
    const bytes = await zipWith({
      'docProps/core.xml': '<cp:coreProperties><dc:creator>jperez</dc:creator><cp:lastModifiedBy>Juan Pérez</cp:lastModifiedBy></cp:coreProperties>',
      'docProps/app.xml': '<Properties><Template>/home/jperez/plantillas/cie.potx</Template></Properties>',
      'ppt/slides/slide1.xml': '<p:sld><p:cNvPr id="3" descr="C:\\Users\\jperez\\graf.png"/></p:sld>',
    });
    const p = await checkPackageMetadata(bytes, opts);
    const msgs = p.map((x) => `${x.field}: ${x.message}`).join('\n');
    expect(msgs).toMatch(/docProps\/core.xml: «lastModifiedBy»/);
    expect(msgs).toMatch(/docProps\/core.xml: contiene el nombre del usuario/);
    expect(msgs).toMatch(/docProps\/app.xml: contiene una ruta absoluta/);
    expect(msgs).toMatch(/ppt\/slides\/slide1.xml: contiene una ruta absoluta/);
    expect(msgs).not.toContain('jperez');
    expect(msgs).not.toContain('Juan Pérez');
  });
  it('libro incrustado: hojas/filas ocultas, datos fuera del rango y valores suprimidos guardados', async () => {
    const xlsx = await zipWith({
      'xl/workbook.xml': '<workbook><sheets><sheet name="Sheet1" sheetId="1"/><sheet name="Datos" sheetId="2" state="hidden"/></sheets></workbook>',
      'xl/worksheets/sheet1.xml': '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>3</v></c></row><row r="3" hidden="1"><c r="A3" t="s"><v>3</v></c><c r="B3"><v>12</v></c></row><row r="9"><c r="D9"><v>77</v></c></row></sheetData></worksheet>',
    });
    const bytes = await zipWith({
      'ppt/charts/chart1.xml': '<c:chartSpace><c:ser><c:tx><c:strRef><c:f>Sheet1!$B$1</c:f></c:strRef></c:tx><c:cat><c:strRef><c:f>Sheet1!$A$2:$A$3</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>Sheet1!$B$2:$B$3</c:f><c:numCache><c:ptCount val="2"/><c:pt idx="1"><c:v>12</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser></c:chartSpace>',
      'ppt/charts/_rels/chart1.xml.rels': '<Relationships><Relationship Id="rId1" Target="../embeddings/Libro1.xlsx"/></Relationships>',
      'ppt/embeddings/Libro1.xlsx': xlsx,
    });
    const msgs = (await checkPackageMetadata(bytes, opts)).map((x) => x.message).join('\n');
    expect(msgs).toContain('la hoja «Datos» está oculta');
    expect(msgs).toContain('filas ocultas');
    expect(msgs).toContain('fuera del rango que grafica la gráfica (D9)');
    expect(msgs).toContain('1 valor(es) que la gráfica no muestra (B2)');
  });
});

describe('informe de privacidad', () => {
  it('lista supresiones, extractos retenidos, hallazgos enmascarados y conservación; bloquea si hay problemas', () => {
    const analysis = {
      statistics: { yearBySex: suppressTable(['2021', '2022'], ['Mujer', 'Hombre'], [[3, 10], [8, 12]], 5), byYear: suppressSeries(['2021', '2022'], [4, 9], 5).cells.map((count, i) => ({ key: String(i), label: String(i), count })) },
      charts: [{ id: 'victimas-por-anio', labels: ['2021', '2022'], series: [{ name: 'Víctimas', values: [null, 9] }] }],
    };
    const data = makeState({
      entrevistas: [interview('E01', true), interview('E02', false)],
      segmentos: [segment('S1', 'E01', 'ok'), segment('S2', 'E02', 'Llamar al 961 123 4567')],
      config: conj('2025-01-01'),
    });
    const r = privacyReportForState(data, { today: '2026-01-15', roster: ROSTER, analysis });
    expect(r.blocking).toBe(true);
    expect(r.text).toContain('víctimas por año y sexo (tabla)');
    expect(r.text).toContain('gráfica victimas-por-anio');
    expect(r.text).toContain('sin consentimiento de cita: 1 (1 entrevista)');
    expect(r.text).toContain('teléfono («96* *** **67»)');
    expect(r.text).toContain('✖ entrevistas: conservar hasta el 1 de enero de 2025');
    expect(r.text).not.toContain('961 123 4567');
    expect(r.text).not.toContain('Llamar');
    expect(collectSuppressions(analysis).find((s) => s.where === 'statistics.byYear')).toMatchObject({ kind: 'serie', suppressed: 2 });
  });
  it('sin problemas → no bloquea', () => {
    const r = buildPrivacyReport({
      slug: 'x', stateName: 'X', today: '2026-01-01', threshold: 5, suppressions: [], identifiers: [], retention: [], retentionProblems: [],
      consent: { total: 0, quotable: 0, withheld: 0, byReason: { 'sin consentimiento de cita': 0, 'entrevista inexistente': 0 }, interviewsWithoutConsent: [] },
      roster: { names: 0 },
    });
    expect(r.blocking).toBe(false);
    expect(r.text).toContain('nada bloquea');
  });
});
