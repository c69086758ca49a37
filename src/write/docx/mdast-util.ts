/** Tiny mdast helpers (kept local: no dependency on transitive unist utilities). */
import type { Nodes, Parent, PhrasingContent, Text } from 'mdast';

export function isParent(node: Nodes): node is Nodes & Parent {
  return Array.isArray((node as Partial<Parent>).children);
}

/** Plain text of a node (like mdast-util-to-string, plus our cross-references). */
export function plainText(node: Nodes | Nodes[]): string {
  if (Array.isArray(node)) return node.map((n) => plainText(n)).join('');
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'docxCrossRef') return node.value;
  if (node.type === 'image') return node.alt ?? '';
  if (isParent(node)) return plainText(node.children as Nodes[]);
  return '';
}

/** Visits every node depth-first in document order; `fn` may return 'skip' to not descend. */
export function walk(node: Nodes, fn: (node: Nodes, parent: Parent | undefined) => void | 'skip', parent?: Parent): void {
  if (fn(node, parent) === 'skip') return;
  if (isParent(node)) for (const child of [...node.children] as Nodes[]) walk(child, fn, node);
}

/** Removes `prefix` (a regex anchored at ^) from the first text child; false when it doesn't match. */
export function stripLeading(children: PhrasingContent[], prefix: RegExp): boolean {
  const first = children[0];
  if (first?.type !== 'text' || !prefix.test(first.value)) return false;
  first.value = first.value.replace(prefix, '');
  if (first.value === '') children.shift();
  return true;
}

/** Removes a trailing attribute block (`{-}`, `{.unnumbered}`, `{#tbl:id}`) from the last text child; returns its content. */
export function stripTrailingAttributes(children: PhrasingContent[]): string | undefined {
  const last = children[children.length - 1];
  if (last?.type !== 'text') return undefined;
  const m = /\s*\{\s*([-.#][^{}]*)\}\s*$/.exec(last.value);
  if (!m) return undefined;
  last.value = last.value.slice(0, m.index);
  if (last.value === '') children.pop();
  else trimEnd(last);
  return m[1]!.trim();
}

function trimEnd(t: Text): void {
  t.value = t.value.replace(/\s+$/, '');
}
