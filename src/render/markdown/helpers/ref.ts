/**
 * {{ref "tbl" "entrevistas-sector"}} → "@tbl:entrevistas-sector" (the DOCX writer prints
 * "Tabla N"); {{ref "tbl:entrevistas-sector"}} and {{ref g}} (a chart of analisis.graficas → @fig:id) too.
 */
import { ID_PATTERN } from '../escape.js';
import { describe, fail, splitArgs } from '../errors.js';

export function ref(...raw: unknown[]): string {
  const { params, options } = splitArgs(raw);
  let [kind, id] = params;
  if (kind !== null && typeof kind === 'object' && 'id' in kind && 'leyenda' in kind) {
    id = (kind as { id: unknown }).id;
    kind = 'fig';
  } else if (typeof kind === 'string' && id === undefined && kind.includes(':')) {
    [kind, id] = kind.split(':', 2);
  }
  if (kind !== 'tbl' && kind !== 'fig') fail('ref', options, `el tipo de referencia debe ser "tbl" o "fig" y se recibió ${describe(kind)}`);
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) fail('ref', options, `identificador no válido: ${describe(id)} (solo letras sin acento, números, "-" y "_")`);
  return `@${kind}:${id}`;
}
