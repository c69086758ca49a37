/** `@tbl:id` / `@fig:id` in text → docxCrossRef (REF field "Tabla N"); unknown ids are problems. */
import type { Nodes, PhrasingContent, Root, Text } from 'mdast';
import { isParent } from '../mdast-util.js';
import type { BuildState } from './state.js';

const REFERENCE = /@(tbl|fig):([\p{L}\p{N}_-]+(?:[.:][\p{L}\p{N}_-]+)*)/gu;

export function crossReferencesTransform(state: BuildState) {
  const visit = (node: Nodes): void => {
    if (!isParent(node)) return;
    const children = node.children as Nodes[];
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]!;
      if (child.type === 'text') {
        const parts = split(child, state);
        if (parts) children.splice(i, 1, ...parts);
      } else visit(child);
    }
  };
  return (tree: Root): void => visit(tree);
}

function split(text: Text, state: BuildState): PhrasingContent[] | undefined {
  REFERENCE.lastIndex = 0;
  if (!REFERENCE.test(text.value)) return undefined;
  REFERENCE.lastIndex = 0;
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const m of text.value.matchAll(REFERENCE)) {
    const key = `${m[1]}:${m[2]}`;
    if (m.index > last) out.push({ type: 'text', value: text.value.slice(last, m.index) });
    const target = state.targets.get(key);
    if (!target) {
      const kind = m[1] === 'tbl' ? 'ninguna tabla' : 'ninguna figura';
      state.problems.add(text, `referencia cruzada desconocida «@${key}»: no hay ${kind} con «{#${key}}».`);
      out.push({ type: 'text', value: m[0] });
    } else {
      out.push({ type: 'docxCrossRef', bookmark: target.bookmark, value: `${target.label} ${target.number}` });
    }
    last = m.index + m[0].length;
  }
  if (last < text.value.length) out.push({ type: 'text', value: text.value.slice(last) });
  return out;
}
