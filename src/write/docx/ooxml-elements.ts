/**
 * docx.js objects for what docx.js lacks as public classes: a generic OOXML element,
 * complex fields (TOC spanning paragraphs), a block-level structured document tag.
 * Everything stays in docx.js's object tree; nothing is string-concatenated.
 */
import { FileChild, type ParagraphChild, XmlAttributeComponent, XmlComponent } from 'docx';

class AttributeBag extends XmlAttributeComponent<Record<string, string>> {}

/** `<name attr…>children</name>` */
export class OoxmlElement extends XmlComponent {
  constructor(name: string, attributes: Record<string, string> = {}, children: readonly (XmlComponent | string)[] = []) {
    super(name);
    if (Object.keys(attributes).length) this.root.push(new AttributeBag(attributes));
    for (const child of children) this.root.push(child);
  }
}

/** docx.js paragraphs accept any XmlComponent at run level; its ParagraphChild type is a closed union. */
export function asParagraphChild(component: XmlComponent): ParagraphChild {
  return component as unknown as ParagraphChild;
}

const fldChar = (type: 'begin' | 'separate' | 'end') => new OoxmlElement('w:r', {}, [new OoxmlElement('w:fldChar', { 'w:fldCharType': type })]);

/** Runs opening a complex field: begin, instruction, separate (the cached result follows). */
export function fieldStart(instruction: string): ParagraphChild[] {
  return [
    fldChar('begin'),
    new OoxmlElement('w:r', {}, [new OoxmlElement('w:instrText', { 'xml:space': 'preserve' }, [` ${instruction} `])]),
    fldChar('separate'),
  ].map(asParagraphChild);
}

export function fieldEnd(): ParagraphChild {
  return asParagraphChild(fldChar('end'));
}

/** Block-level `w:sdt` (content control) holding paragraphs — used for the indexes. */
export class BlockSdt extends FileChild {
  constructor(properties: readonly XmlComponent[], content: readonly XmlComponent[]) {
    super('w:sdt');
    this.root.push(new OoxmlElement('w:sdtPr', {}, properties));
    this.root.push(new OoxmlElement('w:sdtContent', {}, content));
  }
}
