/**
 * The plain walks (src/util/tree-walk.ts) replace unist-util-visit in the DOCX transforms: they
 * must visit the same nodes in the same order, skip and edit the same way.
 */
import type { Nodes, Parent, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { editChildren, SKIP_CHILDREN, someNode, walk } from '../../src/util/tree-walk.js';
import { fixture } from '../docx/support.js';

const parse = (): Root => unified().use(remarkParse).use(remarkGfm).parse(fixture('informe-completo.md'));

describe('tree walks', () => {
  it('walk visits what unist-util-visit visits, in its order, skipping the same children', () => {
    const tree = parse();
    const theirs: Nodes[] = [];
    visit(tree, (node) => {
      theirs.push(node);
      return node.type === 'heading' || node.type === 'table' ? SKIP : undefined;
    });
    const ours: Nodes[] = [];
    walk<Nodes>(tree, (node) => {
      ours.push(node);
      return node.type === 'heading' || node.type === 'table' ? SKIP_CHILDREN : undefined;
    });
    expect(ours.length).toBeGreaterThan(100);
    expect(ours).toEqual(theirs);
    expect(ours.every((n, i) => n === theirs[i])).toBe(true);
  });

  it('someNode finds a node below and stops', () => {
    const tree = parse();
    let seen = 0;
    expect(someNode<Nodes>(tree, (n) => (seen++, n.type === 'image'))).toBe(true);
    expect(seen).toBeLessThan(JSON.stringify(tree).split('"type"').length - 1);
    expect(someNode<Nodes>(tree, (n) => n.type === 'yaml')).toBe(false);
  });

  it('editChildren replaces and removes as unist-util-visit with [SKIP, index] does', () => {
    // Each strong becomes two text nodes, each link is removed.
    const theirs = parse();
    visit(theirs, (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (node.type === 'strong') {
        parent.children.splice(index, 1, { type: 'text', value: '«' }, { type: 'text', value: '»' } as never);
        return [SKIP, index + 2];
      }
      if (node.type === 'link') {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      return undefined;
    });
    const ours = parse();
    editChildren<Nodes>(ours, (node, index, parent) => {
      const siblings = (parent as Parent).children as Nodes[];
      if (node.type === 'strong') {
        siblings.splice(index, 1, { type: 'text', value: '«' }, { type: 'text', value: '»' });
        return index + 2;
      }
      if (node.type === 'link') {
        siblings.splice(index, 1);
        return index;
      }
      return undefined;
    });
    expect(JSON.stringify(theirs)).toContain('«');
    expect(ours).toEqual(theirs);
  });
});
