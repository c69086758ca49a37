/**
 * Markdown twin → DOCX in the organisation's format, one unified pipeline:
 *
 *   remark-parse + remark-gfm
 *   → our remark plugins (transforms/): directives, heading numbers, captions, cross-references,
 *     front matter, images; what they learn goes to `file.data.docx`, problems to
 *     `file.message` and, all together, into one DocxMarkdownError before anything is compiled
 *   → remark-docx with one small builder plugin per job (builders/)
 *   → ooxml-postprocess.ts (headers/footers, landscape sections, settings, font fallback),
 *     applied inside normaliseOoxml's single pass (fixed dates, core properties title/subject/keywords only)
 */
import '../../util/iterator-helpers.js'; // remark-docx 0.3.29 calls Iterator.prototype.reduce (Node ≥ 22)
import type { Root } from 'mdast';
import { Packer } from 'docx';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkDocx from 'remark-docx';
import { VFile } from 'vfile';
import type { ProjectConfig } from '../../config/project.js';
import { pageGeometry } from '../../render/page/geometry.js';
import { buildDate } from '../../util/deterministic-zip.js';
import { releaseMemory } from '../../util/release-memory.js';
import { captionsPlugin } from './builders/captions.js';
import { codePlugin } from './builders/code.js';
import { plainParagraphsPlugin } from './builders/paragraphs.js';
import { crossReferencesPlugin } from './builders/cross-references.js';
import { directivesPlugin } from './builders/directives.js';
import { frontMatterPlugin, type CoverInfo } from './builders/front-matter.js';
import { headingsPlugin } from './builders/headings.js';
import { imagesPlugin } from './builders/images.js';
import { tablesPlugin } from './builders/tables.js';
import { remarkDocxFailOnProblems } from './errors.js';
import './mdast-nodes.js';
import { postprocessDocx, type CompiledPackage } from './ooxml-postprocess.js';
import { memoryPart, type PackagePart } from '../../util/zip-reader.js';
import { docxStyles } from './styles.js';
import { xmlifyFile, type DocxCompiler } from './xmlify.js';
import { remarkDocxCaptions } from './transforms/captions.js';
import { remarkDocxCrossReferences } from './transforms/cross-references.js';
import { docxData } from './transforms/data.js';
import { remarkDocxDirectives } from './transforms/directives.js';
import { remarkDocxFrontMatter } from './transforms/front-matter.js';
import { remarkDocxHeadings } from './transforms/headings.js';
import { remarkDocxImages, type ImageResolver } from './transforms/images.js';
import { remarkDocxPlainParagraphs } from './transforms/plain-paragraphs.js';

export { DocxMarkdownError, type MarkdownProblem } from './errors.js';
export type { ImageResolver };

/** Everything the writer needs besides the Markdown: the cover (CoverInfo) and the package. */
/** What a real pagination (LibreOffice) taught a first build; see paginate.ts. */
export interface DocxPagination {
  /** Index entry anchor → page number; `placeholder` writes «000» for every entry (first pass). */
  pages: Map<string, number> | 'placeholder';
  /** Caption bookmarks of tables whose source line was left alone at the top of a page: their last rows move to the next page. */
  splitTables?: Set<string>;
  /** Bookmarks of headings that open the page after a near-blank one: the paragraphs before them keep together. */
  keepBefore?: Set<string>;
}

export interface DocxInfo extends CoverInfo {
  shortTitle: string;
  subject: string;
  keywords: string[];
  style: ProjectConfig['estilo'];
  /** Whether to generate "Índice de figuras" / "Índice de tablas" (default true). */
  indexes?: boolean;
  /** Whether to generate the cover and the «Índice» (default true; false for a minute). */
  cover?: boolean;
  /** Page numbers of the indexes and pagination fixes (absent: indexes without numbers). */
  pagination?: DocxPagination;
}

// remark-docx ends with `Packer.toArrayBuffer(document)`, where docx.js deflates every part
// that postprocessDocx would inflate again before normaliseOoxml's one deterministic zip. The
// compiled parts go to postprocessDocx as they are instead: what docx.js's `compile` adds to its
// JSZip (the XML of `xmlifyFile`, the overrides, the media), in the same order, without the JSZip
// (whose stream workers only turned the strings into bytes and back). A document with embedded
// fonts (obfuscated by `compile` itself) goes through `compile`. `xmlifyFile` (xmlify.ts) writes the
// body faster than docx.js's own, to the same bytes. Nothing else in this project
// calls docx.js's Packer.
interface Compiler extends DocxCompiler {
  compile(file: unknown, prettify: undefined, overrides: unknown[]): CompiledPackage;
}
type SubFile = { path: string; data: string };
type MediaBytes = Uint8Array | ArrayBuffer;
type DocxFile = { Document: { View: unknown }; Numbering: { ConcreteNumbering: { reference: string; instance: number; numId: number }[] }; Media: { Array: { type: string; fileName: string; data: MediaBytes; fallback?: { fileName: string; data: MediaBytes } }[] }; FontTable?: { fontOptionsWithKey?: unknown[] } };
const bytesOf = (data: MediaBytes): Uint8Array => (data instanceof ArrayBuffer ? new Uint8Array(data) : data);
const packer = Packer as unknown as { compiler: Compiler; toArrayBuffer: unknown };
packer.toArrayBuffer = async (file: DocxFile, _prettify?: unknown, overrides: SubFile[] = []): Promise<CompiledPackage | PackagePart[]> => {
  if (file.FontTable?.fontOptionsWithKey?.length) return packer.compiler.compile(file, undefined, overrides);
  // A Map, like JSZip's file table: a repeated path keeps its first place and its last content.
  const parts = new Map<string, string | Uint8Array>();
  for (const entry of Object.values(xmlifyFile(packer.compiler, file))) for (const sub of [entry].flat()) parts.set(sub.path, sub.data);
  for (const sub of overrides) parts.set(sub.path, sub.data);
  for (const media of file.Media.Array) {
    parts.set(`word/media/${media.fileName}`, bytesOf(media.data));
    if (media.type === 'svg' && media.fallback) parts.set(`word/media/${media.fallback.fileName}`, bytesOf(media.fallback.data));
  }
  return [...parts].map(([name, data]) => memoryPart(name, data));
};

/** Markdown beyond this size (≈ 235 pages) is compiled with memory released between steps (release-memory.ts). */
const LARGE_MARKDOWN = 400_000;

/**
 * `parsed`: `markdown` already parsed with remark-parse + remark-gfm (the report's structure
 * check parses it; parsing ~250 KB again is the costliest step of the writer). The transforms
 * change it: a tree is given to one call only.
 */
export async function markdownToDocx(markdown: string, info: DocxInfo, images: ImageResolver, parsed?: Root): Promise<Buffer> {
  const geometry = pageGeometry(info.style);
  const tocLevels = info.style.docx.niveles_indice;
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkDocxDirectives, { textWidth: geometry.textWidth })
    .use(remarkDocxHeadings, { tocLevels })
    .use(remarkDocxCaptions)
    .use(remarkDocxCrossReferences)
    .use(remarkDocxFrontMatter, { indexes: info.indexes ?? true, tocLevels, cover: info.cover })
    .use(remarkDocxImages, { resolve: images })
    .use(remarkDocxFailOnProblems)
    .use(remarkDocxPlainParagraphs)
    .use(remarkDocx, {
      styles: docxStyles(info.style),
      size: { width: geometry.width, height: geometry.height },
      margin: { top: geometry.margin.top, right: geometry.margin.right, bottom: geometry.margin.bottom, left: geometry.margin.left },
      thematicBreak: 'page',
      plugins: [
        frontMatterPlugin(info, info.pagination?.pages),
        headingsPlugin(),
        captionsPlugin(),
        crossReferencesPlugin(),
        directivesPlugin(),
        imagesPlugin(geometry),
        tablesPlugin(geometry, info.style, info.pagination?.splitTables),
        codePlugin(),
        plainParagraphsPlugin(),
      ],
    });
  // parse → transforms → remark-docx's compile (docx.js packs the Document): `process` in three
  // steps, so that a large report can let go of what each step leaves behind.
  const file = new VFile({ value: markdown });
  const large = markdown.length > LARGE_MARKDOWN;
  const tree = await processor.run(parsed ?? processor.parse(file), file);
  if (large) releaseMemory();
  const raw = await (processor.stringify(tree as never, file) as unknown as Promise<CompiledPackage | PackagePart[]>);
  if (large) releaseMemory();
  return postprocessDocx(
    raw,
    {
      sections: docxData(file).sections,
      shortTitle: info.shortTitle,
      sampleData: info.sampleData,
      font: info.style.fuente,
      fontFallback: info.style.fuente_alternativa,
      noticeColor: info.style.colores.rojo,
      keepBefore: info.pagination?.keepBefore,
    },
    buildDate(info.date),
    { title: info.title, subject: info.subject, keywords: info.keywords.join(', ') },
  );
}
