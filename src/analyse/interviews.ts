/** Interviews: who was interviewed, where, how, when (chapter "metodología"). */
import type { StateData } from '../load/types.js';
import { MODALITIES, SECTORS } from '../schemas/vocabularies.js';
import type { Interview } from '../schemas/datasets.js';
import { formatDate, formatNumber, formatPercent } from '../util/format-es.js';
import { byCountThenLabel, compareLabels, labelOr, nominalRows, ordinalRows, tally } from './common.js';
import type { InstitutionCount, InterviewsAnalysis } from './types.js';

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

  const quote = rows.filter((r) => r.consentimiento_cita).length;
  const dates = rows.map((r) => r.fecha).sort();
  const { inicio, fin } = data.config.periodo_campo;
  const startText = formatDate(inicio);
  const endText = formatDate(fin);

  return {
    total,
    institutions: perInstitution.size,
    bySector: nominalRows(tally(rows.map((r) => r.sector)), (k) => labelOr(SECTORS, k), total),
    byInstitution,
    byModality: ordinalRows(MODALITIES, tally(rows.map((r) => r.modalidad)), total),
    byMunicipality: nominalRows(tally(rows.map((r) => r.municipio)), (k) => k, total),
    withQuoteConsent: quote,
    withQuoteConsentPctText: formatPercent(quote, total),
    withRecordingConsent: rows.filter((r) => r.consentimiento_grabacion).length,
    period: { start: inicio, end: fin, startText, endText, text: `del ${startText} al ${endText}` },
    ...(dates.length ? { firstDate: dates[0]!, lastDate: dates[dates.length - 1]! } : {}),
    cutDate: data.config.cortes.entrevistas,
    cutDateText: formatDate(data.config.cortes.entrevistas),
  };
}
