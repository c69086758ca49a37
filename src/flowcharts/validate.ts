/** Graph checks of a merged flowchart. Returns every problem (Spanish), each pointing at the file and line that caused it. */
import type { Problem } from '../util/errors.js';
import type { Flowchart, Origin } from './types.js';

function at(o: Origin, message: string, field?: string): Problem {
  return { file: o.file, line: o.line, field, message };
}

export function validateFlowchart(fc: Flowchart): Problem[] {
  const problems: Problem[] = [];
  const lanes = new Set<string>();
  for (const l of fc.carriles) {
    if (lanes.has(l.id)) problems.push(at(l.origin, `id de carril duplicado "${l.id}"`, 'carriles'));
    lanes.add(l.id);
  }
  const steps = new Map<string, (typeof fc.pasos)[number]>();
  for (const s of fc.pasos) {
    if (steps.has(s.id)) problems.push(at(s.origin, `id de paso duplicado "${s.id}"`, 'pasos'));
    steps.set(s.id, s);
    if (!lanes.has(s.carril)) problems.push(at(s.origin, `el paso "${s.id}" usa el carril desconocido "${s.carril}"; carriles declarados: ${[...lanes].join(', ')}`, 'carril'));
  }

  const out = new Map<string, typeof fc.transiciones>();
  /** Steps with a broken exit: already reported, not reported again as "never ends". */
  const brokenExit = new Set<string>();
  const inc = new Map<string, typeof fc.transiciones>();
  for (const t of fc.transiciones) {
    let ok = true;
    for (const [end, key] of [[t.de, 'de'], [t.a, 'a']] as const) {
      if (!steps.has(end)) {
        ok = false;
        const hint = lanes.has(end) ? ` ("${end}" es un carril, no un paso)` : '';
        problems.push(at(t.origin, `la transición de "${t.de}" a "${t.a}" menciona el paso desconocido "${end}"${hint}`, key));
      }
    }
    if (t.de === t.a) { ok = false; problems.push(at(t.origin, `la transición de "${t.de}" vuelve al mismo paso`)); }
    if (!ok) { brokenExit.add(t.de); continue; }
    (out.get(t.de) ?? out.set(t.de, []).get(t.de)!).push(t);
    (inc.get(t.a) ?? inc.set(t.a, []).get(t.a)!).push(t);
  }

  const starts = fc.pasos.filter((s) => s.tipo === 'inicio');
  const ends = fc.pasos.filter((s) => s.tipo === 'fin');
  if (starts.length === 0) problems.push(at(fc.origin, 'el flujograma no tiene un paso de tipo "inicio"', 'pasos'));
  if (starts.length > 1) for (const s of starts.slice(1)) problems.push(at(s.origin, `hay más de un paso de inicio ("${starts[0]!.id}" y "${s.id}"); un flujograma tiene un solo inicio`, 'tipo'));
  if (ends.length === 0) problems.push(at(fc.origin, 'el flujograma no tiene ningún paso de tipo "fin"', 'pasos'));

  for (const s of fc.pasos) {
    const exits = out.get(s.id) ?? [];
    if (s.tipo === 'inicio' && (inc.get(s.id)?.length ?? 0) > 0) problems.push(at(s.origin, `el paso de inicio "${s.id}" no puede tener transiciones de entrada`, 'tipo'));
    if (s.tipo === 'fin' && exits.length > 0) problems.push(at(s.origin, `el paso de fin "${s.id}" no puede tener salidas (tiene ${exits.length})`, 'tipo'));
    if (s.tipo === 'decision') {
      if (exits.length < 2) problems.push(at(s.origin, `la decisión "${s.id}" tiene ${exits.length} salida(s); una decisión necesita al menos dos`, 'tipo'));
      for (const t of exits) if (!t.condicion) problems.push(at(t.origin, `la salida de la decisión "${s.id}" hacia "${t.a}" no tiene condición (p. ej. condicion: "Sí")`, 'condicion'));
      const labels = exits.map((t) => t.condicion?.toLowerCase()).filter(Boolean);
      if (new Set(labels).size < labels.length) problems.push(at(s.origin, `la decisión "${s.id}" tiene dos salidas con la misma condición`, 'condicion'));
    }
  }

  // With a transition pointing at an unknown step the graph is not the one the analyst meant:
  // path checks would only list consequences of that typo. They run once it is fixed.
  if (brokenExit.size > 0) return problems;

  if (starts.length > 0) {
    const reach = new Set<string>();
    const queue = starts.map((s) => s.id);
    while (queue.length) {
      const id = queue.shift()!;
      if (reach.has(id)) continue;
      reach.add(id);
      for (const t of out.get(id) ?? []) queue.push(t.a);
    }
    for (const s of fc.pasos) if (!reach.has(s.id)) problems.push(at(s.origin, `el paso "${s.id}" no es alcanzable desde el inicio "${starts[0]!.id}" (ninguna transición llega a él por un camino desde el inicio)`));
  }
  if (ends.length > 0) {
    const canEnd = new Set<string>();
    const queue = ends.map((s) => s.id);
    while (queue.length) {
      const id = queue.shift()!;
      if (canEnd.has(id)) continue;
      canEnd.add(id);
      for (const t of inc.get(id) ?? []) queue.push(t.de);
    }
    for (const s of fc.pasos) {
      if (canEnd.has(s.id) || brokenExit.has(s.id)) continue;
      const why = (out.get(s.id)?.length ?? 0) === 0 ? 'no tiene salidas y no es de tipo "fin"' : 'sus caminos nunca llegan a un paso de tipo "fin" (ciclo sin salida)';
      problems.push(at(s.origin, `camino sin fin en el paso "${s.id}": ${why}`));
    }
  }
  return problems;
}
