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
    throw toRenderError(e, file);
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
  if (m) return new TemplateRenderError(file, `error de sintaxis de Handlebars: ${m[2]}`, Number(m[1]));
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
