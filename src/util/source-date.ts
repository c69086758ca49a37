/**
 * The one reader of SOURCE_DATE_EPOCH (https://reproducible-builds.org/specs/source-date-epoch/):
 * seconds since 1970 that replace the clock in every output (zip entry times, document dates,
 * «today» of the retention check). Unset or blank → undefined. Anything else that is not a whole
 * number of seconds a zip can hold (1980-01-01 … 2107-12-31, the range of a DOS timestamp) is
 * the user's mistake and a Spanish UserError.
 */
import { UserError } from './errors.js';

/** 1980-01-01T00:00:00Z and 2107-12-31T23:59:59Z: what a zip entry's DOS date can hold. */
export const SOURCE_DATE_MIN = 315_532_800;
export const SOURCE_DATE_MAX = 4_354_819_199;

function refuse(value: string, why: string): never {
  throw new UserError('SOURCE_DATE_EPOCH no es una fecha válida', [
    { file: 'SOURCE_DATE_EPOCH', message: `«${value}» ${why}; debe ser un número entero de segundos desde 1970 entre ${SOURCE_DATE_MIN} (1 de enero de 1980) y ${SOURCE_DATE_MAX} (31 de diciembre de 2107), p. ej. 1767225600 para el 1 de enero de 2026; o quite la variable para usar la fecha del documento` },
  ]);
}

/** SOURCE_DATE_EPOCH as a Date, or undefined when it is not set (or blank). */
export function sourceDate(env: NodeJS.ProcessEnv = process.env): Date | undefined {
  const raw = env.SOURCE_DATE_EPOCH;
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = raw.trim();
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  if (!/^\d+$/.test(value)) refuse(shown, 'no es un número entero de segundos');
  const seconds = Number(value);
  if (!Number.isSafeInteger(seconds) || seconds < SOURCE_DATE_MIN || seconds > SOURCE_DATE_MAX) refuse(shown, 'está fuera del rango de fechas que admite un archivo zip');
  return new Date(seconds * 1000);
}
