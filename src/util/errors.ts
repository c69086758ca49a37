/**
 * Errors caused by the user's inputs. The CLI prints them in Spanish without a stack trace
 * and exits non-zero; anything else is a bug and is printed with its stack.
 */
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
    super(summary);
    this.name = 'UserError';
    this.problems = problems;
  }
}

export function formatProblem(p: Problem): string {
  const where = [p.file, p.line !== undefined ? `línea ${p.line}` : undefined, p.column !== undefined ? `columna ${p.column}` : undefined]
    .filter(Boolean)
    .join(', ');
  const field = p.field ? ` [${p.field}]` : '';
  return `${where}${field}: ${p.message}`;
}

export function formatUserError(e: UserError): string {
  const lines = [`Error: ${e.message}`];
  for (const p of e.problems) lines.push(`  - ${formatProblem(p)}`);
  return lines.join('\n');
}
