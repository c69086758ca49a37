/**
 * Coded interview segments: stage × valence, top codes, consented quotations.
 *
 * Consent rule: a segment's text may be quoted only if its interview has
 * consentimiento_cita = sí. Other segments are counted everywhere but their text never
 * leaves this module; `withheld` says how many were held back. A segment whose interview is
 * unknown is treated as not consenting.
 */
import type { StateData } from '../load/types.js';
import type { Segment } from '../schemas/datasets.js';
import { PROFILES, STAGES, VALENCES, type Sector, type Stage, type Valence } from '../schemas/vocabularies.js';
import { formatList, formatNumber, plural } from '../util/format-es.js';
import { byCountThenLabel, compareLabels, countMatrix, labelOr, nominalRows, ordinalRows, tally, vocabCategories } from './common.js';
import { interviewNumbers } from './interviews.js';
import { quoteAttribution } from '../privacy/interviewees.js';
import type { Category, CodeFinding, CodePicture, CodeValence, CountRow, Excerpt, SegmentsAnalysis } from './types.js';

export const EXCERPT_LIMIT = 3;
export const TOP_LIMIT = 5;

const VALENCE_ORDER = Object.keys(VALENCES) as Valence[];

/** Everything segment-related that the stage bundles also need. */
export interface SegmentContext {
  segments: Segment[];
  /** Consented segments turned into excerpts, keyed by segment id. */
  excerptOf: Map<string, Excerpt>;
  codeLabel: (code: string) => string;
  codeDescription: (code: string) => string | undefined;
  interviewNumber: Map<string, number>;
}

export function segmentContext(data: StateData): SegmentContext {
  const interviews = new Map(data.entrevistas.rows.map((r) => [r.id, r]));
  const numbers = interviewNumbers(data);
  const rules = data.project.privacidad.entrevistas;
  const perSector = tally(data.entrevistas.rows.map((r) => r.sector));
  const codes = new Map(data.codigos.rows.map((c) => [c.codigo, c]));
  const excerptOf = new Map<string, Excerpt>();
  for (const s of data.segmentos.rows) {
    const iv = interviews.get(s.entrevista_id);
    if (!iv || !iv.consentimiento_cita) continue;
    const num = numbers.get(iv.id)!;
    const sector: Sector = iv.sector;
    const attribution = quoteAttribution(sector, num, perSector, rules);
    excerptOf.set(s.segmento_id, {
      segmentId: s.segmento_id,
      text: s.extracto.replace(/\s+/g, ' ').trim(),
      stage: s.etapa,
      valence: s.valencia,
      code: s.codigo,
      ...(s.perfil ? { profile: s.perfil } : {}),
      attribution: attribution.text,
      sector,
      // what the attribution says: a sector with few interviews is not named
      sectorLabel: attribution.label,
      interviewNumber: num,
    });
  }
  return {
    segments: data.segmentos.rows,
    excerptOf,
    codeLabel: (c) => codes.get(c)?.etiqueta ?? c,
    codeDescription: (c) => codes.get(c)?.descripcion,
    interviewNumber: numbers,
  };
}

function segmentOrder(ctx: SegmentContext) {
  return (a: Segment, b: Segment) =>
    (ctx.interviewNumber.get(a.entrevista_id) ?? Number.MAX_SAFE_INTEGER) - (ctx.interviewNumber.get(b.entrevista_id) ?? Number.MAX_SAFE_INTEGER) ||
    compareLabels(a.segmento_id, b.segmento_id);
}

/** Up to `limit` excerpts, one per interview first (variety of voices), then the rest in order. */
function pickExcerpts(ordered: Excerpt[], limit: number): Excerpt[] {
  const out: Excerpt[] = [];
  const seen = new Set<number>();
  for (const e of ordered) {
    if (out.length >= limit) break;
    if (seen.has(e.interviewNumber)) continue;
    seen.add(e.interviewNumber);
    out.push(e);
  }
  for (const e of ordered) {
    if (out.length >= limit) break;
    if (!out.includes(e)) out.push(e);
  }
  return out;
}

function groupByCode(segments: Segment[]): Map<string, Segment[]> {
  const byCode = new Map<string, Segment[]>();
  for (const s of segments) byCode.set(s.codigo, [...(byCode.get(s.codigo) ?? []), s]);
  return byCode;
}

/** What every summary of one code says: its name, counts and the excerpts that may be quoted (consent). */
function codeSummary(ctx: SegmentContext, code: string, segs: Segment[], order: (a: Segment, b: Segment) => number, excerptLimit: number) {
  const consented = [...segs].sort(order).map((s) => ctx.excerptOf.get(s.segmento_id)).filter((e): e is Excerpt => e !== undefined);
  const description = ctx.codeDescription(code);
  return {
    code,
    key: code,
    label: ctx.codeLabel(code),
    ...(description ? { description } : {}),
    n: segs.length,
    nText: formatNumber(segs.length),
    interviews: new Set(segs.map((s) => s.entrevista_id)).size,
    excerpts: pickExcerpts(consented, excerptLimit),
    withheld: segs.length - consented.length,
  };
}

/** Codes of `segments` (already filtered to one valence and scope), count desc then label; at most `limit` (Infinity = all). */
export function codeFindings(ctx: SegmentContext, segments: Segment[], limit = TOP_LIMIT, excerptLimit = EXCERPT_LIMIT): CodeFinding[] {
  const order = segmentOrder(ctx);
  return [...groupByCode(segments).entries()]
    .map(([code, segs]) => {
      const { excerpts, withheld, ...base } = codeSummary(ctx, code, segs, order, excerptLimit);
      return { ...base, excerpts, withheld };
    })
    .sort(byCountThenLabel)
    .slice(0, limit)
    .map(({ key: _k, ...rest }) => rest);
}

const DIFFICULTY: ReadonlySet<Valence> = new Set(['barrera', 'reto'] as Valence[]);

/** Every code of `segments` once, with its net picture across valences (count desc, then label). */
export function codePictures(ctx: SegmentContext, segments: Segment[], excerptLimit = EXCERPT_LIMIT): CodePicture[] {
  const order = segmentOrder(ctx);
  const pictures = [...groupByCode(segments).entries()].map(([code, segs]) => {
    const byValence: CodeValence[] = VALENCE_ORDER
      .map((v) => {
        const of = segs.filter((s) => s.valencia === v);
        return { valence: v, label: VALENCES[v].toLocaleLowerCase('es-MX'), n: of.length, interviews: new Set(of.map((s) => s.entrevista_id)).size };
      })
      .filter((v) => v.n > 0)
      .sort((a, b) => b.interviews - a.interviews || b.n - a.n || VALENCE_ORDER.indexOf(a.valence) - VALENCE_ORDER.indexOf(b.valence));
    const main = byValence[0]!.valence;
    const weight = (difficulty: boolean) => byValence.filter((v) => DIFFICULTY.has(v.valence) === difficulty).reduce((a, v) => a + v.interviews, 0);
    const hard = weight(true);
    const soft = weight(false);
    const side: CodePicture['side'] = hard > soft || (hard === soft && DIFFICULTY.has(main)) ? 'dificultad' : 'fortaleza';
    const { excerpts, withheld, ...base } = codeSummary(ctx, code, segs, order, excerptLimit);
    const parts = byValence.map((v, i) => `como ${v.label} en ${i === 0 ? plural(v.interviews, 'entrevista') : formatNumber(v.interviews)}`);
    return {
      ...base,
      byValence,
      main,
      side,
      mixed: hard > 0 && soft > 0,
      pictureText: `se señaló ${formatList(parts)}`,
      excerpts,
      withheld,
    };
  });
  return pictures.sort(byCountThenLabel).map(({ key: _k, ...rest }) => rest);
}

export function findingsByValence(ctx: SegmentContext, segments: Segment[]): Record<Valence, CodeFinding[]> {
  const out = {} as Record<Valence, CodeFinding[]>;
  for (const v of VALENCE_ORDER) out[v] = codeFindings(ctx, segments.filter((s) => s.valencia === v));
  return out;
}

/** Stage quotations: best-ranked code of each valence first (barriers first), then the rest. */
export function stageExcerpts(ctx: SegmentContext, segments: Segment[], limit = EXCERPT_LIMIT): Excerpt[] {
  const ranked: Excerpt[][] = [];
  for (const v of VALENCE_ORDER) {
    const all = codeFindings(ctx, segments.filter((s) => s.valencia === v), Infinity, Infinity);
    ranked.push(all.flatMap((f) => f.excerpts));
  }
  const out: Excerpt[] = [];
  for (const list of ranked) if (list[0] && out.length < limit) out.push(list[0]);
  for (const list of ranked) for (const e of list) if (out.length < limit && !out.includes(e)) out.push(e);
  return out;
}

export function withheldCount(ctx: SegmentContext, segments: Segment[]): number {
  return segments.filter((s) => !ctx.excerptOf.has(s.segmento_id)).length;
}

export function valenceRows(segments: Segment[]): CountRow[] {
  return ordinalRows(VALENCES, tally(segments.map((s) => s.valencia)), segments.length);
}

export function profileRows(segments: Segment[]): CountRow[] {
  return nominalRows(tally(segments.flatMap((s) => (s.perfil ? [s.perfil] : []))), (k) => labelOr(PROFILES, k));
}

export function analyseSegments(ctx: SegmentContext): SegmentsAnalysis {
  const segs = ctx.segments;
  const stages = vocabCategories(STAGES);
  const byProfile = profileRows(segs);
  const profileCats: Category[] = byProfile.map((r) => ({ key: r.key, label: r.label }));
  const top = findingsByValence(ctx, segs);
  return {
    total: segs.length,
    excerptLimit: EXCERPT_LIMIT,
    topLimit: TOP_LIMIT,
    stageByValence: countMatrix(stages, vocabCategories(VALENCES), segs.map((s) => [s.etapa, s.valencia])),
    byValence: valenceRows(segs),
    profileByStage: countMatrix(profileCats, stages, segs.flatMap((s) => (s.perfil ? [[s.perfil, s.etapa] as [string, string]] : []))),
    byProfile,
    topBarriers: top.barrera,
    topChallenges: top.reto,
    topAdvances: top.avance,
    topGoodPractices: top.buena_practica,
    withheldExcerpts: withheldCount(ctx, segs),
  };
}

export function segmentsOfStage(ctx: SegmentContext, stage: Stage): Segment[] {
  return ctx.segments.filter((s) => s.etapa === stage);
}
