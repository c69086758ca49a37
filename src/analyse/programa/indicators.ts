/**
 * The performance indicators the organisation evaluates (effectiveness, efficiency, relevance,
 * coherence, impact) and the timetable's compliance, computed from the plan, the minutes and
 * the repository where the data allows; the rest is the evidence recorded in informes.yaml.
 */
import type { ProgrammeData } from '../../load/programa.js';
import { formatNumber, formatPercent, plural } from '../../util/format-es.js';
import { agreementRegister, countStates, isDelivered, meetingHours, productStatuses, type Indicator } from './index.js';

/** Flowcharts per status, summed over the states (from the flowchart files). */
export interface FlowchartTally {
  total: number;
  validated: number;
  final: number;
  states: number;
}

export function indicators(data: ProgrammeData, date: string, flowcharts?: FlowchartTally): Indicator[] {
  const statuses = productStatuses(data, date);
  const due = statuses.filter((s) => s.product.entrega.hasta < date || isDelivered(s));
  const delivered = statuses.filter(isDelivered);
  const onTime = delivered.filter((s) => s.state === 'entregado');
  const rows = agreementRegister(data.minutes, date);
  const counts = countStates(rows);
  const agreementsDue = rows.filter((r) => r.state !== 'cancelado' && (r.agreement.fecha_limite < date || r.state === 'cumplido'));
  const paidShare = delivered.reduce((n, s) => n + s.product.pago, 0);
  const dueShare = due.reduce((n, s) => n + s.product.pago, 0);
  const held = data.minutes.filter((m) => m.header.fecha <= date);
  const hours = held.reduce((n, m) => n + meetingHours(m), 0);
  const statesInPlan = new Set(data.plan.actividades.flatMap((a) => a.estados));
  const statesMet = new Set(held.flatMap((m) => (m.header.estado ? [m.header.estado] : [])));
  const cie = held.filter((m) => m.header.tipo === 'presentacion_cie' || m.header.tipo === 'mesa_de_trabajo');
  const linked = held.filter((m) => m.header.actividad);
  const orderKept = delivered.filter((s) => s.product.depende_de.every((d) => {
    const dep = statuses.find((x) => x.product.id === d);
    return dep && isDelivered(dep) && dep.delivered! <= s.delivered!;
  }));
  const avgDelay = delivered.length ? delivered.reduce((n, s) => n + s.delayDays, 0) / delivered.length : 0;
  const out: Indicator[] = [
    { criterion: 'Eficacia', name: 'Productos entregados', value: `${delivered.length} de ${data.plan.productos.length} (${formatPercent(delivered.length, data.plan.productos.length, 0)})`, basis: 'Productos con registro de entrega y todas sus salidas en el repositorio, sobre los productos del plan.' },
    { criterion: 'Eficacia', name: 'Acuerdos cumplidos', value: agreementsDue.length ? `${counts.cumplido} de ${agreementsDue.length} (${formatPercent(counts.cumplido, agreementsDue.length, 0)})` : '—', basis: 'Acuerdos cumplidos sobre los acuerdos vencidos o cumplidos a la fecha de corte (sin cancelados).' },
    { criterion: 'Eficiencia', name: 'Avance de pagos', value: `${formatNumber(paidShare)} % del contrato (${formatNumber(dueShare)} % exigible)`, basis: 'Suma de los porcentajes de pago de los productos entregados, frente a la de los productos cuya ventana ya cerró o que ya se entregaron.' },
    { criterion: 'Eficiencia', name: 'Reuniones realizadas', value: `${plural(held.length, 'reunión', 'reuniones')}, ${formatNumber(hours, 1)} horas`, basis: 'Minutas registradas hasta la fecha de corte y su duración.' },
    { criterion: 'Pertinencia', name: 'Estados con reuniones', value: `${statesMet.size} de ${statesInPlan.size}`, basis: 'Estados del plan con al menos una minuta de reunión con sus instituciones.' },
    { criterion: 'Pertinencia', name: 'Sesiones con los CIE', value: plural(cie.length, 'sesión', 'sesiones'), basis: 'Mesas de trabajo y presentaciones ante los CIE registradas en minutas.' },
    { criterion: 'Coherencia', name: 'Reuniones vinculadas al plan', value: held.length ? `${linked.length} de ${held.length} (${formatPercent(linked.length, held.length, 0)})` : '—', basis: 'Minutas que indican la actividad del plan de trabajo a la que corresponden.' },
    { criterion: 'Coherencia', name: 'Secuencia de productos respetada', value: delivered.length ? `${orderKept.length} de ${delivered.length}` : '—', basis: 'Productos entregados después de (o junto con) los productos de los que dependen.' },
  ];
  if (flowcharts) {
    out.push({ criterion: 'Impacto', name: 'Flujogramas validados con los CIE', value: `${flowcharts.validated + flowcharts.final} de ${flowcharts.total} (${flowcharts.final} en versión final)`, basis: `Flujogramas de ${plural(flowcharts.states, 'estado')} con estatus «validado con el CIE» o «versión final» en sus archivos.` });
  }
  out.push(
    { criterion: 'Cumplimiento del cronograma', name: 'Entregas dentro de la ventana', value: delivered.length ? `${onTime.length} de ${delivered.length} (${formatPercent(onTime.length, delivered.length, 0)})` : '—', basis: 'Productos entregados a más tardar el último día de su ventana de entrega.' },
    { criterion: 'Cumplimiento del cronograma', name: 'Retraso promedio', value: delivered.length ? plural(Math.round(avgDelay), 'día') : '—', basis: 'Días entre el cierre de la ventana y la entrega, promedio de los productos entregados (0 si a tiempo).' },
    { criterion: 'Cumplimiento del cronograma', name: 'Productos atrasados', value: String(statuses.filter((s) => s.state === 'atrasado' || s.state === 'incompleto').length), basis: 'Productos cuya ventana cerró sin entrega completa a la fecha de corte.' },
  );
  return out;
}
