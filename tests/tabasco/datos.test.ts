/** The rapid analysis' inputs: `npm run validate` checks them; bad input is a Spanish error at its file, line and column. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestionBank, loadRapidState } from '../../src/load/rapid.js';
import { formatSummary, validateState } from '../../src/pipeline/validate.js';
import { UserError } from '../../src/util/errors.js';
import { copyProject, REPO } from './helpers.js';

function userError(run: () => unknown): UserError {
  try {
    run();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError');
}

describe('datos del análisis rápido', () => {
  it('npm run validate checks the guide, the interview record and the mapping', async () => {
    const s = await validateState('tabasco', { root: REPO });
    expect(s.scope).toBe('rapido');
    expect(s.rapid).toEqual({ questions: 26, segments: 40, organisations: 17 });
    expect(formatSummary(s)).toContain('✔ tabasco: datos del análisis rápido correctos');
  });

  it('a question without purpose and with an unknown stage: Spanish problems at their line and column', () => {
    const root = copyProject();
    const file = path.join(root, 'data/tabasco/guia-entrevista.yaml');
    const text = readFileSync(file, 'utf8')
      .replace('        proposito: Conocer la cobertura de la atención inmediata.\n', '')
      .replace('        etapa: atencion_mediano_plazo\n', '        etapa: atencion_media\n');
    writeFileSync(file, text);
    const e = userError(() => loadQuestionBank('tabasco', root));
    const lines = text.split('\n');
    const missing = lines.findIndex((l) => l.includes('id: ate-inmediata')) + 1;
    const unknown = lines.findIndex((l) => l.includes('etapa: atencion_media')) + 1;
    expect(e.problems).toEqual(expect.arrayContaining([
      expect.objectContaining({ file: 'data/tabasco/guia-entrevista.yaml', line: missing, field: expect.stringContaining('proposito'), message: expect.stringMatching(/falta/) }),
      expect.objectContaining({ file: 'data/tabasco/guia-entrevista.yaml', line: unknown, column: 16, message: expect.stringContaining('se esperaba una etapa del mecanismo o un tema') }),
    ]));
  });

  it('a repeated question id and an unknown service in the mapping are reported with file, line and column', () => {
    const root = copyProject();
    const bank = path.join(root, 'data/tabasco/guia-entrevista.yaml');
    writeFileSync(bank, readFileSync(bank, 'utf8').replace('      - id: det-indicadores\n', '      - id: det-quien\n'));
    expect(userError(() => loadQuestionBank('tabasco', root)).problems[0]).toMatchObject({ file: 'data/tabasco/guia-entrevista.yaml', message: expect.stringContaining('«det-quien» está repetida') });

    const csv = path.join(root, 'data/tabasco/mapeo-organizaciones.csv');
    writeFileSync(csv, readFileSync(csv, 'utf8').replace('capacitacion_laboral;reintegracion', 'capacitacion;reintegracion'));
    const e = userError(() => loadRapidState('tabasco', root));
    expect(e.problems).toEqual([expect.objectContaining({ file: 'data/tabasco/mapeo-organizaciones.csv', line: 6, column: 4, field: 'servicios', message: expect.stringContaining('"capacitacion" no es un valor válido') })]);
  });
});
