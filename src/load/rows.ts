/**
 * Row-level validation of one CSV table against its zod schema: header columns, every
 * cell, unique keys. Never throws for bad data: returns the good rows and every problem.
 */
import { z } from 'zod';
import type { CsvTable } from './csv.js';
import type { SourceLocation } from './types.js';
import { fieldMeta, normaliseKey } from '../schemas/fields.js';
import type { Problem } from '../util/errors.js';

// Generic zod messages (the few not written by hand in src/schemas) in Spanish.
z.config(z.locales.es());

export interface ValidatedTable<T> {
  rows: T[];
  locations: SourceLocation[];
  /** Schema field → 1-based column number in this file. */
  columns: Record<string, number>;
  problems: Problem[];
  /** Key values of rows left out for errors: references to them are not reported again. */
  rejectedKeys: string[];
}

export interface ValidateOptions {
  /** Columns whose combined value must be unique within the file. */
  unique?: readonly string[];
}

type AnyObject = z.ZodObject<z.ZodRawShape>;

export function validateTable<S extends AnyObject>(table: CsvTable, schema: S, opts: ValidateOptions = {}): ValidatedTable<z.output<S>> {
  const file = table.file;
  const problems: Problem[] = [];
  const expected = Object.keys(schema.shape);
  const expectedSet = new Set(expected);

  // Header: which file column holds each schema field.
  const columns: Record<string, number> = {};
  table.header.forEach((h, i) => {
    const k = normaliseKey(h);
    if (h === '' ) {
      problems.push({ file, line: 1, column: i + 1, message: 'hay una columna sin nombre en el encabezado; póngale nombre o bórrela' });
    } else if (!expectedSet.has(k)) {
      const hint = closest(k, expected);
      problems.push({
        file, line: 1, column: i + 1, field: h,
        message: `columna desconocida "${h}"${hint ? `; ¿quiso decir "${hint}"?` : ''} Columnas esperadas: ${expected.join(', ')}`,
      });
    } else if (columns[k] !== undefined) {
      problems.push({ file, line: 1, column: i + 1, field: k, message: `la columna "${k}" está repetida (ya aparece en la columna ${columns[k]})` });
    } else {
      columns[k] = i + 1;
    }
  });
  // A column marked optionalColumn (added later to a dataset) may be absent: its cells are empty.
  const missing = expected.filter((k) => columns[k] === undefined && !fieldMeta.get(schema.shape[k] as z.ZodType)?.optionalColumn);
  for (const k of missing) {
    problems.push({ file, line: 1, field: k, message: `falta la columna "${k}" en el encabezado; columnas esperadas: ${expected.join(', ')}` });
  }
  const missingSet = new Set(missing);

  const rows: z.output<S>[] = [];
  const locations: SourceLocation[] = [];
  const seen = new Map<string, number>();
  const rejectedKeys: string[] = [];
  const reject = (obj: Record<string, string>) => {
    if (opts.unique?.length === 1) rejectedKeys.push((obj[opts.unique[0]!] ?? '').trim());
  };
  // Trailing cells a row may lack: optional fields (an empty cell means "none"), and columns
  // already reported as unknown. Any other missing cell means the row's cells moved left.
  const mayLack = table.header.map((h) => {
    const k = normaliseKey(h);
    if (!expectedSet.has(k) || columns[k] === undefined) return true;
    return isOptional(schema.shape[k] as z.ZodType);
  });
  for (const rec of table.records) {
    const obj: Record<string, string> = {};
    for (const k of expected) obj[k] = columns[k] !== undefined ? (rec.values[columns[k]! - 1] ?? '') : '';
    const extra = rec.values.slice(table.header.length).filter((v) => v.trim() !== '');
    if (extra.length > 0) {
      reject(obj);
      problems.push({
        file, line: rec.line, column: table.header.length + 1,
        message: `la fila tiene ${rec.values.length} celdas y el encabezado solo ${table.header.length}; ¿hay una coma o un punto y coma de más dentro de un texto sin comillas?`,
      });
      continue;
    }
    if (rec.values.length < table.header.length && !mayLack.slice(rec.values.length).every(Boolean)) {
      reject(obj);
      const lacking = table.header.slice(rec.values.length);
      const first = rec.values.length + 1;
      const sep = table.delimiter === ';' ? 'punto y coma' : table.delimiter === '\t' ? 'tabulación' : 'coma';
      problems.push({
        file, line: rec.line, column: first, field: normaliseKey(lacking[0]!) || undefined,
        message: `la fila tiene ${rec.values.length} ${rec.values.length === 1 ? 'celda' : 'celdas'} y el encabezado ${table.header.length}: ` +
          `${lacking.length === 1 ? `falta la celda de la columna "${lacking[0]}"` : `faltan las celdas de las columnas ${lacking.map((h) => `"${h}"`).join(', ')}`} (desde la columna ${first}). ` +
          `Los valores de la fila se corrieron a la izquierda: ¿falta un${table.delimiter === ';' ? '' : 'a'} ${sep}, o un texto con un salto de línea quedó sin comillas y partió la fila en dos?`,
      });
      continue;
    }
    const r = schema.safeParse(obj);
    if (!r.success) {
      reject(obj);
      for (const issue of r.error.issues) {
        const field = String(issue.path[0] ?? '');
        if (missingSet.has(field)) continue; // already reported once for the header
        const found = obj[field] ?? '';
        problems.push({ file, line: rec.line, column: columns[field], field: field || undefined, message: withFound(issue.message, found) });
      }
      continue;
    }
    if (opts.unique && opts.unique.length > 0 && opts.unique.every((k) => !missingSet.has(k))) {
      const data = r.data as Record<string, unknown>;
      const key = opts.unique.map((k) => String(data[k])).join(' + ');
      const first = seen.get(key);
      if (first !== undefined) {
        const what = opts.unique.length === 1 ? `el valor "${key}" de "${opts.unique[0]}"` : `la combinación ${opts.unique.join(' + ')} = "${key}"`;
        problems.push({ file, line: rec.line, column: columns[opts.unique[0]!], field: opts.unique.join('+'), message: `${what} está repetido; ya aparece en la línea ${first} y debe ser único` });
        continue;
      }
      seen.set(key, rec.line);
    }
    rows.push(r.data);
    locations.push({ file, line: rec.line });
  }
  return { rows, locations, columns, problems, rejectedKeys };
}

/** A field whose empty cell is accepted as "no value" (optional text, id, vocabulary value or date). */
function isOptional(field: z.ZodType | undefined): boolean {
  if (!field) return true;
  const r = field.safeParse('');
  return r.success && r.data === undefined;
}

/** Adds the cell's value when the schema's message does not already quote it. */
function withFound(message: string, found: string): string {
  const v = found.trim();
  if (v === '' || message.includes(`"${v}"`)) return message;
  return `${message} (se encontró "${v}")`;
}

/** Closest expected column name by edit distance, for typos like "institucion" → "institucion_id". */
function closest(name: string, options: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const o of options) {
    const d = o.startsWith(name) || name.startsWith(o) ? Math.abs(o.length - name.length) / 2 : editDistance(name, o);
    if (d < bestD) {
      bestD = d;
      best = o;
    }
  }
  return bestD <= Math.max(2, Math.floor(name.length / 4)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}
