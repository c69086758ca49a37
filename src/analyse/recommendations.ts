/** Recommendations: by stage, responsible institution, priority and horizon. */
import type { StateData } from '../load/types.js';
import { HORIZONS, PRIORITIES, STAGES, type Stage } from '../schemas/vocabularies.js';
import { byCountThenLabel, compareLabels, countMatrix, ordinalRows, tally, vocabCategories } from './common.js';
import type { RecommendationGroup, RecommendationItem, RecommendationsAnalysis } from './types.js';

const STAGE_KEYS = Object.keys(STAGES) as Stage[];
const PRIORITY_KEYS = Object.keys(PRIORITIES);
const HORIZON_KEYS = Object.keys(HORIZONS);

export function analyseRecommendations(data: StateData): RecommendationsAnalysis {
  const inst = new Map(data.instituciones.rows.map((i) => [i.id, i]));
  const list: RecommendationItem[] = [...data.recomendaciones.rows]
    .sort(
      (a, b) =>
        STAGE_KEYS.indexOf(a.etapa) - STAGE_KEYS.indexOf(b.etapa) ||
        PRIORITY_KEYS.indexOf(a.prioridad) - PRIORITY_KEYS.indexOf(b.prioridad) ||
        HORIZON_KEYS.indexOf(a.plazo) - HORIZON_KEYS.indexOf(b.plazo) ||
        compareLabels(a.id, b.id),
    )
    .map((r, i) => {
      const institution = inst.get(r.institucion_id);
      return {
        id: r.id,
        number: i + 1,
        stage: r.etapa,
        stageLabel: STAGES[r.etapa],
        text: r.texto,
        ...(r.titulo_corto ? { shortTitle: r.titulo_corto } : {}),
        institutionId: r.institucion_id,
        institution: institution?.nombre ?? r.institucion_id,
        institutionShort: institution?.siglas ?? institution?.nombre ?? r.institucion_id,
        priority: r.prioridad,
        priorityLabel: PRIORITIES[r.prioridad],
        horizon: r.plazo,
        horizonLabel: HORIZONS[r.plazo],
      };
    });

  const byStage: RecommendationGroup[] = STAGE_KEYS.map((s) => {
    const items = list.filter((r) => r.stage === s);
    return { key: s, label: STAGES[s], n: items.length, items };
  }).filter((g) => g.n > 0);

  const instIds = [...new Set(list.map((r) => r.institutionId))];
  const byInstitution: RecommendationGroup[] = instIds
    .map((id) => {
      const items = list.filter((r) => r.institutionId === id);
      return { key: id, label: items[0]!.institution, n: items.length, items };
    })
    .sort(byCountThenLabel);

  const total = list.length;
  return {
    total,
    list,
    byStage,
    byInstitution,
    byPriority: ordinalRows(PRIORITIES, tally(list.map((r) => r.priority)), total),
    byHorizon: ordinalRows(HORIZONS, tally(list.map((r) => r.horizon)), total),
    priorityByStage: countMatrix(vocabCategories(PRIORITIES), vocabCategories(STAGES), list.map((r) => [r.priority, r.stage])),
    priorityByHorizon: countMatrix(vocabCategories(PRIORITIES), vocabCategories(HORIZONS), list.map((r) => [r.priority, r.horizon])),
  };
}
