/**
 * Compiling the diagnostic templates with a private Handlebars instance.
 *
 * Handlebars escapes for HTML; we need Markdown. Templates are compiled with `noEscape`
 * and the parsed AST is rewritten before compilation so that:
 *  - every `{{campo}}` that prints a data value becomes `{{__md campo campo="campo"}}`
 *    (Markdown-escaped; objects, lists, missing values and victim counts are refused);
 *  - value helpers used directly (`{{concat …}}`, `{{lookup …}}`) are escaped the same way;
 *  - `{{{…}}}` (unescaped) is allowed only for `{{{narrativa}}}`;
 *  - every path passed to a helper, a block (`#if`, `#each`) or a partial is looked up
 *    strictly: a misspelt or missing field is an error with its line, never an empty section.
 *    Optional fields are read with `(opcional objeto "campo")`.
 */
import type Handlebars from 'handlebars';
import { TemplateHelperError, TemplateRenderError } from './errors.js';
import { ESCAPE_HELPER, VALUE_HELPERS } from './helpers/index.js';

type HB = typeof Handlebars;
type Node = hbs.AST.Node;
type Expr = hbs.AST.Expression;

/** Fields a template may insert without escaping (Markdown written by analysts). */
export const RAW_FIELDS = new Set(['narrativa']);

/** A template error found while compiling (file and line attached by the caller). */
export class TemplateSyntaxError extends Error {
  readonly line?: number;
  readonly column?: number;
  constructor(message: string, line?: number, column?: number) {
    super(message);
    this.line = line;
    this.column = column;
  }
}

function at(node: Node): { line?: number; column?: number } {
  return node.loc ? { line: node.loc.start.line, column: node.loc.start.column + 1 } : {};
}

function pathNode(name: string, loc: hbs.AST.SourceLocation): hbs.AST.PathExpression {
  return { type: 'PathExpression', data: false, depth: 0, parts: [name], original: name, loc } as hbs.AST.PathExpression;
}

function stringLiteral(value: string, loc: hbs.AST.SourceLocation): hbs.AST.StringLiteral {
  return { type: 'StringLiteral', value, original: value, loc } as hbs.AST.StringLiteral;
}

function isPath(e: Expr | undefined): e is hbs.AST.PathExpression {
  return !!e && e.type === 'PathExpression';
}

/** A plain helper name (not `this.x`, `../x`, `@x` nor `a.b`). */
function simpleName(p: hbs.AST.PathExpression): string | undefined {
  return !p.data && p.depth === 0 && p.parts.length === 1 && !/^(this|\.)/.test(p.original) ? p.parts[0] : undefined;
}

export function transformTemplate(ast: hbs.AST.Program, hb: HB): hbs.AST.Program {
  const isHelper = (name: string | undefined) => name !== undefined && Object.prototype.hasOwnProperty.call(hb.helpers, name);

  const strict = (e: Expr | undefined): void => {
    if (!e) return;
    if (e.type === 'PathExpression') (e as hbs.AST.PathExpression & { strict?: boolean }).strict = true;
    else if (e.type === 'SubExpression') {
      const s = e as hbs.AST.SubExpression;
      checkHelper(s.path, s);
      s.params.forEach(strict);
      s.hash?.pairs.forEach((p) => strict(p.value));
    }
  };

  const checkHelper = (path: Expr, node: Node) => {
    if (!isPath(path)) return;
    const name = simpleName(path);
    if (!isHelper(name)) throw new TemplateSyntaxError(`«${path.original}» no es un helper conocido`, at(node).line, at(node).column);
  };

  const visitProgram = (p: hbs.AST.Program | undefined): void => {
    if (!p) return;
    p.body = p.body.map(visit);
  };

  const visit = (s: hbs.AST.Statement): hbs.AST.Statement => {
    switch (s.type) {
      case 'MustacheStatement': {
        const m = s as hbs.AST.MustacheStatement;
        const hasArgs = m.params.length > 0 || (m.hash?.pairs.length ?? 0) > 0;
        if (!m.escaped) {
          if (!isPath(m.path) || hasArgs || !RAW_FIELDS.has(m.path.original)) {
            throw new TemplateSyntaxError(
              `solo ${[...RAW_FIELDS].map((f) => `{{{${f}}}}`).join(', ')} puede insertarse sin escapar; use {{…}}`,
              at(m).line, at(m).column,
            );
          }
          strict(m.path);
          return m;
        }
        const name = isPath(m.path) ? simpleName(m.path) : undefined;
        if (hasArgs || isHelper(name)) {
          if (isPath(m.path)) checkHelper(m.path, m);
          m.params.forEach(strict);
          m.hash?.pairs.forEach((p) => strict(p.value));
          if (name !== undefined && (name in VALUE_HELPERS || name === 'lookup')) {
            // The result of a value helper is data: escape it.
            const sub = { type: 'SubExpression', path: m.path, params: m.params, hash: m.hash, loc: m.loc } as hbs.AST.SubExpression;
            return { ...m, path: pathNode(ESCAPE_HELPER, m.loc), params: [sub], hash: undefined } as unknown as hbs.AST.MustacheStatement;
          }
          return m;
        }
        // A data value (`{{campo}}`, `{{this}}`, `{{@index}}`, `{{"literal"}}`): escape it.
        strict(m.path as Expr);
        const original = isPath(m.path) ? m.path.original : String((m.path as hbs.AST.Literal & { original?: unknown }).original ?? '');
        const hash = {
          type: 'Hash',
          pairs: [{ type: 'HashPair', key: 'campo', value: stringLiteral(original, m.loc), loc: m.loc }],
          loc: m.loc,
        } as hbs.AST.Hash;
        return { ...m, path: pathNode(ESCAPE_HELPER, m.loc), params: [m.path as Expr], hash } as unknown as hbs.AST.MustacheStatement;
      }
      case 'BlockStatement': {
        const b = s as hbs.AST.BlockStatement;
        if (isPath(b.path) && !isHelper(simpleName(b.path))) {
          throw new TemplateSyntaxError(`«{{#${b.path.original}}}»: los bloques deben ser helpers (#if, #unless, #each, #with…), no campos`, at(b).line, at(b).column);
        }
        b.params.forEach(strict);
        b.hash?.pairs.forEach((p) => strict(p.value));
        visitProgram(b.program);
        visitProgram(b.inverse);
        return b;
      }
      case 'PartialStatement':
      case 'PartialBlockStatement': {
        const p = s as hbs.AST.PartialStatement & { program?: hbs.AST.Program };
        p.params.forEach(strict);
        p.hash?.pairs.forEach((h) => strict(h.value));
        visitProgram(p.program);
        return s;
      }
      default:
        return s;
    }
  };

  visitProgram(ast);
  return ast;
}

export type CompiledTemplate = (context: unknown, options?: Handlebars.RuntimeOptions) => string;

/** Parses, rewrites and compiles a template; errors are TemplateRenderError naming `file`. */
export function compileTemplate(hb: HB, source: string, file: string): CompiledTemplate {
  let ast: hbs.AST.Program;
  try {
    ast = hb.parse(source, { srcName: file });
    transformTemplate(ast, hb);
  } catch (e) {
    throw toRenderError(e, file, source);
  }
  const fn = hb.compile(ast, { strict: true, noEscape: true, data: true });
  return (context, options) => {
    try {
      return fn(context, options);
    } catch (e) {
      throw toRenderError(e, file, source);
    }
  };
}

const NOT_DEFINED = /^"(.+)" not defined in .*? - (\d+):(\d+)$/s;
const PARSE_ERROR = /^Parse error on line (\d+):\n[\s\S]*?\n-*\^\n(.*)$/;

/** Attributes any error thrown by Handlebars or a helper to the template `file` (Spanish message). */
export function toRenderError(e: unknown, file: string, source?: string): TemplateRenderError {
  if (e instanceof TemplateRenderError) return e;
  if (e instanceof TemplateHelperError) return new TemplateRenderError(file, e.message, e.loc?.line, e.loc?.column);
  if (e instanceof TemplateSyntaxError) return new TemplateRenderError(file, e.message, e.line, e.column);
  const err = e as Error & { lineNumber?: number; column?: number };
  const msg = err?.message ?? String(e);
  let m = NOT_DEFINED.exec(msg);
  if (m) {
    const line = Number(m[2]);
    const field = m[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const full = source?.split('\n')[line - 1]?.match(new RegExp(`[\\w@./\\[\\]-]*\\b${field}\\b`))?.[0] ?? m[1];
    return new TemplateRenderError(file, `el campo «${full}» no existe en los datos de la plantilla (si es opcional, use (opcional objeto "${m[1]}"))`, line, Number(m[3]) + 1);
  }
  m = PARSE_ERROR.exec(msg);
  if (m) {
    const { message, line } = spanishParseError(m[2]!, Number(m[1]), source);
    return new TemplateRenderError(file, message, line);
  }
  const lexical = /^Lexical error on line (\d+)/.exec(msg);
  if (lexical) {
    return new TemplateRenderError(file, 'error de sintaxis de Handlebars: hay texto que no se reconoce después de «{{»; ¿un comentario «{{!--» sin cerrar con «--}}», o una llave de más?', Number(lexical[1]));
  }
  const mismatch = /^(.+) doesn't match (.+?)(?: - \d+:\d+)?$/.exec(msg);
  if (mismatch) {
    return new TemplateRenderError(file, `error de sintaxis de Handlebars: «{{/${mismatch[2]}}}» cierra el bloque «{{#${mismatch[1]}}}»; cada bloque se cierra con su propio nombre («{{/${mismatch[1]}}}»)`, err.lineNumber, typeof err.column === 'number' ? err.column + 1 : undefined);
  }
  const invalidPath = /^Invalid path: (.+?)(?: - \d+:\d+)?$/.exec(msg);
  if (invalidPath) return new TemplateRenderError(file, `error de sintaxis de Handlebars: la ruta «${invalidPath[1]}» no es válida (use «campo.subcampo», sin «this.» en medio)`, err.lineNumber);
  const missing = /^Missing helper: "(.+)"$/.exec(msg);
  if (missing) return new TemplateRenderError(file, `«${missing[1]}» no es un helper conocido`, err.lineNumber);
  if (typeof err?.lineNumber === 'number') return new TemplateRenderError(file, `error de Handlebars: ${msg}`, err.lineNumber, err.column);
  // A runtime error without location (e.g. a path through a missing object): point at the
  // first line of the template that mentions the property named in the message.
  const prop = /reading '([^']+)'/.exec(msg)?.[1];
  let line: number | undefined;
  if (prop && source) {
    const i = source.split('\n').findIndex((l) => l.includes(`.${prop}`) || l.includes(` ${prop}`));
    if (i >= 0) line = i + 1;
  }
  return new TemplateRenderError(file, `error al aplicar la plantilla: ${msg}${prop ? ` (un objeto intermedio de la ruta hacia «${prop}» no existe)` : ''}`, line);
}

/** Handlebars' parser tokens as a template author knows them. */
const TOKENS: Record<string, string> = {
  ID: 'un nombre de campo o de helper', STRING: 'un texto entre comillas', NUMBER: 'un número', BOOLEAN: 'true o false',
  UNDEFINED: 'un valor', NULL: 'un valor', DATA: 'una variable @…', SEP: '«.» o «/»', EQUALS: '«=»',
  CLOSE: '«}}»', CLOSE_UNESCAPED: '«}}}»', CLOSE_RAW_BLOCK: '«}}}}»', OPEN_SEXPR: '«(»', CLOSE_SEXPR: '«)»',
  OPEN_BLOCK_PARAMS: '«as |…|»', CLOSE_BLOCK_PARAMS: '«|»', EOF: 'el final del archivo', INVALID: 'un carácter no válido',
  OPEN: '«{{»', OPEN_UNESCAPED: '«{{{»', OPEN_BLOCK: '«{{#…}}»', OPEN_ENDBLOCK: 'un cierre de bloque «{{/…}}»',
  OPEN_INVERSE: '«{{^…}}»', OPEN_INVERSE_CHAIN: '«{{else …}}»', INVERSE: '«{{else}}»', OPEN_PARTIAL: '«{{>…}}»',
  OPEN_PARTIAL_BLOCK: '«{{#>…}}»', OPEN_RAW_BLOCK: '«{{{{…}}}}»', END_RAW_BLOCK: '«{{{{/…}}}}»', COMMENT: 'un comentario', CONTENT: 'texto',
};

/** The innermost `{{#bloque}}` of `source` that is never closed, with its line. */
function unclosedBlock(source: string): { name: string; line: number } | undefined {
  const stack: { name: string; line: number }[] = [];
  const re = /\{\{~?\s*([#/])>?\s*([^\s}~]+)/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const line = source.slice(0, m.index).split('\n').length;
    if (m[1] === '#') stack.push({ name: m[2]!, line });
    else if (stack.length > 0 && stack[stack.length - 1]!.name === m[2]) stack.pop();
  }
  return stack.pop();
}

/** "Expecting 'ID', 'STRING', got 'CLOSE'" → a Spanish sentence (and a better line when known). */
function spanishParseError(detail: string, line: number, source?: string): { message: string; line: number } {
  const m = /^Expecting (.+), got '([^']+)'$/.exec(detail.trim());
  const got = m?.[2];
  const expected = m ? [...m[1]!.matchAll(/'([^']+)'/g)].map((x) => x[1]!) : [];
  if (got === 'EOF' && expected.includes('OPEN_ENDBLOCK')) {
    const open = source ? unclosedBlock(source) : undefined;
    if (open) return { message: `error de sintaxis de Handlebars: el bloque «{{#${open.name}}}» de la línea ${open.line} no se cierra; falta «{{/${open.name}}}»`, line: open.line };
    return { message: 'error de sintaxis de Handlebars: un bloque «{{#…}}» no se cierra antes del final del archivo; falta su «{{/…}}»', line };
  }
  if (got === 'OPEN_ENDBLOCK') return { message: 'error de sintaxis de Handlebars: un cierre de bloque «{{/…}}» no corresponde a ningún «{{#…}}» abierto', line };
  if (got === 'INVERSE' || got === 'OPEN_INVERSE_CHAIN') return { message: 'error de sintaxis de Handlebars: «{{else}}» fuera de lugar (va dentro de un bloque {{#if}}, {{#unless}} o {{#each}}, y una sola vez)', line };
  if (!m) return { message: 'error de sintaxis de Handlebars: revise las llaves «{{ }}» de esta línea', line };
  const wanted = [...new Set(expected.map((t) => TOKENS[t] ?? t))];
  return { message: `error de sintaxis de Handlebars: se encontró ${TOKENS[got!] ?? got} donde se esperaba ${wanted.length > 1 ? `${wanted.slice(0, -1).join(', ')} o ${wanted[wanted.length - 1]}` : wanted[0]}`, line };
}
