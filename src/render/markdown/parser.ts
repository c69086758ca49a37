/**
 * The one Markdown parser of reports and narratives (remark-parse with remark-gfm), and its parses
 * kept in the on-disk cache (folder `markdown`, src/util/disk-cache.ts): micromark is the slowest
 * step of a build after the flowcharts, and most of what a build parses (the report's sections,
 * the narratives) is unchanged since the last one.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { projectRoot } from '../../config/project.js';
import { DiskCache } from '../../util/disk-cache.js';

const parser = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}

/**
 * Parses on disk. The packages that make the trees are those below; a new micromark package only
 * arrives with a new version of one of them.
 */
const parses = new DiskCache({
  folder: 'markdown',
  code: ['render/markdown/parser.ts'],
  packages: [
    'unified', 'remark-parse', 'remark-gfm', 'mdast-util-from-markdown', 'mdast-util-gfm', 'mdast-util-gfm-autolink-literal',
    'mdast-util-gfm-footnote', 'mdast-util-gfm-strikethrough', 'mdast-util-gfm-table', 'mdast-util-gfm-task-list-item',
    'micromark', 'micromark-core-commonmark', 'micromark-extension-gfm', 'micromark-extension-gfm-autolink-literal',
    'micromark-extension-gfm-footnote', 'micromark-extension-gfm-strikethrough', 'micromark-extension-gfm-table',
    'micromark-extension-gfm-tagfilter', 'micromark-extension-gfm-task-list-item', 'micromark-util-subtokenize',
  ],
  root: projectRoot,
});

/** Whether `parseMarkdownKept` keeps parses (the cache is on). */
export function keepsParses(): boolean {
  return parses.dir() !== undefined;
}

/**
 * `parseMarkdown`'s tree, from the disk cache when it has it: a fresh tree either way (JSON),
 * which the caller may change. `kind` names what is parsed (`seccion`, `narrativa`).
 */
export function parseMarkdownKept(markdown: string, kind: string): Root {
  return parses.jsonSync(kind, markdown, () => parseMarkdown(markdown));
}
