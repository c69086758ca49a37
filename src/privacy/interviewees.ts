/**
 * Interviewees (issue #18 item 5; BRIEF §6: no output may identify an interviewee). In a small
 * state, «1 de manera virtual», an institution with one interview or a quote signed «Entrevista 7,
 * academia» can point at one person. Rules, set in proyecto.yaml → privacidad.entrevistas:
 *
 * - Counts of interviews by modality, sector, municipality or institution between 1 and
 *   `umbral_conteo − 1` print «menos de N»; other counts hidden to protect them print «N o más»,
 *   chosen by the same interval audit as the victims' tables (src/privacy/audit.ts), with the
 *   total of interviews — published everywhere — as the line's total. Their percentages print «—»
 *   and their chart bars are not drawn. Hidden rows go last, in label order, so that the order of
 *   a table sorted by count says nothing of them.
 * - A quote is attributed to its sector only when the state has at least `umbral_sector`
 *   interviews of that sector; otherwise to the broader group (public sector / civil society,
 *   academia and international bodies) when that group reaches the threshold, else to
 *   «Persona entrevistada» alone. The interview number («Entrevista 7»), which links the quotes of
 *   one person, is printed only with `numerar_citas: true`.
 * - Interviews per institution are printed only with `instituciones_con_conteo: true` (and then
 *   protected as above); by default institutions are listed without counts.
 */
import { SECTORS, type Sector } from '../schemas/vocabularies.js';
import { formatNumber } from '../util/format-es.js';
import { auditTables, type PublishedTable, type PublishedValue } from './audit.js';

export interface IntervieweeRules {
  umbral_conteo: number;
  umbral_sector: number;
  numerar_citas: boolean;
  instituciones_con_conteo: boolean;
}

export const DEFAULT_INTERVIEWEE_RULES: IntervieweeRules = { umbral_conteo: 3, umbral_sector: 3, numerar_citas: false, instituciones_con_conteo: false };

export const smallText = (threshold: number) => `menos de ${formatNumber(threshold)}`;
export const largeText = (threshold: number) => `${formatNumber(threshold)} o más`;

export interface ProtectedCount {
  n: number;
  hidden: boolean;
  /** es-MX number, «menos de N» or «N o más». */
  text: string;
}

/**
 * Protects the counts of one breakdown of `total` interviews (values need not add up to total when
 * a breakdown is partial; then the remainder is an unpublished quantity and the line is open).
 */
export function protectInterviewCounts(values: number[], total: number, threshold: number): ProtectedCount[] {
  const hidden = values.map((n) => n > 0 && n < threshold);
  const sum = values.reduce((a, b) => a + b, 0);
  const closed = sum === total;
  const smallestVisible = () => {
    let best = -1;
    values.forEach((n, k) => { if (!hidden[k] && n > 0 && (best < 0 || n < values[best]!)) best = k; });
    return best;
  };
  // a line with exactly one hidden count and a published total: hide the next smallest
  if (closed && hidden.filter(Boolean).length === 1) {
    const k = smallestVisible();
    if (k >= 0) hidden[k] = true;
  }
  const audit = () => {
    const line: PublishedValue[] = values.map((n, k): PublishedValue => (
      !hidden[k] ? { key: `v${k}`, kind: 'shown', value: n } : { key: `v${k}`, kind: n < threshold ? 'primary' : 'secondary' }));
    const rest = total - sum;
    if (!closed) line.push({ key: 'resto', kind: rest >= threshold ? 'secondary' : rest > 0 ? 'primary' : 'shown', ...(rest === 0 ? { value: 0 } : {}) } as PublishedValue);
    line.push({ key: 'total', kind: 'shown', value: total });
    const tables: PublishedTable[] = [{ grid: [line, line] }];
    const truth = new Map<string, number>([...values.map((n, k) => [`v${k}`, n] as [string, number]), ['resto', total - sum], ['total', total]]);
    return auditTables(tables, truth, threshold);
  };
  // The total is never hidden (it is printed everywhere): stop when nothing else is left to hide.
  for (let guard = 0; guard <= values.length; guard++) {
    if (audit().every((a) => a.safe || a.key === 'total')) break;
    const k = smallestVisible();
    if (k < 0) break;
    hidden[k] = true;
  }
  return values.map((n, k) => ({ n, hidden: hidden[k]!, text: !hidden[k] ? formatNumber(n) : n < threshold ? smallText(threshold) : largeText(threshold) }));
}

const PUBLIC: readonly Sector[] = ['gobierno_federal', 'gobierno_estatal', 'gobierno_municipal', 'organismo_autonomo'];

/**
 * Attribution of a quote (see the module comment); `counts` = interviews per sector in the state.
 * `label` is what may be said of the quote's source: the sector's name, the broader group, or
 * «Persona entrevistada».
 */
export function quoteAttribution(sector: Sector, interviewNumber: number, counts: ReadonlyMap<string, number>, rules: IntervieweeRules): { text: string; label: string } {
  const n = (s: readonly Sector[]) => s.reduce((a, k) => a + (counts.get(k) ?? 0), 0);
  const isPublic = PUBLIC.includes(sector);
  const group = isPublic ? PUBLIC : (Object.keys(SECTORS) as Sector[]).filter((s) => !PUBLIC.includes(s));
  const own = n([sector]) >= rules.umbral_sector;
  const wide = !own && n(group) >= rules.umbral_sector;
  const label = own ? SECTORS[sector] : wide ? (isPublic ? 'Sector público' : 'Sociedad civil, academia u organismo internacional') : 'Persona entrevistada';
  if (rules.numerar_citas) {
    const head = `Entrevista ${interviewNumber}`;
    return { text: own || wide ? `${head}, ${label.toLowerCase()}` : head, label };
  }
  const text = own
    ? `Persona entrevistada, ${label.toLowerCase()}`
    : wide
      ? `Persona entrevistada ${isPublic ? 'del sector público' : 'de la sociedad civil, la academia o un organismo internacional'}`
      : 'Persona entrevistada';
  return { text, label };
}
