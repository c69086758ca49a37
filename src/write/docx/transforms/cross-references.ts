/** remark plugin: `@tbl:id` / `@fig:id` in text → docxCrossRef (REF field "Tabla N"); unknown ids are problems. */
import type { Nodes, Parent, PhrasingContent, Root, Text } from 'mdast';
import { positionedAncestors } from '../../../render/markdown/narrative.js';
import { editChildren } from '../../../util/tree-walk.js';
import type { VFile } from 'vfile';
import { DOCX_SOURCE } from '../errors.js';
import { docxData, type CaptionTarget } from './data.js';
import { literalOccurrences, sourceOf } from '../../../render/markdown/source.js';

const REFERENCE = /@(tbl|fig):([\p{L}\p{N}_-]+(?:[.:][\p{L}\p{N}_-]+)*)/gu;

export function remarkDocxCrossReferences() {
  return (tree: Root, file: VFile): void => {
    const { targets } = docxData(file);
    // Only a reference in a text node without a position needs its ancestors: mapped once, then.
    let anchors: Map<Nodes, Nodes> | undefined;
    const anchorOf = (text: Text, parent: Nodes) => (anchors ??= positionedAncestors(tree)).get(text) ?? parent;
    editChildren<Nodes>(tree, (text, index, parent) => {
      if (text.type !== 'text') return;
      const parts = split(text, targets, file, () => anchorOf(text, parent));
      if (!parts) return index + 1;
      (parent as Parent).children.splice(index, 1, ...(parts as never[]));
      return index + parts.length;
    });
  };
}

function split(text: Text, targets: Map<string, CaptionTarget>, file: VFile, anchor: () => Nodes): PhrasingContent[] | undefined {
  REFERENCE.lastIndex = 0;
  if (!REFERENCE.test(text.value)) return undefined;
  REFERENCE.lastIndex = 0;
  const out: PhrasingContent[] = [];
  // Only an `@` the Markdown wrote as such opens a reference; data prints `\@` (escape.ts).
  const literal = literalOccurrences(sourceOf(file, text), '@');
  // A text node GFM's autolink pass split off has no position: when its paragraph escaped an
  // `@` anywhere, none of its references is trusted.
  const unknownEscaped = !literal && (literalOccurrences(sourceOf(file, anchor()), '@') ?? []).includes(false);
  let last = 0;
  for (const m of text.value.matchAll(REFERENCE)) {
    const nth = (text.value.slice(0, m.index).match(/@/g) ?? []).length;
    if (literal ? literal[nth] === false : unknownEscaped) continue;
    const key = `${m[1]}:${m[2]}`;
    if (m.index > last) out.push({ type: 'text', value: text.value.slice(last, m.index) });
    const target = targets.get(key);
    if (!target) {
      const kind = m[1] === 'tbl' ? 'ninguna tabla' : 'ninguna figura';
      file.message(`referencia cruzada desconocida «@${key}»: no hay ${kind} con «{#${key}}».`, { place: text.position, source: DOCX_SOURCE });
      out.push({ type: 'text', value: m[0] });
    } else {
      out.push({ type: 'docxCrossRef', bookmark: target.bookmark, value: `${target.label} ${target.number}` });
    }
    last = m.index + m[0].length;
  }
  if (last === 0) return undefined;
  if (last < text.value.length) out.push({ type: 'text', value: text.value.slice(last) });
  return out;
}
