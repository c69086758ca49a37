/** The analyse stage: every figure of a state's report and deck, computed from its data. */
import type { StateData } from '../load/types.js';
import { formatDate } from '../util/format-es.js';
import { buildCharts } from './charts.js';
import { analyseCoverage } from './coverage.js';
import { headline } from './headline.js';
import { analyseInterviews } from './interviews.js';
import { analyseOrganisations } from './organisations.js';
import { analyseRecommendations } from './recommendations.js';
import { analyseSegments, segmentContext } from './segments.js';
import { chapterBundles, stageBundles } from './stages.js';
import { analyseStatistics } from './statistics.js';
import type { Analysis } from './types.js';

export type * from './types.js';
export { CHART_IDS, SERIES_COLORS } from './types.js';

const cut = (date: string | undefined) => (date ? { date, text: formatDate(date) } : {});

export function analyse(data: StateData): Analysis {
  const c = data.config;
  const interviews = analyseInterviews(data);
  const ctx = segmentContext(data);
  const segments = analyseSegments(ctx);
  const coverage = analyseCoverage(data);
  const statistics = analyseStatistics(data);
  const organisations = analyseOrganisations(data);
  const recommendations = analyseRecommendations(data);
  const byStage = stageBundles(data, ctx, coverage, recommendations);
  const charts = buildCharts({ interviews, segments, coverage, statistics, organisations, recommendations });
  return {
    meta: {
      slug: data.slug,
      state: c.nombre,
      inegi: c.clave_inegi,
      cie: { nombre: c.cie.nombre, ...(c.cie.siglas ? { siglas: c.cie.siglas } : {}), shortName: c.cie.siglas ?? c.cie.nombre },
      documentDate: c.fecha_documento,
      documentDateText: formatDate(c.fecha_documento),
      version: c.version,
      status: c.estado_documento,
      sampleData: c.datos_de_muestra,
      threshold: data.project.privacidad.umbral_supresion,
    },
    cuts: {
      entrevistas: cut(c.cortes.entrevistas),
      estadisticas: cut(statistics.cutDate),
      marco_normativo: cut(c.cortes.marco_normativo),
      herramientas: cut(c.cortes.herramientas),
      organizaciones: cut(c.cortes.organizaciones),
    },
    interviews,
    segments,
    coverage,
    statistics,
    organisations,
    recommendations,
    byStage,
    stages: Object.values(byStage),
    chapters: chapterBundles(byStage),
    headline: headline(interviews, segments, coverage, statistics, organisations, recommendations),
    charts,
    chartsById: Object.fromEntries(charts.map((ch) => [ch.id, ch])),
  };
}
