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

function element(data: unknown): string {
  let name: string | undefined;
  let values = data;
  if (typeof data === 'object') {
    // `Object.keys(null)` throws in the package too: docx.js never hands it a null.
    name = Object.keys(data as Node)[0];
    values = (data as Node)[name as string];
    if (name === RAW_XML) return values as string;
    if (values && (values as Node)._elem) throw new Error('serialiseXml: streamed elements are not supported');
  }
  const attrs: string[] = [];
  const content: unknown[] = [];
  if (typeof values === 'object') {
    if (values !== null) {
      const node = values as Node & { forEach?: unknown };
      if (node._attr) attributes(attrs, node._attr as Node);
      if (node._cdata) content.push(`${`<![CDATA[${node._cdata as string}`.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`);
      if (node.forEach) {
        let stringContent = false;
        content.push('');
        (node as unknown as unknown[]).forEach((item) => {
          if (typeof item === 'object') {
            if (Object.keys(item as Node)[0] === '_attr') attributes(attrs, (item as Node)._attr as Node);
            else content.push(element(item));
          } else {
            content.pop();
            stringContent = true;
            content.push(escaped(item));
          }
        });
        if (!stringContent) content.push('');
      }
    }
  } else content.push(escaped(values));
  const open = (name ? `<${name}` : '') + (attrs.length ? ` ${attrs.join(' ')}` : '');
  if (!content.length) return open + (name ? '/>' : '');
  let out = open + (name ? '>' : '');
  for (const part of content) if (part !== undefined) out += part as string;
  return name ? `${out}</${name}>` : out;
}

/** `xml(data)` of the `xml` package, without indentation or declaration. */
export function serialiseXml(data: unknown): string {
  if (data && (data as { forEach?: unknown }).forEach) return (data as unknown[]).map(element).join('');
  return element(data);
}
