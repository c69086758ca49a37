/**
 * The workshop's recorded answers hold no personal data: no column that names or contacts a
 * person (nombre, correo, teléfono, CURP…), and no identifier in any cell. Either stops the
 * build with the value masked (src/privacy/identifiers.ts).
 */
import type { CsvTable } from '../load/csv.js';
import { normaliseKey } from '../schemas/fields.js';
import type { Problem } from '../util/errors.js';
import { assertNoIdentifiers, findingMessage } from './guard.js';
import { scanText, type Roster } from './identifiers.js';
import { isSensitiveName } from './sensitive.js';

/** Column names that would hold a person's name or contact, besides the sensitive ones. */
const PERSON_COLUMN = /(^|_)(nombres?|participantes?|persona|asistente|email|e_mail|mail|correo|celular|firma)(_|$)/;

export function checkAnswersPrivacy(table: CsvTable, roster?: Roster): void {
  const problems: Problem[] = [];
  table.header.forEach((h, i) => {
    const k = normaliseKey(h);
    if (isSensitiveName(h) || PERSON_COLUMN.test(k)) {
      problems.push({ file: table.file, line: 1, column: i + 1, field: h, message: `la columna «${h}» guardaría datos personales de quienes respondieron; el registro de respuestas solo lleva momento, institución, pregunta y respuesta` });
    }
  });
  for (const r of table.records) {
    r.values.forEach((value, i) => {
      for (const f of scanText(value, roster ? { roster } : {})) {
        problems.push({ file: table.file, line: r.line, column: i + 1, field: table.header[i], message: findingMessage(f) });
      }
    });
  }
  if (problems.length) assertNoIdentifiers(problems);
}
