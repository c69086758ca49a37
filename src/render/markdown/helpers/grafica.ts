/**
 * {{grafica spec}} or {{grafica "id"}} (looked up in analisis.chartsById) for a ChartSpec:
 *
 *     ![alt](grafica:id)
 *
 *     Figura: caption {#fig:id}
 *
 *     Fuente: … Nota: …
 *
 * A spec with nothing to plot (`empty`, no labels) prints `vacio` (a sentence) instead.
 */
import type { HelperOptions } from 'handlebars';
import type { ChartSpec } from '../../../analyse/types.js';
import { escapeMarkdown, ID_PATTERN } from '../escape.js';
import { describe, fail, splitArgs } from '../errors.js';
import { sourceLine } from './tabla.js';

export function resolveChart(helper: string, x: unknown, options: HelperOptions): ChartSpec {
  let spec = x;
  if (typeof x === 'string') {
    const root = options.data?.root as { analisis?: { chartsById?: Record<string, unknown> } } | undefined;
    const byId = root?.analisis?.chartsById;
    if (!byId || !(x in byId)) fail(helper, options, `no existe la gráfica «${x}» en analisis.chartsById`);
    spec = byId[x];
  }
  if (spec === null || typeof spec !== 'object' || !('id' in spec) || !('caption' in spec) || !('labels' in spec)) {
    fail(helper, options, `se esperaba una gráfica (ChartSpec) y se recibió ${describe(spec)}`);
  }
  const s = spec as ChartSpec;
  if (typeof s.id !== 'string' || !ID_PATTERN.test(s.id)) fail(helper, options, `identificador de gráfica no válido: ${describe(s.id)}`);
  return s;
}

export function chartIsEmpty(s: ChartSpec): boolean {
  return s.empty === true || s.labels.length === 0 || s.series.every((se) => se.values.every((v) => v === null || v === 0));
}

export function grafica(...raw: unknown[]): string {
  const { params, options } = splitArgs(raw);
  const s = resolveChart('grafica', params[0], options);
  if (chartIsEmpty(s)) {
    const v = options.hash.vacio;
    if (v !== undefined && typeof v !== 'string') fail('grafica', options, 'vacio="…" debe ser un texto');
    return `\n\n${escapeMarkdown(v ?? 'No hay datos que graficar para esta figura.')}\n\n`;
  }
  for (const f of ['alt', 'caption', 'source'] as const) {
    if (typeof s[f] !== 'string' || s[f].trim() === '') fail('grafica', options, `la gráfica «${s.id}» no tiene «${f}»`);
  }
  return [
    '',
    '',
    `![${escapeMarkdown(s.alt.trim())}](grafica:${s.id})`,
    '',
    `Figura: ${escapeMarkdown(s.caption.trim())} {#fig:${s.id}}`,
    '',
    sourceLine(s.source, s.note),
    '',
    '',
  ].join('\n');
}

/** {{#si_grafica "id"}}…{{else}}…{{/si_grafica}}: the block when the chart exists and has data. */
export function si_grafica(this: unknown, ...raw: unknown[]): string {
  const { params, options } = splitArgs(raw);
  const x = params[0];
  const root = options.data?.root as { analisis?: { chartsById?: Record<string, ChartSpec> } } | undefined;
  const spec = typeof x === 'string' ? root?.analisis?.chartsById?.[x] : (x as ChartSpec | undefined);
  const ok = !!spec && typeof spec === 'object' && !chartIsEmpty(spec);
  return ok ? options.fn(this) : options.inverse(this);
}
