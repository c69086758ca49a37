/** Small fake projects for the data-layer tests: proyecto.yaml of the repo + fixture data/. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { UserError, formatProblem, type Problem } from '../../src/util/errors.js';

export const REPO = path.resolve(import.meta.dirname, '..', '..');
export const FIXTURES = path.join(REPO, 'tests', 'fixtures', 'datos');

const made: string[] = [];

/** A fresh project: the good fixture, then each broken overlay (tests/fixtures/datos/rotos/<name>/) on top. */
export function makeProject(...overlays: string[]): string {
  const root = mkdtempSync(path.join(tmpdir(), 'datos-'));
  made.push(root);
  cpSync(path.join(REPO, 'proyecto.yaml'), path.join(root, 'proyecto.yaml'));
  // validate also checks the chapter and deck templates a project has.
  cpSync(path.join(REPO, 'templates'), path.join(root, 'templates'), { recursive: true });
  cpSync(path.join(FIXTURES, 'bueno'), root, { recursive: true });
  for (const o of overlays) cpSync(path.join(FIXTURES, 'rotos', o), root, { recursive: true });
  return root;
}

export function cleanProjects(): void {
  for (const r of made.splice(0)) rmSync(r, { recursive: true, force: true });
}

/** Runs fn, expects a UserError and returns it. */
export async function userError(fn: () => unknown): Promise<UserError> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('se esperaba un UserError y no hubo error');
}

/**
 * Asserts that one problem has this file and line (and column/field when given) and that its
 * printed form mentions every string of `says`. Returns the printed problem.
 */
export function expectProblem(
  err: UserError,
  want: { file: string; line?: number; column?: number; field?: string; says: string[] },
): string {
  const match = err.problems.find((p: Problem) => p.file === want.file && (want.line === undefined || p.line === want.line) && want.says.every((s) => p.message.includes(s)));
  const printed = err.problems.map(formatProblem).join('\n');
  expect(match, `no hay un problema en ${want.file} línea ${want.line} que diga ${JSON.stringify(want.says)}; problemas:\n${printed}`).toBeDefined();
  if (want.column !== undefined) expect(match!.column).toBe(want.column);
  if (want.field !== undefined) expect(match!.field).toBe(want.field);
  const text = formatProblem(match!);
  expect(text).toContain(want.file);
  if (want.line !== undefined) expect(text).toContain(`línea ${want.line}`);
  return text;
}
