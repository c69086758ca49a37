/** Errors raised while rendering a template; the engine turns them into a UserError. */
import type { HelperOptions } from 'handlebars';

export interface TemplateLoc {
  line: number;
  column?: number;
}

/** A helper refused its arguments (Spanish message). Carries the helper call's location. */
export class TemplateHelperError extends Error {
  readonly loc?: TemplateLoc;
  constructor(message: string, loc?: TemplateLoc) {
    super(message);
    this.name = 'TemplateHelperError';
    this.loc = loc;
  }
}

/** An error already attributed to a template file (a partial's error keeps its own file). */
export class TemplateRenderError extends Error {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  constructor(file: string, message: string, line?: number, column?: number) {
    super(message);
    this.name = 'TemplateRenderError';
    this.file = file;
    this.line = line;
    this.column = column;
  }
}

export function locOf(options: HelperOptions | undefined): TemplateLoc | undefined {
  const loc = (options as { loc?: { start?: { line: number; column: number } } } | undefined)?.loc?.start;
  return loc ? { line: loc.line, column: loc.column + 1 } : undefined;
}

/** Throws a TemplateHelperError naming the helper and located at its call. */
export function fail(helper: string, options: HelperOptions | undefined, message: string): never {
  throw new TemplateHelperError(`{{${helper}}}: ${message}`, locOf(options));
}

/** Describes a value for error messages without printing it (it may be a victim count). */
export function describe(v: unknown): string {
  if (v === undefined) return 'un valor inexistente (undefined)';
  if (v === null) return 'un valor vacío (null)';
  if (Array.isArray(v)) return 'una lista';
  if (typeof v === 'object') return v.constructor?.name === 'Conteo' ? 'un conteo con supresión' : 'un objeto';
  if (typeof v === 'number') return 'un número';
  if (typeof v === 'string') return `el texto «${v.length > 40 ? `${v.slice(0, 40)}…` : v}»`;
  return `un valor de tipo ${typeof v}`;
}

export function isOptions(x: unknown): x is HelperOptions {
  return x !== null && typeof x === 'object' && 'hash' in x && 'name' in x;
}

/** Splits a helper's arguments into its positional parameters and Handlebars' options. */
export function splitArgs(raw: unknown[]): { params: unknown[]; options: HelperOptions } {
  const last = raw[raw.length - 1];
  if (!isOptions(last)) throw new Error('helper llamado sin opciones de Handlebars');
  return { params: raw.slice(0, -1), options: last };
}
