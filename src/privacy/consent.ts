/**
 * Consent for quotation (WHO 2003; IOM principle of consent): an excerpt is published only
 * when its interview has consentimiento_cita = sí. Everything else is counted, never shown.
 */
import type { Interview, Segment } from '../schemas/datasets.js';

export type InterviewsById = ReadonlyMap<string, Pick<Interview, 'id' | 'consentimiento_cita'>> | Readonly<Record<string, Pick<Interview, 'id' | 'consentimiento_cita'>>>;

export type WithheldReason = 'sin consentimiento de cita' | 'entrevista inexistente';

function lookup(interviews: InterviewsById, id: string): Pick<Interview, 'id' | 'consentimiento_cita'> | undefined {
  if (interviews instanceof Map) return interviews.get(id);
  return Object.prototype.hasOwnProperty.call(interviews, id) ? (interviews as Record<string, Pick<Interview, 'id' | 'consentimiento_cita'>>)[id] : undefined;
}

export function interviewsById<T extends Pick<Interview, 'id'>>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.map((r) => [r.id, r]));
}

/** Why a segment's excerpt may not be published (undefined when it may). */
export function withheldReason(segment: Pick<Segment, 'entrevista_id'>, interviews: InterviewsById): WithheldReason | undefined {
  const iv = lookup(interviews, segment.entrevista_id);
  if (!iv) return 'entrevista inexistente';
  return iv.consentimiento_cita === true ? undefined : 'sin consentimiento de cita';
}

/** True only when the segment's interview exists and consented to quotation. */
export function isQuotable(segment: Pick<Segment, 'entrevista_id'>, interviews: InterviewsById): boolean {
  return withheldReason(segment, interviews) === undefined;
}

/** The excerpt text when quotable; null otherwise (the text must then not be printed anywhere). */
export function quotableExcerpt(segment: Pick<Segment, 'entrevista_id' | 'extracto'>, interviews: InterviewsById): string | null {
  return isQuotable(segment, interviews) ? segment.extracto : null;
}

/** Splits segments into quotable and withheld (with reason), preserving order. */
export function partitionByConsent<S extends Pick<Segment, 'entrevista_id'>>(
  segments: readonly S[],
  interviews: InterviewsById,
): { quotable: S[]; withheld: { segment: S; reason: WithheldReason }[] } {
  const quotable: S[] = [];
  const withheld: { segment: S; reason: WithheldReason }[] = [];
  for (const s of segments) {
    const reason = withheldReason(s, interviews);
    if (reason) withheld.push({ segment: s, reason });
    else quotable.push(s);
  }
  return { quotable, withheld };
}

/** Summary for the privacy report: excerpts withheld per interview (ids are internal, never printed in reports). */
export function consentSummary(
  segments: readonly Pick<Segment, 'segmento_id' | 'entrevista_id'>[],
  interviews: InterviewsById,
): { total: number; quotable: number; withheld: number; byReason: Record<WithheldReason, number>; interviewsWithoutConsent: string[] } {
  const { quotable, withheld } = partitionByConsent(segments, interviews);
  const byReason: Record<WithheldReason, number> = { 'sin consentimiento de cita': 0, 'entrevista inexistente': 0 };
  for (const w of withheld) byReason[w.reason]++;
  const without = [...new Set(withheld.filter((w) => w.reason === 'sin consentimiento de cita').map((w) => w.segment.entrevista_id))].sort();
  return { total: segments.length, quotable: quotable.length, withheld: withheld.length, byReason, interviewsWithoutConsent: without };
}
