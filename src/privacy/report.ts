/**
 * The privacy report (npm run privacy <estado>): what was suppressed, which excerpts were
 * withheld for lack of consent, identifier findings (masked), retention status per dataset.
 * Never prints a suppressed value, an excerpt, or an identifier.
 */
import type { StateData } from '../load/types.js';
import { formatProblem, type Problem } from '../util/errors.js';
import { formatDate, formatNumber, plural } from '../util/format-es.js';
import { consentSummary, interviewsById } from './consent.js';
import { checkInputs } from './guard.js';
import type { Roster } from './identifiers.js';
import { checkStateRetention, retentionStatus, type RetentionStatus } from './retention.js';

export interface SuppressionEntry {
  /** Path in the Analysis (e.g. "statistics.yearBySex") or "gráfica <id>". */
  where: string;
  kind: 'tabla' | 'serie' | 'valor' | 'gráfica';
  /** Cells (values, totals included) in the table/series. */
  cells: number;
  suppressed: number;
}

interface CountLike { suppressed: boolean; text: string }
function isCount(x: unknown): x is CountLike {
  return !!x && typeof x === 'object' && typeof (x as CountLike).suppressed === 'boolean' && typeof (x as CountLike).text === 'string';
}

/**
 * Walks any Analysis-like object and lists the suppressed tables (objects with `cells[][]`),
 * series (arrays of counts or of rows with a `count`) and single values. Charts (objects with
 * `series[].values`) are listed with their non-plotted (null) values.
 */
/** Spanish names of the Analysis paths that hold suppressed counts (paths stay as a fallback). */
const WHERE_LABELS: Record<string, string> = {
  'statistics.total': 'víctimas en el periodo',
  'statistics.byYear': 'víctimas por año',
  'statistics.bySex': 'víctimas por sexo',
  'statistics.byAgeBand': 'víctimas por grupo de edad',
  'statistics.yearBySex': 'víctimas por año y sexo',
  'statistics.yearByAgeBand': 'víctimas por año y grupo de edad',
  'headline.victimsTotal': 'total de víctimas del resumen ejecutivo',
  'headline.victimsLastYear.count': 'víctimas del último año en el resumen ejecutivo',
};

function whereLabel(where: string): string {
  return WHERE_LABELS[where] ?? where;
}

export function collectSuppressions(root: unknown, base = ''): SuppressionEntry[] {
  const out: SuppressionEntry[] = [];
  const seen = new Set<unknown>();
  const walk = (x: unknown, p: string) => {
    if (!x || typeof x !== 'object' || seen.has(x)) return;
    seen.add(x);
    if (isCount(x)) {
      if (x.suppressed) out.push({ where: p, kind: 'valor', cells: 1, suppressed: 1 });
      return;
    }
    const o = x as Record<string, unknown>;
    if (Array.isArray(o.cells) && o.cells.every((r) => Array.isArray(r) && r.every(isCount))) {
      const all = [...(o.cells as CountLike[][]).flat(), ...((o.rowTotals as CountLike[]) ?? []), ...((o.colTotals as CountLike[]) ?? []), ...(isCount(o.total) ? [o.total] : [])].filter(isCount);
      out.push({ where: p, kind: 'tabla', cells: all.length, suppressed: all.filter((c) => c.suppressed).length });
      return;
    }
    if (Array.isArray(o.cells) && o.cells.every(isCount)) {
      const all = [...(o.cells as CountLike[]), ...(isCount(o.total) ? [o.total] : [])];
      out.push({ where: p, kind: 'serie', cells: all.length, suppressed: all.filter((c) => c.suppressed).length });
      return;
    }
    if (Array.isArray(x)) {
      const counts = x.map((r) => (isCount(r) ? r : r && typeof r === 'object' && isCount((r as { count?: unknown }).count) ? (r as { count: CountLike }).count : undefined));
      if (x.length > 0 && counts.every(Boolean)) {
        out.push({ where: p, kind: 'serie', cells: counts.length, suppressed: counts.filter((c) => c!.suppressed).length });
        return;
      }
      x.forEach((v, i) => walk(v, `${p}[${i}]`));
      return;
    }
    if (typeof o.id === 'string' && Array.isArray(o.series) && Array.isArray(o.labels)) {
      const vals = (o.series as { values?: unknown[] }[]).flatMap((s) => s.values ?? []);
      out.push({ where: `gráfica ${o.id}`, kind: 'gráfica', cells: vals.length, suppressed: vals.filter((v) => v === null).length });
      return;
    }
    for (const [k, v] of Object.entries(o)) {
      if (k === 'chartsById' || k === 'byStage') continue; // duplicates of charts / stages
      walk(v, p ? `${p}.${k}` : k);
    }
  };
  walk(root, base);
  return out;
}

export interface PrivacyReportInput {
  slug: string;
  stateName: string;
  today: string;
  threshold: number;
  suppressions: SuppressionEntry[];
  /** The interval audit of the official statistics (src/analyse/statistics.ts), when analysed. */
  audit?: { unsafeBefore: number; extraHidden: number; hidden: number; unsafeAfter: number };
  consent: ReturnType<typeof consentSummary>;
  identifiers: Problem[];
  retention: RetentionStatus[];
  retentionProblems: Problem[];
  roster: { file?: string; names: number };
  /** Other blocking problems (e.g. output metadata). */
  other?: Problem[];
}

export interface PrivacyReport {
  text: string;
  blocking: boolean;
  problems: Problem[];
}

export function buildPrivacyReport(r: PrivacyReportInput): PrivacyReport {
  const L: string[] = [];
  L.push(`Revisión de privacidad — ${r.stateName} (${r.slug})`);
  L.push(`Fecha de la revisión: ${formatDate(r.today)}. Umbral de supresión: ${formatNumber(r.threshold)} (los valores entre 1 y ${formatNumber(r.threshold - 1)} se muestran como «<${r.threshold}»).`);
  L.push('');

  L.push('1. Supresión de celdas pequeñas');
  const withSup = r.suppressions.filter((s) => s.suppressed > 0);
  if (r.suppressions.length === 0) L.push('   No se revisó el análisis (no hay tablas ni series con conteos suprimibles).');
  else if (withSup.length === 0) L.push(`   Ninguna celda suprimida en ${plural(r.suppressions.length, 'tabla o serie revisada', 'tablas o series revisadas')}.`);
  else {
    const cells = withSup.reduce((a, s) => a + s.suppressed, 0);
    L.push(`   ${plural(cells, 'valor suprimido', 'valores suprimidos')} en ${plural(withSup.length, 'tabla, serie o gráfica', 'tablas, series o gráficas')}:`);
    for (const s of withSup) {
      const what = s.kind === 'gráfica' ? (s.suppressed === 1 ? 'valor no se grafica' : 'valores no se grafican') : s.suppressed === 1 ? 'celda suprimida' : 'celdas suprimidas';
      L.push(`   - ${whereLabel(s.where)} (${s.kind}): ${formatNumber(s.suppressed)} de ${formatNumber(s.cells)} ${what}`);
    }
  }
  if (r.audit && r.audit.hidden > 0) {
    const a = r.audit;
    L.push(`   Auditoría de intervalos de las cifras oficiales (docs/privacidad.md): ${a.unsafeBefore === 0
      ? 'las reglas de supresión bastaron'
      : `${plural(a.unsafeBefore, 'celda oculta quedaba', 'celdas ocultas quedaban')} deducible${a.unsafeBefore === 1 ? '' : 's'} o acotada${a.unsafeBefore === 1 ? '' : 's'} con lo publicado; se ${a.extraHidden === 1 ? 'ocultó 1 celda más' : `ocultaron ${formatNumber(a.extraHidden)} celdas más`}`}. ${a.unsafeAfter === 0
      ? `Ninguna de las ${formatNumber(a.hidden)} cifras ocultas puede deducirse ni acotarse más allá de su etiqueta.`
      : `✖ ${plural(a.unsafeAfter, 'cifra oculta sigue', 'cifras ocultas siguen')} en riesgo.`}`);
  }
  L.push('');

  L.push('2. Citas y consentimiento');
  const c = r.consent;
  L.push(`   ${plural(c.total, 'segmento codificado', 'segmentos codificados')}; ${plural(c.quotable, 'puede', 'pueden')} citarse.`);
  if (c.withheld > 0) {
    L.push(`   Se retienen ${plural(c.withheld, 'extracto', 'extractos')} (se cuentan, nunca se citan):`);
    if (c.byReason['sin consentimiento de cita']) L.push(`   - sin consentimiento de cita: ${formatNumber(c.byReason['sin consentimiento de cita'])} (${plural(c.interviewsWithoutConsent.length, 'entrevista', 'entrevistas')})`);
    if (c.byReason['entrevista inexistente']) L.push(`   - de una entrevista que no existe en entrevistas.csv: ${formatNumber(c.byReason['entrevista inexistente'])}`);
  }
  L.push('');

  L.push('3. Datos identificables');
  L.push(r.roster.names > 0 ? `   Padrón privado de nombres: ${plural(r.roster.names, 'nombre', 'nombres')} (${r.roster.file ?? 'en memoria'}).` : `   Sin padrón privado de nombres (${r.roster.file ?? 'data/<estado>/privado/nombres.txt'} no existe o está vacío).`);
  if (r.identifiers.length === 0) L.push('   No se encontraron CURP, RFC, correos, teléfonos, números de expediente ni nombres del padrón.');
  else {
    L.push(`   ✖ ${plural(r.identifiers.length, 'hallazgo', 'hallazgos')} (valores enmascarados):`);
    for (const p of r.identifiers) L.push(`   - ${formatProblem(p)}`);
  }
  L.push('');

  L.push('4. Conservación de los conjuntos de datos');
  if (r.retention.length === 0) L.push('   estado.yaml no declara ningún conjunto en «conjuntos».');
  for (const s of r.retention) {
    L.push(`   ${s.expired ? '✖' : '✔'} ${s.dataset}: conservar hasta el ${s.keepUntilText}${s.expired ? ` (vencido hace ${plural(-s.daysLeft, 'día', 'días')})` : ` (quedan ${plural(s.daysLeft, 'día', 'días')})`}; propósito: ${s.purpose.replace(/\.\s*$/, "")}; responsable: ${s.owner}`);
  }
  for (const p of r.retentionProblems.filter((p) => !r.retention.some((s) => s.expired && p.field === `conjuntos.${s.dataset}.conservar_hasta`))) {
    L.push(`   ✖ ${formatProblem(p)}`);
  }
  for (const p of r.other ?? []) L.push(`   ✖ ${formatProblem(p)}`);
  L.push('');

  const problems = [...r.identifiers, ...r.retentionProblems, ...(r.other ?? [])];
  const blocking = problems.length > 0;
  L.push(blocking ? `Resultado: ✖ ${plural(problems.length, 'problema bloquea', 'problemas bloquean')} la generación.` : 'Resultado: ✔ nada bloquea la generación.');
  return { text: L.join('\n'), blocking, problems };
}

/** Assembles the report input for a loaded state (analysis optional). */
/** The statistics audit summary of an Analysis-like object, if it has one. */
function auditOf(analysis: unknown): PrivacyReportInput['audit'] {
  const a = (analysis as { statistics?: { audit?: PrivacyReportInput['audit'] } } | undefined)?.statistics?.audit;
  return a && typeof a.hidden === 'number' ? a : undefined;
}

export function privacyReportForState(data: StateData, opts: { today: string; roster?: Roster; analysis?: unknown }): PrivacyReport {
  const threshold = data.project?.privacidad?.umbral_supresion ?? 5;
  return buildPrivacyReport({
    slug: data.slug,
    stateName: data.config.nombre,
    today: opts.today,
    threshold,
    suppressions: opts.analysis ? collectSuppressions(opts.analysis) : [],
    ...(auditOf(opts.analysis) ? { audit: auditOf(opts.analysis)! } : {}),
    consent: consentSummary(data.segmentos.rows, interviewsById(data.entrevistas.rows)),
    identifiers: checkInputs(data, opts.roster),
    retention: retentionStatus(data.config, opts.today),
    retentionProblems: checkStateRetention(data, opts.today),
    roster: { file: opts.roster?.file, names: opts.roster?.names.length ?? 0 },
  });
}
