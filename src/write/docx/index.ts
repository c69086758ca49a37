/**
 * Markdown twin → DOCX in the organisation's format.
 *
 *   remark-parse + remark-gfm
 *   → mdast transforms (transforms/): directives, heading numbers, captions, cross-references, front matter
 *   → remark-docx with one small plugin per job (builders/)
 *   → ooxml-postprocess.ts (headers/footers, landscape sections, settings, font fallback)
 *   → normaliseOoxml (fixed dates, core properties title/subject/keywords only)
 */
import 'core-js/actual/iterator/index.js'; // remark-docx 0.3.29 uses Iterator helpers (Node ≥ 22)
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkDocx from 'remark-docx';
import type { Root } from 'mdast';
import type { ProjectConfig } from '../../config/project.js';
import { buildDate, normaliseOoxml } from '../../util/deterministic-zip.js';
import { captionsPlugin } from './builders/captions.js';
import { crossReferencesPlugin } from './builders/cross-references.js';
import { directivesPlugin } from './builders/directives.js';
import { frontMatterPlugin, type CoverInfo } from './builders/front-matter.js';
import { headingsPlugin } from './builders/headings.js';
import { imagesPlugin, type ImageResolver } from './builders/images.js';
import { tablesPlugin } from './builders/tables.js';
import './mdast-nodes.js';
import { postprocessDocx } from './ooxml-postprocess.js';
import { pageGeometry } from '../../render/page/geometry.js';
import { docxStyles } from './styles.js';
import { captionsTransform } from './transforms/captions.js';
import { crossReferencesTransform } from './transforms/cross-references.js';
import { directivesTransform } from './transforms/directives.js';
import { frontMatterTransform } from './transforms/front-matter.js';
import { headingsTransform } from './transforms/headings.js';
import { newBuildState } from './transforms/state.js';

export { DocxMarkdownError, type MarkdownProblem } from './errors.js';
export type { ImageResolver };

/** Everything the writer needs besides the Markdown: the cover (CoverInfo) and the package. */
export interface DocxInfo extends CoverInfo {
  shortTitle: string;
  subject: string;
  keywords: string[];
  style: ProjectConfig['estilo'];
  /** Whether to generate "Índice de figuras" / "Índice de tablas" (default true). */
  indexes?: boolean;
}

/** Parses the Markdown and applies our mdast transforms; throws DocxMarkdownError on problems. */
export function prepareMarkdown(markdown: string, info: Pick<DocxInfo, 'indexes' | 'style'>) {
  const state = newBuildState(info.style.docx.niveles_indice);
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  for (const transform of [
    directivesTransform(state),
    headingsTransform(state),
    captionsTransform(state),
    crossReferencesTransform(state),
    frontMatterTransform(state, { indexes: info.indexes ?? true }),
  ]) transform(tree);
  // remark-gfm's mdast transforms (footnotes, tables) run during parse; nothing else to run.
  state.problems.throwIfAny();
  return { tree, state };
}

export async function markdownToDocx(markdown: string, info: DocxInfo, images: ImageResolver): Promise<Buffer> {
  const { tree, state } = prepareMarkdown(markdown, info);
  const geometry = pageGeometry(info.style);
  const processor = unified().use(remarkDocx, {
    styles: docxStyles(info.style),
    size: { width: geometry.width, height: geometry.height },
    margin: { top: geometry.margin.top, right: geometry.margin.right, bottom: geometry.margin.bottom, left: geometry.margin.left },
    thematicBreak: 'page',
    plugins: [
      frontMatterPlugin(info),
      headingsPlugin(),
      captionsPlugin(),
      crossReferencesPlugin(),
      directivesPlugin(),
      imagesPlugin(images, geometry, state.problems),
      tablesPlugin(geometry, info.style),
    ],
  });
  const raw = await processor.run(tree).then((t) => processor.stringify(t as Root));
  const packaged = await postprocessDocx(await raw, {
    sections: state.sections,
    shortTitle: info.shortTitle,
    sampleData: info.sampleData,
    font: info.style.fuente,
    fontFallback: info.style.fuente_alternativa,
    noticeColor: info.style.colores.rojo,
  });
  return normaliseOoxml(packaged, buildDate(info.date), { title: info.title, subject: info.subject, keywords: info.keywords.join(', ') });
}
