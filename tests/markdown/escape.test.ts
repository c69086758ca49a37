import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { escapeMarkdown, escapeTableCell } from '../../src/render/markdown/escape.js';
import { renderTemplate } from '../../src/render/markdown/index.js';

type MdNode = { type: string; value?: string; alt?: string; children?: MdNode[] };
const parse = (md: string) => unified().use(remarkParse).use(remarkGfm).parse(md) as MdNode;

/** Plain text of a node as the DOCX writer would print it (text and inline code values, image alt). */
function textOf(n: MdNode): string {
  if (n.type === 'text' || n.type === 'inlineCode') return n.value ?? '';
  if (n.type === 'image') return n.alt ?? '';
  return (n.children ?? []).map(textOf).join('');
}

/** Node types found anywhere below `n`. */
function types(n: MdNode, out = new Set<string>()): Set<string> {
  out.add(n.type);
  for (const c of n.children ?? []) types(c, out);
  return out;
}

const TRICKY = [
  'Refugio "Alas" & Casa | *Luz* <A.C.>',
  'Casa_de_medio_camino __fuerte__ **negrita** `código` ~tachado~ ~~doble~~',
  '[enlace](http://x) ![img](y) [^1] \\barra\\ invertida',
  '# no es título',
  '## tampoco ##',
  '> no es cita',
  '- no es lista',
  '+ tampoco',
  '1. no es lista numerada',
  '2) tampoco',
  '<div>html</div> <!-- comentario --> <b>negrita</b>',
  'Entidad &amp; y &#123; y &copy; no son entidades',
  '<5 víctimas y 3 > 2',
  'Tabla # 5 | con | pipes',
  '=== no es subrayado',
  '---',
  '***',
  'A.C. (Refugio) {#tbl:falso} 50 %',
  'Línea uno\nLínea dos',
];

describe('escapeMarkdown', () => {
  test.each(TRICKY)('paragraph round-trips exactly: %s', (value) => {
    const md = escapeMarkdown(value);
    const tree = parse(`Texto: ${md}`);
    expect(tree.children).toHaveLength(1);
    expect(tree.children![0]!.type).toBe('paragraph');
    expect(textOf(tree)).toBe(`Texto: ${value.replace(/\n/g, ' ')}`);
    const t = types(tree);
    // GFM turns a literal URL into a hyperlink (its text is unchanged): allowed.
    const bad = ['html', 'emphasis', 'strong', 'delete', 'image', 'inlineCode', 'footnoteReference', 'linkReference'];
    if (!/https?:\/\/|www\./.test(value)) bad.push('link');
    for (const b of bad) {
      const bad = b;
      expect(t.has(bad), `${bad} in ${md}`).toBe(false);
    }
  });

  test.each(TRICKY)('value at the start of a line stays a paragraph: %s', (value) => {
    const tree = parse(escapeMarkdown(value));
    expect(tree.children).toHaveLength(1);
    expect(tree.children![0]!.type).toBe('paragraph');
    expect(textOf(tree)).toBe(value.replace(/\n/g, ' '));
  });

  test.each(TRICKY)('heading text round-trips: %s', (value) => {
    const tree = parse(`## ${escapeMarkdown(value)}`);
    expect(tree.children![0]!.type).toBe('heading');
    expect(textOf(tree)).toBe(value.replace(/\n/g, ' '));
  });

  test.each(TRICKY)('table cell round-trips: %s', (value) => {
    const md = `| A | B |\n| --- | --: |\n| ${escapeTableCell(value)} | 1 |\n`;
    const tree = parse(md);
    expect(tree.children).toHaveLength(1);
    const table = tree.children![0]!;
    expect(table.type).toBe('table');
    const row = table.children![1]!;
    expect(row.children).toHaveLength(2);
    expect(textOf(row.children![0]!)).toBe(value.replace(/\n/g, ' '));
    expect(textOf(row.children![1]!)).toBe('1');
  });

  test('keeps ordinary text readable (no needless escapes)', () => {
    expect(escapeMarkdown('Fiscalía General del Estado (FGE), 12.5 % — sí')).toBe('Fiscalía General del Estado (FGE), 12.5 % — sí');
    expect(escapeMarkdown('<5')).toBe('<5');
    expect(escapeMarkdown('Refugio "Alas" & Casa | *Luz* <A.C.>')).toBe('Refugio "Alas" & Casa \\| \\*Luz\\* \\<A.C.>');
  });

  test('an empty cell prints a dash', () => {
    expect(escapeTableCell('  ')).toBe('—');
  });

  test('the organisation of the brief prints exactly through a template, a table and a list', () => {
    const name = 'Refugio "Alas" & Casa | *Luz* <A.C.>';
    const md = renderTemplate(
      '## {{org.nombre}}\n\nLa organización {{org.nombre}} atiende a {{lista nombres}}.\n\n{{tabla filas id="orgs" titulo=org.nombre fuente=org.nombre columnas="nombre:Nombre;n:Casos"}}\n',
      { org: { nombre: name }, nombres: [name, 'Otra'], filas: [{ nombre: name, n: 3 }] },
    );
    const tree = parse(md);
    const [h, p, cap, table, src] = tree.children!;
    expect(textOf(h!)).toBe(name);
    expect(textOf(p!)).toBe(`La organización ${name} atiende a ${name} y Otra.`);
    expect(textOf(cap!)).toBe(`Tabla: ${name} {#tbl:orgs}`);
    expect(table!.type).toBe('table');
    expect(textOf(table!.children![1]!.children![0]!)).toBe(name);
    expect(textOf(src!)).toBe(`Fuente: ${name}`);
    expect(types(tree).has('html')).toBe(false);
  });
});
