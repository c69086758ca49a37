import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/project.js';
import { loadFlowchartFile, loadStateFlowcharts } from '../../src/flowcharts/load.js';
import { MAX_LANE_NAME, MAX_STEP_TEXT } from '../../src/flowcharts/schema.js';
import { UserError, type Problem } from '../../src/util/errors.js';
import { FIXTURES } from './helpers.js';

const REPO_ROOT = projectRoot();

function problemsOf(name: string): Problem[] {
  try {
    loadFlowchartFile(path.join(FIXTURES, name), { root: FIXTURES });
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as UserError).problems;
  }
  throw new Error(`${name} should not be valid`);
}

describe('flowchart validation (one fixture per kind of problem)', () => {
  it('accepts the valid mini base', () => {
    const fc = loadFlowchartFile(path.join(FIXTURES, 'data/comun/flujogramas/lgbti.yaml'), { root: FIXTURES });
    expect(fc.pasos.map((s) => s.id)).toEqual(['inicio', 'decide', 'uno', 'fin']);
  });

  it('unknown step in a transition', () => {
    const ps = problemsOf('transicion-paso-desconocido.yaml');
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ file: 'transicion-paso-desconocido.yaml', line: 31, field: 'a' });
    expect(ps[0]!.message).toContain('paso desconocido "final"');
  });

  it('unknown lane in a step', () => {
    const ps = problemsOf('carril-desconocido.yaml');
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ file: 'carril-desconocido.yaml', line: 20, field: 'carril' });
    expect(ps[0]!.message).toContain('carril desconocido "zeta"');
  });

  it('unreachable step', () => {
    const ps = problemsOf('inalcanzable.yaml');
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ file: 'inalcanzable.yaml', line: 27 });
    expect(ps[0]!.message).toMatch(/"huerfano" no es alcanzable desde el inicio/);
  });

  it('path that never ends', () => {
    const ps = problemsOf('camino-sin-fin.yaml');
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ file: 'camino-sin-fin.yaml', line: 27 });
    expect(ps[0]!.message).toMatch(/camino sin fin en el paso "ciclo"/);
  });

  it('decision with one exit', () => {
    const ps = problemsOf('decision-una-salida.yaml');
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ file: 'decision-una-salida.yaml', line: 16 });
    expect(ps[0]!.message).toContain('la decisión "decide" tiene 1 salida(s)');
  });

  it('decision exit without a condition', () => {
    const ps = problemsOf('decision-sin-condicion.yaml');
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ file: 'decision-sin-condicion.yaml', line: 30, field: 'condicion' });
    expect(ps[0]!.message).toContain('no tiene condición');
  });

  it('duplicate id', () => {
    const ps = problemsOf('id-duplicado.yaml');
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ file: 'id-duplicado.yaml', line: 27 });
    expect(ps[0]!.message).toBe('id duplicado "uno" (ya usado en la línea 20)');
  });

  it('no inicio', () => {
    const ps = problemsOf('sin-inicio.yaml');
    expect(ps.map((p) => p.message)).toContain('el flujograma no tiene un paso de tipo "inicio"');
    expect(ps.find((p) => /inicio/.test(p.message))).toMatchObject({ file: 'sin-inicio.yaml', line: 1 });
  });

  it('no fin', () => {
    const ps = problemsOf('sin-fin.yaml');
    expect(ps.map((p) => p.message)).toContain('el flujograma no tiene ningún paso de tipo "fin"');
  });

  it('reports every problem together', () => {
    const ps = problemsOf('varios-problemas.yaml');
    const text = ps.map((p) => `${p.line}: ${p.message}`).join('\n');
    expect(text).toContain('tiene 1 salida(s)');
    expect(text).toContain('no tiene condición');
    expect(text).toContain('paso desconocido "nada"');
    expect(ps.length).toBeGreaterThanOrEqual(3);
  });

  it('a typo in a transition is reported once, without the path problems that follow from it', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'flujo-typo-'));
    cpSync(path.join(REPO_ROOT, 'data'), path.join(root, 'data'), { recursive: true });
    const file = path.join(root, 'data', 'tabasco', 'flujogramas', 'nna_migrantes_no_acompanados.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('a: cierre }', 'a: cierrre }'));
    const err = (() => { try { loadStateFlowcharts('tabasco', { root }); } catch (e) { return e as UserError; } })();
    expect(err).toBeInstanceOf(UserError);
    expect(err!.problems).toHaveLength(1);
    expect(err!.problems[0]!.message).toContain('paso desconocido "cierrre"');
  });

  it('YAML syntax and schema errors carry a line', () => {
    const syntax = problemsOf('yaml-roto.yaml');
    expect(syntax[0]!.message).toMatch(/^YAML no válido/);
    expect(syntax[0]!.line).toBeGreaterThan(0);
    const schema = problemsOf('campo-invalido.yaml');
    expect(schema[0]).toMatchObject({ file: 'campo-invalido.yaml', line: 4, field: 'estatus' });
    expect(schema[0]!.message).toContain('estatus desconocido');
  });

  it('text drawn in a box is refused beyond its maximum, with file, line and field (a box taller than a page is no flowchart)', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'flujo-largo-'));
    const file = path.join(root, 'largo.yaml');
    const yaml = readFileSync(path.join(FIXTURES, 'campo-invalido.yaml'), 'utf8')
      .replace('estatus: aprobado', 'estatus: borrador')
      .replace('texto: Paso uno', `texto: Paso ${'x'.repeat(100_000)}`)
      .replace('nombre: Carril B', `nombre: Carril ${'b'.repeat(MAX_LANE_NAME)}`);
    writeFileSync(file, yaml);
    let err: unknown;
    try { loadFlowchartFile(file, { root }); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(UserError);
    const problems = (err as UserError).problems;
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ file: 'largo.yaml', line: 10 });
    expect(problems[0]!.message).toContain(`el nombre del carril tiene ${MAX_LANE_NAME + 7} caracteres; el máximo es ${MAX_LANE_NAME}`);
    expect(problems[1]).toMatchObject({ file: 'largo.yaml', line: 22 });
    expect(problems[1]!.message).toContain(`el texto del paso tiene 100005 caracteres; el máximo es ${MAX_STEP_TEXT}`);
  });

  it('a variant cannot remove a step its base does not have', () => {
    const ps = problemsOf('variante-quitar-desconocido.yaml');
    expect(ps[0]).toMatchObject({ file: 'variante-quitar-desconocido.yaml', line: 5 });
    expect(ps[0]!.message).toContain('no se puede quitar el paso "no_existe"');
  });
});
