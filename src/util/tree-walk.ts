/**
 * Walks of a Markdown tree for the transforms that run on a whole report (~100,000 nodes) on
 * every build: plain loops, in the order unist-util-visit goes (a node, then its children, in
 * document order). unist-util-visit builds a test function call and an ancestors array per
 * node, ~30 ms per walk of a report; these take a few.
 */

interface TreeNode {
  type: string;
  children?: TreeNode[];
}

/** Returned by `walk`'s callback: the node's children are not visited. */
export const SKIP_CHILDREN = Symbol('skip children');

/** `visit` on `node` and every node under it, in document order. */
export function walk<N extends TreeNode = TreeNode>(node: N, visit: (node: N) => typeof SKIP_CHILDREN | void): void {
  if (visit(node) === SKIP_CHILDREN) return;
  const children = node.children as N[] | undefined;
  if (children) for (let i = 0; i < children.length; i++) walk(children[i]!, visit);
}

/** Whether `node` or a node under it passes `test` (stops at the first). */
export function someNode<N extends TreeNode = TreeNode>(node: N, test: (node: N) => boolean): boolean {
  if (test(node)) return true;
  const children = node.children as N[] | undefined;
  if (children) for (let i = 0; i < children.length; i++) if (someNode(children[i]!, test)) return true;
  return false;
}

/**
 * `edit(child, index, parent)` on every node under `parent`, in document order. `edit` may
 * replace the child in `parent.children` and return the index to go on from (what it put there
 * is not visited); when it returns nothing, the child's own children are visited next.
 */
export function editChildren<N extends TreeNode = TreeNode>(parent: N, edit: (child: N, index: number, parent: N) => number | void): void {
  const children = parent.children as N[] | undefined;
  if (!children) return;
  for (let i = 0; i < children.length; ) {
    const child = children[i]!;
    const next = edit(child, i, parent);
    if (next !== undefined) {
      i = next;
      continue;
    }
    editChildren(child, edit);
    i++;
  }
}
