/**
 * Where the pipeline meets the privacy guard (src/privacy): once on a state's inputs, right
 * after loading, and once on every file a product is about to write — whatever the product.
 */
import path from 'node:path';
import { loadRoster } from '../privacy/roster.js';
import { assertNoIdentifiers, checkInputs, ooxmlTextParts, scanOutputs, xmlText, type OutputPart } from '../privacy/guard.js';
import { checkStateRetention, todayIso } from '../privacy/retention.js';
import { checkPackageMetadata } from '../privacy/metadata.js';
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
      parts.push(...(await ooxmlTextParts(bytes, shown)));
      problems.push(...(await checkPackageMetadata(bytes, { output: shown, organisation, allowedAuthors: build.privacy.authors })));
    }
    // PNG pixels carry no text layer; what a product draws into them comes in `extraParts`.
  }
  assertNoIdentifiers([...scanOutputs(parts, roster, { allow: [project.organizacion.contacto, ...(build.privacy.allow ?? [])] }), ...problems]);
}
