/**
 * The five states side by side: for each victim profile, the route of every state compared step
 * by step — which steps each state has, which institution (lane) acts, the legal basis and the
 * time limit — and a matrix of states × stages (route defined, responsible institution named,
 * time limits set). Pure: flowcharts in, comparison out; `compare-markdown.ts` writes it.
 */
import { CHAPTER_STAGES, PROFILES, STAGES, type Profile, type Stage } from '../schemas/vocabularies.js';
import type { Flowchart, Step } from './types.js';

/** One state's flowcharts (already merged onto their bases and validated). */
export interface StateRoutes {
  slug: string;
  nombre: string;
  flowcharts: Flowchart[];
}

/** What a state's route does at one step (absent when the state has no such step). */
export interface StepInState {
  texto: string;
  /** The lane's id (the kind of institution) and its name in that state. */
  carril: string;
  responsable: string;
  fundamento?: string;
  plazo?: string;
}

export interface StepRow {
  id: string;
  /** Text of the step in the base flowchart, or in the first state that has it. */
  texto: string;
  etapa?: Stage;
  /** By state slug; undefined where the state's route has no such step. */
  porEstado: Record<string, StepInState | undefined>;
  presente: string[];
  ausente: string[];
  /** States grouped by the kind of institution (lane id) responsible, when more than one kind. */
  responsablesDistintos: { carril: string; estados: string[] }[];
  /** States that have the step without a time limit, when others set one. */
  sinPlazo: string[];
  /** States grouped by legal basis, when the states that have the step cite more than one. */
  fundamentosDistintos: { fundamento: string; estados: string[] }[];
}

/** A group of stages as the diagnostics' chapters group them (Detección … Acceso a la justicia). */
export interface StageGroup {
  id: string;
  nombre: string;
  etapas: Stage[];
}

export type CellStatus = 'completa' | 'plazos_parciales' | 'sin_plazos' | 'sin_ruta';

export interface MatrixCell {
  estado: string;
  grupo: string;
  status: CellStatus;
  pasos: number;
  /** Activities (steps that carry a time limit by nature) and how many have one. */
  actividades: number;
  conPlazo: number;
}

export interface ProfileComparison {
  perfil: Profile;
  nombre: string;
  /** States with a route for this profile, in the project's order. */
  estados: string[];
  /** States without a flowchart for this profile. */
  sinRuta: string[];
  pasos: StepRow[];
  matriz: MatrixCell[];
  /** Version and status of each state's flowchart. */
  versiones: { estado: string; version: string; estatus: Flowchart['estatus']; fecha: string }[];
}

export interface RoutesComparison {
  estados: { slug: string; nombre: string }[];
  grupos: StageGroup[];
  perfiles: ProfileComparison[];
}

const GROUP_NAMES: Record<string, string> = {
  deteccion: 'Detección',
  valoracion: 'Valoración e identificación',
  canalizacion: 'Canalización',
  atencion: 'Atención',
  proteccion: 'Protección',
  'acceso-justicia': 'Acceso a la justicia y reparación',
};

export const STAGE_GROUPS: StageGroup[] = Object.entries(CHAPTER_STAGES).map(([id, etapas]) => ({ id, nombre: GROUP_NAMES[id] ?? STAGES[etapas[0]!], etapas }));

function groupOf(stage: Stage | undefined): string | undefined {
  return stage ? STAGE_GROUPS.find((g) => g.etapas.includes(stage))?.id : undefined;
}

/** Steps that carry a time limit: decisions and end points are moments, not tasks with a deadline. */
const TIMED: Step['tipo'][] = ['inicio', 'proceso', 'documento'];

function cellStatus(steps: Step[]): Omit<MatrixCell, 'estado' | 'grupo'> {
  const timed = steps.filter((s) => TIMED.includes(s.tipo));
  const conPlazo = timed.filter((s) => s.plazo).length;
  const status: CellStatus = steps.length === 0 ? 'sin_ruta' : conPlazo === timed.length ? 'completa' : conPlazo === 0 ? 'sin_plazos' : 'plazos_parciales';
  return { status, pasos: steps.length, actividades: timed.length, conPlazo };
}

function compareProfile(perfil: Profile, states: StateRoutes[], base: Flowchart | undefined): ProfileComparison {
  const routes = states.flatMap((s) => {
    const fc = s.flowcharts.find((f) => f.perfil === perfil);
    return fc ? [{ state: s, fc }] : [];
  });
  // Steps in the base's order, then each state's own steps in the order they appear.
  const order: { id: string; texto: string; etapa?: Stage }[] = [];
  const seen = new Set<string>();
  for (const step of [...(base?.pasos ?? []), ...routes.flatMap((r) => r.fc.pasos)]) {
    if (seen.has(step.id)) continue;
    seen.add(step.id);
    order.push({ id: step.id, texto: step.texto, etapa: step.etapa });
  }

  const pasos: StepRow[] = order.map((o) => {
    const porEstado: Record<string, StepInState | undefined> = {};
    for (const { state, fc } of routes) {
      const s = fc.pasos.find((p) => p.id === o.id);
      const lane = s && fc.carriles.find((l) => l.id === s.carril);
      porEstado[state.slug] = s && { texto: s.texto, carril: s.carril, responsable: lane?.nombre ?? s.carril, fundamento: s.fundamento, plazo: s.plazo };
    }
    const presente = routes.filter((r) => porEstado[r.state.slug]).map((r) => r.state.slug);
    const ausente = routes.filter((r) => !porEstado[r.state.slug]).map((r) => r.state.slug);
    const byLane = new Map<string, string[]>();
    for (const slug of presente) byLane.set(porEstado[slug]!.carril, [...(byLane.get(porEstado[slug]!.carril) ?? []), slug]);
    const responsablesDistintos = byLane.size > 1 ? [...byLane].map(([carril, estados]) => ({ carril, estados })) : [];
    const timed = presente.filter((slug) => porEstado[slug]);
    const withLimit = timed.filter((slug) => porEstado[slug]!.plazo);
    const sinPlazo = withLimit.length > 0 ? timed.filter((slug) => !porEstado[slug]!.plazo) : [];
    const byBasis = new Map<string, string[]>();
    for (const slug of presente) {
      const basis = porEstado[slug]!.fundamento ?? 'sin fundamento';
      byBasis.set(basis, [...(byBasis.get(basis) ?? []), slug]);
    }
    const fundamentosDistintos = byBasis.size > 1 ? [...byBasis].map(([fundamento, estados]) => ({ fundamento, estados })) : [];
    const etapa = o.etapa ?? routes.map((r) => r.fc.pasos.find((p) => p.id === o.id)?.etapa).find(Boolean);
    return { id: o.id, texto: base?.pasos.find((p) => p.id === o.id)?.texto ?? o.texto, etapa, porEstado, presente, ausente, responsablesDistintos, sinPlazo, fundamentosDistintos };
  });

  const matriz: MatrixCell[] = routes.flatMap(({ state, fc }) =>
    STAGE_GROUPS.map((g) => ({ estado: state.slug, grupo: g.id, ...cellStatus(fc.pasos.filter((s) => groupOf(s.etapa) === g.id)) })),
  );

  return {
    perfil,
    nombre: PROFILES[perfil],
    estados: routes.map((r) => r.state.slug),
    sinRuta: states.filter((s) => !routes.some((r) => r.state === s)).map((s) => s.slug),
    pasos,
    matriz,
    versiones: routes.map(({ state, fc }) => ({ estado: state.slug, version: fc.version, estatus: fc.estatus, fecha: fc.fecha })),
  };
}

/** Compares the routes of the given states, profile by profile (profiles in the vocabulary's order). */
export function compareRoutes(states: StateRoutes[], bases: Flowchart[]): RoutesComparison {
  const profiles = (Object.keys(PROFILES) as Profile[]).filter((p) => states.some((s) => s.flowcharts.some((f) => f.perfil === p)));
  return {
    estados: states.map((s) => ({ slug: s.slug, nombre: s.nombre })),
    grupos: STAGE_GROUPS,
    perfiles: profiles.map((p) => compareProfile(p, states, bases.find((b) => b.perfil === p))),
  };
}
