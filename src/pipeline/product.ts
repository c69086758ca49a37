/**
 * The product model: every deliverable (diagnóstico, flujogramas, and the programme's other
 * documents) is a Product. A product only renders — in memory, nothing written; the pipeline
 * (src/pipeline/run.ts) does the rest the same way for all of them: the privacy scan of every
 * output, the `--check` of committed twins, and the all-or-nothing commit.
 */
import type { ProjectConfig } from '../config/project.js';
import type { OutputPart } from '../privacy/guard.js';
import type { StagedFile } from '../util/atomic-write.js';

/** Product ids, as written in `estado.yaml` → `productos` (state products) or on the command line. */
export type ProductId = string;

export interface ProductRequest {
  /** Project root: proyecto.yaml, data/, templates/. */
  root: string;
  /** Where outputs are written (the root, or a temporary folder in tests). */
  outRoot: string;
  project: ProjectConfig;
  /** The state (folder of data/) for state products; absent for programme-wide products. */
  slug?: string;
  /** Product-specific options from the command line (e.g. the real SESNSP file). */
  options: ProductOptions;
}

export interface ProductOptions {
  /** Real SESNSP national file instead of the one in estado.yaml. */
  sesnspFile?: string;
  [key: string]: string | boolean | undefined;
}

export interface OutputFile extends StagedFile {
  /** A committed, reviewable text twin: `--check` compares it with a fresh render. */
  twin?: boolean;
}

/** What the output privacy scan needs besides the files' own text. */
export interface OutputPrivacy {
  /** The state whose private roster applies (none for programme-wide products). */
  slug?: string;
  /** Published institutional values (contacts of institutions) that are not personal data. */
  allow?: string[];
  /** Text that reaches an output inside images (chart labels and data). */
  extraParts?: OutputPart[];
  /** Authors allowed in the packages' metadata (besides the organisation). */
  authors?: string[];
}

export interface ProductBuild {
  files: OutputFile[];
  /** Files in the product's output folders that this build no longer produces (removed after the commit). */
  stale?: string[];
  privacy: OutputPrivacy;
  /** One Spanish line for the command's output, e.g. «4 flujogramas (nna, mujeres, …)». */
  summary?: string;
}

export interface Product {
  id: ProductId;
  /** Spanish name for messages: «diagnóstico», «flujogramas». */
  nombre: string;
  /** 'estado': built per state that lists it in estado.yaml; 'programa': once for the programme. */
  scope: 'estado' | 'programa';
  render(req: ProductRequest): Promise<ProductBuild>;
}
