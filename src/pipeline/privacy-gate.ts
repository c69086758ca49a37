/**
 * Where the pipeline meets the privacy guard (src/privacy): once on a state's inputs, right
 * after loading, and once on every file a product is about to write — whatever the product.
 */
import path from 'node:path';
import { loadRoster } from '../privacy/roster.js';
import { assertNoIdentifiers, checkInputs, ooxmlTextParts, scanOutputs, xmlText, type OutputPart } from '../privacy/guard.js';
import { checkStateRetention, todayIso } from '../privacy/retention.js';
import { checkPackageMetadata, type MetadataOptions } from '../privacy/metadata.js';
import { scanText, type Roster } from '../privacy/identifiers.js';
import { inLiveLoop } from '../util/live-loop.js';
import type { StateData } from '../load/types.js';
import type { Problem } from '../util/errors.js';
import { displayPath } from '../util/paths.js';
import type { ProductBuild } from './product.js';
import type { ProjectConfig } from '../config/project.js';

/** Identifiers in data, narratives and estado.yaml; datasets past their retention date. */
export function guardInputs(data: StateData): void {
  const roster = loadRoster(data.slug, data.root);
  assertNoIdentifiers([...checkInputs(data, roster), ...checkStateRetention(data, todayIso())]);
}

const TEXT_PARTS: Record<string, string> = { '.md': 'markdown', '.txt': 'texto', '.csv': 'csv', '.html': 'html' };
const PACKAGES = new Set(['.docx', '.pptx', '.xlsx']);

/**
 * Last safety net before anything is written: the text of every output file (Markdown, SVG,
 * every XML part of DOCX/PPTX/XLSX including notes and embedded workbooks), the text drawn
 * into images, and the packages' metadata. Throws a UserError (values masked) on any finding.
 */
export async function guardOutputs(root: string, outRoot: string, project: ProjectConfig, build: ProductBuild): Promise<void> {
  const { roster, parts, problems } = await outputParts(root, outRoot, project, build);
  assertNoIdentifiers([...scanOutputs(parts, roster, { allow: [project.organizacion.contacto, ...(build.privacy.allow ?? [])] }), ...problems]);
}

/**
 * In the live loop, scans the outputs a product already has while it waits for another (the CIE
 * deck, built in a worker thread meanwhile): the guard remembers there what each text and package
 * gave (`scanText`'s answers, `packageChecks`), so `guardOutputs` of the whole build later
 * answers for these from memory, with the same findings. Elsewhere nothing is remembered, and
 * this does nothing.
 */
export async function prescanOutputs(root: string, outRoot: string, project: ProjectConfig, build: ProductBuild): Promise<void> {
  if (!inLiveLoop()) return;
  const { roster, parts } = await outputParts(root, outRoot, project, build);
  for (const p of parts) scanText(p.text, { roster });
}

/** What the guard scans of a build: the text parts of its files and the problems of its packages' metadata. */
async function outputParts(root: string, outRoot: string, project: ProjectConfig, build: ProductBuild): Promise<{ roster?: Roster; parts: OutputPart[]; problems: Problem[] }> {
  const organisation = project.organizacion.nombre;
  const roster = build.privacy.slug ? loadRoster(build.privacy.slug, root) : undefined;
  const parts: OutputPart[] = [...(build.privacy.extraParts ?? [])];
  const problems: Problem[] = [];
  for (const f of build.files) {
    const shown = displayPath(outRoot, f.target);
    const ext = path.extname(f.target).toLowerCase();
    if (TEXT_PARTS[ext]) parts.push({ output: shown, part: TEXT_PARTS[ext]!, text: String(f.bytes) });
    else if (ext === '.svg') parts.push({ output: shown, part: 'svg', text: xmlText(String(f.bytes)) });
    else if (PACKAGES.has(ext)) {
      const bytes = typeof f.bytes === 'string' ? Buffer.from(f.bytes) : f.bytes;
      const checked = packageChecks(bytes, shown, { output: shown, organisation, allowedAuthors: build.privacy.authors });
      parts.push(...(await checked.parts));
      problems.push(...(await checked.problems));
    }
    // PNG pixels carry no text layer; what a product draws into them comes in `extraParts`.
  }
  return { roster, parts, problems };
}

/**
 * A package's text parts and metadata problems. In the live loop they are remembered for the
 * very bytes object they were computed from (and the same options), for `prescanOutputs`.
 */
const checkedPackages = new WeakMap<Uint8Array, { key: string; parts: Promise<OutputPart[]>; problems: Promise<Problem[]> }>();
function packageChecks(bytes: Uint8Array, shown: string, opts: MetadataOptions): { parts: Promise<OutputPart[]>; problems: Promise<Problem[]> } {
  const key = JSON.stringify([shown, opts]);
  const known = checkedPackages.get(bytes);
  if (known?.key === key) return known;
  const checked = { key, parts: ooxmlTextParts(bytes, shown), problems: checkPackageMetadata(bytes, opts) };
  // Both awaited by the caller; a rejection is its error, not an unhandled one.
  checked.parts.catch(() => {});
  checked.problems.catch(() => {});
  if (inLiveLoop()) checkedPackages.set(bytes, checked);
  return checked;
}
