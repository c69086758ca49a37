/**
 * Severity of the rules of `npm run revisar`. Every rule is an error by default (the command
 * fails); a rule listed in PENDING reports as «aviso» until the work it waits for lands, and the
 * command says why. Remove a rule from PENDING as soon as both states pass it.
 */
import type { Finding } from './types.js';

// Empty: every rule fails as an error. texto.frase-repetida and texto.parrafo-repetido left the
// list when the stage templates stopped repeating stock sentences (#13).
export const PENDING: Record<string, string> = {};

/** The reason a rule only warns for now (PENDING by id, or by family, e.g. `deck.*`). */
export function pendingReason(rule: string): string | undefined {
  return PENDING[rule] ?? PENDING[`${rule.split('.')[0]}.*`];
}

export function applyPolicy(findings: Finding[]): Finding[] {
  return findings.map((f) => (pendingReason(f.rule) && f.severity === 'error' ? { ...f, severity: 'aviso' } : f));
}
