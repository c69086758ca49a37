/** Headline figures and sentences for the executive summary and the deck's key-figures slide. */
import { formatList, formatNumber, plural } from '../util/format-es.js';
import type { CodeFinding, CoverageAnalysis, Headline, InterviewsAnalysis, OrganisationsAnalysis, RecommendationsAnalysis, SegmentsAnalysis, StatisticsAnalysis } from './types.js';

export function headline(
  iv: InterviewsAnalysis,
  sg: SegmentsAnalysis,
  cov: CoverageAnalysis,
  st: StatisticsAnalysis,
  org: OrganisationsAnalysis,
  rec: RecommendationsAnalysis,
): Headline {
  const v = (k: string) => sg.byValence.find((r) => r.key === k)?.n ?? 0;
  const barrierCol = sg.stageByValence.columns.findIndex((c) => c.key === 'barrera');
  let most: Headline['stageMostBarriers'];
  for (const row of sg.stageByValence.rows) {
    const n = row.values[barrierCol] ?? 0;
    if (n > 0 && (!most || n > most.n)) most = { stage: row.key as NonNullable<Headline['stageMostBarriers']>['stage'], label: row.label, n };
  }
  const lastRow = st.byYear[st.byYear.length - 1];
  const topBarriers: CodeFinding[] = sg.topBarriers.slice(0, 3);
  const high = rec.byPriority.find((r) => r.key === 'alta')?.n ?? 0;
  const stagesWithoutInstrument = cov.normative.stagesWithout.map((s) => s.label);

  const bullets: string[] = [];
  if (iv.total > 0) {
    bullets.push(
      `Se realizaron ${plural(iv.total, 'entrevista')} con ${plural(iv.institutions, 'institución', 'instituciones')} de ${plural(iv.bySector.length, 'sector', 'sectores')}, ${iv.period.text}.`,
    );
  }
  if (sg.total > 0) {
    bullets.push(
      `Se codificaron ${plural(sg.total, 'fragmento')}: ${plural(v('barrera'), 'barrera')}, ${plural(v('reto'), 'reto')}, ${plural(v('avance'), 'avance')} y ${plural(v('buena_practica'), 'buena práctica', 'buenas prácticas')}.`,
    );
  }
  if (most) bullets.push(`La etapa con más barreras identificadas es ${most.label} (${formatNumber(most.n)}).`);
  if (topBarriers.length) bullets.push(`Barreras más frecuentes: ${formatList(topBarriers.map((b) => b.label.toLowerCase()))}.`);
  bullets.push(`Se revisaron ${plural(cov.normative.total, 'instrumento normativo', 'instrumentos normativos')} y ${plural(cov.tools.total, 'herramienta oficial', 'herramientas oficiales')}.`);
  if (stagesWithoutInstrument.length) bullets.push(`Sin instrumento normativo específico: ${formatList(stagesWithoutInstrument)}.`);
  if (st.hasData) bullets.push(`Víctimas registradas (${st.periodText}): ${st.total.text}, con corte al ${st.cutDateText}.`);
  if (org.total > 0) bullets.push(`Se mapearon ${plural(org.total, 'organización', 'organizaciones')} que brindan protección y asistencia.`);
  if (rec.total > 0) bullets.push(`Se formulan ${plural(rec.total, 'recomendación', 'recomendaciones')}, ${formatNumber(high)} de prioridad alta.`);

  return {
    interviews: iv.total,
    institutions: iv.institutions,
    sectors: iv.bySector.length,
    municipalities: iv.byMunicipality.length,
    segments: sg.total,
    barriers: v('barrera'),
    challenges: v('reto'),
    advances: v('avance'),
    goodPractices: v('buena_practica'),
    instruments: cov.normative.total,
    tools: cov.tools.total,
    toolsPublished: cov.tools.published,
    organisations: org.total,
    recommendations: rec.total,
    highPriorityRecommendations: high,
    ...(most ? { stageMostBarriers: most } : {}),
    topBarriers,
    stagesWithoutInstrument,
    victimsTotal: st.total,
    victimsPeriodText: st.periodText,
    ...(lastRow && st.lastYear !== undefined ? { victimsLastYear: { year: st.lastYear, count: lastRow.count } } : {}),
    bullets,
  };
}
