/** Markers the transforms read off the start and end of a paragraph or heading's text. */
import type { Node, PhrasingContent, Text } from 'mdast';
import type { VFile } from 'vfile';
import { sourceOf } from '../../../render/markdown/source.js';

/** Whether the first text child starts with `prefix` (a regex anchored at ^), in the value and, with `file`, unescaped in the source. */
export function startsWithMarker(children: PhrasingContent[], prefix: RegExp, file?: VFile, owner?: Node): boolean {
  const first = children[0];
  if (first?.type !== 'text' || !prefix.test(first.value)) return false;
  // A first text node GFM's autolink pass split off has no position: its paragraph starts where it does.
  const source = sourceOf(file, first.position ? first : owner);
  return source === undefined || prefix.test(source);
}

/** Removes `prefix` (a regex anchored at ^) from the first text child; false when it doesn't match. */
export function stripLeading(children: PhrasingContent[], prefix: RegExp): boolean {
  const first = children[0];
  if (first?.type !== 'text' || !prefix.test(first.value)) return false;
  first.value = first.value.replace(prefix, '');
  if (first.value === '') children.shift();
  return true;
}

/**
 * Removes a trailing attribute block (`{-}`, `{.unnumbered}`, `{#tbl:id}`) from the last text
 * child; returns its content. With `file`, only a block the source wrote unescaped counts
 * (data prints `\{`: src/render/markdown/escape.ts).
 */
export function stripTrailingAttributes(children: PhrasingContent[], file?: VFile, owner?: Node): string | undefined {
  const last = children[children.length - 1];
  if (last?.type !== 'text') return undefined;
  const m = /\s*\{\s*([-.#][^{}]*)\}\s*$/.exec(last.value);
  if (!m) return undefined;
  const source = sourceOf(file, last.position ? last : owner);
  if (source !== undefined && !/(^|[^\\])\{\s*[-.#][^{}]*\}\s*$/.test(source)) return undefined;
  last.value = last.value.slice(0, m.index);
  if (last.value === '') children.pop();
  else trimEnd(last);
  return m[1]!.trim();
}

function trimEnd(t: Text): void {
  t.value = t.value.replace(/\s+$/, '');
}
