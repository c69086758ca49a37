/**
 * Speaker notes: Spanish sentences generated from the Analysis (what the figures on the slide
 * say), so the presenter has the report's content at hand. Victims' counts only ever appear
 * through their suppressed `.text`.
 */
import type { Analysis, ChartSpec, CodeFinding, StageBundle } from '../../analyse/types.js';
import { formatList, formatNumber, plural } from '../../util/format-es.js';

export function sentence(s: string): string {
  const t = s.trim();
  if (!t) return '';
  return /[.!?…:]$/.test(t) ? t : `${t}.`;
}

export function paragraphs(...parts: (string | undefined | false | null)[]): string {
  return parts.filter((p): p is string => !!p && !!p.trim()).map((p) => p.trim()).join('\n\n');
}

/** Lower-cases a label's first letter inside a sentence, unless it starts an acronym («INM»). */
export function lowerFirst(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

export function findingsSentence(title: string, findings: CodeFinding[]): string | undefined {
  if (!findings.length) return undefined;
  const items = findings.map((f) => `${lowerFirst(f.label)} (${plural(f.n, 'mención', 'menciones')} en ${plural(f.interviews, 'entrevista')})`);
  return `${title}: ${formatList(items)}.`;
}

/** What a chart shows, in one or two sentences, from its spec (values already suppressed). */
export function chartSentence(spec: ChartSpec): string {
  const parts: string[] = [];
  if (spec.series.length === 1) {
    const s = spec.series[0]!;
    const shown = spec.labels
      .map((l, i) => ({ l, v: s.values[i] ?? null }))
      .map(({ l, v }) => `${l}: ${v === null ? 'dato omitido por confidencialidad' : formatNumber(v)}`);
    parts.push(`${spec.caption}. ${shown.join('; ')}.`);
  } else {
    parts.push(`${spec.caption} (${formatList(spec.series.map((s) => s.name.toLowerCase()))}).`);
  }
  if (spec.note) parts.push(sentence(spec.note));
  return parts.join(' ');
}

export function stageNotes(a: Analysis, b: StageBundle): string {
  const counts = b.byValence.filter((r) => r.n > 0).map((r) => `${r.nText} de tipo «${r.label.toLowerCase()}»`);
  return paragraphs(
    `En la etapa de ${b.label.toLowerCase()} se codificaron ${plural(b.segments, 'fragmento')} de las entrevistas${counts.length ? `: ${formatList(counts)}` : ''}.`,
    findingsSentence('Principales barreras', b.barriers),
    findingsSentence('Retos', b.challenges),
    findingsSentence('Avances', b.advances),
    findingsSentence('Buenas prácticas', b.goodPractices),
    `Marco de actuación: ${plural(b.instruments.length, 'instrumento normativo', 'instrumentos normativos')} y ${plural(b.tools.length, 'herramienta oficial', 'herramientas oficiales')} cubren esta etapa; el diagnóstico formula ${plural(b.recommendations.length, 'recomendación', 'recomendaciones')} para ella.`,
    b.withheldExcerpts > 0 ? `Hay ${plural(b.withheldExcerpts, 'fragmento')} de entrevistas sin consentimiento para citar: se cuentan, pero no se citan.` : undefined,
    b.institutions.length ? `Instituciones con atribuciones en la etapa: ${formatList(b.institutions.slice(0, 8).map((i) => i.shortName))}.` : undefined,
    a.meta.sampleData ? 'Recordatorio: los datos de esta presentación son ilustrativos y no describen casos reales.' : undefined,
  );
}
