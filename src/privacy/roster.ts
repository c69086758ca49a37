/**
 * The private roster: data/<estado>/privado/nombres.txt (git-ignored), one name per line, names
 * that must never appear in any output. Read with the CSVs' encoding rules (UTF-8 with or
 * without BOM, Windows-1252, UTF-16 LE/BE with BOM); a roster that cannot be read stops the
 * build — a silently empty roster would let every name through.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { decodeText } from '../load/csv.js';
import { UserError } from '../util/errors.js';
import type { Roster } from './identifiers.js';

/** Parses a roster's text: one name per line; blank lines and "#" comments ignored. */
export function parseRoster(text: string, file?: string): Roster {
  const names = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n?|\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  return { file, names: [...new Set(names)] };
}

const HOW_TO_SAVE =
  'Guárdelo como texto sin formato, un nombre por línea (en el Bloc de notas: «Guardar como», codificación «UTF-8»).';

function unreadable(file: string, what: string, line?: number): UserError {
  return new UserError(`No se pudo leer el padrón privado de nombres ${file}`, [{ file, line, message: `${what} ${HOW_TO_SAVE}` }]);
}

/** Reads data/<estado>/privado/nombres.txt when present; an empty roster otherwise. */
export function loadRoster(slug: string, root: string): Roster {
  const rel = `data/${slug}/privado/nombres.txt`;
  const abs = path.join(root, rel);
  if (!existsSync(abs)) return { file: rel, names: [] };
  let bytes: Buffer;
  try {
    if (!statSync(abs).isFile()) throw unreadable(rel, 'no es un archivo de texto (es una carpeta).');
    bytes = readFileSync(abs);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw unreadable(rel, `el sistema no permitió leerlo (${(e as NodeJS.ErrnoException).code ?? 'error de lectura'}).`);
  }
  let text: string;
  try {
    text = decodeText(bytes, rel, { utf16: true }).text;
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    throw unreadable(rel, 'su codificación de caracteres no es UTF-8, UTF-16 con BOM ni Windows-1252, o no es un archivo de texto.', e.problems[0]?.line);
  }
  return parseRoster(text, rel);
}
