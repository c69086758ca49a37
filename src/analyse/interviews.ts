/** Interviews: who was interviewed, where, how, when (chapter "metodología"). */
import type { StateData } from '../load/types.js';
import { MODALITIES, SECTORS } from '../schemas/vocabularies.js';
import type { Interview } from '../schemas/datasets.js';
import { formatDate, formatNumber, formatPercent } from '../util/format-es.js';
import { byCountThenLabel, compareLabels, labelOr, nominalRows, ordinalRows, tally } from './common.js';
import { protectInterviewCounts } from '../privacy/interviewees.js';
import type { CountRow, InstitutionCount, InterviewsAnalysis } from './types.js';

/**
 * Interview counts of one breakdown after the interviewee rules (src/privacy/interviewees.ts):
 * small counts «menos de N», counts hidden to protect them «N o más», their percentage «—»;
 * hidden rows go last in label order (the order of a table sorted by count must not place them).
 */
export function protectRows<T extends { n: number; nText: string; pctText?: string; suppressed?: boolean }>(rows: T[], total: number, threshold: number, labelOf: (r: T) => string): T[] {
  const counts = protectInterviewCounts(rows.map((r) => r.n), total, threshold);
  const out = rows.map((r, k): T => (counts[k]!.hidden ? { ...r, nText: counts[k]!.text, ...(r.pctText !== undefined ? { pctText: '—' } : {}), suppressed: true } : r));
  const shown = out.filter((r) => !r.suppressed);
  const hidden = out.filter((r) => r.suppressed).sort((a, b) => compareLabels(labelOf(a), labelOf(b)));
  return [...shown, ...hidden];
}

/** Interviews in a fixed order (date, then id): the basis of anonymised interview numbers. */
export function orderedInterviews(data: StateData): Interview[] {
  return [...data.entrevistas.rows].sort((a, b) => (a.fecha < b.fecha ? -1 : a.fecha > b.fecha ? 1 : compareLabels(a.id, b.id)));
}

/** interview id → 1-based ordinal number (never print the id itself). */
export function interviewNumbers(data: StateData): Map<string, number> {
  return new Map(orderedInterviews(data).map((iv, i) => [iv.id, i + 1]));
}

export function analyseInterviews(data: StateData): InterviewsAnalysis {
  const rows = data.entrevistas.rows;
  const institutions = new Map(data.instituciones.rows.map((i) => [i.id, i]));
  const total = rows.length;

  const perInstitution = tally(rows.map((r) => r.institucion_id));
  const byInstitution: InstitutionCount[] = [...perInstitution.entries()]
    .map(([id, n]) => {
      const inst = institutions.get(id);
      // the interview's own sector when the institution is not in the catalogue
      const sector = inst?.sector ?? rows.find((r) => r.institucion_id === id)!.sector;
      const name = inst?.nombre ?? id;
      return {
        id,
        name,
        ...(inst?.siglas ? { siglas: inst.siglas } : {}),
        shortName: inst?.siglas ?? name,
        sector,
        sectorLabel: SECTORS[sector],
        n,
        nText: formatNumber(n),
        label: name,
        key: id,
      };
    })
    .sort(byCountThenLabel)
    .map(({ label: _l, key: _k, ...rest }) => rest);

  const rules = data.project.privacidad.entrevistas;
  const t = rules.umbral_conteo;
  // Modalities keep their vocabulary order (a fixed order, not sorted by count).
  const modality = ordinalRows(MODALITIES, tally(rows.map((r) => r.modalidad)), total);
  const modalityCounts = protectInterviewCounts(modality.map((r) => r.n), total, t);
  const byModality: CountRow[] = modality.map((r, k) => (modalityCounts[k]!.hidden ? { ...r, nText: modalityCounts[k]!.text, pctText: '—', suppressed: true } : r));
  const quote = rows.filter((r) => r.consentimiento_cita).length;
  const dates = rows.map((r) => r.fecha).sort();
  const { inicio, fin } = data.config.periodo_campo;
  const startText = formatDate(inicio);
  const endText = formatDate(fin);

  return {
    total,
    institutions: perInstitution.size,
    bySector: protectRows(nominalRows(tally(rows.map((r) => r.sector)), (k) => labelOr(SECTORS, k), total), total, t, (r) => r.label),
    // Without counts (the default) an institution's nText is empty and templates list names only.
    byInstitution: rules.instituciones_con_conteo
      ? protectRows(byInstitution, total, t, (i) => i.name)
      : byInstitution.map((i) => ({ ...i, nText: '', suppressed: true })).sort((a, b) => compareLabels(a.name, b.name)),
    institutionCountsShown: rules.instituciones_con_conteo,
    quotesNumbered: rules.numerar_citas,
    sectorThreshold: rules.umbral_sector,
    countThreshold: t,
    byModality,
    byMunicipality: protectRows(nominalRows(tally(rows.map((r) => r.municipio)), (k) => k, total), total, t, (r) => r.label),
    withQuoteConsent: quote,
    withQuoteConsentPctText: formatPercent(quote, total),
    withRecordingConsent: rows.filter((r) => r.consentimiento_grabacion).length,
    period: { start: inicio, end: fin, startText, endText, text: `del ${startText} al ${endText}` },
    ...(dates.length ? { firstDate: dates[0]!, lastDate: dates[dates.length - 1]! } : {}),
    cutDate: data.config.cortes.entrevistas,
    cutDateText: formatDate(data.config.cortes.entrevistas),
  };
}
