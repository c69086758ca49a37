import { serialiseXml } from './serialise-xml.js';

/**
 * docx.js's `xmlifyFile` (every part of the package as XML text), with the document body written
 * by `serialiseXml` and the placeholders replaced in one pass. The body is ~90 % of a report's
 * XML; through docx.js it costs ~0.1 s in the `xml` package, plus one whole-text regular
 * expression per list instance and per picture (`{reference-instance}`, `{picture.png}`),
 * ~0.05 s more. Same bytes: the byte-comparison tests build documents both ways.
 *
 * How: for the duration of one call, the compiler's formatter, picture replacer and numbering
 * replacer (instance fields of docx.js's Compiler) are wrapped. The formatter still prepares the
 * body (every side effect of docx.js's `prepForXml` happens, in the same order), writes it with
 * `serialiseXml` and hands the `xml` package an empty placeholder element instead; the replacers
 * see the body in the placeholder's place.
 */

interface FormatContext { file?: unknown; viewWrapper?: unknown; stack?: unknown[] }
interface MediaData { fileName: string }
interface ConcreteNumbering { reference: string; instance: number; numId: number }
type SubFile = { path: string; data: string };
export interface DocxCompiler {
  formatter: { format(input: unknown, context?: FormatContext): unknown };
  imageReplacer: { replace(xml: string, media: MediaData[], offset: number): string; getMediaData(xml: string, media: { Array: MediaData[] }): MediaData[] };
  numberingReplacer: { replace(xml: string, concrete: ConcreteNumbering[]): string };
  xmlifyFile(file: unknown, prettify: undefined): Record<string, SubFile | SubFile[]>;
}

const PLACEHOLDER_NAME = 'diagnosticos-cuerpo';
const PLACEHOLDER = `<${PLACEHOLDER_NAME}/>`;
const TOKEN = /\{([^{}]*)\}/g;

/**
 * Every `{key}` whose key is in `values`, replaced; the first entry of a repeated key wins, as in
 * docx.js's replacers. Keys match exactly, where docx.js's expressions would also take a `.` of a
 * picture's name for any character: a difference only for document text that spells another
 * placeholder's name between braces, which the tests' whole documents would show.
 */
function replaceTokens(xml: string, entries: Iterable<[string, string]>): string {
  const values = new Map<string, string>();
  for (const [key, value] of entries) if (!values.has(key)) values.set(key, value);
  if (!values.size) return xml;
  return xml.replace(TOKEN, (token, key: string) => values.get(key) ?? token);
}

/** Tests set `fast` to false to build the same document through docx.js's own path and compare bytes. */
export const xmlifyMode = { fast: true };

export function xmlifyFile(compiler: DocxCompiler, file: { Document: { View: unknown }; Numbering: { ConcreteNumbering: ConcreteNumbering[] } }): Record<string, SubFile | SubFile[]> {
  if (!xmlifyMode.fast) return compiler.xmlifyFile(file, undefined);
  const { formatter, imageReplacer, numberingReplacer } = compiler;
  let body: string | undefined;
  let expanded: [string, string] | undefined;
  const withBody = (xml: string): string => {
    if (body === undefined) return xml;
    if (expanded?.[0] === xml) return expanded[1];
    const at = xml.indexOf(PLACEHOLDER);
    if (at < 0) return xml;
    expanded = [xml, xml.slice(0, at) + body + xml.slice(at + PLACEHOLDER.length)];
    return expanded[1];
  };
  compiler.formatter = {
    format(input, context) {
      const output = formatter.format(input, context);
      if (input !== file.Document.View) return output;
      body = serialiseXml(output);
      return { [PLACEHOLDER_NAME]: {} };
    },
  };
  // docx.js looks for each picture with a regular expression built from its name (`.` matches
  // any character), a whole-text search per picture: the names between braces, collected in
  // one pass, answer the usual case, the expression the rest.
  let tokens: [string, Set<string>] | undefined;
  const used = (xml: string, image: MediaData) => {
    if (tokens?.[0] !== xml) tokens = [xml, new Set(Array.from(xml.matchAll(TOKEN), (m) => m[1]!))];
    return tokens[1].has(image.fileName) || xml.search(`{${image.fileName}}`) > 0;
  };
  // The body's pictures and list numbers in one pass: docx.js replaces the pictures, then the
  // numbers, with the same concrete numberings (styles, formatted later, may add more, after).
  const numbering = () => file.Numbering.ConcreteNumbering.map((n): [string, string] => [`${n.reference}-${n.instance}`, String(n.numId)]);
  let documentDone: string | undefined;
  compiler.imageReplacer = {
    getMediaData: (xml, media) => {
      const full = withBody(xml);
      return media.Array.filter((image) => used(full, image));
    },
    replace: (xml, media, offset) => {
      const full = withBody(xml);
      const pictures = media.map((image, i): [string, string] => [image.fileName, String(offset + i)]);
      if (full === xml) return replaceTokens(xml, pictures);
      return (documentDone = replaceTokens(full, [...pictures, ...numbering()]));
    },
  };
  compiler.numberingReplacer = {
    replace: (xml, concrete) => (xml === documentDone ? xml : replaceTokens(xml, concrete.map((n) => [`${n.reference}-${n.instance}`, String(n.numId)]))),
  };
  try {
    return compiler.xmlifyFile(file, undefined);
  } finally {
    Object.assign(compiler, { formatter, imageReplacer, numberingReplacer });
  }
}
