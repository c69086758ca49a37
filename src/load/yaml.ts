/**
 * YAML files validated with a zod schema; syntax errors and schema errors both become
 * Problems with line and column, schema errors also with their YAML path (cie.nombre).
 */
import { readFileSync } from 'node:fs';
import { LineCounter, isNode, isScalar, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import type { Problem } from '../util/errors.js';

z.config(z.locales.es());

const YAML_ERRORS: Record<string, string> = {
  BAD_INDENT: 'sangría incorrecta (revise los espacios al inicio de la línea o un corchete sin cerrar)',
  TAB_AS_INDENT: 'se usó un tabulador para sangrar; YAML solo admite espacios',
  DUPLICATE_KEY: 'esta clave está repetida en el mismo bloque',
  MISSING_CHAR: 'falta un carácter de cierre (comillas, corchete o llave)',
  MULTILINE_IMPLICIT_KEY: 'una clave ocupa varias líneas; ¿falta ":" o unas comillas?',
  BLOCK_AS_IMPLICIT_KEY: 'un bloque se usa como clave; ¿falta ":"?',
  UNEXPECTED_TOKEN: 'carácter inesperado',
  BAD_SCALAR_START: 'un valor no puede empezar con ese carácter; escríbalo entre comillas',
  BAD_DQ_ESCAPE: 'secuencia de escape no válida dentro de comillas dobles',
  MISSING_ANCHOR: 'se usa un alias (*) sin su ancla (&)',
};

export interface YamlResult<T> {
  value?: T;
  problems: Problem[];
}

/** Reads `abs`, parses it and validates it; `display` is the path shown in messages. */
export function readYaml<S extends z.ZodType>(abs: string, display: string, schema: S): YamlResult<z.output<S>> {
  return parseYaml(readFileSync(abs, 'utf8'), display, schema);
}

export function parseYaml<S extends z.ZodType>(text: string, display: string, schema: S): YamlResult<z.output<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, prettyErrors: true });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => ({
        file: display,
        line: e.linePos?.[0].line,
        column: e.linePos?.[0].col,
        message: `YAML no válido: ${YAML_ERRORS[e.code] ?? 'error de sintaxis'} [${e.code}]`,
      })),
    };
  }
  const r = schema.safeParse(doc.toJS());
  if (r.success) return { value: r.data, problems: [] };
  return { problems: r.error.issues.map((issue) => schemaProblem(doc, lineCounter, display, issue)) };
}

function schemaProblem(doc: Document, lc: LineCounter, file: string, issue: z.core.$ZodIssue): Problem {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const field = path.join('.') || undefined;
  // Point at the value itself, or at the nearest parent that exists (missing keys).
  let pos: { line: number; col: number } | undefined;
  let present = false;
  let found = '';
  for (let n = path.length; n >= 0 && !pos; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) {
      pos = lc.linePos(node.range[0]);
      present = n === path.length;
      if (present && isScalar(node)) found = ` (se encontró ${JSON.stringify(node.value)})`;
    }
  }
  const message = !present && issue.code === 'invalid_type' ? `falta "${field}"` : `${issue.message}${found}`;
  return { file, line: pos?.line, column: pos?.col, field, message };
}
