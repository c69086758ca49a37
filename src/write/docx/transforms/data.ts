/**
 * What the DOCX transforms learn about the document, kept where unified keeps a file's data:
 * `file.data.docx` (typed by augmenting vfile's `DataMap`). The captions number tables and
 * figures and register their ids for the cross-references; the headings fill the "Índice";
 * the front matter fixes the list of sections the OOXML post-processor gives a page setup.
 */
import type { VFile } from 'vfile';
import type { CaptionLabel, IndexEntry, SectionKind } from '../mdast-nodes.js';

export interface CaptionTarget {
  label: CaptionLabel;
  number: number;
  bookmark: string;
}

export interface DocxDocumentData {
  /** Numbered/unnumbered headings in order (levels up to the "Índice"'s): its pre-filled entries. */
  headings: IndexEntry[];
  figures: IndexEntry[];
  tables: IndexEntry[];
  /** `tbl:id` / `fig:id` → caption. */
  targets: Map<string, CaptionTarget>;
  /** Kind of every section of the DOCX, in order (filled by the front-matter transform). */
  sections: SectionKind[];
}

declare module 'vfile' {
  interface DataMap {
    docx: DocxDocumentData;
  }
}

/** The document's data, created empty on first use. */
export function docxData(file: VFile): DocxDocumentData {
  file.data.docx ??= { headings: [], figures: [], tables: [], targets: new Map(), sections: [] };
  return file.data.docx;
}
