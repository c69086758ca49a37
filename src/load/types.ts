/** What the load stage hands to the rest of the pipeline. */
import type { ProjectConfig } from '../config/project.js';
import type {
  Code, Institution, Instrument, Interview, Organisation, Recommendation, Segment, Statistic, Tool,
} from '../schemas/datasets.js';
import type { StateConfig } from '../schemas/state.js';

/** Where a row came from, for error messages and the privacy guard. */
export interface SourceLocation {
  /** Path relative to the repository root, with "/" separators. */
  file: string;
  /** 1-based line of the record's first line in the file (header is line 1). */
  line: number;
}

export interface Dataset<T> {
  name: string;
  /** Files that contributed rows (common catalogue first, then the state's). */
  files: string[];
  rows: T[];
  /** locations[i] is where rows[i] was read. */
  locations: SourceLocation[];
  /** Column number of each field in each contributing file (file → field → 1-based column). */
  columns?: Record<string, Record<string, number>>;
}

export interface Narrative {
  file: string;
  markdown: string;
}

export interface StatisticsData {
  /** The file read (relative to the root, or absolute when outside the repository). */
  file: string;
  source: string;
  /** Fecha de corte of the figures (from estado.yaml `cortes.estadisticas`). */
  cutDate: string;
  rows: Statistic[];
}

export interface StateData {
  slug: string;
  /** data/<slug>, relative to the root. */
  dir: string;
  root: string;
  project: ProjectConfig;
  config: StateConfig;
  entrevistas: Dataset<Interview>;
  segmentos: Dataset<Segment>;
  codigos: Dataset<Code>;
  instituciones: Dataset<Institution>;
  marco_normativo: Dataset<Instrument>;
  herramientas: Dataset<Tool>;
  organizaciones: Dataset<Organisation>;
  recomendaciones: Dataset<Recommendation>;
  estadisticas: StatisticsData;
  /** Keyed by chapter name (proyecto.yaml `diagnostico.capitulos`). */
  narrativa: Record<string, Narrative>;
  /** Acronym → full name (data/comun/siglas.yaml, then data/<estado>/siglas.yaml); none when absent. */
  siglas?: Record<string, string>;
}
