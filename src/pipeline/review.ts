/**
 * `npm run revisar`: the editorial review of a state's built outputs — the Markdown twin, the
 * DOCX and the CIE deck as written by `npm run report` — with the checks of src/review/.
 * Nothing is built or written here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadProjectConfig, outputPath } from '../config/project.js';
import { loadDataset, loadStateConfig, readAcronyms } from '../load/state.js';
import { reviewDeck } from '../review/deck.js';
import { readDocx } from '../review/docx.js';
import { reviewLayout } from '../review/layout.js';
import { deckPlaces, docxPlaces, institutionsOf, reviewNames } from '../review/names.js';
import { twinVersusDeck, twinVersusDocx, slideParagraphs } from '../review/numbers.js';
import { applyPolicy, pendingReason } from '../review/rules.js';
import { reviewText } from '../review/text.js';
import { twinBlocks } from '../review/twin.js';
import type { Finding } from '../review/types.js';
import { UserError, type Problem } from '../util/errors.js';
import { displayPath } from '../util/paths.js';
import { paginationUnavailable, readPagination, renderDocxPdf } from '../write/pagination.js';
import { docxAnchors } from '../write/docx/paginate.js';

export interface StateReview {
  slug: string;
  findings: Finding[];
  /** Spanish lines: checks that could not run here and why. */
  skipped: string[];
}

export interface ReviewOptions {
  root: string;
  /** Where the outputs are (the root, or a test's temporary folder). */
  outRoot?: string;
  /** Run the layout checks when LibreOffice is present (default true). */
  layout?: boolean;
}

export async function reviewState(slug: string, opts: ReviewOptions): Promise<StateReview> {
  const { root } = opts;
  const outRoot = opts.outRoot ?? root;
  const project = loadProjectConfig(root);
  const config = loadStateConfig(slug, root);
  const s = project.salidas;
  const files = { twin: outputPath(s.gemelo, slug, outRoot), docx: outputPath(s.informe, slug, outRoot), pptx: outputPath(s.presentacion, slug, outRoot) };
  for (const f of Object.values(files)) {
    if (!existsSync(f)) throw new UserError(`No existe ${displayPath(root, f)}: genere los productos antes de revisarlos con «npm run report ${slug}».`);
  }
  const blocks = twinBlocks(readFileSync(files.twin, 'utf8'));
  const docxBytes = readFileSync(files.docx);
  const pptxBytes = readFileSync(files.pptx);
  const docx = await readDocx(docxBytes);
  const deckLabel = `presentación de ${config.nombre}`;
  const findings: Finding[] = [
    ...reviewText(blocks),
    ...twinVersusDocx(blocks, docx),
    ...twinVersusDeck(blocks, await slideParagraphs(pptxBytes), deckLabel),
    ...(await reviewDeck(pptxBytes, deckLabel)),
    ...reviewNames(blocks, institutionsOf(institutionData(slug, root, config)), [...(await docxPlaces(docxBytes, blocks)), ...(await deckPlaces(pptxBytes, deckLabel))]),
  ];
  const skipped: string[] = [];
  if (opts.layout !== false) {
    const why = paginationUnavailable();
    if (why) skipped.push(`${why}: se omite la revisión de páginas.`);
    else {
      const shortTitle = config.titulo_corto ?? `Diagnóstico sobre trata de personas — ${config.nombre}`;
      findings.push(...reviewLayout(readPagination(renderDocxPdf(docxBytes), await docxAnchors(docxBytes), shortTitle), docx));
    }
  }
  return { slug, findings: applyPolicy(findings), skipped };
}

/** The institutions the state's data names: its CIE, instituciones.csv (common + state), siglas.yaml. */
function institutionData(slug: string, root: string, config: ReturnType<typeof loadStateConfig>) {
  const problems: Problem[] = [];
  const instituciones = loadDataset('instituciones', slug, root, problems).rows;
  const siglas = readAcronyms(slug, root, problems);
  if (problems.length) throw new UserError(`Los datos de ${config.nombre} tienen errores: corríjalos con «npm run validate ${slug}» antes de revisar`, problems);
  return { cie: config.cie, instituciones, siglas };
}

const PENDING_KEY = (rule: string) => (rule.startsWith('deck.') ? 'deck.*' : rule);

/** Why each rule in «aviso» is not an error yet (only those that reported something). */
export function pendingReasons(findings: Finding[]): string[] {
  const reasons = new Map<string, string>();
  for (const f of findings) {
    const why = f.severity === 'aviso' ? pendingReason(f.rule) : undefined;
    if (why) reasons.set(PENDING_KEY(f.rule), why);
  }
  return [...reasons].map(([r, why]) => `${r}: ${why}`);
}
