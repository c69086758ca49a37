/**
 * The live loop's reused blocks. Most of a rebuild's DOCX is blocks whose Markdown did not
 * change (a one-cell edit changes one table and a few sentences); for a block a builder can key
 * by its content, the docx.js objects built for it before are handed out again, and their XML,
 * written once, goes into the body as it is (`RAW_XML`, only understood by serialiseXml, so only
 * when the body goes through it: `xmlifyMode.fast`).
 *
 * Only for blocks whose docx.js objects have no side effect when compiled: no hyperlink (its
 * paragraph swaps it for a numbered relationship, once), no picture (it registers its media),
 * no list numbering, no footnote. The builder decides by the block's content and gives no key
 * otherwise. Outside the live loop nothing is kept; in it, like the parses (liveLoopCache), the
 * blocks of edited content go all at once past a limit.
 */
import { inLiveLoop, liveLoopCache } from '../../../util/live-loop.js';
import { RAW_XML, serialiseXml } from '../serialise-xml.js';
import { xmlifyMode } from '../xmlify.js';
import type { BuildContext } from './types.js';

export interface Preparable {
  prepForXml(context: unknown): unknown;
}

/** The component prepares its XML once, then hands out the text. */
function writeOnce(component: Preparable): void {
  const prepare = component.prepForXml.bind(component);
  let xml: string | undefined;
  component.prepForXml = (context) => {
    if (!xmlifyMode.fast) return prepare(context);
    xml ??= serialiseXml(prepare(context));
    return { [RAW_XML]: xml };
  };
}

/**
 * Whether a block built in `ctx` may be reused: in the live loop, at the top level (no inherited
 * marks, list, quote or right-to-left setting that its objects would depend on).
 */
export function reusableAt(ctx: BuildContext): boolean {
  return inLiveLoop() && Object.keys(ctx.style).length === 0 && !ctx.list && ctx.quote == null && !ctx.rtl;
}

/** Inline content whose docx.js objects compile without side effects. */
const PLAIN_INLINE = new Set(['text', 'strong', 'emphasis', 'delete', 'inlineCode', 'break']);

type Inline = { type: string; value?: string; children?: Inline[] };

/**
 * Inline content as a key (what remark-docx renders of the plain node types: type, text and
 * nesting), appended to `parts`; false when it holds anything else (a link, a picture, a
 * footnote reference, a cross-reference…).
 */
export function plainInlineKey(children: readonly Inline[], parts: string[]): boolean {
  for (const n of children) {
    if (!PLAIN_INLINE.has(n.type)) return false;
    parts.push('\u0003', n.type, JSON.stringify(n.value ?? ''));
    if (n.children && !plainInlineKey(n.children, parts)) return false;
    parts.push('\u0005');
  }
  return true;
}

// A diagnostic has ~650 reusable blocks; each edit adds the few it changed.
const kept = liveLoopCache<Preparable | Preparable[]>(2000);

/** `build()`'s objects, or those built before for the same `key` (no key: always built). */
export function reusedBlock<T extends Preparable | Preparable[]>(key: string | undefined, build: () => T): T {
  if (key === undefined || !inLiveLoop()) return build();
  return kept(key, () => {
    const blocks = build();
    for (const component of [blocks].flat()) writeOnce(component);
    return blocks;
  }) as T;
}
