/**
 * The privacy guard on the programme's own records (data/programa/: minutes, work plan,
 * reporting periods), before anything is rendered.
 *
 * Decision (docs/programa.md): attendees of a meeting are officials and team members acting in
 * their public role, so their names, positions and institutions are printed — the scanner has
 * no name detector, and a minute never goes through the interview consent rules. What still
 * stops the build, masked, with file, line and column:
 *  - a phone number or an e-mail anywhere in a minute (header or discussion): minutes carry no
 *    contact data; only the organisation's published contact (proyecto.yaml) is allowed;
 *  - a CURP, RFC or case-file number;
 *  - a name from ANY state's private roster (data/<estado>/privado/nombres.txt: victims and
 *    interviewees who must not be named), because the final report gathers every minute.
 */
import { listStates } from '../load/state.js';
import type { Problem } from '../util/errors.js';
import { scanOutputs } from './guard.js';
import type { Roster } from './identifiers.js';
import { loadRoster } from './roster.js';

/** The names of every state's private roster together. */
export function programmeRoster(root: string): Roster {
  const names = listStates(root).flatMap((s) => loadRoster(s, root).names);
  return { file: 'data/<estado>/privado/nombres.txt', names };
}

/** Identifiers in the programme's source texts (each with its repository-relative file). */
export function scanProgrammeSources(sources: { file: string; text: string }[], root: string, allow: string[]): Problem[] {
  const roster = programmeRoster(root);
  const parts = sources.map((s) => ({ output: s.file, part: '', text: s.text }));
  return scanOutputs(parts, roster.names.length ? roster : undefined, { allow }).map(({ field: _f, ...p }) => p);
}
