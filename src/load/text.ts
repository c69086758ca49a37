/**
 * The one decoder of text inputs (CSV, Markdown narratives, YAML, Handlebars templates):
 *
 *  - UTF-8 with or without BOM;
 *  - UTF-16 (LE or BE) with BOM ("Texto Unicode" of Excel, some Windows editors);
 *  - Windows-1252 (Excel's plain CSV, SESNSP's ISO-8859-1) only when the file holds no valid
 *    UTF-8 multibyte sequence at all: a UTF-8 file with one stray Windows-1252 byte (text pasted
 *    from another program) is an error naming the line and column of that byte, never a guess
 *    that turns every other accent into mojibake.
 *
 * It also guards what XML 1.0 cannot hold (DOCX and PPTX are XML): vertical tab and form feed
 * (what a line break pasted from Word into Excel becomes) are replaced; other C0 controls,
 * lone surrogates and U+FFFE/U+FFFF are refused with their line and column.
 */
import { readFileSync } from 'node:fs';
import { UserError, type Problem } from '../util/errors.js';

export type TextEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  /** The text, BOM removed (line endings untouched). */
  text: string;
  encoding: TextEncoding;
}

export const REEXPORT_HINT =
  'Ábralo en Excel y use "Archivo > Guardar como > CSV UTF-8 (delimitado por comas)" ' +
  '(en LibreOffice: "Guardar como > Texto CSV", juego de caracteres "Unicode (UTF-8)"); ' +
  'si es un archivo de texto (.md, .yaml, .hbs), guárdelo en su editor con la codificación "UTF-8".';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const latin1 = new TextDecoder('windows-1252');

/**
 * Windows-1252 bytes 0x80–0x9F (curly quotes, dashes, €…). Node 20's TextDecoder decodes the
 * "windows-1252" label as ISO-8859-1 and leaves them as C1 controls, so they are mapped here;
 * NUL marks the five bytes Windows-1252 does not define.
 */
const CP1252_HIGH = '€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ';

/** Length of the valid UTF-8 sequence starting at `i`, or 0 when the byte there starts none. */
function utf8SequenceLength(b: Uint8Array, i: number): number {
  const x = b[i]!;
  if (x < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < b.length && b[i + k]! >= lo && b[i + k]! <= hi;
  if (x >= 0xc2 && x <= 0xdf) return cont(1) ? 2 : 0;
  if (x === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((x >= 0xe1 && x <= 0xec) || x === 0xee || x === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (x === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0; // no UTF-16 surrogates
  if (x === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (x >= 0xf1 && x <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (x === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** Where the first byte that is not UTF-8 is, and whether any valid multibyte sequence exists. */
function scanUtf8(b: Uint8Array, start: number): { firstInvalid: number; multibyte: boolean } {
  let firstInvalid = -1;
  let multibyte = false;
  for (let i = start; i < b.length;) {
    if (b[i]! < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceLength(b, i);
    if (n === 0) {
      if (firstInvalid === -1) firstInvalid = i;
      if (multibyte) break;
      i++;
    } else {
      multibyte = true;
      if (firstInvalid !== -1) break;
      i += n;
    }
  }
  return { firstInvalid, multibyte };
}

/** 1-based line and column (in characters) of byte `offset` of a file whose bytes before it are UTF-8. */
function bytePosition(b: Uint8Array, start: number, offset: number, singleByte = false): { line: number; column: number } {
  let line = 1;
  let lineStart = start;
  for (let i = start; i < offset; i++) {
    if (b[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    } else if (b[i] === 0x0d && b[i + 1] !== 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = singleByte ? offset - lineStart + 1 : [...new TextDecoder().decode(b.subarray(lineStart, offset))].length + 1;
  return { line, column };
}

/** 1-based line and column (in characters) of `index` in `text` (CRLF, LF and lone CR end lines). */
export function textPosition(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: [...text.slice(lineStart, index)].length + 1 };
}

function encodingError(file: string, what: string, at?: { line: number; column?: number }): UserError {
  const message = `No se pudo leer la codificación de caracteres: ${what} ${REEXPORT_HINT}`;
  return new UserError(`No se pudo leer ${file}`, [{ file, line: at?.line ?? 1, column: at?.column, message }]);
}

const hex = (n: number) => `0x${n.toString(16).toUpperCase().padStart(2, '0')}`;

function decodeUtf16(bytes: Uint8Array, bigEndian: boolean, file: string): DecodedText {
  const body = Buffer.from(bytes.subarray(2));
  if (body.length % 2 !== 0) {
    throw encodingError(file, 'el archivo está en UTF-16 pero termina a mitad de un carácter (está incompleto o dañado).');
  }
  if (bigEndian) body.swap16();
  // Node keeps lone surrogates as they are; checkXmlText reports them with their line.
  return { text: body.toString('utf16le'), encoding: bigEndian ? 'utf-16be' : 'utf-16le' };
}

/** Signatures of files that are not text at all (an .xlsx or .xls renamed, a PDF). */
function binaryKind(b: Uint8Array): string | undefined {
  if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) return 'un libro de Excel (.xlsx) o de LibreOffice (.ods), o un .zip';
  if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) return 'un libro de Excel antiguo (.xls) o un documento de Word (.doc)';
  if (b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46) return 'un PDF';
  return undefined;
}

/**
 * Decodes a text file's bytes (rules at the top of this module). Throws a UserError naming
 * `file` and, when it can, the line and column of the offending byte.
 */
export function decodeText(bytes: Uint8Array, file: string, _opts: { /** @deprecated UTF-16 with BOM is always read. */ utf16?: boolean } = {}): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checkNul(decodeUtf16(bytes, false, file), file);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checkNul(decodeUtf16(bytes, true, file), file);
  const binary = binaryKind(bytes);
  if (binary) throw encodingError(file, `el archivo no es de texto: parece ${binary}.`, { line: 1 });

  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const { firstInvalid, multibyte } = scanUtf8(bytes, start);
  if (firstInvalid === -1) return checkNul({ text: utf8.decode(bytes.subarray(start)), encoding: 'utf-8' }, file);

  if (multibyte || start === 3) {
    const at = bytePosition(bytes, start, firstInvalid);
    const b = bytes[firstInvalid]!;
    const as1252 = b >= 0xa0 ? latin1.decode(bytes.subarray(firstInvalid, firstInvalid + 1)) : b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : '';
    const guess = as1252 && as1252 !== '\u0000' ? ` (en Windows-1252 sería «${as1252}», probablemente texto pegado de otro programa)` : '';
    throw encodingError(
      file,
      `el archivo mezcla codificaciones: casi todo está en UTF-8, pero el byte ${hex(b)} de la línea ${at.line}, columna ${at.column} no es UTF-8${guess}. ` +
        'Corrija ese carácter (bórrelo y escríbalo de nuevo) y guarde el archivo como UTF-8.',
      at,
    );
  }

  // No valid multibyte sequence anywhere: a Windows-1252 / ISO-8859-1 file.
  const raw = latin1.decode(bytes);
  const undefinedByte = /[\u0081\u008D\u008F\u0090\u009D]/.exec(raw);
  if (undefinedByte) {
    const c = undefinedByte[0].charCodeAt(0);
    const at = bytePosition(bytes, 0, undefinedByte.index, true);
    throw encodingError(file, `no está en UTF-8 ni en Windows-1252 (el byte ${hex(c)} de la línea ${at.line}, columna ${at.column} no es un carácter en ninguna de las dos).`, at);
  }
  const text = raw.replace(/[\u0080-\u009f]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80]!);
  return checkNul({ text, encoding: 'windows-1252' }, file);
}

/** NUL never occurs in a text file: it is UTF-16 without BOM, or not text at all. */
function checkNul(d: DecodedText, file: string): DecodedText {
  const i = d.text.indexOf('\u0000');
  if (i !== -1) {
    const at = textPosition(d.text, i);
    throw encodingError(file, `no está en UTF-8 ni en Windows-1252 (carácter nulo en la línea ${at.line}, columna ${at.column}; ¿es UTF-16 sin BOM, o no es un archivo de texto?).`, at);
  }
  return d;
}

/** Reads a file's bytes; a missing file, a folder or an unreadable file is a Spanish UserError. */
export function readBytes(abs: string, display: string): Buffer {
  try {
    return readFileSync(abs);
  } catch (e) {
    throw new UserError(`No se pudo leer ${display}`, [{ file: display, message: fsReason(e) }]);
  }
}

/** Spanish reason for a file-system error. */
export function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'el archivo no existe';
    case 'EISDIR': return 'es una carpeta, no un archivo';
    case 'ENOTDIR': return 'la ruta pasa por un archivo como si fuera una carpeta';
    case 'EACCES':
    case 'EPERM': return 'no hay permiso para leer el archivo';
    case 'ELOOP': return 'la ruta es un enlace simbólico que apunta a sí mismo';
    default: return `no se pudo leer el archivo${code ? ` (${code})` : ''}`;
  }
}

// ---------------------------------------------------------------------------
// Text XML 1.0 cannot hold
// ---------------------------------------------------------------------------

/** What vertical tab and form feed become: a line break (CSV cells, Markdown) or a space (YAML). */
export type BreakPolicy = '\n' | ' ';

// C0 controls but TAB, LF, CR; lone surrogates; U+FFFE, U+FFFF.
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function describeChar(ch: string): string {
  const code = `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  const c = ch.charCodeAt(0);
  if (c >= 0xd800 && c <= 0xdfff) return `hay medio carácter suelto (${code}, un sustituto UTF-16 sin pareja)`;
  if (c === 0xfffe || c === 0xffff) return `el carácter ${code} no es texto (no existe en Unicode)`;
  return `hay un carácter de control invisible (${code})`;
}

export interface IllegalChar {
  /** Index in the cleaned text. */
  index: number;
  char: string;
}

/**
 * Replaces vertical tab and form feed by `breaks` and finds what XML 1.0 cannot hold. The
 * indexes of `illegal` refer to the returned text (same length as the input).
 */
export function cleanXmlText(text: string, breaks: BreakPolicy): { text: string; illegal: IllegalChar[] } {
  const cleaned = text.includes('\u000B') || text.includes('\u000C') ? text.replace(/[\u000B\u000C]/g, breaks) : text;
  const illegal: IllegalChar[] = [];
  XML_ILLEGAL.lastIndex = 0;
  for (let m = XML_ILLEGAL.exec(cleaned); m; m = XML_ILLEGAL.exec(cleaned)) illegal.push({ index: m.index, char: m[0] });
  return { text: cleaned, illegal };
}

/** The Spanish message for a character XML cannot hold. */
export function illegalCharMessage(ch: string): string {
  return `${describeChar(ch)}, que un documento de Word o PowerPoint no puede contener; suele venir de copiar y pegar desde otro programa: bórrelo`;
}

/** Problems for the illegal characters of a whole text file (at most `max`). */
export function illegalCharProblems(text: string, illegal: readonly IllegalChar[], file: string, max = 20): Problem[] {
  return illegal.slice(0, max).map(({ index, char }) => ({ file, ...textPosition(text, index), message: illegalCharMessage(char) }));
}

export interface ReadTextOptions {
  /** What vertical tab and form feed become (default: a line break). */
  breaks?: BreakPolicy;
}

/**
 * Reads a text input (Markdown, YAML, template): decoded, BOM removed, line endings made "\n",
 * vertical tab / form feed replaced, and refused (UserError with line and column) when it holds
 * characters XML 1.0 cannot. `display` is the path shown in messages.
 */
export function readText(abs: string, display: string, opts: ReadTextOptions = {}): DecodedText {
  const decoded = decodeText(readBytes(abs, display), display);
  return { text: prepareText(decoded.text, display, opts), encoding: decoded.encoding };
}

/** The checks of `readText` on text already in memory. */
export function prepareText(text: string, display: string, opts: ReadTextOptions = {}): string {
  const { text: cleaned, illegal } = cleanXmlText(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), opts.breaks ?? '\n');
  if (illegal.length > 0) {
    throw new UserError(`${display} tiene caracteres que no pueden ir en un documento`, illegalCharProblems(cleaned, illegal, display));
  }
  return cleaned;
}
