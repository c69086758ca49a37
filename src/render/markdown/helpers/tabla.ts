/**
 * Tables in the DOCX writer's conventions:
 *
 *     Tabla: Título {#tbl:id}
 *
 *     | Sector | Entrevistas |
 *     | --- | --: |
 *     | Gobierno estatal | 12 |
 *
 *     Fuente: …
 *
 * {{tabla filas id="…" titulo="…" fuente="…" columnas="campo:Encabezado[:n|:t];…" [nota="…"] [pie="Total;34"] [vacio="…"]}}
 *   builds a table from a list of objects. Numeric columns (numbers, victim counts, "1,234",
 *   "12.5 %", "<5") are right-aligned (`--:`); `:n` forces right, `:t` forces left alignment.
 *
 * {{tabla_matriz m id="…" titulo="…" fuente="…" encabezado="Etapa" [valores="valores"] [totales=true]}}
 *   prints a MatrizConteo, a MatrizSiNo ("X" where true), a TablaSuprimida (victim counts)
 *   or the profile coverage matrix (E/G/—) of the templates' view (src/render/markdown/vista.ts).
 *
 * Every cell is escaped for Markdown (pipes included). An empty table prints `vacio`
 * (a sentence) instead of the table, caption and source.
 */
import type { HelperOptions } from 'handlebars';
import { formatList, formatNumber } from '../../../util/format-es.js';
import { Conteo } from '../conteo.js';
import { escapeMarkdown, escapeTableCell, ID_PATTERN } from '../escape.js';
import { describe, fail, splitArgs } from '../errors.js';

export interface Column {
  field: string;
  header: string;
  align?: 'left' | 'right';
}

const NUMERIC_TEXT = /^(?:[<>]?\d[\d,]*(?:\.\d+)?(?: ?%)?|—|-|C|n\. ?d\.)$/;

export function cellText(v: unknown, helper: string, options: HelperOptions, field: string): string {
  if (v instanceof Conteo) return escapeTableCell(v.texto);
  if (v === null || v === undefined) return '—';
  if (typeof v === 'number') return Number.isFinite(v) ? formatNumber(v) : '—';
  if (typeof v === 'boolean') return v ? 'Sí' : 'No';
  if (typeof v === 'string') return escapeTableCell(v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) {
    return escapeTableCell(formatList(v.map((x) => (typeof x === 'number' ? formatNumber(x) : x))) || '—');
  }
  fail(helper, options, `la columna «${field}» contiene ${describe(v)}, que no puede imprimirse en una celda`);
}

function isNumericCell(v: unknown): boolean {
  return v instanceof Conteo || typeof v === 'number' || (typeof v === 'string' && NUMERIC_TEXT.test(v.trim()));
}

export function parseColumns(spec: unknown, helper: string, options: HelperOptions): Column[] {
  if (typeof spec !== 'string' || spec.trim() === '') fail(helper, options, 'falta columnas="campo:Encabezado;…"');
  return spec.split(';').map((part) => {
    const [field, header, align, ...rest] = part.split(':').map((s) => s.trim());
    if (!field || !header || rest.length > 0 || (align !== undefined && align !== 'n' && align !== 't')) {
      fail(helper, options, `columna mal escrita «${part.trim()}»; se esperaba campo:Encabezado, opcionalmente con :n (números) o :t (texto)`);
    }
    return { field, header, align: align === 'n' ? 'right' : align === 't' ? 'left' : undefined };
  });
}

/** Reads `a.b` from a row; `lista[].campo` maps over a list of objects (printed "a, b y c"). */
function getField(row: unknown, path: string, helper: string, options: HelperOptions): unknown {
  const read = (v: unknown, part: string): unknown => {
    if (v === null || typeof v !== 'object' || !(part in v)) fail(helper, options, `una fila no tiene el campo «${path}»`);
    return (v as Record<string, unknown>)[part];
  };
  const [head, ...tail] = path.split('[].');
  let v: unknown = row;
  for (const part of head!.split('.')) v = read(v, part);
  if (tail.length === 0) return v;
  if (!Array.isArray(v)) fail(helper, options, `«${head}» no es una lista (columna «${path}»)`);
  return v.map((item) => tail.join('[].').split('.').reduce<unknown>((acc, part) => read(acc, part), item));
}

interface Meta {
  id: string;
  title: string;
  source: string;
  note?: string;
}

function tableMeta(helper: string, options: HelperOptions): Meta {
  const { id, titulo, fuente, nota } = options.hash;
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) fail(helper, options, `id="…" no válido: ${describe(id)} (solo letras sin acento, números, "-" y "_")`);
  if (typeof titulo !== 'string' || titulo.trim() === '') fail(helper, options, 'falta titulo="…"');
  if (typeof fuente !== 'string' || fuente.trim() === '') fail(helper, options, 'falta fuente="…"');
  if (nota !== undefined && typeof nota !== 'string') fail(helper, options, `nota="…" debe ser un texto y es ${describe(nota)}`);
  return { id, title: titulo, source: fuente, note: nota || undefined };
}

/** "Fuente: …" paragraph (the prefix is added unless the text already has it), with the note. */
export function sourceLine(source: string, note?: string): string {
  const s = source.trim().replace(/^Fuente:\s*/i, '');
  let line = `Fuente: ${escapeMarkdown(s)}`;
  if (note && note.trim()) {
    if (!/[.!?]$/.test(line)) line += '.';
    line += ` Nota: ${escapeMarkdown(note.trim())}`;
  }
  return line;
}

export function renderTable(meta: Meta, headers: string[], aligns: ('left' | 'right')[], body: string[][], footer?: string[]): string {
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const lines = [
    `Tabla: ${escapeMarkdown(meta.title.trim())} {#tbl:${meta.id}}`,
    '',
    row(headers.map((h) => escapeTableCell(h))),
    row(aligns.map((a) => (a === 'right' ? '--:' : '---'))),
    ...body.map(row),
  ];
  if (footer) lines.push(row(footer.map((c, i) => (i === 0 && c !== '' ? `**${c}**` : c))));
  lines.push('', sourceLine(meta.source, meta.note));
  return `\n\n${lines.join('\n')}\n\n`;
}

function emptyText(helper: string, options: HelperOptions): string {
  const v = options.hash.vacio;
  if (v !== undefined && typeof v !== 'string') fail(helper, options, 'vacio="…" debe ser un texto');
  return `\n\n${escapeMarkdown(v ?? 'No se registraron datos para esta tabla.')}\n\n`;
}

function footerCells(spec: unknown, width: number, helper: string, options: HelperOptions): string[] | undefined {
  if (spec === undefined) return undefined;
  if (typeof spec !== 'string') fail(helper, options, 'pie="…" debe ser un texto con celdas separadas por ";"');
  const cells = spec.split(';').map((c) => (c.trim() === '' ? '' : escapeTableCell(c.trim())));
  if (cells.length > width) fail(helper, options, `pie="…" tiene ${cells.length} celdas y la tabla ${width} columnas`);
  while (cells.length < width) cells.push('');
  return cells;
}

export function tabla(...raw: unknown[]): string {
  const { params, options } = splitArgs(raw);
  const rows = params[0];
  if (!Array.isArray(rows)) fail('tabla', options, `se esperaba una lista de filas y se recibió ${describe(rows)}`);
  const meta = tableMeta('tabla', options);
  const columns = parseColumns(options.hash.columnas, 'tabla', options);
  if (rows.length === 0) return emptyText('tabla', options);
  const values = rows.map((r) => columns.map((c) => getField(r, c.field, 'tabla', options)));
  const aligns = columns.map((c, j) => c.align ?? (values.every((v) => isNumericCell(v[j])) ? 'right' : 'left'));
  const body = values.map((vs) => vs.map((v, j) => cellText(v, 'tabla', options, columns[j]!.field)));
  // Numbering column ("#") when asked: numerar=true.
  if (options.hash.numerar === true) {
    return renderTable(meta, ['Núm.', ...columns.map((c) => c.header)], ['right', ...aligns], body.map((b, i) => [String(i + 1), ...b]), footerCells(options.hash.pie, columns.length + 1, 'tabla', options));
  }
  return renderTable(meta, columns.map((c) => c.header), aligns, body, footerCells(options.hash.pie, columns.length, 'tabla', options));
}

interface Cat { clave: string; nombre: string }

function isCats(x: unknown): x is Cat[] {
  return Array.isArray(x) && x.every((c) => c !== null && typeof c === 'object' && 'nombre' in c);
}

export function tabla_matriz(...raw: unknown[]): string {
  const { params, options } = splitArgs(raw);
  const m = params[0] as Record<string, unknown> | null | undefined;
  const meta = tableMeta('tabla_matriz', options);
  const first = typeof options.hash.encabezado === 'string' ? options.hash.encabezado : '';
  const totals = options.hash.totales === true;
  if (m === null || typeof m !== 'object' || !isCats(m.columnas) || !Array.isArray(m.filas)) {
    fail('tabla_matriz', options, `se esperaba una matriz (columnas, filas) y se recibió ${describe(m)}`);
  }
  const columns = m.columnas as Cat[];
  if (m.filas.length === 0 || columns.length === 0) return emptyText('tabla_matriz', options);
  const headers = [first, ...columns.map((c) => c.nombre)];
  const aligns: ('left' | 'right')[] = ['left', ...columns.map(() => 'right' as const)];

  // TablaSuprimida: rows are categories, cells are victim counts.
  if (Array.isArray(m.celdas) && isCats(m.filas) && m.celdas.every((r) => Array.isArray(r) && r.every((c) => c instanceof Conteo))) {
    const cells = m.celdas as Conteo[][];
    const rowTotals = m.totales_fila as Conteo[];
    const body = (m.filas as Cat[]).map((r, i) => [escapeTableCell(r.nombre), ...cells[i]!.map((c) => escapeTableCell(c.texto)), ...(totals ? [escapeTableCell(rowTotals[i]!.texto)] : [])]);
    if (totals) {
      headers.push('Total');
      aligns.push('right');
      const colTotals = m.totales_columna as Conteo[];
      const total = m.total as Conteo;
      return renderTable(meta, headers, aligns, body, ['Total', ...colTotals.map((c) => escapeTableCell(c.texto)), escapeTableCell(total.texto)]);
    }
    return renderTable(meta, headers, aligns, body);
  }

  // CoberturaPerfiles: cells are objects {cubierta, instrumentos_especificos, herramientas_especificas}.
  if (Array.isArray(m.celdas) && isCats(m.filas)) {
    const cells = m.celdas as { cubierta: boolean; instrumentos_especificos: number; herramientas_especificas: number }[][];
    const body = (m.filas as Cat[]).map((r, i) => [
      escapeTableCell(r.nombre),
      ...cells[i]!.map((c) => (c.instrumentos_especificos + c.herramientas_especificas > 0 ? 'E' : c.cubierta ? 'G' : '—')),
    ]);
    return renderTable(meta, headers, aligns.map((a, j) => (j === 0 ? a : 'left')), body);
  }

  const rows = m.filas as { nombre: string; valores: unknown[]; total?: number }[];
  if (rows.every((r) => Array.isArray(r.valores) && r.valores.every((v) => typeof v === 'boolean'))) {
    // MatrizSiNo: "X" where true.
    const body = rows.map((r) => [escapeTableCell(r.nombre), ...r.valores.map((v) => (v ? 'X' : ''))]);
    const colCounts = m.totales_columna as number[] | undefined;
    const centred = aligns.map((a, j) => (j === 0 ? a : 'left')) as ('left' | 'right')[];
    if (totals && colCounts) return renderTable(meta, headers, centred, body, ['Total', ...colCounts.map((n) => formatNumber(n))]);
    return renderTable(meta, headers, centred, body);
  }

  // MatrizConteo: numbers, or one of its text lists (valores="pct_fila_texto").
  const field = typeof options.hash.valores === 'string' ? options.hash.valores : 'valores';
  const body = rows.map((r) => {
    const vs = (r as unknown as Record<string, unknown>)[field];
    if (!Array.isArray(vs)) fail('tabla_matriz', options, `las filas no tienen la lista «${field}»`);
    const out = [escapeTableCell(r.nombre), ...vs.map((v) => cellText(v, 'tabla_matriz', options, field))];
    if (totals && field === 'valores') out.push(formatNumber(r.total ?? 0));
    return out;
  });
  if (totals && field === 'valores') {
    headers.push('Total');
    aligns.push('right');
    const colTotals = m.totales_columna as number[];
    return renderTable(meta, headers, aligns, body, ['Total', ...colTotals.map((n) => formatNumber(n)), formatNumber(m.total as number)]);
  }
  return renderTable(meta, headers, aligns, body);
}
