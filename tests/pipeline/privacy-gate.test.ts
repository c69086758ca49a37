/**
 * The privacy guard as an analyst meets it: an identifier planted anywhere it can hide stops
 * `npm run report` with the file, line and kind — the value masked — and nothing is written.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/pipeline/products/diagnostico.js';
import { UserError, formatUserError } from '../../src/util/errors.js';
import { copyProject } from './helpers.js';

const CURP = 'GODE561231HDFRRN09'; // fictitious, valid shape
const PHONE = '656 123 4567';
const EMAIL = 'testigo.protegido@correo.mx';
const CASE_FILE = 'CI-FGE/JRZ/1234/2025';

interface Plant {
  what: string;
  file: string;
  plant: (text: string) => string;
  secret: string;
  kind: RegExp;
  line?: number;
}

/** Replace the text of one CSV cell in data row `row` (1-based after the header). */
const inRow = (row: number, from: string, to: string) => (text: string) => {
  const lines = text.split('\n');
  expect(lines[row]).toContain(from);
  lines[row] = lines[row]!.replace(from, to);
  return lines.join('\n');
};

const PLANTS: Plant[] = [
  { what: 'an excerpt (CURP)', file: 'data/chihuahua/segmentos.csv', plant: inRow(1, 'no les interesa', `no les interesa según la víctima ${CURP}`), secret: CURP, kind: /CURP/, line: 2 },
  { what: 'an organisation name (phone)', file: 'data/chihuahua/organizaciones.csv', plant: inRow(1, 'adolescentes, A.C.', `adolescentes, A.C. cel. ${PHONE}`), secret: PHONE, kind: /teléfono/, line: 2 },
  { what: 'an institution role, which reaches tables and chart labels (e-mail)', file: 'data/chihuahua/instituciones.csv', plant: inRow(1, 'Por medio de su Secretaría Técnica', `Escribir a ${EMAIL}. Por medio de su Secretaría Técnica`), secret: EMAIL, kind: /correo/, line: 2 },
  { what: 'a narrative (case file)', file: 'data/chihuahua/narrativa/deteccion.md', plant: (t) => `${t}\nEl caso ${CASE_FILE} ilustra la falta de coordinación.\n`, secret: CASE_FILE, kind: /expediente|carpeta/ },
  { what: 'a recommendation (CURP)', file: 'data/chihuahua/recomendaciones.csv', plant: inRow(1, '"Incorporar en', `"Atender el caso ${CURP} e incorporar en`), secret: CURP, kind: /CURP/, line: 2 },
  { what: 'a template (text no data carries, caught on the outputs)', file: 'templates/diagnostico/anexos.md.hbs', plant: (t) => `${t}\n\nPara dudas, llamar al ${PHONE}.\n`, secret: PHONE, kind: /teléfono/ },
];

describe('planted identifiers stop the build and nothing is written', () => {
  it.each(PLANTS)('in $what', async (p) => {
    const root = copyProject();
    const file = path.join(root, p.file);
    writeFileSync(file, p.plant(readFileSync(file, 'utf8')));
    const err = await buildReport('chihuahua', { root }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    const message = formatUserError(err as UserError);
    expect(message).toContain('Se bloqueó la generación');
    expect(message).toMatch(p.kind);
    expect(message).not.toContain(p.secret); // shown masked, never in full
    if (!p.file.startsWith('templates/')) expect(message).toContain(p.file);
    if (p.line) expect(message).toContain(`línea ${p.line}`);
    for (const out of ['reports/chihuahua/diagnostico-chihuahua.docx', 'reports/chihuahua/diagnostico-chihuahua.md', 'slides/chihuahua/presentacion-cie-chihuahua.pptx']) {
      expect(existsSync(path.join(root, out)), out).toBe(false);
    }
  });

  it('blocks the names of a private roster, matched without accents or case', async () => {
    const root = copyProject();
    mkdirSync(path.join(root, 'data', 'chihuahua', 'privado'), { recursive: true });
    writeFileSync(path.join(root, 'data', 'chihuahua', 'privado', 'nombres.txt'), '# nombres que nunca deben publicarse\nMaría Fernanda Ríos\n');
    const seg = path.join(root, 'data', 'chihuahua', 'segmentos.csv');
    writeFileSync(seg, inRow(2, 'no encajan', 'no encajan como MARIA FERNANDA RIOS')(readFileSync(seg, 'utf8')));
    const err = (await buildReport('chihuahua', { root }).catch((e: unknown) => e)) as UserError;
    expect(err).toBeInstanceOf(UserError);
    const message = formatUserError(err);
    expect(message).toMatch(/padrón privado/);
    expect(message).toContain('data/chihuahua/segmentos.csv, línea 3');
    expect(message).not.toMatch(/MARIA FERNANDA RIOS/i);
  });

  it('refuses a template that would print a sensitive field per record', async () => {
    const root = copyProject();
    const file = path.join(root, 'templates', 'diagnostico', 'anexos.md.hbs');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n{{#each analisis.entrevistas.por_institucion}}\n- {{nombre}}: {{origen_etnico}}\n{{/each}}\n`);
    const err = (await buildReport('chihuahua', { root }).catch((e: unknown) => e)) as UserError;
    expect(err).toBeInstanceOf(UserError);
    const message = formatUserError(err);
    expect(message).toContain('datos sensibles');
    expect(message).toContain('templates/diagnostico/anexos.md.hbs');
    expect(message).toContain('origen_etnico');
    expect(existsSync(path.join(root, 'reports', 'chihuahua', 'diagnostico-chihuahua.docx'))).toBe(false);
  });

  it('refuses a dataset past its retention date', async () => {
    const root = copyProject();
    const file = path.join(root, 'data', 'chihuahua', 'estado.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/(entrevistas:\n(?:\s+\w+:.*\n)*?\s+conservar_hasta:\s*)\S+/, '$12020-01-31'));
    const err = (await buildReport('chihuahua', { root }).catch((e: unknown) => e)) as UserError;
    expect(err).toBeInstanceOf(UserError);
    const message = formatUserError(err);
    expect(message).toContain('data/chihuahua/estado.yaml');
    expect(message).toMatch(/entrevistas/);
    expect(message).toContain('31 de enero de 2020');
  });
});
