/**
 * SESNSP "Víctimas del fuero común" (state level, new methodology) → tidy monthly rows of
 * trafficking victims. Works on the official national file (Latin-1, CRLF, 73,600 rows)
 * and on the project's synthetic sample in the same format.
 */
import { parse } from 'csv-parse/sync';
import { statisticSchema, type Statistic } from '../schemas/datasets.js';
import { WHOLE_NUMBER_HINT, normaliseKey, parseWholeNumber } from '../schemas/fields.js';
import { detectDelimiter } from '../load/csv.js';
import { decodeText, readBytes } from '../load/text.js';
import { UserError, type Problem } from '../util/errors.js';

const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const REQUIRED = ['ano', 'clave_ent', 'tipo_de_delito', 'sexo', 'rango_de_edad', ...MONTHS] as const;
const SHOWN: Record<string, string> = { ano: 'Año', clave_ent: 'Clave_Ent', tipo_de_delito: 'Tipo de delito', sexo: 'Sexo', rango_de_edad: 'Rango de edad' };
const TRAFFICKING = 'trata_de_personas';
const SEXES = new Map(statisticSchema.shape.sexo.options.map((v) => [normaliseKey(v), v]));
const AGES = new Map(statisticSchema.shape.rango_edad.options.map((v) => [normaliseKey(v), v]));
/** Marks a line whose quotes cannot be parsed. */
const UNREADABLE = '\u0000unreadable';
/** More problems than this and the file is clearly not the expected format. */
const MAX_PROBLEMS = 50;

export interface SesnspOptions {
  /** Keep only this state (INEGI code, 1–32). */
  claveEnt?: number;
  /** Path shown in messages (defaults to `file`). */
  display?: string;
}

export async function importSesnsp(file: string, opts: SesnspOptions = {}): Promise<Statistic[]> {
  const display = opts.display ?? file;
  const { text } = decodeText(readBytes(file, display), display);

  // Line-based: the national file has no quoting, and most of its 73,600 rows are other
  // crimes, rejected by a substring test before any splitting.
  const lines = text.split(/\r\n?|\n/);
  const headerLine = (lines[0] ?? '').replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(headerLine);
  const split = (line: string): string[] => {
    if (!line.includes('"')) return line.split(delimiter);
    try {
      return (parse(line, { delimiter, relax_quotes: true })[0] as string[] | undefined) ?? [];
    } catch {
      return [UNREADABLE];
    }
  };

  const header = split(headerLine).map((h) => normaliseKey(h));
  const col = new Map<string, number>();
  header.forEach((h, i) => col.set(h === 'anio' ? 'ano' : h, i));
  const missing = REQUIRED.filter((k) => !col.has(k));
  if (missing.length > 0) {
    throw new UserError(`${display} no tiene el formato de "Víctimas del fuero común" del SESNSP`, [{
      file: display, line: 1,
      message: `${missing.length === 1 ? 'falta la columna' : 'faltan las columnas'} ${missing.map((m) => `"${SHOWN[m] ?? m[0]!.toUpperCase() + m.slice(1)}"`).join(', ')} en el encabezado; se esperaba: Año,Clave_Ent,Entidad,Bien jurídico afectado,Tipo de delito,Subtipo de delito,Modalidad,Sexo,Rango de edad,Enero,…,Diciembre`,
    }]);
  }
  const iYear = col.get('ano')!;
  const iEnt = col.get('clave_ent')!;
  const iType = col.get('tipo_de_delito')!;
  const iSex = col.get('sexo')!;
  const iAge = col.get('rango_de_edad')!;
  const iMonths = MONTHS.map((m) => col.get(m)!);

  const out: Statistic[] = [];
  const problems: Problem[] = [];
  const report = (line: number, index: number, message: string) => {
    problems.push({ file: display, line, column: index + 1, field: headerLine.split(delimiter)[index], message });
  };
  for (let n = 1; n < lines.length && problems.length < MAX_PROBLEMS; n++) {
    const line = lines[n]!;
    if (!/trata de personas/i.test(line)) continue;
    const cells = split(line);
    const lineNo = n + 1;
    if (cells[0] === UNREADABLE) {
      report(lineNo, 0, 'unas comillas (") se abren en esta fila y no se cierran; el archivo nacional del SESNSP no lleva comillas: descárguelo de nuevo o corrija la fila');
      continue;
    }
    if (normaliseKey(cells[iType] ?? '') !== TRAFFICKING) continue;
    if (cells.length !== header.length) {
      report(lineNo, Math.min(cells.length, header.length - 1), `la fila tiene ${cells.length} columnas y el encabezado ${header.length}`);
      continue;
    }
    const year = Number(cells[iYear]);
    const ent = Number(cells[iEnt]);
    if (!Number.isInteger(year) || year < 1990 || year > 2100) { report(lineNo, iYear, `"${cells[iYear]}" no es un año válido`); continue; }
    if (!Number.isInteger(ent) || ent < 1 || ent > 32) { report(lineNo, iEnt, `"${cells[iEnt]}" no es una clave de entidad INEGI (1 a 32)`); continue; }
    if (opts.claveEnt !== undefined && ent !== opts.claveEnt) continue;
    const sexo = SEXES.get(normaliseKey(cells[iSex]!));
    if (!sexo) { report(lineNo, iSex, `"${cells[iSex]}" no es un valor de sexo conocido (${[...SEXES.values()].join(', ')})`); continue; }
    const rango = AGES.get(normaliseKey(cells[iAge]!));
    if (!rango) { report(lineNo, iAge, `"${cells[iAge]}" no es un rango de edad conocido (${[...AGES.values()].join(', ')})`); continue; }
    for (let m = 0; m < 12; m++) {
      const raw = cells[iMonths[m]!]!.trim();
      // An empty month is not published yet (the current year of a cut).
      if (raw === '') continue;
      const victimas = parseWholeNumber(raw);
      if (victimas === undefined) { report(lineNo, iMonths[m]!, `"${raw}" no es un número entero de víctimas; ${WHOLE_NUMBER_HINT}`); continue; }
      out.push({ anio: year, mes: m + 1, clave_ent: ent, sexo, rango_edad: rango, victimas });
    }
  }
  if (problems.length > 0) {
    const more = problems.length >= MAX_PROBLEMS ? ' (se muestran los primeros)' : '';
    throw new UserError(`Se encontraron ${problems.length} problemas en ${display}${more}`, problems);
  }
  return out;
}
