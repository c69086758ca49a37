/**
 * The Markdown (the reviewable twins) of the programme's own documents: a minute, the
 * agreements register, the work plan, an activity report and the final report. Data values are
 * Markdown-escaped (render/markdown/escape.ts); the discussion of a minute is the analyst's
 * own Markdown, inserted as written. Conventions: docs/ARCHITECTURE.md (captions, figures).
 */
import type { Minute, ProgrammeData } from '../../load/programa.js';
import { MEETING_KINDS, MODALITIES, type Period } from '../../schemas/programa.js';
import type { Indicator, ProductStatus, RegisterRow } from '../../analyse/programa/index.js';
import { AGREEMENT_STATES, PRODUCT_STATES, activitiesIn, countStates, isDelivered, minutesIn, type GanttSpec } from '../../analyse/programa/index.js';
import { formatDate, formatList, formatNumber, plural } from '../../util/format-es.js';
import { escapeMarkdown as e, escapeTableCell as c } from '../markdown/escape.js';
import { gfmTable } from '../markdown/gfm-table.js';

export const SAMPLE_LINE = '> **Datos ilustrativos.** Documento generado con datos sintéticos de muestra: las personas, reuniones y acuerdos son ficticios.';

export interface Names {
  /** State folder → name (estado.yaml `nombre`). */
  states: Record<string, string>;
}

function stateName(names: Names, slug?: string): string {
  return slug ? (names.states[slug] ?? slug) : 'Todo el programa';
}

/** An HTML comment (dropped by the DOCX writer) telling reviewers what the file is. */
export function twinComment(what: string, command: string, sample: boolean): string {
  const of = what.startsWith('el ') ? `del ${what.slice(3)}` : `de ${what}`;
  return `<!-- Gemelo de revisión ${of}, generado con «${command}». No lo edite a mano: edite data/programa/ y vuelva a generarlo.${sample ? ' Datos ilustrativos: muestra sintética.' : ''} -->\n\n`;
}

const table = gfmTable;

/** Headings of the analyst's discussion moved under `level` and left unnumbered. */
function shiftHeadings(markdown: string, level: number): string {
  let fenced = false;
  return markdown.split('\n').map((l) => {
    if (/^(```|~~~)/.test(l)) fenced = !fenced;
    const h = fenced ? null : /^(#{3,6})\s+(.*?)\s*(\{[^}]*\})?\s*$/.exec(l);
    if (!h) return l;
    return `${'#'.repeat(Math.min(6, level + h[1]!.length - 2))} ${h[2]} {-}`;
  }).join('\n');
}

/** «Presentación ante el CIE» → «presentación ante el CIE» (only the first letter). */
function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function timeRange(m: Minute): string {
  return `${m.header.hora_inicio} a ${m.header.hora_fin} h`;
}

export interface MinuteOptions {
  names: Names;
  data: ProgrammeData;
  /** Annex number in the final report; absent for the standalone minute. */
  annex?: number;
  /** Table captions (standalone minute); the annexes go without, to keep the tables' index short. */
  captions?: boolean;
}

/** A minute in the organisation's format: header block, attendance, agenda, development, agreements, approval. */
export function minuteMarkdown(m: Minute, o: MinuteOptions): string {
  const h = m.header;
  const sub = o.annex ? '###' : '##';
  const activity = h.actividad ? o.data.plan.actividades.find((a) => a.id === h.actividad) : undefined;
  const cap = (text: string) => (o.captions ? `Tabla: ${text}\n\n` : '');
  const out: string[] = [];
  out.push(`# ${o.annex ? `Anexo ${o.annex}. ` : ''}Minuta: ${e(h.titulo, { blockStart: false })} {-}`);
  if (h.datos_de_muestra && !o.annex) out.push(SAMPLE_LINE);
  out.push(`${cap('Datos de la reunión')}${table(['Dato', 'Detalle'], ['l', 'l'], [
    ['Tipo de reunión', MEETING_KINDS[h.tipo]],
    ['Fecha', formatDate(h.fecha)],
    ['Horario', timeRange(m)],
    ['Modalidad', MODALITIES[h.modalidad]],
    [h.modalidad === 'virtual' ? 'Plataforma' : 'Lugar', c(h.lugar)],
    ['Estado', c(stateName(o.names, h.estado))],
    ['Actividad del plan de trabajo', activity ? c(`${activity.id} · ${activity.titulo}`) : '—'],
  ])}`);
  out.push(`${sub} Asistentes {-}`);
  out.push(`Participaron ${plural(h.asistentes.length, 'persona')} de ${plural(new Set(h.asistentes.map((a) => a.institucion)).size, 'institución', 'instituciones')}, en su carácter de personas servidoras públicas o integrantes de los equipos del programa.`);
  out.push(`${cap('Lista de asistencia')}${table(['N.º', 'Nombre', 'Cargo', 'Institución'], ['r', 'l', 'l', 'l'], h.asistentes.map((a, i) => [String(i + 1), c(a.nombre), c(a.cargo), c(a.institucion)]))}`);
  out.push(`${sub} Orden del día {-}`);
  out.push(h.orden_del_dia.map((x, i) => `${i + 1}. ${e(x, { blockStart: false })}`).join('\n'));
  out.push(`${sub} Desarrollo de la reunión {-}`);
  m.sections.forEach((s, i) => {
    out.push(`${sub}# ${i + 1}. ${e(s.item, { blockStart: false })} {-}`);
    if (s.markdown) out.push(shiftHeadings(s.markdown, sub.length + 1));
  });
  out.push(`${sub} Acuerdos {-}`);
  if (h.acuerdos.length === 0) out.push('En esta reunión no se tomaron acuerdos.');
  else out.push(`${cap('Acuerdos de la reunión')}${table(['N.º', 'Acuerdo', 'Responsable', 'Fecha compromiso'], ['l', 'l', 'l', 'l'], h.acuerdos.map((a, i) => [`${i + 1}`, c(a.texto), c(a.responsable), formatDate(a.fecha_limite)]))}`);
  out.push(`${sub} Aprobación de la minuta {-}`);
  out.push(`${table(['Elaboró', 'Aprobó'], ['l', 'l'], [
    ['<br><br>Firma: \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_', '<br><br>Firma: \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_'],
    [c(h.elaboro), c(h.aprobo)],
  ])}`);
  return `${out.join('\n\n')}\n`;
}

// ---------------------------------------------------------------------------
// Agreements
// ---------------------------------------------------------------------------

export function registerSummary(rows: RegisterRow[], date: string): string {
  const n = countStates(rows);
  const minutes = new Set(rows.map((r) => r.minute.id)).size;
  return `Al ${formatDate(date)} se registran ${plural(rows.length, 'acuerdo')} de ${plural(minutes, 'minuta')}: ${plural(n.abierto, 'abierto')}, ${plural(n.cumplido, 'cumplido')}, ${plural(n.vencido, 'vencido')} y ${plural(n.cancelado, 'cancelado')}.`;
}

export function registerTable(rows: RegisterRow[], date: string, caption = true): string {
  const cap = caption ? `Tabla: Registro de acuerdos al ${formatDate(date)}\n\n` : '';
  return `${cap}${table(['N.º', 'Acuerdo', 'Minuta', 'Responsable', 'Fecha compromiso', 'Estado'], ['l', 'l', 'l', 'l', 'l', 'l'], rows.map((r) => [
    r.number, c(r.agreement.texto), `${r.minuteNumber} (${formatDate(r.minute.header.fecha)})`, c(r.agreement.responsable), formatDate(r.agreement.fecha_limite),
    c(`${r.state === 'cumplido' ? `${AGREEMENT_STATES[r.state]} (${formatDate(r.agreement.fecha_cumplimiento!)})` : AGREEMENT_STATES[r.state]}${r.agreement.nota ? `: ${r.agreement.nota}` : ''}`),
  ]))}\n\nNota: «vencido» es un acuerdo no cumplido cuya fecha compromiso ya pasó; la numeración es la de la minuta (su número de anexo en el informe final) y el orden del acuerdo en ella.`;
}

export function registerMarkdown(rows: RegisterRow[], date: string, sample: boolean): string {
  const out = [`# Registro de acuerdos {-}`];
  if (sample) out.push(SAMPLE_LINE);
  out.push(registerSummary(rows, date));
  out.push(registerTable(rows, date));
  return `${out.join('\n\n')}\n`;
}

// ---------------------------------------------------------------------------
// Work plan
// ---------------------------------------------------------------------------

function statesText(names: Names, slugs: string[]): string {
  return slugs.length ? formatList(slugs.map((s) => stateName(names, s))) : 'Todos';
}

export function productStatusTable(statuses: ProductStatus[], date: string): string {
  return `Tabla: Estado de los productos al ${formatDate(date)}\n\n${table(['Producto', 'Ventana de entrega', 'Pago', 'Estado', 'Entrega', 'Salidas disponibles'], ['l', 'l', 'r', 'l', 'l', 'r'], statuses.map((s) => [
    c(`${s.product.id} · ${s.product.titulo}`),
    `${formatDate(s.product.entrega.desde)} a ${formatDate(s.product.entrega.hasta)}`,
    `${formatNumber(s.product.pago)} %`,
    PRODUCT_STATES[s.state],
    s.delivered ? formatDate(s.delivered) : '—',
    `${s.outputs.filter((o) => o.exists).length} de ${s.outputs.length}`,
  ]))}\n\nNota: un producto está entregado cuando su registro de entrega lo indica y todas sus salidas existen en el repositorio; está atrasado cuando su ventana de entrega ya cerró sin entrega.`;
}

function outputsList(s: ProductStatus): string {
  return s.outputs.map((o) => `- \`${o.path}\`${o.exists ? '' : ' (pendiente)'}`).join('\n');
}

export function ganttFigure(g: GanttSpec): string {
  return `![${e(g.alt, { blockStart: false })}](grafica:${g.id})\n\nFigura: ${e(g.caption, { blockStart: false })} {#fig:${g.id}}\n\nFuente: ${e(g.source.replace(/^Fuente:\s*/, ''), { blockStart: false })}`;
}

export function planMarkdown(data: ProgrammeData, names: Names, statuses: ProductStatus[], gantt: GanttSpec, date: string): string {
  const p = data.plan;
  const out: string[] = [];
  out.push('# Objetivos');
  out.push(`## Objetivo general\n\n${e(p.objetivos.general)}`);
  out.push(`## Objetivos específicos\n\n${p.objetivos.especificos.map((x) => `- ${e(x, { blockStart: false })}`).join('\n')}`);
  out.push('# Metodología');
  out.push(p.metodologia.map((x) => e(x)).join('\n\n'));
  out.push('# Actividades y productos');
  out.push(`## Actividades\n\nTabla: Actividades del plan de trabajo {#tbl:actividades}\n\n${table(['Actividad', 'Inicio', 'Término', 'Estados'], ['l', 'l', 'l', 'l'], p.actividades.map((a) => [c(`${a.id} · ${a.titulo}`), formatDate(a.inicio), formatDate(a.fin), c(statesText(names, a.estados))]))}`);
  out.push(`## Productos y pagos\n\nTabla: Productos, ventanas de entrega y porcentajes de pago {#tbl:productos}\n\n${table(['Producto', 'Actividad', 'Ventana de entrega', 'Pago', 'Depende de'], ['l', 'l', 'l', 'r', 'l'], p.productos.map((x) => [c(`${x.id} · ${x.titulo}`), x.actividad, `${formatDate(x.entrega.desde)} a ${formatDate(x.entrega.hasta)}`, `${formatNumber(x.pago)} %`, x.depende_de.length ? x.depende_de.join(', ') : '—']))}`);
  out.push('# Cronograma');
  out.push(`El cronograma muestra cada actividad (en azul) seguida de la ventana de entrega de sus productos, coloreada según su estado al ${formatDate(date)} (verde: entregado; amarillo: entregado con retraso; rojo: atrasado; azul claro: programado o en periodo de entrega). La línea discontinua marca la fecha de corte. @fig:${gantt.id} se dibuja a partir de los datos del plan de trabajo.`);
  out.push(ganttFigure(gantt));
  out.push('# Estado de los productos');
  out.push(productStatusTable(statuses, date));
  for (const s of statuses) out.push(`**${e(`${s.product.id} · ${s.product.titulo}`, { blockStart: false })}** — ${lowerFirst(PRODUCT_STATES[s.state])}. Salidas:\n\n${outputsList(s)}`);
  return `${out.join('\n\n')}\n`;
}

// ---------------------------------------------------------------------------
// Activity report of a period
// ---------------------------------------------------------------------------

function meetingsTable(items: { minute: Minute; number: number }[], names: Names, caption: string): string {
  return `Tabla: ${caption}\n\n${table(['N.º', 'Fecha', 'Reunión', 'Tipo', 'Estado', 'Asistentes'], ['r', 'l', 'l', 'l', 'l', 'r'], items.map(({ minute: m, number }) => [
    String(number), formatDate(m.header.fecha), c(m.header.titulo), MEETING_KINDS[m.header.tipo], c(stateName(names, m.header.estado)), String(m.header.asistentes.length),
  ]))}`;
}

export function activityReportMarkdown(data: ProgrammeData, names: Names, period: Period, statuses: ProductStatus[], rows: RegisterRow[]): string {
  const out: string[] = [];
  const meetings = minutesIn(data, period.desde, period.hasta);
  const deliveredHere = statuses.filter((s) => isDelivered(s) && s.delivered! >= period.desde && s.delivered! <= period.hasta);
  const dueHere = statuses.filter((s) => !isDelivered(s) && s.product.entrega.desde <= period.hasta && s.product.entrega.hasta >= period.desde);
  out.push('# Actividades del periodo');
  out.push('## Resumen');
  out.push(`Este informe da cuenta de las actividades de la consultoría del ${formatDate(period.desde)} al ${formatDate(period.hasta)}: ${plural(meetings.length, 'reunión', 'reuniones')} con minuta, ${plural(deliveredHere.length, 'producto entregado', 'productos entregados')} y el estado de los acuerdos a la fecha de cierre del periodo.`);
  out.push('## Actividades realizadas');
  for (const { activity: a, minutes } of activitiesIn(data, period.desde, period.hasta)) {
    const lines = [`### ${e(`${a.id} · ${a.titulo}`, { blockStart: false })}`, `Programada del ${formatDate(a.inicio)} al ${formatDate(a.fin)}${a.estados.length ? ` en ${statesText(names, a.estados)}` : ''}.${a.descripcion ? ` ${e(a.descripcion, { blockStart: false })}` : ''}`];
    if (minutes.length) lines.push(`Reuniones del periodo:\n\n${minutes.map(({ minute: m, number }) => `- Minuta ${number}: ${e(m.header.titulo, { blockStart: false })} (${lowerFirst(MEETING_KINDS[m.header.tipo])}, ${formatDate(m.header.fecha)}${m.header.estado ? `; ${e(stateName(names, m.header.estado), { blockStart: false })}` : ''}).`).join('\n')}`);
    else lines.push('Sin reuniones con minuta en el periodo.');
    out.push(lines.join('\n\n'));
  }
  if (meetings.length) out.push('## Reuniones', meetingsTable(meetings, names, `Reuniones del periodo ${period.numero}`));
  out.push('## Dificultades');
  out.push(period.dificultades.length ? period.dificultades.map((x) => `- ${e(x, { blockStart: false })}`).join('\n') : 'No se registraron dificultades en el periodo.');
  out.push('## Próximos pasos');
  out.push(period.proximos_pasos.length ? period.proximos_pasos.map((x) => `- ${e(x, { blockStart: false })}`).join('\n') : 'Sin próximos pasos registrados.');
  out.push('# Productos y acuerdos');
  out.push('## Productos entregados');
  if (deliveredHere.length === 0) out.push('En este periodo no se entregaron productos.');
  for (const s of deliveredHere) out.push(`### ${e(`${s.product.id} · ${s.product.titulo}`, { blockStart: false })}\n\nEntregado el ${formatDate(s.delivered!)} (${lowerFirst(PRODUCT_STATES[s.state])}; ventana del ${formatDate(s.product.entrega.desde)} al ${formatDate(s.product.entrega.hasta)}; ${formatNumber(s.product.pago)} % del pago). Salidas:\n\n${outputsList(s)}`);
  if (dueHere.length) out.push(`Productos con ventana de entrega en el periodo aún no entregados: ${formatList(dueHere.map((s) => `${s.product.id} (${lowerFirst(PRODUCT_STATES[s.state])})`))}.`);
  out.push('## Acuerdos y su estado');
  out.push(registerSummary(rows, period.hasta));
  if (rows.length) out.push(registerTable(rows, period.hasta));
  return `${out.join('\n\n')}\n`;
}

// ---------------------------------------------------------------------------
// Final report
// ---------------------------------------------------------------------------

export interface DiagnosticSummary {
  state: string;
  /** Key figures, label and printed value — the same Analysis the diagnostic prints. */
  figures: { label: string; value: string }[];
  file: string;
}

export interface FlowchartsSummary {
  state: string;
  rows: { profile: string; version: string; status: string; date: string }[];
}

export interface OtherProductSummary {
  state: string;
  title: string;
  /** Outputs and whether each exists; headings of the twin when it does. */
  outputs: { path: string; exists: boolean }[];
  contents: string[];
}

export interface FinalReportInput {
  data: ProgrammeData;
  names: Names;
  date: string;
  statuses: ProductStatus[];
  rows: RegisterRow[];
  gantt: GanttSpec;
  diagnostics: DiagnosticSummary[];
  flowcharts: FlowchartsSummary[];
  others: OtherProductSummary[];
  indicators: Indicator[];
  /** The states side by side (#17), annexed after the minutes; absent with fewer than two states. */
  comparison?: { markdown: string[]; document: string };
}

export function finalReportMarkdown(i: FinalReportInput): string {
  const { data, names, date } = i;
  const f = data.reports.final;
  const out: string[] = [];
  out.push('# Presentación');
  out.push(`Este informe final integra las actividades, los productos, las minutas y los anexos de la consultoría «${e(data.plan.consultoria, { blockStart: false })}», con corte al ${formatDate(date)}. Las cifras de cada producto se calculan con el mismo análisis que produce el producto, a partir de los mismos datos.`);
  const delivered = i.statuses.filter(isDelivered);
  const held = data.minutes.filter((m) => m.header.fecha <= date);
  const n = countStates(i.rows);
  const fcs = i.flowcharts.flatMap((x) => x.rows);
  out.push(`## Resultados principales\n\n${[
    `${plural(delivered.length, 'producto entregado', 'productos entregados')} de ${data.plan.productos.length} previstos en el plan de trabajo.`,
    `${plural(held.length, 'reunión', 'reuniones')} con minuta en ${plural(new Set(held.flatMap((m) => (m.header.estado ? [m.header.estado] : []))).size, 'estado')}, con ${plural(i.rows.length, 'acuerdo')}: ${plural(n.cumplido, 'cumplido')}, ${plural(n.abierto, 'abierto')}, ${plural(n.vencido, 'vencido')} y ${plural(n.cancelado, 'cancelado')}.`,
    ...(i.diagnostics.length ? [`Diagnósticos de ${formatList(i.diagnostics.map((d) => d.state))}.`] : []),
    ...(fcs.length ? [`${plural(fcs.length, 'flujograma')} de ${plural(i.flowcharts.length, 'estado')}, ${fcs.filter((r) => r.status !== 'Borrador').length} de ellos validados con los CIE o en versión final.`] : []),
  ].map((x) => `- ${e(x, { blockStart: false })}`).join('\n')}`);
  const starts = data.plan.actividades.map((a) => a.inicio).sort();
  const ends = data.plan.actividades.map((a) => a.fin).sort();
  out.push(`## Alcance\n\n${e(`La consultoría se programó del ${formatDate(starts[0]!)} al ${formatDate(ends.at(-1)!)} en ${formatList(Object.values(names.states))}, con ${plural(data.plan.actividades.length, 'actividad', 'actividades')} y ${plural(data.plan.productos.length, 'producto')} cuyos pagos suman el 100 % del contrato (${formatList(data.plan.productos.map((p) => `${p.id}: ${formatNumber(p.pago)} %`))}).`)}\n\n${e(`El informe presenta las actividades realizadas y el cronograma, el estado y un resumen de cada producto, el registro de acuerdos, los indicadores de desempeño y las conclusiones; los anexos reúnen las ${plural(data.minutes.length, 'minuta')} de las reuniones, numeradas por fecha.`)}`);
  out.push('# Actividades realizadas');
  out.push(`Tabla: Actividades del plan y reuniones realizadas {#tbl:final-actividades}\n\n${table(['Actividad', 'Periodo', 'Reuniones (minutas)'], ['l', 'l', 'l'], activitiesIn(data, '0000-01-01', date).map(({ activity: a, minutes }) => [
    c(`${a.id} · ${a.titulo}`), `${formatDate(a.inicio)} a ${formatDate(a.fin)}`, minutes.length ? minutes.map((m) => `Anexo ${m.number}`).join(', ') : '—',
  ]))}`);
  out.push(ganttFigure(i.gantt));
  out.push('# Productos');
  out.push(productStatusTable(i.statuses, date));
  out.push('## Diagnósticos');
  for (const d of i.diagnostics) {
    out.push(`### ${e(d.state, { blockStart: false })}\n\nCifras clave del diagnóstico (\`${d.file}\`), calculadas con el mismo análisis del informe:\n\nTabla: Cifras clave del diagnóstico de ${e(d.state, { blockStart: false })}\n\n${table(['Indicador', 'Valor'], ['l', 'r'], d.figures.map((x) => [c(x.label), c(x.value)]))}`);
  }
  out.push('## Flujogramas por estado');
  out.push(`Tabla: Flujogramas por estado, perfil y estatus {#tbl:final-flujogramas}\n\n${table(['Estado', 'Perfil', 'Versión', 'Estatus', 'Fecha'], ['l', 'l', 'l', 'l', 'l'], i.flowcharts.flatMap((s) => s.rows.map((r) => [c(s.state), c(r.profile), c(r.version), r.status, formatDate(r.date)])))}`);
  if (i.others.length) {
    out.push('## Otros productos');
    for (const o of i.others) {
      const ready = o.outputs.every((x) => x.exists);
      out.push(`### ${e(`${o.title} — ${o.state}`, { blockStart: false })}\n\n${ready ? (o.outputs.length > 1 ? 'Salidas:' : 'Salida:') : 'Salida (aún no disponible en el repositorio):'}\n\n${o.outputs.map((x) => `- \`${x.path}\`${x.exists ? '' : ' (pendiente)'}`).join('\n')}${o.contents.length ? `\n\n${o.outputs.length > 1 ? 'Documentos' : 'Capítulos'}:\n\n${o.contents.map((x) => `- ${e(x, { blockStart: false })}`).join('\n')}` : ''}`);
    }
  }
  out.push('# Acuerdos');
  out.push(registerSummary(i.rows, date));
  out.push(registerTable(i.rows, date));
  out.push('# Indicadores de desempeño y conclusiones');
  out.push(`Los indicadores se calculan con el plan de trabajo, las minutas y el repositorio al ${formatDate(date)}; donde los datos no permiten un cálculo, se presenta la evidencia registrada.`);
  out.push(`Tabla: Indicadores de desempeño {#tbl:indicadores}\n\n${table(['Criterio', 'Indicador', 'Valor', 'Cálculo'], ['l', 'l', 'l', 'l'], i.indicators.map((x) => [x.criterion, c(x.name), c(x.value), c(x.basis)]))}`);
  if (f.pertinencia.length) out.push(`## Pertinencia\n\n${f.pertinencia.map((x) => `- ${e(x, { blockStart: false })}`).join('\n')}`);
  if (f.impacto.length) out.push(`## Impacto\n\n${f.impacto.map((x) => `- ${e(x, { blockStart: false })}`).join('\n')}`);
  if (f.conclusiones.length) out.push(`## Conclusiones\n\n${f.conclusiones.map((x) => e(x)).join('\n\n')}`);
  out.push('# Anexos');
  out.push(`Tabla: Índice de anexos: minutas de las reuniones {#tbl:anexos}\n\n${table(['Anexo', 'Minuta', 'Fecha', 'Tipo', 'Estado'], ['r', 'l', 'l', 'l', 'l'], data.minutes.map((m, n) => [
    String(n + 1), c(m.header.titulo), formatDate(m.header.fecha), MEETING_KINDS[m.header.tipo], c(stateName(names, m.header.estado)),
  ]))}`);
  if (i.comparison) out.push(`El anexo ${data.minutes.length + 1} reúne la comparación de las rutas de los estados, perfil por perfil (documento completo: \`${i.comparison.document}\`).`);
  data.minutes.forEach((m, n) => {
    out.push('<!-- salto-pagina -->');
    out.push(minuteMarkdown(m, { names, data, annex: n + 1 }).trimEnd());
  });
  if (i.comparison) {
    out.push('<!-- salto-pagina -->');
    out.push(`# Anexo ${data.minutes.length + 1}. Comparación de rutas entre estados {-}`);
    out.push('Para cada perfil de víctima, la tabla cruza los estados con las etapas del mecanismo: «Completa» indica que la ruta del estado tiene pasos en la etapa y que cada actividad lleva plazo; «n de m con plazo», cuántas actividades lo llevan; «Sin plazos» y «Sin pasos», lo que dicen. Se obtiene de los flujogramas de cada estado.');
    out.push(i.comparison.markdown.join('\n').trim());
  }
  return `${out.join('\n\n')}\n`;
}
