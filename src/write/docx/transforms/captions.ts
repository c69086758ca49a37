/**
 * remark plugin: captions and sources:
 *   `Tabla: Texto {#tbl:id}` paragraph before a table      → docxCaption (above the table)
 *   `![alt](url)` paragraph [+ `Figura: Texto {#fig:id}`]   → docxFigure [+ docxCaption below]
 *   `Fuente: …` / `Nota: …` right after a table or figure  → docxSource
 * Numbers follow document order; ids are registered (`file.data.docx.targets`) for the
 * cross-references, entries (`figures`, `tables`) for the indexes.
 */
import type { Nodes, Paragraph, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { DOCX_SOURCE } from '../errors.js';
import type { CaptionLabel, DocxCaption } from '../mdast-nodes.js';
import { startsWithMarker, stripLeading, stripTrailingAttributes } from './attributes.js';
import { docxData } from './data.js';

const TABLE_CAPTION = /^\s*Tabla:\s*/;
const FIGURE_CAPTION = /^\s*Figura:\s*/;
const SOURCE = /^\s*(Fuentes?|Nota|Notas):/;

/** Word bookmark names: ≤ 40 characters, letters/digits/underscore; "_" first hides them. */
export function captionBookmark(label: CaptionLabel, number: number): string {
  return `_Ref_${label === 'Tabla' ? 'tbl' : 'fig'}${String(number).padStart(4, '0')}`;
}

function isImageParagraph(node: RootContent | undefined): boolean {
  if (node?.type !== 'paragraph') return false;
  const meaningful = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  return meaningful.length === 1 && meaningful[0]!.type === 'image';
}

/** A paragraph opening with a marker the source wrote unescaped (`Tabla\\:` from data is text). */
function startsWith(node: RootContent | undefined, re: RegExp, file?: VFile): boolean {
  return node?.type === 'paragraph' && startsWithMarker(node.children, re, file, node);
}

export function remarkDocxCaptions() {
  return (tree: Root, file: VFile): void => {
    const state = docxData(file);
    const problem = (node: Nodes, reason: string) => file.message(reason, { place: node.position, source: DOCX_SOURCE });
    const counters: Record<CaptionLabel, number> = { Tabla: 0, Figura: 0 };

    const makeCaption = (label: CaptionLabel, para: Paragraph, prefix: RegExp, keepNext: boolean): DocxCaption => {
      const children: PhrasingContent[] = para.children;
      stripLeading(children, prefix);
      const attrs = stripTrailingAttributes(children, file, para);
      const number = ++counters[label];
      const bookmark = captionBookmark(label, number);
      const expected = label === 'Tabla' ? 'tbl' : 'fig';
      if (attrs !== undefined) {
        const m = /^#([a-z]+):(\S+)$/i.exec(attrs);
        if (!m || m[1] !== expected) {
          problem(para, `identificador de ${label.toLowerCase()} no válido «{${attrs}}»; se esperaba «{#${expected}:identificador}».`);
        } else {
          const key = `${expected}:${m[2]}`;
          if (state.targets.has(key)) problem(para, `identificador repetido «#${key}».`);
          else state.targets.set(key, { label, number, bookmark });
        }
      }
      const entry = { text: `${label} ${number}. ${toString(children, { includeHtml: false }).trim()}`, level: 1, anchor: bookmark };
      (label === 'Tabla' ? state.tables : state.figures).push(entry);
      return { type: 'docxCaption', label, number, bookmark, keepNext, children, position: para.position };
    };

    const processParent = (parent: Parent): void => {
      const input = parent.children as RootContent[];
      const out: RootContent[] = [];
      /** After a table/figure (and its caption), `Fuente:` paragraphs become sources. */
      let afterFloat = false;
      for (let i = 0; i < input.length; i++) {
        const node = input[i]!;
        const next = input[i + 1];
        if (startsWith(node, TABLE_CAPTION, file)) {
          if (next?.type !== 'table') problem(node, '«Tabla: …» debe ir justo antes de una tabla.');
          else {
            const caption = makeCaption('Tabla', node as Paragraph, TABLE_CAPTION, true);
            next.data = { ...next.data, docxCaption: caption.bookmark };
            out.push(caption, next);
            i++;
            afterFloat = true;
            continue;
          }
        } else if (isImageParagraph(node)) {
          const image = (node as Paragraph).children.find((c) => c.type === 'image')!;
          const hasCaption = startsWith(next, FIGURE_CAPTION, file);
          out.push({ type: 'docxFigure', image, keepNext: hasCaption, position: node.position });
          if (hasCaption) {
            const after = input[i + 2];
            out.push(makeCaption('Figura', next as Paragraph, FIGURE_CAPTION, startsWith(after, SOURCE, file)));
            i++;
          }
          afterFloat = true;
          continue;
        } else if (startsWith(node, FIGURE_CAPTION, file)) {
          problem(node, '«Figura: …» debe ir justo después de un párrafo que contenga solo una imagen.');
        } else if (afterFloat && startsWith(node, SOURCE, file)) {
          out.push({ type: 'docxSource', children: (node as Paragraph).children, keepNext: startsWith(next, SOURCE, file) || undefined, position: node.position });
          continue;
        } else if (node.type === 'table') {
          out.push(node);
          afterFloat = true;
          continue;
        }
        afterFloat = false;
        if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading') processParent(node as Parent);
        out.push(node);
      }
      parent.children = out as Parent['children'];
    };

    processParent(tree);
  };
}
