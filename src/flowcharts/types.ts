/** Types shared by the flowchart stages: data → validation → layout → SVG/PNG/DOCX/PPTX. */
import type { Profile, Stage } from '../schemas/vocabularies.js';
import { articleFor } from '../util/format-es.js';

export const STEP_TYPES = ['inicio', 'proceso', 'decision', 'documento', 'fin'] as const;
export type StepType = (typeof STEP_TYPES)[number];

/** Statuses in the order a flowchart moves through them (only forward). */
export const FLOW_STATUS = {
  borrador: 'Borrador',
  revisado_oim: 'Revisado por la organización',
  validado_cie: 'Validado con el CIE',
  final: 'Versión final',
} as const;
export type FlowStatus = keyof typeof FLOW_STATUS;

/** The CIE of a state as estado.yaml declares it (`cie.nombre`, `cie.siglas`). */
export interface CieName { nombre: string; siglas?: string }

/**
 * A flowchart's status for a reader. With the state's CIE, «validado con el CIE» names it as the
 * report does (one name per institution): «Validado con la CICTP», «Validado con el Consejo
 * Estatal» (its declared acronym or short form, else its official name).
 */
export function flowStatus(estatus: FlowStatus, cie?: CieName): string {
  if (estatus !== 'validado_cie' || !cie) return FLOW_STATUS[estatus];
  return `Validado ${withCie(cie)}`;
}

/** «con la CICTP», «con el Consejo Estatal» (its acronym or short form, article from the official name); «con el CIE» when unknown. */
export function withCie(cie?: CieName): string {
  return cie ? `${articleFor(cie.nombre, 'con')} ${cie.siglas ?? cie.nombre}` : 'con el CIE';
}
export const FLOW_STATUS_ORDER = Object.keys(FLOW_STATUS) as FlowStatus[];
/** Statuses of a flowchart the CIE has validated (the final set may only contain these). */
export const VALIDATED_STATUS: FlowStatus[] = ['validado_cie', 'final'];

/** One step of a flowchart's status history: when it reached a status, and which institution approved it. */
export interface StatusChange {
  estatus: FlowStatus;
  fecha: string;
  /** An institution, not a person. */
  aprobado_por: string;
}

/** Where something was written: file relative to the root and 1-based line. */
export interface Origin {
  file: string;
  line?: number;
}

export interface Lane {
  id: string;
  nombre: string;
  origin: Origin;
}

export interface Step {
  id: string;
  carril: string;
  texto: string;
  tipo: StepType;
  /** Mechanism stage (optional in the data; the comparison between states lists steps without one apart). */
  etapa?: Stage;
  fundamento?: string;
  plazo?: string;
  nota?: string;
  origin: Origin;
}

export interface Transition {
  de: string;
  a: string;
  condicion?: string;
  origin: Origin;
}

/** A flowchart after merging a state variant onto its base. Order of lanes/steps = file order. */
export interface Flowchart {
  /** "comun/nna" for a base, "<estado>/<perfil>" for a state flowchart. */
  id: string;
  perfil: Profile;
  titulo: string;
  /** State slug; undefined for a base flowchart. */
  estado?: string;
  version: string;
  estatus: FlowStatus;
  fecha: string;
  notas?: string;
  /** Status history, oldest first (variants; empty when not recorded). */
  historial: StatusChange[];
  carriles: Lane[];
  pasos: Step[];
  transiciones: Transition[];
  /** Files that contributed (base first). */
  files: string[];
  origin: Origin;
}

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type NodeKind = StepType | 'conector';

export interface LayoutNode extends Box {
  id: string;
  kind: NodeKind;
  /** Step id for steps; for connectors the step they lead to / come from. */
  stepId: string;
  lane: string;
  /** 1-based step number shown in the box and in the step table ("" for connectors). */
  number: string;
  /** Text wrapped into lines (already measured). */
  lines: string[];
  /** Where the text lines go (inside the shape). */
  text: Box;
}

export interface LayoutLabel extends Box {
  lines: string[];
}

export interface LayoutEdge {
  id: string;
  from: string;
  to: string;
  /** Orthogonal polyline from source border to target border (arrowhead at the last point). */
  points: Point[];
  label?: LayoutLabel;
}

export interface LayoutLane {
  id: string;
  name: string;
  /** The whole band, header included. */
  band: Box;
  /** Header area with the institution's name. */
  header: Box;
  headerLines: string[];
}

export interface LayoutPart {
  /** 1-based part number; count = number of parts of the flowchart. */
  index: number;
  count: number;
  width: number;
  height: number;
  orientation: Orientation;
  lanes: LayoutLane[];
  nodes: LayoutNode[];
  edges: LayoutEdge[];
}

/** horizontal: lanes are rows, the flow runs left→right (16:9). vertical: lanes are columns, the flow runs downwards (A4). */
export type Orientation = 'horizontal' | 'vertical';

export interface FlowchartLayout {
  id: string;
  title: string;
  perfil: Profile;
  estado?: string;
  version: string;
  estatus: FlowStatus;
  fecha: string;
  /** Steps in numbering order (for step tables): number, lane name, text, basis, time. */
  steps: { number: string; id: string; lane: string; text: string; fundamento?: string; plazo?: string; tipo: StepType }[];
  parts: LayoutPart[];
  /** Typographic constants the layout was measured with (px at 96 dpi). */
  font: { family: string; size: number; lineHeight: number; labelSize: number; labelLineHeight: number; headerSize: number; headerLineHeight: number };
}
