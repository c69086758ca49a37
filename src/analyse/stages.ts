/** Per-stage bundles for the stage chapters, and chapter bundles (CHAPTER_STAGES). */
import type { StateData } from '../load/types.js';
import { CHAPTER_STAGES, LEVELS, SECTORS, STAGES, VALENCES, type Stage } from '../schemas/vocabularies.js';
import { compareLabels, ordinalRows, tally } from './common.js';
import { codePictures, findingsByValence, profileRows, type SegmentContext, segmentsOfStage, stageExcerpts, valenceRows, withheldCount } from './segments.js';
import type { ChapterBundle, CoverageAnalysis, InstitutionRef, RecommendationsAnalysis, StageBundle } from './types.js';

export function stageBundles(data: StateData, ctx: SegmentContext, coverage: CoverageAnalysis, recs: RecommendationsAnalysis): Record<Stage, StageBundle> {
  const interviewsPerInstitution = tally(data.entrevistas.rows.map((r) => r.institucion_id));
  const out = {} as Record<Stage, StageBundle>;
  for (const stage of Object.keys(STAGES) as Stage[]) {
    const segs = segmentsOfStage(ctx, stage);
    const f = findingsByValence(ctx, segs);
    const instruments = coverage.normative.list.filter((i) => i.stages.includes(stage));
    const tools = coverage.tools.list.filter((t) => t.stages.includes(stage));
    const recommendations = recs.list.filter((r) => r.stage === stage);
    const institutions: InstitutionRef[] = data.instituciones.rows
      .filter((i) => i.etapas.includes(stage))
      .map((i) => ({ i, n: interviewsPerInstitution.get(i.id) ?? 0 }))
      .sort((a, b) => b.n - a.n || compareLabels(a.i.nombre, b.i.nombre) || compareLabels(a.i.id, b.i.id))
      .map(({ i }) => ({
        id: i.id,
        name: i.nombre,
        ...(i.siglas ? { siglas: i.siglas } : {}),
        shortName: i.siglas ?? i.nombre,
        level: i.nivel,
        levelLabel: LEVELS[i.nivel],
        sector: i.sector,
        sectorLabel: SECTORS[i.sector],
      }));
    out[stage] = {
      stage,
      label: STAGES[stage],
      segments: segs.length,
      byValence: valenceRows(segs),
      barriers: f.barrera,
      challenges: f.reto,
      advances: f.avance,
      goodPractices: f.buena_practica,
      codes: codePictures(ctx, segs),
      excerpts: stageExcerpts(ctx, segs),
      withheldExcerpts: withheldCount(ctx, segs),
      byProfile: profileRows(segs),
      instruments,
      tools,
      recommendations,
      institutions,
      empty: segs.length + instruments.length + tools.length + recommendations.length === 0,
    };
  }
  return out;
}

export function chapterBundles(byStage: Record<Stage, StageBundle>): Record<string, ChapterBundle> {
  const out: Record<string, ChapterBundle> = {};
  for (const [name, stages] of Object.entries(CHAPTER_STAGES)) {
    const bundles = stages.map((s) => byStage[s]);
    const segments = bundles.reduce((a, b) => a + b.segments, 0);
    const valence = new Map<string, number>();
    for (const b of bundles) for (const r of b.byValence) valence.set(r.key, (valence.get(r.key) ?? 0) + r.n);
    out[name] = {
      name,
      stages: bundles,
      segments,
      byValence: ordinalRows(VALENCES, valence, segments),
      recommendations: bundles.reduce((a, b) => a + b.recommendations.length, 0),
    };
  }
  return out;
}
