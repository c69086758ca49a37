/**
 * Where the build meets the privacy guard (src/privacy): once on the inputs, right after
 * loading, and once on the finished bytes, right before anything is written.
 */
import { loadRoster } from '../privacy/roster.js';
import { assertNoIdentifiers, chartParts, checkInputs, checkOutputs } from '../privacy/guard.js';
import { checkStateRetention } from '../privacy/retention.js';
import { todayIso } from '../privacy/retention.js';
import { checkPackageMetadata } from '../privacy/metadata.js';
import type { StateData } from '../load/types.js';
import type { ChartSpec } from '../analyse/types.js';

/** Identifiers in data, narratives and estado.yaml; datasets past their retention date. */
export function guardInputs(data: StateData): void {
  const roster = loadRoster(data.slug, data.root);
  assertNoIdentifiers([...checkInputs(data, roster), ...checkStateRetention(data, todayIso())]);
}

export interface OutputBytes {
  /** Repository-relative output paths, for messages. */
  paths: { markdown: string; docx: string; pptx: string };
  markdown: string;
  docx: Buffer;
  pptx: Buffer;
  charts: ChartSpec[];
}

/** Last safety net: every text that reaches an output, and the packages' metadata. */
export async function guardOutputs(data: StateData, out: OutputBytes): Promise<void> {
  const roster = loadRoster(data.slug, data.root);
  const organisation = data.project.organizacion.nombre;
  const allowedAuthors = data.config.autores;
  assertNoIdentifiers([
    ...(await checkOutputs(
      data,
      {
        markdown: { path: out.paths.markdown, text: out.markdown },
        packages: [
          { path: out.paths.docx, bytes: out.docx },
          { path: out.paths.pptx, bytes: out.pptx },
        ],
        extra: chartParts(out.charts, out.paths.pptx),
      },
      roster,
    )),
    ...(await checkPackageMetadata(out.docx, { output: out.paths.docx, organisation, allowedAuthors })),
    ...(await checkPackageMetadata(out.pptx, { output: out.paths.pptx, organisation, allowedAuthors })),
  ]);
}
