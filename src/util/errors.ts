/**
 * Errors caused by the user's inputs. The CLI prints them in Spanish without a stack trace
 * and exits non-zero; anything else is a bug and is printed with its stack.
 *
 * Messages quote what the analyst wrote («valor no válido: …»). Whatever they quote, a direct
 * identifier (CURP, RFC, e-mail, phone, case-file number) never reaches the terminal or a CI
 * log in full: the UserError constructor and the formatters mask every identifier found in the
 * summary, the file, the field and the message of each problem.
 */
import { maskIdentifiers } from '../privacy/identifiers.js';

export interface Problem {
  /** Path relative to the repository root where possible. */
  file: string;
  line?: number;
  column?: number;
  /** Column name (CSV header) or YAML path. */
  field?: string;
  /** Spanish: what was found and what was expected. */
  message: string;
}

export class UserError extends Error {
  readonly problems: Problem[];
  constructor(summary: string, problems: Problem[] = []) {
    super(maskIdentifiers(summary));
    this.name = 'UserError';
    this.problems = problems.map(maskProblem);
  }
}

/** The problem with every identifier it quotes masked. */
export function maskProblem(p: Problem): Problem {
  const message = maskIdentifiers(p.message);
  const field = p.field === undefined ? undefined : maskIdentifiers(p.field);
  const file = maskIdentifiers(p.file);
  if (message === p.message && field === p.field && file === p.file) return p;
  return { ...p, file, field, message };
}

export function formatProblem(problem: Problem): string {
  const p = maskProblem(problem);
  const where = [p.file, p.line !== undefined ? `línea ${p.line}` : undefined, p.column !== undefined ? `columna ${p.column}` : undefined]
    .filter(Boolean)
    .join(', ');
  const field = p.field ? ` [${p.field}]` : '';
  return `${where}${field}: ${p.message}`;
}

export function formatUserError(e: UserError): string {
  const lines = [`Error: ${maskIdentifiers(e.message)}`];
  for (const p of e.problems) lines.push(`  - ${formatProblem(p)}`);
  return lines.join('\n');
}

/** Any text bound for a log or the terminal with every direct identifier masked. */
export function maskForLog(text: string): string {
  return maskIdentifiers(text);
}
