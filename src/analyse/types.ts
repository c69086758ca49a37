/**
 * The `Analysis`: every figure of a state's report and CIE deck, computed from `StateData`
 * by `analyse()` (src/analyse/index.ts). Templates and the deck only *print* these values;
 * they never count anything themselves, so the DOCX, its Markdown twin and the PPTX cannot
 * disagree.
 *
 * Conventions (stable contract — names are only ever added, never renamed):
 * - Every list is deterministically ordered. Nominal categories (sectors, institutions,
 *   municipalities, codes, services, profiles, types…): count desc, then label asc (es-MX
 *   collation), then key. Ordinal vocabularies (stages, valences, levels, modalities,
 *   priorities, horizons, reach, duration, cost, tool use): vocabulary order
 *   (src/schemas/vocabularies.ts), zeros included.
 * - `*Text` fields are already formatted for es-MX (src/util/format-es.ts): use them
 *   verbatim in outputs so every output prints the same string.
 * - Percentages are numbers 0–100 (unrounded) with a `pctText` twin ("12.5 %").
 * - Dates are ISO strings (AAAA-MM-DD) with a `*Text` twin ("24 de noviembre de 2026").
 * - Counts of victims (official statistics) are ALWAYS `SuppressedCount`s: print `.text`,
 *   never a raw number (small-cell suppression, src/privacy/suppress.ts).
 */
import type { Level, Modality, Profile, Sector, Stage, Valence } from '../schemas/vocabularies.js';

export type { Stage, Valence, Profile, Sector, Level, Modality };

// ---------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------

/** One category of a frequency table. */
export interface CountRow {
  /** Vocabulary key, id or the free value itself (e.g. a municipality). */
  key: string;
  /** Spanish label printed in outputs. */
  label: string;
  n: number;
  /** es-MX formatted count ("1,234"). */
  nText: string;
  /** Share of the table's total, 0–100 (0 when the total is 0). */
  pct: number;
  /** "12.5 %" ("—" when the total is 0 or the count is hidden). */
  pctText: string;
  /**
   * True when the count is hidden by the interviewee rules (src/privacy/interviewees.ts): print
   * nText («menos de 3», «3 o más»), never `n`; charts leave it out.
   */
  suppressed?: boolean;
}

/** A row/column header of a matrix. */
export interface Category {
  key: string;
  label: string;
}

/** A count matrix (rows × columns) with totals and percentages. */
export interface CountMatrix {
  columns: Category[];
  rows: CountMatrixRow[];
  /** Column totals, same order as `columns`. */
  colTotals: number[];
  total: number;
}

export interface CountMatrixRow {
  key: string;
  label: string;
  /** values[j] is the count for columns[j]. */
  values: number[];
  total: number;
  /** Percentage of the row total per column, 0–100. */
  pctOfRow: number[];
  pctOfRowText: string[];
  /** Percentage of the matrix total per column, 0–100. */
  pctOfTotal: number[];
  pctOfTotalText: string[];
}

/** A yes/no coverage matrix (e.g. instrument × stage). */
export interface BoolMatrix {
  columns: Category[];
  rows: BoolMatrixRow[];
  /** How many rows are true in each column. */
  colCounts: number[];
}

export interface BoolMatrixRow {
  key: string;
  label: string;
  values: boolean[];
  /** How many columns are true in this row. */
  count: number;
}

/** A count after small-cell suppression (shape of src/privacy/suppress.ts `suppressCount`). */
export interface SuppressedCount {
  /** The count, or null when suppressed (never reveal it). */
  value: number | null;
  suppressed: boolean;
  /** What to print: es-MX number, or "<5" (threshold-dependent) when suppressed. */
  text: string;
}

/** A suppressed frequency table (one dimension). */
export interface SuppressedRow {
  key: string;
  label: string;
  count: SuppressedCount;
}

/** A suppressed two-way table, with primary and secondary suppression applied. */
export interface SuppressedTable {
  /** Row headers (e.g. years) and column headers (e.g. sexes). */
  rows: Category[];
  columns: Category[];
  /** cells[i][j] for rows[i] × columns[j]. */
  cells: SuppressedCount[][];
  rowTotals: SuppressedCount[];
  colTotals: SuppressedCount[];
  total: SuppressedCount;
}

// ---------------------------------------------------------------------------
// Interviews (chapter "metodologia")
// ---------------------------------------------------------------------------

export interface InstitutionCount {
  id: string;
  name: string;
  siglas?: string;
  /** "Siglas" when present, otherwise the name. */
  shortName: string;
  sector: Sector;
  sectorLabel: string;
  /** Interviews held with this institution. Never print it: print nText. */
  n: number;
  /** es-MX count, «menos de 3»/«3 o más», or "" when per-institution counts are not published. */
  nText: string;
  /** True when nText is not the exact count (see CountRow.suppressed). */
  suppressed?: boolean;
}

export interface InterviewsAnalysis {
  total: number;
  /** Distinct institutions interviewed. */
  institutions: number;
  bySector: CountRow[];
  /** Sorted by count (by name when counts are not published); hidden counts last. */
  byInstitution: InstitutionCount[];
  /** proyecto.yaml → privacidad.entrevistas.instituciones_con_conteo: print the «Entrevistas» column. */
  institutionCountsShown: boolean;
  /** proyecto.yaml → privacidad.entrevistas.numerar_citas: quotes carry «Entrevista N». */
  quotesNumbered: boolean;
  /** proyecto.yaml → privacidad.entrevistas.umbral_sector: quotes name a sector only with this many interviews. */
  sectorThreshold: number;
  /** proyecto.yaml → privacidad.entrevistas.umbral_conteo: interview counts below it print «menos de N». */
  countThreshold: number;
  /** Vocabulary order (presencial, virtual). */
  byModality: CountRow[];
  byMunicipality: CountRow[];
  /** Interviews with consent to be quoted (consentimiento_cita = sí). */
  withQuoteConsent: number;
  withQuoteConsentPctText: string;
  withRecordingConsent: number;
  /** Fieldwork period declared in estado.yaml (periodo_campo). */
  period: { start: string; end: string; startText: string; endText: string; text: string };
  /** First and last interview dates actually in the data (undefined if no interviews). */
  firstDate?: string;
  lastDate?: string;
  /** Cut date of the interview data (cortes.entrevistas). */
  cutDate: string;
  cutDateText: string;
}

// ---------------------------------------------------------------------------
// Coded segments (findings)
// ---------------------------------------------------------------------------

/** An anonymised quotation: only from interviews with consentimiento_cita = sí. */
export interface Excerpt {
  segmentId: string;
  text: string;
  stage: Stage;
  valence: Valence;
  code: string;
  profile?: Profile;
  /** Anonymised attribution, e.g. "Persona entrevistada, Gobierno estatal (entrevista 3)". No names, no cargo. */
  attribution: string;
  sector: Sector;
  sectorLabel: string;
  /** Ordinal number of the interview (1-based, by date then id). Never the interview id. */
  interviewNumber: number;
}

/** A code (barrier, advance…) with how often it was coded and example quotations. */
export interface CodeFinding {
  code: string;
  /** Label from the codebook (libro-codigos.csv); the code itself if missing. */
  label: string;
  description?: string;
  /** Segments coded with it (in the scope: a stage, or overall). */
  n: number;
  nText: string;
  /** Distinct interviews in which it appears. */
  interviews: number;
  /** Up to `excerptLimit` consented quotations. */
  excerpts: Excerpt[];
  /** Segments of this code from interviews WITHOUT consent to quote: counted, never shown. */
  withheld: number;
}

export interface SegmentsAnalysis {
  total: number;
  /** Max excerpts kept per code / per stage. */
  excerptLimit: number;
  /** Max codes kept in each "top" list. */
  topLimit: number;
  /** Stage (all stages, vocabulary order) × valence (vocabulary order). */
  stageByValence: CountMatrix;
  /** Vocabulary order, zeros included. */
  byValence: CountRow[];
  /** Victim profile (only profiles that occur; count desc) × stage (all stages). Segments without profile excluded. */
  profileByStage: CountMatrix;
  /** Segments with a profile, by profile. */
  byProfile: CountRow[];
  /** Overall top codes per valence (all stages). */
  topBarriers: CodeFinding[];
  topChallenges: CodeFinding[];
  topAdvances: CodeFinding[];
  topGoodPractices: CodeFinding[];
  /** All segments from non-consenting interviews (their text is never published). */
  withheldExcerpts: number;
}

// ---------------------------------------------------------------------------
// Coverage: normative framework, official tools, victim profiles
// ---------------------------------------------------------------------------

export interface InstrumentItem {
  id: string;
  name: string;
  level: Level;
  levelLabel: string;
  type: string;
  typeLabel: string;
  date: string;
  dateText: string;
  issuer: string;
  stages: Stage[];
  stageLabels: string[];
  profiles: Profile[];
  profileLabels: string[];
  articles?: string;
  status: string;
  statusLabel: string;
}

export interface ToolItem {
  id: string;
  name: string;
  institutionId: string;
  institution: string;
  institutionShort: string;
  stages: Stage[];
  stageLabels: string[];
  profiles: Profile[];
  profileLabels: string[];
  published: boolean;
  publishedText: string;
  inUse: 'si' | 'parcial' | 'no';
  inUseLabel: string;
  date?: string;
}

export interface StageCoverage {
  stage: Stage;
  label: string;
  n: number;
  /** Names of the instruments/tools covering it (vocabulary/level order, then name). */
  names: string[];
}

export interface NormativeCoverage {
  total: number;
  /** In force only (estatus = vigente). */
  inForce: number;
  cutDate: string;
  cutDateText: string;
  /** Level order (internacional → municipal), then date, then name. */
  list: InstrumentItem[];
  /** instrument × stage. Rows in `list` order. */
  matrix: BoolMatrix;
  /** Vocabulary order, zeros included. */
  byLevel: CountRow[];
  byType: CountRow[];
  /** All stages, vocabulary order. */
  byStage: StageCoverage[];
  /** Stages that no instrument covers. */
  stagesWithout: Category[];
  /** level × stage count matrix. */
  levelByStage: CountMatrix;
}

export interface ToolsCoverage {
  total: number;
  published: number;
  /** Vocabulary order (si, parcial, no). */
  byUse: CountRow[];
  cutDate?: string;
  cutDateText?: string;
  /** Ordered by first stage, then name. */
  list: ToolItem[];
  /** tool × stage. */
  matrix: BoolMatrix;
  byStage: StageCoverage[];
  stagesWithout: Category[];
  /** Tools naming each profile explicitly (count desc). */
  byProfile: CountRow[];
  /** Tools that name no profile (general tools). */
  general: number;
}

export interface ProfileCoverageCell {
  /** Instruments covering the stage that name this profile or name no profile (general). */
  instruments: number;
  /** Of which name the profile explicitly. */
  specificInstruments: number;
  tools: number;
  specificTools: number;
  /** instruments + tools > 0. */
  covered: boolean;
}

export interface ProfileCoverage {
  /** All profiles, vocabulary order. */
  rows: Category[];
  /** All stages, vocabulary order. */
  columns: Category[];
  cells: ProfileCoverageCell[][];
  /** Profiles × stages with no specific instrument or tool. */
  gapsSpecific: number;
}

export interface CoverageAnalysis {
  normative: NormativeCoverage;
  tools: ToolsCoverage;
  profiles: ProfileCoverage;
}

// ---------------------------------------------------------------------------
// Official statistics (SESNSP, víctimas del fuero común) — ALL counts suppressed
// ---------------------------------------------------------------------------

export interface StatisticsAnalysis {
  hasData: boolean;
  source: string;
  file: string;
  cutDate: string;
  cutDateText: string;
  threshold: number;
  years: number[];
  firstYear?: number;
  lastYear?: number;
  /** "2015–2025" (en dash) or the single year; "" without data. */
  periodText: string;
  total: SuppressedCount;
  byYear: SuppressedRow[];
  bySex: SuppressedRow[];
  byAgeBand: SuppressedRow[];
  yearBySex: SuppressedTable;
  yearByAgeBand: SuppressedTable;
  /** True when any published cell is suppressed (print `note`). */
  anySuppressed: boolean;
  /** Note for tables with suppressed cells (src/privacy/suppress.ts SUPPRESSION_NOTE). */
  note: string;
  /** Short note for figures: "Los valores menores que 5 se omiten por confidencialidad; …". */
  chartNote: string;
  /** Interval audit of the two tables (src/privacy/audit.ts): counts only, never a value. */
  audit: SuppressionAuditSummary;
}

/** What the interval audit did (npm run privacy prints it). */
export interface SuppressionAuditSummary {
  /** Hidden quantities that the pattern rules alone left recoverable or narrowed. */
  unsafeBefore: number;
  /** Cells hidden in addition because of the audit. */
  extraHidden: number;
  /** Hidden quantities in the final publication, and how many of them fail the rule (0). */
  hidden: number;
  unsafeAfter: number;
}

// ---------------------------------------------------------------------------
// Organisations (mapping)
// ---------------------------------------------------------------------------

export interface OrganisationItem {
  id: string;
  name: string;
  type: string;
  typeLabel: string;
  services: string[];
  serviceLabels: string[];
  servicesText: string;
  reach: string;
  reachLabel: string;
  municipalities: string[];
  municipalitiesText: string;
  duration: string;
  durationLabel: string;
  cost: string;
  costLabel: string;
  population: Profile[];
  populationLabels: string[];
  populationText: string;
  /** Public institutional contact, when declared. */
  contact?: string;
}

export interface OrganisationsAnalysis {
  total: number;
  cutDate?: string;
  cutDateText?: string;
  byType: CountRow[];
  /** An organisation counts once per service it offers. */
  byService: CountRow[];
  byPopulation: CountRow[];
  /** Vocabulary order. */
  byReach: CountRow[];
  byCost: CountRow[];
  byDuration: CountRow[];
  /** By name. */
  list: OrganisationItem[];
}

// ---------------------------------------------------------------------------
// Recommendations
// ---------------------------------------------------------------------------

export interface RecommendationItem {
  id: string;
  /** 1-based number in `list` order ("R1"…), stable for a given data set. */
  number: number;
  stage: Stage;
  stageLabel: string;
  text: string;
  /** `titulo_corto` of recommendaciones.csv (≤ 60 characters), when given: what the deck's slide shows. */
  shortTitle?: string;
  institutionId: string;
  institution: string;
  institutionShort: string;
  priority: 'alta' | 'media' | 'baja';
  priorityLabel: string;
  horizon: 'corto' | 'mediano' | 'largo';
  horizonLabel: string;
}

export interface RecommendationGroup {
  key: string;
  label: string;
  n: number;
  items: RecommendationItem[];
}

export interface RecommendationsAnalysis {
  total: number;
  /** Stage order, then priority (alta first), then horizon, then id. */
  list: RecommendationItem[];
  /** Stages with at least one recommendation, vocabulary order. */
  byStage: RecommendationGroup[];
  /** Count desc, then name. key = institution id, label = name. */
  byInstitution: RecommendationGroup[];
  /** Vocabulary order (alta, media, baja), zeros included. */
  byPriority: CountRow[];
  byHorizon: CountRow[];
  /** priority × stage (rows alta/media/baja; all stages). */
  priorityByStage: CountMatrix;
  /** priority × horizon. */
  priorityByHorizon: CountMatrix;
}

// ---------------------------------------------------------------------------
// Chapter helpers
// ---------------------------------------------------------------------------

export interface InstitutionRef {
  id: string;
  name: string;
  siglas?: string;
  shortName: string;
  level: Level;
  levelLabel: string;
  sector: Sector;
  sectorLabel: string;
}

/** One valence of a code in a scope (a stage): how often, in how many interviews. */
export interface CodeValence {
  valence: Valence;
  /** Lower-case Spanish name for prose ("barrera", "buena práctica"). */
  label: string;
  n: number;
  interviews: number;
}

/**
 * A code of a stage, once, with its net picture across valences (#13): a code coded as a barrier
 * in some interviews and as an advance in others is one finding with mixed evidence, not two.
 */
export interface CodePicture {
  code: string;
  label: string;
  description?: string;
  /** Segments of the code in the stage, all valences. */
  n: number;
  nText: string;
  /** Distinct interviews in which it appears (any valence). */
  interviews: number;
  /** Valences where it occurs: most interviews first (ties: most segments, then vocabulary order). */
  byValence: CodeValence[];
  /** The first of `byValence`: what the code mostly is. */
  main: Valence;
  /**
   * `dificultad` when most of its interviews name it a barrier or a challenge, `fortaleza` when an
   * advance or a good practice (ties: the side of `main`).
   */
  side: 'dificultad' | 'fortaleza';
  /** Coded both as a difficulty and as a strength. */
  mixed: boolean;
  /** es-MX: "se señaló como barrera en 5 entrevistas y como avance en 3". */
  pictureText: string;
  /** Consented quotations of the code in the stage (up to `excerptLimit`). */
  excerpts: Excerpt[];
  /** Segments from interviews without consent to quote: counted, never shown. */
  withheld: number;
}

/** Everything a stage chapter (detección, valoración…) prints about one stage. */
export interface StageBundle {
  stage: Stage;
  label: string;
  /** Coded segments of this stage. */
  segments: number;
  /** Vocabulary order, zeros included. */
  byValence: CountRow[];
  barriers: CodeFinding[];
  challenges: CodeFinding[];
  advances: CodeFinding[];
  goodPractices: CodeFinding[];
  /** Every code of the stage once, with its net picture: count desc, then label. */
  codes: CodePicture[];
  /** Up to `excerptLimit` consented quotations for the stage (barriers first, then other valences). */
  excerpts: Excerpt[];
  /** Segments of the stage whose interview has no consent to quote. */
  withheldExcerpts: number;
  /** Segments of the stage by victim profile. */
  byProfile: CountRow[];
  instruments: InstrumentItem[];
  tools: ToolItem[];
  recommendations: RecommendationItem[];
  /** Institutions whose `etapas` include the stage (count of interviews desc, then name). */
  institutions: InstitutionRef[];
  /** True when there is nothing for the stage (no segments, instruments, tools or recommendations). */
  empty: boolean;
}

/** A diagnostic chapter that covers one or more stages (CHAPTER_STAGES). */
export interface ChapterBundle {
  name: string;
  stages: StageBundle[];
  segments: number;
  byValence: CountRow[];
  recommendations: number;
}

// ---------------------------------------------------------------------------
// Executive summary
// ---------------------------------------------------------------------------

export interface Headline {
  interviews: number;
  institutions: number;
  sectors: number;
  municipalities: number;
  segments: number;
  barriers: number;
  challenges: number;
  advances: number;
  goodPractices: number;
  instruments: number;
  tools: number;
  toolsPublished: number;
  organisations: number;
  recommendations: number;
  highPriorityRecommendations: number;
  /** Stage with most barrier segments (undefined without segments). */
  stageMostBarriers?: { stage: Stage; label: string; n: number };
  /** Top 3 barriers overall. */
  topBarriers: CodeFinding[];
  /** Stages without any instrument. */
  stagesWithoutInstrument: string[];
  /** Total victims in the statistics period (suppressed). */
  victimsTotal: SuppressedCount;
  victimsPeriodText: string;
  /** Latest year and its count (suppressed). */
  victimsLastYear?: { year: number; count: SuppressedCount };
  /** Ready-made sentences (es-MX) for the summary and the deck. */
  bullets: string[];
}

// ---------------------------------------------------------------------------
// Charts: the same spec feeds the DOCX (PNG via src/render/charts) and the PPTX (native chart)
// ---------------------------------------------------------------------------

export type ChartKind = 'bar' | 'horizontalBar' | 'stackedBar' | 'stackedHorizontalBar' | 'line' | 'doughnut';

/** Names of the colours in proyecto.yaml `estilo.colores`. */
export type ColorName = 'primario' | 'secundario' | 'verde' | 'rojo' | 'amarillo' | 'naranja' | 'gris' | 'tinte' | 'tinte_claro';

/** Default series colour order (series i gets SERIES_COLORS[i % n]). */
export const SERIES_COLORS: readonly ColorName[] = ['primario', 'secundario', 'verde', 'amarillo', 'naranja', 'rojo', 'gris', 'tinte', 'tinte_claro'];

export interface ChartSeries {
  name: string;
  /** One per label; null = not plotted (e.g. suppressed small counts). */
  values: (number | null)[];
  /** Colour of the series; default SERIES_COLORS[index]. */
  color?: ColorName;
}

export interface ChartSpec {
  /** kebab-case; used as `grafica:<id>` and `{#fig:<id>}` in the Markdown. */
  id: string;
  kind: ChartKind;
  /** Short title (deck slide title, not drawn inside the PNG). */
  title: string;
  /** Figure caption text without "Figura N." (the DOCX writer numbers it). */
  caption: string;
  /** Spanish alt text describing the data. */
  alt: string;
  /** Full source line, starting with "Fuente: elaboración propia con base en …". */
  source: string;
  /** Category labels (x axis, or y axis for horizontal bars, or slices for doughnut). */
  labels: string[];
  series: ChartSeries[];
  /** Printed under the figure (e.g. the suppression note). */
  note?: string;
  /** Category axis title. */
  xAxisTitle?: string;
  /** Value axis title. */
  yAxisTitle?: string;
  /** Chapter that shows the figure (proyecto.yaml chapter name). */
  chapter?: string;
  /** Draw value labels on bars/points (default true for bar kinds with few points). */
  showValues?: boolean;
  /** Doughnut: colour of each slice (default SERIES_COLORS order); single-series bars: colour of each bar. */
  labelColors?: ColorName[];
  /** Set when there is nothing to plot (all values 0/null): renderers may skip the figure. */
  empty?: boolean;
}

/** Stable chart ids (kebab-case). */
export const CHART_IDS = {
  interviewsBySector: 'entrevistas-por-sector',
  segmentsStageValence: 'segmentos-etapa-valencia',
  victimsByYear: 'victimas-por-anio',
  victimsYearSex: 'victimas-anio-sexo',
  victimsBySexAge: 'victimas-sexo-edad',
  normativeByStage: 'cobertura-normativa-etapa',
  toolsByStage: 'herramientas-por-etapa',
  organisationsByService: 'organizaciones-por-servicio',
  recommendationsPriorityStage: 'recomendaciones-prioridad-etapa',
} as const;
export type ChartId = (typeof CHART_IDS)[keyof typeof CHART_IDS];

// ---------------------------------------------------------------------------
// The Analysis
// ---------------------------------------------------------------------------

export interface AnalysisMeta {
  slug: string;
  /** State name (estado.yaml `nombre`). */
  state: string;
  inegi: number;
  cie: { nombre: string; siglas?: string; shortName: string };
  documentDate: string;
  documentDateText: string;
  version: string;
  status: 'borrador' | 'final';
  sampleData: boolean;
  /** Suppression threshold (proyecto.yaml privacidad.umbral_supresion). */
  threshold: number;
}

export interface Analysis {
  meta: AnalysisMeta;
  /** Cut dates of each source (ISO) with formatted twins. */
  cuts: Record<'entrevistas' | 'estadisticas' | 'marco_normativo' | 'herramientas' | 'organizaciones', { date?: string; text?: string }>;
  interviews: InterviewsAnalysis;
  segments: SegmentsAnalysis;
  coverage: CoverageAnalysis;
  statistics: StatisticsAnalysis;
  organisations: OrganisationsAnalysis;
  recommendations: RecommendationsAnalysis;
  /** One bundle per stage (every stage present). */
  byStage: Record<Stage, StageBundle>;
  /** Same bundles as a list, vocabulary order. */
  stages: StageBundle[];
  /** Keyed by chapter name of CHAPTER_STAGES (deteccion, valoracion, canalizacion, atencion, proteccion, acceso-justicia). */
  chapters: Record<string, ChapterBundle>;
  headline: Headline;
  /** In the order the figures appear in the report. */
  charts: ChartSpec[];
  chartsById: Record<string, ChartSpec>;
}
