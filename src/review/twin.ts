/**
 * The Markdown twin read as blocks with where a reader finds them: every paragraph, list
 * item, heading and table, each with its chapter and section («capítulo 6 «Detección» ›
 * 6.2 Barreras y retos»), numbered as the DOCX numbers its headings.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import type { Root, RootContent } from 'mdast';

/**
 * `attribution`: the «— Persona entrevistada, gobierno estatal» line under a quotation — a label
 * fixed by the privacy rules (sector only), like a «Fuente:» line, not a sentence of the text.
 */
export type BlockKind = 'heading' | 'paragraph' | 'item' | 'table' | 'caption' | 'source' | 'attribution';

export interface Block {
  kind: BlockKind;
  text: string;
  /** «capítulo 6 «Detección» › 6.2 Barreras y retos» (or «portada» before any chapter). */
  where: string;
  /** Headings: depth and number («6.2»; empty when unnumbered). */
  depth?: number;
  number?: string;
  /** Tables: the cells, header first. */
  rows?: string[][];
  /** Tables: «Tabla 12» (its caption's number). */
  label?: string;
  /** 1-based line in the twin. */
  line?: number;
}

const UNNUMBERED = /\s*\{-\}\s*$/;
const ATTRS = /\s*\{#[^}]*\}\s*$/;

export function twinBlocks(markdown: string): Block[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  const out: Block[] = [];
  const counters = [0, 0, 0, 0, 0, 0];
  const path: string[] = [];
  let tables = 0;
  let pendingCaption: string | undefined;
  const where = () => path.filter(Boolean).join(' › ') || 'inicio del documento';
  const visit = (node: RootContent, inList = false, inQuote = false) => {
    const line = node.position?.start.line;
    if (node.type === 'heading') {
      const raw = toString(node).trim();
      const unnumbered = UNNUMBERED.test(raw);
      const text = raw.replace(UNNUMBERED, '').replace(ATTRS, '');
      let number = '';
      if (!unnumbered) {
        counters[node.depth - 1]!++;
        for (let d = node.depth; d < counters.length; d++) counters[d] = 0;
        number = counters.slice(0, node.depth).join('.');
      }
      path.length = node.depth - 1;
      path[node.depth - 1] = node.depth === 1 ? `capítulo ${number} «${text}»` : `${number ? `${number} ` : ''}${text}`;
      out.push({ kind: 'heading', text, where: where(), depth: node.depth, number, line });
      return;
    }
    if (node.type === 'table') {
      tables++;
      const rows = node.children.map((r) => r.children.map((c) => toString(c).trim()));
      out.push({ kind: 'table', text: rows.map((r) => r.join(' | ')).join('\n'), rows, label: `Tabla ${tables}`, where: `${where()} › Tabla ${tables}${pendingCaption ? ` «${pendingCaption}»` : ''}`, line });
      pendingCaption = undefined;
      return;
    }
    if (node.type === 'paragraph') {
      const text = toString(node).trim();
      if (/^Tabla:\s*/.test(text)) {
        pendingCaption = text.replace(/^Tabla:\s*/, '').replace(ATTRS, '');
        out.push({ kind: 'caption', text, where: where(), line });
        return;
      }
      if (/^Figura:\s*/.test(text)) return void out.push({ kind: 'caption', text, where: where(), line });
      if (/^(Fuentes?|Notas?):/.test(text)) return void out.push({ kind: 'source', text, where: where(), line });
      if (node.children.length === 1 && node.children[0]!.type === 'image') return;
      if (inQuote && /^— /.test(text)) return void out.push({ kind: 'attribution', text, where: where(), line });
      out.push({ kind: inList ? 'item' : 'paragraph', text, where: where(), line });
      return;
    }
    if (node.type === 'list') {
      for (const item of node.children) for (const c of item.children) visit(c as RootContent, true, inQuote);
      return;
    }
    if (node.type === 'blockquote') for (const c of node.children) visit(c as RootContent, inList, true);
  };
  for (const node of tree.children) visit(node);
  return out;
}
