/**
 * The validation cycle with the CIEs (#17, item 1): comments as data, the change log of a new
 * version naming the comment behind each change, pending comments, statuses that only move
 * forward, and the final set that refuses a flowchart not yet validated.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadReviews } from '../../src/flowcharts/feedback.js';
import { loadFlowchartFile, loadStateFlowcharts } from '../../src/flowcharts/load.js';
import { checkFinalSet, buildStateFlowcharts } from '../../src/pipeline/products/flujogramas.js';
import { loadProjectConfig } from '../../src/config/project.js';
import { UserError } from '../../src/util/errors.js';
import { ROOT } from './helpers.js';

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

/** A project root holding the base flowcharts and one state's flowchart folder (a copy of Chiapas'). */
function tempState(): { root: string; dir: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'validacion-'));
  roots.push(root);
  cpSync(path.join(ROOT, 'data', 'comun', 'flujogramas'), path.join(root, 'data', 'comun', 'flujogramas'), { recursive: true });
  const dir = path.join(root, 'data', 'chiapas', 'flujogramas');
  cpSync(path.join(ROOT, 'data', 'chiapas', 'flujogramas'), dir, { recursive: true });
  return { root, dir };
}

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof UserError) return e.problems.map((p) => `${p.file}:${p.line ?? ''} ${p.message}`);
    throw e;
  }
  throw new Error('se esperaba un UserError');
}

describe('reviews of the sample (Chiapas, NNA)', () => {
  const reviews = loadReviews('chiapas', ROOT, loadStateFlowcharts('chiapas', { root: ROOT }));

  it('names the accepted comment behind each change of the new version', () => {
    expect(reviews).toHaveLength(1);
    const [r] = reviews;
    expect(r!.revisada.version).toBe('0.1');
    expect(r!.nueva).toEqual({ version: '0.2', estatus: 'validado_cie' });
    const text = r!.cambios.find((c) => c.cambio === 'Texto')!;
    expect(text.despues).toBe('Entrevista inicial con intérprete de lengua indígena cuando se requiera');
    expect(text.comentarios).toEqual(['C2']);
    expect(r!.cambios.find((c) => c.cambio === 'Carril renombrado' && c.antes === 'Fiscalía General del Estado de Chiapas')!.comentarios).toEqual(['C1']);
    // A renamed lane is one change, not one per step of the lane.
    expect(r!.cambios.filter((c) => c.cambio === 'Responsable')).toEqual([]);
  });

  it('lists rejected comments with their reason and the pending ones', () => {
    const [r] = reviews;
    expect(r!.rechazados.map((c) => c.id)).toEqual(['C4', 'C5']);
    expect(r!.pendientes.map((c) => c.id)).toEqual(['C6']);
    expect(r!.aceptadosSinAplicar).toEqual([]);
  });

  it('reaches the flowcharts document of the state (twin) with the status history', async () => {
    const build = await buildStateFlowcharts('chiapas', ROOT, loadProjectConfig(ROOT), mkdtempSync(path.join(tmpdir(), 'fl-')));
    const twin = String(build.files.find((f) => f.twin)!.bytes);
    expect(twin).toContain('# Validación con la CICTP');
    expect(twin).toContain('validado con la CICTP el');
    expect(twin).not.toContain('con el CIE');
    expect(twin).toMatch(/\| Texto \| Entrevista inicial con intérprete de lengua indígena cuando se requiera \| .* \| C2 \|/);
    expect(twin).toContain('Queda un comentario pendiente:');
    expect(twin).toContain('- C6 (Secretaría de Educación del Estado de Chiapas, pendiente de decisión)');
    expect(twin).toContain('Historial: revisado por la organización el 1 de abril de 2026');
    expect(build.summary).toContain('1 comentario del CIE pendiente');
  });
});

describe('checks of the cycle', () => {
  it('an accepted comment that the new version does not apply stays pending', () => {
    const { root, dir } = tempState();
    const file = path.join(dir, 'comentarios', 'nna.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace("- id: C6\n        paso: deteccion", "- id: C6\n        paso: aviso").replace('decision: pendiente', 'decision: aceptado'));
    const [r] = loadReviews('chiapas', root, loadStateFlowcharts('chiapas', { root }));
    expect(r!.aceptadosSinAplicar.map((c) => c.id)).toEqual(['C6']);
  });

  it('a comment on a step that exists in neither version is an error with its line', () => {
    const { root, dir } = tempState();
    const file = path.join(dir, 'comentarios', 'nna.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('paso: deteccion', 'paso: escuela'));
    const problems = problemsOf(() => loadReviews('chiapas', root, loadStateFlowcharts('chiapas', { root })));
    expect(problems).toEqual([expect.stringMatching(/^data\/chiapas\/flujogramas\/comentarios\/nna\.yaml:\d+ .*el paso «escuela» no existe en la versión 0\.1 ni en la 0\.2/)]);
  });

  it('a rejected comment needs its reason', () => {
    const { root, dir } = tempState();
    const file = path.join(dir, 'comentarios', 'nna.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/        motivo: La ley estatal[^\n]*\n/, ''));
    const problems = problemsOf(() => loadReviews('chiapas', root, loadStateFlowcharts('chiapas', { root })));
    expect(problems.join('\n')).toMatch(/comentarios\/nna\.yaml:\d+ .*un comentario rechazado necesita su motivo/);
  });

  it('statuses only move forward, and a validated status needs who approved it', () => {
    const { root, dir } = tempState();
    const file = path.join(dir, 'nna.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('  - estatus: revisado_oim\n', '  - estatus: final\n'));
    expect(problemsOf(() => loadFlowchartFile(file, { root })).join('\n')).toMatch(/nna\.yaml:\d+ .*el estatus solo avanza .*«validado_cie» no puede venir después de «final»/);
    writeFileSync(file, text.replace(/historial:\n(  .*\n|    .*\n)*/, ''));
    expect(problemsOf(() => loadFlowchartFile(file, { root })).join('\n')).toMatch(/nna\.yaml:\d+ .*el estatus «validado_cie» necesita su entrada en «historial»/);
  });

  it('a new version may not fall back to an earlier status than the reviewed one', () => {
    const { root, dir } = tempState();
    const snapshot = path.join(dir, 'versiones', 'nna-0.1.yaml');
    writeFileSync(snapshot, readFileSync(snapshot, 'utf8').replace('estatus: revisado_oim\nfecha', 'estatus: final\nfecha').replace('  - estatus: revisado_oim', '  - estatus: final'));
    const problems = problemsOf(() => loadReviews('chiapas', root, loadStateFlowcharts('chiapas', { root })));
    expect(problems.join('\n')).toMatch(/el estatus solo avanza: la versión 0\.2 está en «validado_cie» y la revisada \(0\.1\) ya estaba en «final»/);
  });
});

describe('the final set (npm run flujogramas -- --todos --final)', () => {
  it('refuses when a flowchart is still a draft, naming it', () => {
    const problems = problemsOf(() => checkFinalSet(['ciudad-de-mexico', 'tabasco'], ROOT));
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/^data\/tabasco\/flujogramas\/nna\.yaml:1 Niñas, niños y adolescentes: versión 0\.1 en «Borrador»/);
  });

  it('accepts states whose flowcharts are all validated or final', () => {
    expect(() => checkFinalSet(['ciudad-de-mexico', 'chihuahua'], ROOT)).not.toThrow();
  });
});
