/**
 * The rapid analysis of a new state: the interview with the CIE's Technical Secretariat, the
 * mapping of organisations and the comparison with the programme's other states. The shared
 * analyses (coverage, organisations, charts) come from the diagnostics' modules; what this
 * module returns is shaped for the templates, with the Spanish field names they read
 * (templates/analisis-rapido, templates/guia-entrevista).
 */
import type { RapidData } from '../load/rapid.js';
import { isQuotable } from '../privacy/consent.js';
import { AGE_GROUPS, NATIONALITY, QUESTION_TOPICS, SEX_SERVED, type QuestionBank } from '../schemas/rapid.js';
import { MODALITIES, PROFILES, SERVICES, STAGES, VALENCES, type Stage, type Valence } from '../schemas/vocabularies.js';
import { formatDate, formatList, formatNumber, plural } from '../util/format-es.js';
import { analyseCoverage, type DeskData } from './coverage.js';
import { buildCharts } from './charts.js';
import { analyseInterviews } from './interviews.js';
import { analyseOrganisations } from './organisations.js';
import { analyseRecommendations } from './recommendations.js';
import { analyseSegments, segmentContext } from './segments.js';
import { analyseStatistics } from './statistics.js';
import { countMatrix, ordinalRows, tally, vocabCategories } from './common.js';
import type { ChartSpec, CountMatrix, CountRow, CoverageAnalysis } from './types.js';

// ---------------------------------------------------------------------------
// Interview guide
// ---------------------------------------------------------------------------

export interface GuideView {
  titulo: string;
  subtitulo?: string;
  dirigida_a: string;
  modalidad: string;
  duracion: string;
  proposito: string[];
  consentimiento: QuestionBank['consentimiento'];
  cierre: string;
  version: string;
  fecha: string;
  estado: string;
  aprobada_por: string;
  versiones: { version: string; fecha: string; estado: string; revisado_y_aprobado_por: string; cambios: string }[];
  secciones: { orden: number; nombre: string; introduccion?: string; preguntas: { clave: string; texto: string; proposito: string; etapa: string; sondeos: string[] }[] }[];
  total_preguntas: number;
  etapas: CountRow[];
}

const GUIDE_STATUS = { borrador: 'Borrador', en_revision: 'En revisión', aprobada: 'Aprobada' } as const;

export function guideView(bank: QuestionBank): GuideView {
  const last = bank.versiones[bank.versiones.length - 1]!;
  const questions = bank.secciones.flatMap((s) => s.preguntas);
  return {
    titulo: bank.titulo,
    ...(bank.subtitulo ? { subtitulo: bank.subtitulo } : {}),
    dirigida_a: bank.dirigida_a,
    modalidad: MODALITIES[bank.modalidad],
    duracion: `${formatNumber(bank.duracion_minutos)} minutos`,
    proposito: bank.proposito,
    consentimiento: bank.consentimiento,
    cierre: bank.cierre,
    version: last.version,
    fecha: formatDate(last.fecha),
    estado: GUIDE_STATUS[last.estado],
    aprobada_por: last.revisado_y_aprobado_por ?? 'Pendiente de revisión',
    versiones: bank.versiones.map((v) => ({
      version: v.version, fecha: formatDate(v.fecha), estado: GUIDE_STATUS[v.estado], revisado_y_aprobado_por: v.revisado_y_aprobado_por ?? '—', cambios: v.cambios,
    })),
    secciones: bank.secciones.map((s, i) => ({
      orden: i + 1,
      nombre: s.titulo,
      ...(s.introduccion ? { introduccion: s.introduccion } : {}),
      preguntas: s.preguntas.map((q, j) => ({ clave: `${i + 1}.${j + 1}`, texto: q.texto, proposito: q.proposito, etapa: QUESTION_TOPICS[q.etapa], sondeos: q.sondeos ?? [] })),
    })),
    total_preguntas: questions.length,
    etapas: ordinalRows(QUESTION_TOPICS, tally(questions.map((q) => q.etapa)), questions.length).filter((r) => r.n > 0),
  };
}

// ---------------------------------------------------------------------------
// Interview report
// ---------------------------------------------------------------------------

export interface FindingView {
  codigo: string;
  tema: string;
  valencia: string;
  etapa: string;
  perfil?: string;
  /** The excerpt, only when the interview consented to quotation. */
  extracto?: string;
}

export interface InterviewView {
  ficha: { campo: string; valor: string }[];
  fecha: string;
  modalidad: string;
  institucion: string;
  cargo: string;
  duracion: string;
  participantes: string[];
  guia_version: string;
  grabacion: string;
  cita_autorizada: boolean;
  cita: string;
  contexto: string[];
  segmentos: number;
  temas: number;
  etapas: { clave: Stage; nombre: string; n: number; resumen: string; hallazgos: FindingView[] }[];
  etapas_sin_menciones: string[];
  retos: FindingView[];
  avances: FindingView[];
  acciones: FindingView[];
  matriz: CountMatrix;
  puntos_por_verificar: { etapa: string; texto: string; fuente: string }[];
  proximos_pasos: string[];
}

const CHALLENGE: Valence[] = ['barrera', 'reto'];

export function interviewView(rapid: RapidData): InterviewView {
  const data = rapid.state;
  const iv = data.entrevistas.rows.find((e) => e.id === rapid.notes.entrevista_id)!;
  const byId = new Map(data.entrevistas.rows.map((e) => [e.id, e]));
  const codes = new Map(data.codigos.rows.map((c) => [c.codigo, c]));
  const inst = data.instituciones.rows.find((i) => i.id === iv.institucion_id);
  const segments = data.segmentos.rows.filter((s) => s.entrevista_id === iv.id);
  const finding = (s: (typeof segments)[number]): FindingView => ({
    codigo: s.codigo,
    tema: codes.get(s.codigo)?.etiqueta ?? s.codigo,
    valencia: VALENCES[s.valencia],
    etapa: STAGES[s.etapa],
    ...(s.perfil ? { perfil: PROFILES[s.perfil] } : {}),
    ...(isQuotable(s, byId) ? { extracto: s.extracto.replace(/\s+/g, ' ').trim() } : {}),
  });
  const stageKeys = Object.keys(STAGES) as Stage[];
  const valenceKeys = Object.keys(VALENCES) as Valence[];
  const etapas = stageKeys
    .map((k) => {
      const own = segments.filter((s) => s.etapa === k).sort((a, b) => valenceKeys.indexOf(a.valencia) - valenceKeys.indexOf(b.valencia) || a.segmento_id.localeCompare(b.segmento_id));
      const counts = valenceKeys.map((v) => [v, own.filter((s) => s.valencia === v).length] as const).filter(([, n]) => n > 0);
      return {
        clave: k,
        nombre: STAGES[k],
        n: own.length,
        resumen: formatList(counts.map(([v, n]) => `${plural(n, VALENCES[v].toLowerCase(), pluralValence(v))}`)),
        hallazgos: own.map(finding),
      };
    })
    .filter((e) => e.n > 0);
  const ordered = [...segments].sort((a, b) => stageKeys.indexOf(a.etapa) - stageKeys.indexOf(b.etapa) || a.segmento_id.localeCompare(b.segmento_id));
  return {
    // The interviewee's post is not printed (attribution by institution only, as in the diagnostics).
    ficha: [
      { campo: 'Fecha', valor: formatDate(iv.fecha) },
      { campo: 'Modalidad', valor: MODALITIES[iv.modalidad] },
      { campo: 'Institución', valor: inst?.nombre ?? iv.institucion_id },
      { campo: 'Duración', valor: `${formatNumber(rapid.notes.duracion_minutos)} minutos` },
      { campo: 'Versión de la guía aplicada', valor: rapid.notes.guia_version },
      { campo: 'Autorización de grabación', valor: iv.consentimiento_grabacion ? 'Sí' : 'No' },
      { campo: 'Autorización de cita textual', valor: iv.consentimiento_cita ? 'Sí' : 'No' },
      { campo: 'Fragmentos codificados', valor: formatNumber(segments.length) },
    ],
    fecha: formatDate(iv.fecha),
    modalidad: MODALITIES[iv.modalidad],
    institucion: inst?.nombre ?? iv.institucion_id,
    cargo: iv.cargo,
    duracion: `${formatNumber(rapid.notes.duracion_minutos)} minutos`,
    participantes: rapid.notes.participantes,
    guia_version: rapid.notes.guia_version,
    grabacion: iv.consentimiento_grabacion ? 'Sí' : 'No',
    cita_autorizada: iv.consentimiento_cita,
    cita: iv.consentimiento_cita ? 'Sí' : 'No',
    contexto: rapid.notes.contexto,
    segmentos: segments.length,
    temas: new Set(segments.map((s) => s.codigo)).size,
    etapas,
    etapas_sin_menciones: stageKeys.filter((k) => !segments.some((s) => s.etapa === k)).map((k) => STAGES[k]),
    retos: ordered.filter((s) => CHALLENGE.includes(s.valencia)).map(finding),
    avances: ordered.filter((s) => s.valencia === 'avance').map(finding),
    acciones: ordered.filter((s) => s.valencia === 'buena_practica').map(finding),
    matriz: countMatrix(vocabCategories(STAGES), vocabCategories(VALENCES), segments.map((s) => [s.etapa, s.valencia] as [string, string])),
    puntos_por_verificar: rapid.notes.puntos_por_verificar.map((p) => ({ etapa: QUESTION_TOPICS[p.etapa], texto: p.texto, fuente: p.fuente })),
    proximos_pasos: rapid.notes.proximos_pasos,
  };
}

function pluralValence(v: Valence): string {
  return { barrera: 'barreras', reto: 'retos', avance: 'avances', buena_practica: 'buenas prácticas' }[v];
}

// ---------------------------------------------------------------------------
// Mapping of organisations
// ---------------------------------------------------------------------------

export interface MappingRowView {
  id: string;
  nombre: string;
  tipo: string;
  servicios: string;
  alcance: string;
  municipios: string;
  duracion: string;
  costo: string;
  poblacion: string;
  sexo: string;
  edades: string;
  nacionalidad: string;
  capacidad: number | null;
  capacidad_texto: string;
  requisitos: string;
  contacto: string;
}

export interface MappingView {
  total: number;
  corte: string;
  municipios: number;
  filas: MappingRowView[];
  por_tipo: CountRow[];
  por_servicio: CountRow[];
  por_poblacion: CountRow[];
  por_alcance: CountRow[];
  por_costo: CountRow[];
  por_duracion: CountRow[];
  /** Organisations (names, «; »-separated: names have commas) offering each service, vocabulary order, services offered only. */
  servicios: { servicio: string; n: number; organizaciones: string }[];
  poblaciones: { poblacion: string; n: number; organizaciones: string }[];
  capacidad_conocida: number;
  plazas: number;
  grafica: ChartSpec;
}

export function mappingView(rapid: RapidData, charts: ChartSpec[]): MappingView {
  const org = analyseOrganisations(rapid.state);
  const extra = new Map(rapid.mapping.rows.map((r) => [r.id, r]));
  const filas = org.list.map((o): MappingRowView => {
    const r = extra.get(o.id)!;
    const ages = (Object.keys(AGE_GROUPS) as (keyof typeof AGE_GROUPS)[]).filter((a) => r.grupos_edad.includes(a)).map((a) => AGE_GROUPS[a]);
    return {
      id: o.id,
      nombre: o.name,
      tipo: o.typeLabel,
      servicios: o.servicesText,
      alcance: o.reachLabel,
      municipios: o.municipalitiesText,
      duracion: o.durationLabel,
      costo: o.costLabel,
      poblacion: o.populationText,
      sexo: SEX_SERVED[r.sexo],
      edades: formatList(ages),
      nacionalidad: NATIONALITY[r.nacionalidad],
      capacidad: r.capacidad ?? null,
      capacidad_texto: r.capacidad === undefined ? 'Sin dato' : formatNumber(r.capacidad),
      requisitos: r.requisitos_canalizacion,
      contacto: o.contact ?? 'Sin contacto institucional publicado',
    };
  });
  const names = (pred: (r: (typeof rapid.mapping.rows)[number]) => boolean) =>
    filas.filter((f) => pred(extra.get(f.id)!)).map((f) => f.nombre);
  const serviceKeys = Object.keys(SERVICES) as (keyof typeof SERVICES)[];
  const profileKeys = Object.keys(PROFILES) as (keyof typeof PROFILES)[];
  const known = rapid.mapping.rows.filter((r) => r.capacidad !== undefined);
  return {
    total: org.total,
    corte: org.cutDateText ?? '',
    municipios: new Set(rapid.mapping.rows.flatMap((r) => r.municipios)).size,
    filas,
    por_tipo: org.byType,
    por_servicio: org.byService,
    por_poblacion: org.byPopulation,
    por_alcance: org.byReach,
    por_costo: org.byCost,
    por_duracion: org.byDuration,
    servicios: serviceKeys
      .map((k) => ({ servicio: SERVICES[k], list: names((r) => r.servicios.includes(k)) }))
      .filter((s) => s.list.length > 0)
      .map((s) => ({ servicio: s.servicio, n: s.list.length, organizaciones: s.list.join('; ') })),
    poblaciones: profileKeys
      .map((k) => ({ poblacion: PROFILES[k], list: names((r) => r.poblacion_objetivo.includes(k)) }))
      .map((s) => ({ poblacion: s.poblacion, n: s.list.length, organizaciones: s.list.length ? s.list.join('; ') : 'Ninguna organización mapeada' })),
    capacidad_conocida: known.length,
    plazas: known.reduce((a, r) => a + (r.capacidad ?? 0), 0),
    grafica: charts.find((c) => c.id === 'organizaciones-por-servicio')!,
  };
}

// ---------------------------------------------------------------------------
// Desk review and comparison with the other states
// ---------------------------------------------------------------------------

/** What the product knows of each project state for the comparison. */
export interface StateComparisonInput {
  slug: string;
  nombre: string;
  /** The state's desk-review catalogues (common rows included), when its data has them. */
  desk?: DeskData;
  /** Profiles with a flowchart route, with the flowchart's status label. */
  rutas: { perfil: string; estatus: string }[];
}

export interface ComparisonView {
  estados: { nombre: string; actual: boolean; instrumentos_estatales: number | null; herramientas_estatales: number | null; etapas_ley: string; etapas_herramientas: string; rutas: number }[];
  /** Stage × state: «Ley y herramienta», «Ley», «Herramienta», «—», or «Sin datos». */
  etapas: { etapa: string; celdas: string[] }[];
  perfiles: { perfil: string; celdas: string[] }[];
  nombres: string[];
  sin_revision: string[];
  /** The two matrices as table rows (`e0`, `e1`… one column per state) and their `columnas` specs. */
  etapas_tabla: Record<string, string>[];
  columnas_etapas: string;
  perfiles_tabla: Record<string, string>[];
  columnas_perfiles: string;
}

export function comparisonView(current: string, states: StateComparisonInput[]): ComparisonView {
  const stageKeys = Object.keys(STAGES) as Stage[];
  const rows = states.map((s) => {
    if (!s.desk) return { s, law: undefined, tools: undefined };
    const cov = analyseCoverage(s.desk);
    // State-level review only: the state's own instruments and the tools of its own folder.
    const law = cov.normative.list.filter((i) => i.level === 'estatal' || i.level === 'municipal');
    const ownTools = new Set(s.desk.herramientas.rows.filter((_, i) => !s.desk!.herramientas.locations[i]!.file.startsWith('data/comun/')).map((t) => t.id));
    const tools = cov.tools.list.filter((t) => ownTools.has(t.id));
    return { s, law, tools };
  });
  const covered = (items: { stages: Stage[] }[] | undefined, k: Stage) => !!items?.some((i) => i.stages.includes(k));
  const stageList = (items: { stages: Stage[] }[]) => {
    const st = stageKeys.filter((k) => covered(items, k));
    return st.length === stageKeys.length ? 'Todas las etapas' : st.length === 0 ? 'Ninguna' : formatNumber(st.length) + ' de ' + formatNumber(stageKeys.length);
  };
  const perfiles = (Object.keys(PROFILES) as (keyof typeof PROFILES)[])
    .filter((p) => states.some((s) => s.rutas.some((r) => r.perfil === p)))
    .map((p) => ({ perfil: PROFILES[p], celdas: states.map((s) => s.rutas.find((r) => r.perfil === p)?.estatus ?? '—') }));
  return {
    nombres: states.map((s) => s.nombre),
    estados: rows.map(({ s, law, tools }) => ({
      nombre: s.nombre,
      actual: s.slug === current,
      instrumentos_estatales: law ? law.length : null,
      herramientas_estatales: tools ? tools.length : null,
      etapas_ley: law ? stageList(law) : 'Sin datos',
      etapas_herramientas: tools ? stageList(tools) : 'Sin datos',
      rutas: s.rutas.length,
    })),
    etapas: stageKeys.map((k) => ({
      etapa: STAGES[k],
      celdas: rows.map(({ law, tools }) => {
        if (!law || !tools) return 'Sin datos';
        const l = covered(law, k);
        const t = covered(tools, k);
        return l && t ? 'Ley y herramienta' : l ? 'Ley' : t ? 'Herramienta' : '—';
      }),
    })),
    perfiles,
    perfiles_tabla: perfiles.map((p) => ({ perfil: p.perfil, ...Object.fromEntries(p.celdas.map((c, j) => [`e${j}`, c])) })),
    sin_revision: rows.filter((r) => !r.law).map((r) => r.s.nombre),
    ...matrixTables(states.map((s) => s.nombre), stageKeys.map((k) => STAGES[k]), rows.map(({ law, tools }) => stageKeys.map((k) => {
      if (!law || !tools) return 'Sin datos';
      const l = covered(law, k);
      const t = covered(tools, k);
      return l && t ? 'Ley y herramienta' : l ? 'Ley' : t ? 'Herramienta' : '—';
    }))),
  };
}

/** Row-per-category tables with one column per state (for the `tabla` helper). */
function matrixTables(names: string[], stageLabels: string[], byState: string[][]) {
  const cols = (first: string, key: string) => [`${key}:${first}`, ...names.map((n, j) => `e${j}:${n.replace(/[:;]/g, ' ')}:t`)].join(';');
  return {
    etapas_tabla: stageLabels.map((label, i) => ({ etapa: label, ...Object.fromEntries(names.map((_, j) => [`e${j}`, byState[j]![i]!])) })),
    columnas_etapas: cols('Etapa', 'etapa'),
    columnas_perfiles: cols('Perfil', 'perfil'),
  };
}

// ---------------------------------------------------------------------------
// Everything the rapid analysis prints
// ---------------------------------------------------------------------------

export interface RapidAnalysis {
  charts: ChartSpec[];
  coverage: CoverageAnalysis;
  desk: DeskReviewView;
  interview: InterviewView;
  mapping: MappingView;
}

/** The diagnostics' analyses on the state's data (same coverage matrices and charts), plus the views above. */
export function analyseRapid(rapid: RapidData): RapidAnalysis {
  const data = rapid.state;
  const coverage = analyseCoverage(data);
  const organisations = analyseOrganisations(data);
  const all = buildCharts({
    interviews: analyseInterviews(data),
    segments: analyseSegments(segmentContext(data)),
    coverage,
    statistics: analyseStatistics(data),
    organisations,
    recommendations: analyseRecommendations(data),
  });
  const wanted = new Set(['cobertura-normativa-etapa', 'herramientas-por-etapa', 'organizaciones-por-servicio', 'segmentos-etapa-valencia']);
  const charts = all.filter((c) => wanted.has(c.id));
  return { charts, coverage, desk: deskReviewView(rapid, coverage), interview: interviewView(rapid), mapping: mappingView(rapid, charts) };
}


// ---------------------------------------------------------------------------
// Desk review at state level
// ---------------------------------------------------------------------------

export interface DeskReviewView {
  corte_normativo: string;
  corte_herramientas: string;
  total_instrumentos: number;
  instrumentos_estatales: { nombre: string; tipo: string; fecha: string; estatus: string; etapas: string; perfiles: string }[];
  estatales_vigentes: number;
  herramientas_estatales: { nombre: string; institucion: string; etapas: string; publicada: string; uso: string }[];
  herramientas_federales: number;
  por_etapa: { etapa: string; instrumentos: number; estatales: number; herramientas: number; herramientas_estatales: number }[];
  etapas_sin_ley_estatal: string[];
  etapas_sin_herramienta_estatal: string[];
  herramientas_sin_uso_pleno: number;
  perfiles: CoverageAnalysis['profiles'];
}

export function deskReviewView(rapid: RapidData, coverage: CoverageAnalysis): DeskReviewView {
  const data = rapid.state;
  const ownTools = new Set(data.herramientas.rows.filter((_, i) => !data.herramientas.locations[i]!.file.startsWith('data/comun/')).map((t) => t.id));
  const state = coverage.normative.list.filter((i) => i.level === 'estatal' || i.level === 'municipal');
  const tools = coverage.tools.list.filter((t) => ownTools.has(t.id));
  const stageKeys = Object.keys(STAGES) as Stage[];
  const por_etapa = stageKeys.map((k) => ({
    etapa: STAGES[k],
    instrumentos: coverage.normative.list.filter((i) => i.stages.includes(k)).length,
    estatales: state.filter((i) => i.stages.includes(k)).length,
    herramientas: coverage.tools.list.filter((t) => t.stages.includes(k)).length,
    herramientas_estatales: tools.filter((t) => t.stages.includes(k)).length,
  }));
  return {
    corte_normativo: coverage.normative.cutDateText,
    corte_herramientas: coverage.tools.cutDateText ?? coverage.normative.cutDateText,
    total_instrumentos: coverage.normative.total,
    instrumentos_estatales: state.map((i) => ({
      nombre: i.name, tipo: i.typeLabel, fecha: i.dateText, estatus: i.statusLabel, etapas: formatList(i.stageLabels), perfiles: i.profileLabels.length ? formatList(i.profileLabels) : 'Todos los perfiles',
    })),
    estatales_vigentes: state.filter((i) => i.status === 'vigente').length,
    herramientas_estatales: tools.map((t) => ({ nombre: t.name, institucion: t.institutionShort, etapas: formatList(t.stageLabels), publicada: t.publishedText, uso: t.inUseLabel })),
    herramientas_federales: coverage.tools.total - tools.length,
    por_etapa,
    etapas_sin_ley_estatal: por_etapa.filter((r) => r.estatales === 0).map((r) => r.etapa),
    etapas_sin_herramienta_estatal: por_etapa.filter((r) => r.herramientas_estatales === 0).map((r) => r.etapa),
    herramientas_sin_uso_pleno: tools.filter((t) => t.inUse !== 'si').length,
    perfiles: coverage.profiles,
  };
}
