/**
 * The one YAML reader of the project: proyecto.yaml, estado.yaml, flowcharts, the slide list
 * and any future YAML go through here. Parse once, validate with a zod schema, and turn syntax
 * and schema errors into Spanish Problems with file, line and column.
 */
import { LineCounter, isNode, isScalar, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { UserError, type Problem } from '../util/errors.js';
import { readText } from './text.js';
import { liveLoopCache } from '../util/live-loop.js';

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

/** Aliases (*x) are legitimate in small numbers; thousands of them are an expansion bomb. */
const MAX_ALIASES = 100;

type Key = string | number;
export type YamlPath = readonly PropertyKey[];

/** How a YAML path is shown in the `field` of a Problem. */
export type FieldLabel = (p: readonly Key[]) => string | undefined;

/** Dotted path with list items in brackets: `pasos[3].id`. */
export const dottedField: FieldLabel = (p) =>
  p.length === 0 ? undefined : p.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');

/** Path for people, list items counted from 1: `diapositivas n.º 8 › tipo`. */
export const spokenField: FieldLabel = (p) =>
  p.length === 0 ? undefined : p.map((k, i) => (typeof k === 'number' ? ` n.º ${k + 1}` : `${i ? ' › ' : ''}${k}`)).join('');

function keys(p: YamlPath): Key[] {
  return p.filter((k): k is Key => typeof k !== 'symbol');
}

/** Per field-label function (one per schema family): the live loop's sources by file and text. */
const kept = new Map<FieldLabel, (key: string, compute: () => YamlSource) => YamlSource>();

/** A parsed YAML document that can tell the line and column of any path inside it. */
export class YamlSource {
  readonly doc: Document.Parsed;
  private readonly lc = new LineCounter();

  /**
   * The source of `text`. In the live loop a file whose text did not change since the last
   * rebuild keeps its parse (a source is only read after it is made); elsewhere a new one.
   */
  static of(file: string, text: string, label: FieldLabel = dottedField): YamlSource {
    const byText = kept.get(label) ?? kept.set(label, liveLoopCache<YamlSource>()).get(label)!;
    return byText(`${file}\u0000${text}`, () => new YamlSource(file, text, label));
  }

  constructor(readonly file: string, text: string, private readonly label: FieldLabel = dottedField) {
    this.doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: this.lc, prettyErrors: false, uniqueKeys: true });
  }

  /** 1-based position of the value at `p`, or of its closest existing parent (missing keys). */
  position(p: YamlPath): { line: number; col: number; exact: boolean; node?: unknown } | undefined {
    const k = keys(p);
    for (let n = k.length; n >= 0; n--) {
      const node = n === 0 ? this.doc.contents : this.doc.getIn(k.slice(0, n), true);
      if (isNode(node) && node.range) return { ...this.lc.linePos(node.range[0]), exact: n === k.length, node };
    }
    return undefined;
  }

  line(p: YamlPath): number | undefined {
    return this.position(p)?.line;
  }

  origin(p: YamlPath): { file: string; line?: number } {
    return { file: this.file, line: this.line(p) };
  }

  problem(p: YamlPath, message: string, field?: string): Problem {
    const pos = this.position(p);
    return { file: this.file, line: pos?.line, column: pos?.col, field: field ?? this.label(keys(p)), message };
  }

  syntaxProblems(): Problem[] {
    return this.doc.errors.map((e) => {
      const pos = this.lc.linePos(e.pos[0]);
      return { file: this.file, line: pos.line, column: pos.col, message: `YAML no válido: ${YAML_ERRORS[e.code] ?? 'error de sintaxis'} [${e.code}]` };
    });
  }

  /** The document as plain data; an alias bomb becomes a Problem instead of an exhausted process. */
  toJS(): { value?: unknown; problems: Problem[] } {
    try {
      return { value: this.doc.toJS({ maxAliasCount: MAX_ALIASES }), problems: [] };
    } catch (e) {
      if (e instanceof ReferenceError || /alias/i.test((e as Error).message)) {
        return { problems: [{ file: this.file, message: `YAML no válido: el archivo usa demasiados alias (*) encadenados (más de ${MAX_ALIASES}); escriba los valores sin alias` }] };
      }
      throw e;
    }
  }

  /** Spanish Problems for a schema's issues, each at the line of the value it is about. */
  schemaProblems(error: z.ZodError, describe?: (issue: z.core.$ZodIssue) => string | undefined): Problem[] {
    return error.issues.map((issue) => {
      const pos = this.position(issue.path);
      const found = pos?.exact && isScalar(pos.node) && issue.code !== 'unrecognized_keys' ? ` (se encontró ${JSON.stringify(pos.node.value)})` : '';
      const field = dottedField(keys(issue.path));
      const message = describe?.(issue)
        ?? (!pos?.exact && issue.code === 'invalid_type' ? `falta "${field}"` : `${issue.message}${found}`);
      return { file: this.file, line: pos?.line, column: pos?.col, field: this.label(keys(issue.path)), message };
    });
  }
}

/** Spanish wording for zod issues that the schema did not phrase itself. */
export function defaultIssueMessage(issue: z.core.$ZodIssue, present = true): string {
  const custom = issue.message && !/^(Invalid|Too small|Too big|Unrecognized)/.test(issue.message) ? issue.message : undefined;
  switch (issue.code) {
    case 'unrecognized_keys':
      return `campo desconocido: ${issue.keys.join(', ')}`;
    case 'invalid_type':
      if (!present || issue.input === undefined) return 'falta este campo obligatorio';
      return custom ?? `tipo no válido (se esperaba ${issue.expected})`;
    case 'too_small':
      return custom ?? `valor demasiado pequeño (mínimo ${String(issue.minimum)})`;
    case 'too_big':
      return custom ?? `valor demasiado grande (máximo ${String(issue.maximum)})`;
    case 'invalid_value':
      return custom ?? `valor no válido; se esperaba uno de: ${issue.values.map(String).join(', ')}`;
    default:
      return custom ?? 'valor no válido';
  }
}

export interface YamlResult<T> {
  value?: T;
  problems: Problem[];
  /** The parsed source, for callers that report further problems at a line (absent on syntax errors). */
  source?: YamlSource;
}

export interface YamlOptions {
  label?: FieldLabel;
  describe?: (issue: z.core.$ZodIssue) => string | undefined;
}

/**
 * A YAML file's text through the project's decoder (src/load/text.ts): UTF-8, UTF-16 with BOM or
 * Windows-1252; vertical tab and form feed become spaces (a line break could change the
 * structure); other characters XML cannot hold are a UserError with line and column.
 */
export function readYamlText(abs: string, display: string): string {
  return readText(abs, display, { breaks: ' ' }).text;
}

/** Reads `abs`, parses it and validates it; `display` is the path shown in messages. */
export function readYaml<S extends z.ZodType>(abs: string, display: string, schema: S, opts: YamlOptions = {}): YamlResult<z.output<S>> {
  let text: string;
  try {
    text = readYamlText(abs, display);
  } catch (e) {
    if (e instanceof UserError) return { problems: e.problems };
    throw e;
  }
  return parseYaml(text, display, schema, opts);
}

export function parseYaml<S extends z.ZodType>(text: string, display: string, schema: S, opts: YamlOptions = {}): YamlResult<z.output<S>> {
  const source = YamlSource.of(display, text, opts.label);
  const syntax = source.syntaxProblems();
  if (syntax.length > 0) return { problems: syntax };
  const js = source.toJS();
  if (js.problems.length > 0) return { problems: js.problems, source };
  const r = schema.safeParse(js.value);
  if (r.success) return { value: r.data, problems: [], source };
  return { problems: source.schemaProblems(r.error, opts.describe), source };
}
