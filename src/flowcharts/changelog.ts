/** Change log between two versions of a flowchart, as Markdown for the CIE working sessions. */
import { formatDate, plural } from '../util/format-es.js';
import { mdEscape } from './docx.js';
import { FLOW_STATUS, type Flowchart, type Step } from './types.js';

const FIELDS: { key: keyof Step; label: string }[] = [
  { key: 'carril', label: 'Responsable' },
  { key: 'texto', label: 'Texto' },
  { key: 'tipo', label: 'Tipo' },
  { key: 'fundamento', label: 'Fundamento legal' },
  { key: 'plazo', label: 'Plazo' },
  { key: 'nota', label: 'Nota' },
];

export interface FieldChange { field: string; before?: string; after?: string }
export interface FlowchartDiff {
  stepsAdded: Step[];
  stepsRemoved: Step[];
  stepsChanged: { id: string; texto: string; changes: FieldChange[] }[];
  transitionsAdded: { de: string; a: string; condicion?: string }[];
  transitionsRemoved: { de: string; a: string; condicion?: string }[];
  conditionsChanged: { de: string; a: string; before?: string; after?: string }[];
  lanesAdded: { id: string; nombre: string }[];
  lanesRemoved: { id: string; nombre: string }[];
  lanesRenamed: { id: string; before: string; after: string }[];
}

export function diffFlowcharts(a: Flowchart, b: Flowchart): FlowchartDiff {
  const laneA = new Map(a.carriles.map((l) => [l.id, l.nombre]));
  const laneB = new Map(b.carriles.map((l) => [l.id, l.nombre]));
  const stepsA = new Map(a.pasos.map((s) => [s.id, s]));
  const stepsB = new Map(b.pasos.map((s) => [s.id, s]));
  const show = (s: Step, k: keyof Step, lanes: Map<string, string>) => {
    const v = s[k];
    if (v === undefined) return undefined;
    return k === 'carril' ? (lanes.get(String(v)) ?? String(v)) : String(v);
  };
  const stepsChanged: FlowchartDiff['stepsChanged'] = [];
  for (const sb of b.pasos) {
    const sa = stepsA.get(sb.id);
    if (!sa) continue;
    const changes: FieldChange[] = [];
    for (const f of FIELDS) {
      const before = show(sa, f.key, laneA);
      const after = show(sb, f.key, laneB);
      if (before !== after) changes.push({ field: f.label, before, after });
    }
    if (changes.length) stepsChanged.push({ id: sb.id, texto: sb.texto, changes });
  }
  const key = (t: { de: string; a: string }) => `${t.de}→${t.a}`;
  const tA = new Map(a.transiciones.map((t) => [key(t), t]));
  const tB = new Map(b.transiciones.map((t) => [key(t), t]));
  const strip = (t: { de: string; a: string; condicion?: string }) => ({ de: t.de, a: t.a, condicion: t.condicion });
  return {
    stepsAdded: b.pasos.filter((s) => !stepsA.has(s.id)),
    stepsRemoved: a.pasos.filter((s) => !stepsB.has(s.id)),
    stepsChanged,
    transitionsAdded: b.transiciones.filter((t) => !tA.has(key(t))).map(strip),
    transitionsRemoved: a.transiciones.filter((t) => !tB.has(key(t))).map(strip),
    conditionsChanged: b.transiciones.filter((t) => tA.has(key(t)) && tA.get(key(t))!.condicion !== t.condicion)
      .map((t) => ({ de: t.de, a: t.a, before: tA.get(key(t))!.condicion, after: t.condicion })),
    lanesAdded: b.carriles.filter((l) => !laneA.has(l.id)).map((l) => ({ id: l.id, nombre: l.nombre })),
    lanesRemoved: a.carriles.filter((l) => !laneB.has(l.id)).map((l) => ({ id: l.id, nombre: l.nombre })),
    lanesRenamed: b.carriles.filter((l) => laneA.has(l.id) && laneA.get(l.id) !== l.nombre).map((l) => ({ id: l.id, before: laneA.get(l.id)!, after: l.nombre })),
  };
}

export function changelogMarkdown(a: Flowchart, b: Flowchart): string {
  const d = diffFlowcharts(a, b);
  const stepName = (fc: Flowchart, id: string) => fc.pasos.find((s) => s.id === id)?.texto ?? id;
  const laneName = (fc: Flowchart, id: string) => fc.carriles.find((l) => l.id === id)?.nombre ?? id;
  const cell = (v: string | undefined) => (v === undefined || v === '' ? '—' : mdEscape(v));
  const desc = (fc: Flowchart) => `versión ${fc.version} (${FLOW_STATUS[fc.estatus].charAt(0).toLowerCase()}${FLOW_STATUS[fc.estatus].slice(1)}, ${formatDate(fc.fecha)}; ${fc.files.join(' + ')})`;
  const md: string[] = [];
  md.push(`# Cambios en el flujograma: ${mdEscape(b.titulo)}`, '');
  md.push(mdEscape(`De la ${desc(a)} a la ${desc(b)}.`), '');
  md.push('## Resumen', '');
  md.push(`- Pasos: ${plural(d.stepsAdded.length, 'agregado')}, ${plural(d.stepsRemoved.length, 'quitado')}, ${plural(d.stepsChanged.length, 'modificado')}.`);
  md.push(`- Transiciones: ${plural(d.transitionsAdded.length, 'agregada')}, ${plural(d.transitionsRemoved.length, 'quitada')}, ${plural(d.conditionsChanged.length, 'condición cambiada', 'condiciones cambiadas')}.`);
  md.push(`- Carriles: ${plural(d.lanesAdded.length, 'agregado')}, ${plural(d.lanesRemoved.length, 'quitado')}, ${plural(d.lanesRenamed.length, 'renombrado')}.`, '');
  const total = Object.values(d).reduce((n, arr) => n + arr.length, 0);
  if (total === 0) {
    md.push('Sin cambios en carriles, pasos ni transiciones.', '');
    return `${md.join('\n')}\n`;
  }
  if (d.stepsAdded.length) {
    md.push('## Pasos agregados', '', '| Id | Responsable | Paso | Fundamento legal | Plazo |', '|---|---|---|---|---|');
    for (const s of d.stepsAdded) md.push(`| ${cell(s.id)} | ${cell(laneName(b, s.carril))} | ${cell(s.texto)} | ${cell(s.fundamento)} | ${cell(s.plazo)} |`);
    md.push('');
  }
  if (d.stepsRemoved.length) {
    md.push('## Pasos quitados', '', '| Id | Responsable | Paso |', '|---|---|---|');
    for (const s of d.stepsRemoved) md.push(`| ${cell(s.id)} | ${cell(laneName(a, s.carril))} | ${cell(s.texto)} |`);
    md.push('');
  }
  if (d.stepsChanged.length) {
    md.push('## Pasos modificados', '', '| Paso | Campo | Antes | Después |', '|---|---|---|---|');
    for (const c of d.stepsChanged) for (const ch of c.changes) md.push(`| ${cell(`${c.id}: ${c.texto}`)} | ${ch.field} | ${cell(ch.before)} | ${cell(ch.after)} |`);
    md.push('');
  }
  if (d.transitionsAdded.length || d.transitionsRemoved.length || d.conditionsChanged.length) {
    md.push('## Transiciones', '', '| Cambio | De | A | Condición |', '|---|---|---|---|');
    for (const t of d.transitionsAdded) md.push(`| Agregada | ${cell(stepName(b, t.de))} | ${cell(stepName(b, t.a))} | ${cell(t.condicion)} |`);
    for (const t of d.transitionsRemoved) md.push(`| Quitada | ${cell(stepName(a, t.de))} | ${cell(stepName(a, t.a))} | ${cell(t.condicion)} |`);
    for (const t of d.conditionsChanged) md.push(`| Condición cambiada | ${cell(stepName(b, t.de))} | ${cell(stepName(b, t.a))} | ${cell(t.before)} → ${cell(t.after)} |`);
    md.push('');
  }
  if (d.lanesAdded.length || d.lanesRemoved.length || d.lanesRenamed.length) {
    md.push('## Carriles', '');
    for (const l of d.lanesAdded) md.push(`- Agregado: ${mdEscape(l.nombre)}`);
    for (const l of d.lanesRemoved) md.push(`- Quitado: ${mdEscape(l.nombre)}`);
    for (const l of d.lanesRenamed) md.push(`- Renombrado: ${mdEscape(l.before)} → ${mdEscape(l.after)}`);
    md.push('');
  }
  return `${md.join('\n')}\n`;
}
