/**
 * Cross-file references: an id used in one dataset must exist in the dataset it points to
 * (after the common → state cascade has been applied).
 */
import type { Dataset } from './types.js';
import type { Code, Institution, Interview, Recommendation, Segment, Tool } from '../schemas/datasets.js';
import type { Problem } from '../util/errors.js';

export interface ReferenceInput {
  entrevistas: Dataset<Interview>;
  segmentos: Dataset<Segment>;
  codigos: Dataset<Code>;
  instituciones: Dataset<Institution>;
  herramientas: Dataset<Tool>;
  recomendaciones: Dataset<Recommendation>;
}

/**
 * What else counts as existing in a target dataset: ids of rows that were rejected for other
 * errors (already reported), or everything when a file of it could not be read at all.
 */
export interface Tolerance {
  keys: ReadonlySet<string>;
  all: boolean;
}

export function checkReferences(d: ReferenceInput, tolerate: Partial<Record<'entrevistas' | 'codigos' | 'instituciones', Tolerance>> = {}): Problem[] {
  const problems: Problem[] = [];
  const ids = <T>(ds: Dataset<T>, key: keyof T, t?: Tolerance) => new Set([...ds.rows.map((r) => String(r[key])), ...(t?.keys ?? [])]);
  const interviews = ids(d.entrevistas, 'id', tolerate.entrevistas);
  const codes = ids(d.codigos, 'codigo', tolerate.codigos);
  const institutions = ids(d.instituciones, 'id', tolerate.instituciones);

  const check = <T>(ds: Dataset<T>, field: keyof T & string, target: Set<string>, what: string, where: string, t?: Tolerance) => {
    if (t?.all) return;
    ds.rows.forEach((row, i) => {
      const v = row[field];
      if (v === undefined || v === null || target.has(String(v))) return;
      const loc = ds.locations[i]!;
      problems.push({
        file: loc.file, line: loc.line, column: ds.columns?.[loc.file]?.[field], field,
        message: `${what} "${String(v)}" no existe en ${where}`,
      });
    });
  };

  const inst = 'instituciones.csv (ni en data/comun ni en la carpeta del estado)';
  check(d.segmentos, 'entrevista_id', interviews, 'la entrevista', 'entrevistas.csv', tolerate.entrevistas);
  check(d.segmentos, 'codigo', codes, 'el código', 'el libro de códigos (libro-codigos.csv)', tolerate.codigos);
  check(d.entrevistas, 'institucion_id', institutions, 'la institución', inst, tolerate.instituciones);
  check(d.herramientas, 'institucion_id', institutions, 'la institución', inst, tolerate.instituciones);
  check(d.recomendaciones, 'institucion_id', institutions, 'la institución', inst, tolerate.instituciones);
  check(d.codigos, 'padre', codes, 'el código padre', 'el libro de códigos', tolerate.codigos);

  // A code cannot be its own ancestor (the hierarchy is walked to find stage and valence).
  const parent = new Map(d.codigos.rows.map((c) => [c.codigo, c.padre]));
  d.codigos.rows.forEach((c, i) => {
    const chain = [c.codigo];
    for (let p = c.padre; p !== undefined && parent.has(p); p = parent.get(p)) {
      if (chain.includes(p)) {
        const loc = d.codigos.locations[i]!;
        problems.push({
          file: loc.file, line: loc.line, column: d.codigos.columns?.[loc.file]?.padre, field: 'padre',
          message: `el código "${c.codigo}" forma un ciclo de códigos padre (${[...chain, p].join(' → ')})`,
        });
        break;
      }
      chain.push(p);
    }
  });
  return problems;
}
