/**
 * The mdast node types our transforms add (module augmentation of `mdast`), so remark-docx
 * builders for them are type-checked like the built-in ones.
 */
import type { Image, Literal, Node, Parent, PhrasingContent } from 'mdast';

/** An image URL resolved by the caller: raster bytes, 1× size in px, alternative text. */
export interface ResolvedImage {
  type: 'png' | 'jpg' | 'gif' | 'bmp';
  data: ArrayBuffer;
  width: number;
  height: number;
  /** Alternative text: the Markdown's, else the resolver's. */
  alt: string;
}

/** Kind of page section in the DOCX; the post-processor gives each its page setup. */
export type SectionKind = 'cover' | 'front' | 'body' | 'landscape';

export type CaptionLabel = 'Tabla' | 'Figura';

/** Generated cover page (from DocxInfo). */
export interface DocxCover extends Node {
  type: 'docxCover';
}

/** One pre-filled entry of an index (TOC / table of figures). */
export interface IndexEntry {
  text: string;
  level: number;
  /** Bookmark the entry links to. */
  anchor: string;
}

/** "Índice", "Índice de figuras", "Índice de tablas": a TOC field pre-filled with its entries. */
export interface DocxIndex extends Node {
  type: 'docxIndex';
  kind: 'contents' | 'figures' | 'tables';
  /** Heading levels listed (contents only). */
  levels: number;
  title: string;
  entries: IndexEntry[];
  pageBreakBefore: boolean;
}

/** A builder returning [] here makes remark-docx start a new section. */
export interface DocxSectionBreak extends Node {
  type: 'docxSectionBreak';
  next: SectionKind;
}

export interface DocxPageBreak extends Node {
  type: 'docxPageBreak';
}

/** "Tabla N. Texto" / "Figura N. Texto" (Caption style, SEQ field, bookmark around "Tabla N"). */
export interface DocxCaption extends Parent {
  type: 'docxCaption';
  label: CaptionLabel;
  number: number;
  bookmark: string;
  /** Keep with the next paragraph (table captions, figure captions followed by a source). */
  keepNext: boolean;
  children: PhrasingContent[];
}

/** A paragraph holding only an image: centred, kept with its caption. */
export interface DocxFigure extends Node {
  type: 'docxFigure';
  image: Image;
  keepNext: boolean;
}

/** "Fuente: …" after a table or a figure. */
export interface DocxSource extends Parent {
  type: 'docxSource';
  /** Another source/note line follows: keep them on one page. */
  keepNext?: boolean;
  children: PhrasingContent[];
}

/**
 * In the live loop, a top-level paragraph of plain text (reused-blocks.ts): built as remark-docx
 * builds a top-level paragraph, its docx.js objects kept under `key`.
 */
export interface DocxPlainParagraph extends Parent {
  type: 'docxPlainParagraph';
  key: string;
  children: PhrasingContent[];
}

/** `@tbl:id` / `@fig:id`: REF field to the caption's bookmark, cached text "Tabla N". */
export interface DocxCrossRef extends Literal {
  type: 'docxCrossRef';
  bookmark: string;
  /** Cached field result, e.g. "Tabla 5". */
  value: string;
}

declare module 'mdast' {
  interface RootContentMap {
    docxCover: DocxCover;
    docxIndex: DocxIndex;
    docxSectionBreak: DocxSectionBreak;
    docxPageBreak: DocxPageBreak;
    docxCaption: DocxCaption;
    docxFigure: DocxFigure;
    docxSource: DocxSource;
    docxCrossRef: DocxCrossRef;
    docxPlainParagraph: DocxPlainParagraph;
  }
  interface BlockContentMap {
    docxCover: DocxCover;
    docxIndex: DocxIndex;
    docxSectionBreak: DocxSectionBreak;
    docxPageBreak: DocxPageBreak;
    docxCaption: DocxCaption;
    docxFigure: DocxFigure;
    docxSource: DocxSource;
    docxPlainParagraph: DocxPlainParagraph;
  }
  interface PhrasingContentMap {
    docxCrossRef: DocxCrossRef;
  }
  interface HeadingData extends Data {
    /** "1.2.3"; absent for unnumbered headings (` {-}`). */
    docxNumber?: string;
    /** Bookmark around the heading text (target of the pre-filled TOC entries). */
    docxBookmark?: string;
  }
  interface TableData extends Data {
    /** Bookmark of the table's caption (set by the captions transform). */
    docxCaption?: string;
    /** The table sits in a `<!-- horizontal -->` block. */
    docxLandscape?: boolean;
  }
  interface ImageData extends Data {
    /** The image sits in a `<!-- horizontal -->` block: sized to the landscape text width. */
    docxLandscape?: boolean;
    /** The image its URL resolved to (set by the images transform). */
    docxImage?: ResolvedImage;
  }
}
