/**
 * The XML text of a docx.js object tree (what a component's `prepForXml` returns), byte for byte
 * what docx.js's bundled `xml` package writes for it without indentation, at a fraction of the
 * cost: `xml` builds an intermediate object per element, empties its content arrays with
 * `shift()` and appends through closures, ~0.1 s per Chihuahua document in every (re)build.
 *
 * The package's quirks are kept on purpose, because the bytes must not change:
 * - an element is the first key of an object; `_attr` (first key of an array item, or a key of
 *   the element's value) adds attributes in key order, values escaped when they are strings;
 * - a string (or number) in an element's array replaces the item before it;
 * - an element with no content closes itself (`<w:b/>`), `[]` gives `<x></x>`;
 * - `_cdata` is written as CDATA; `undefined` content writes nothing.
 * One addition: `{ [RAW_XML]: text }` (below).
 * `tests/docx/serialise-xml.test.ts` compares it with the package on fixtures and whole documents.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
const SPECIAL = /[&"<>']/g;

/** `escapeForXML` of the `xml` package: strings escaped, anything else as it is. */
function escaped(value: unknown): unknown {
  return typeof value === 'string' && value ? value.replace(SPECIAL, (c) => ESCAPES[c]!) : value;
}

type Node = Record<string, unknown>;

/**
 * Not an element: `{ [RAW_XML]: text }` is written as the text itself, already XML. What a
 * component reused from the last rebuild prepares instead of its elements (reused-blocks.ts);
 * only `serialiseXml` understands it, so it is only handed out when the body goes through it.
 */
export const RAW_XML = '#diagnosticos-xml';

function attributes(list: string[], attrs: Node): void {
  for (const key of Object.keys(attrs)) list.push(`${key}="${escaped(attrs[key]) as string}"`);
}

/**
 * Appends the element's text to `out` (joined once at the end: a report's body is ~3 MB in
 * ~500,000 pieces, and one join costs less than concatenating and flattening them).
 */
function element(data: unknown, out: unknown[]): void {
  let name: string | undefined;
  let values = data;
  if (typeof data === 'object') {
    // `Object.keys(null)` throws in the package too: docx.js never hands it a null.
    name = Object.keys(data as Node)[0];
    values = (data as Node)[name as string];
    if (name === RAW_XML) {
      out.push(values);
      return;
    }
    if (values && (values as Node)._elem) throw new Error('serialiseXml: streamed elements are not supported');
  }
  // The opening tag is known once the attributes are (an `_attr` item may follow children).
  const openAt = out.length;
  out.push('');
  const attrs: string[] = [];
  let items = 0; // the package's content items; `undefined` ones count but write nothing
  if (typeof values === 'object') {
    if (values !== null) {
      const node = values as Node & { forEach?: unknown };
      if (node._attr) attributes(attrs, node._attr as Node);
      if (node._cdata) {
        out.push(`${`<![CDATA[${node._cdata as string}`.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`);
        items++;
      }
      if (node.forEach) {
        let stringContent = false;
        let lastItem = out.length; // where the item a string would replace begins
        items++; // the package's leading ''
        (node as unknown as unknown[]).forEach((item) => {
          if (typeof item === 'object') {
            if (Object.keys(item as Node)[0] === '_attr') attributes(attrs, (item as Node)._attr as Node);
            else {
              lastItem = out.length;
              element(item, out);
              items++;
            }
          } else {
            out.length = lastItem;
            stringContent = true;
            const text = escaped(item);
            if (text !== undefined) out.push(text);
          }
        });
        if (!stringContent) items++;
      }
    }
  } else {
    items++;
    const text = escaped(values);
    if (text !== undefined) out.push(text);
  }
  const open = (name ? `<${name}` : '') + (attrs.length ? ` ${attrs.join(' ')}` : '');
  if (!items) {
    out[openAt] = open + (name ? '/>' : '');
    return;
  }
  out[openAt] = open + (name ? '>' : '');
  if (name) out.push(`</${name}>`);
}

/** `xml(data)` of the `xml` package, without indentation or declaration. */
export function serialiseXml(data: unknown): string {
  const out: unknown[] = [];
  if (data && (data as { forEach?: unknown }).forEach) for (const item of data as unknown[]) element(item, out);
  else element(data, out);
  return out.join('');
}
