/**
 * {{grafica g}} or {{grafica "id"}} (looked up in analisis.graficas) for a chart of the view
 * (`Grafica`, src/render/markdown/vista.ts):
 *
 *     ![alt](grafica:id)
 *
 *     Figura: caption {#fig:id}
 *
 *     Fuente: … Nota: …
 *
 * A chart with nothing to plot (`vacia`, no labels) prints `vacio` (a sentence) instead.
 */
import type { HelperOptions } from 'handlebars';
import type { Grafica } from '../vista.js';
import { escapeMarkdown, ID_PATTERN } from '../escape.js';
import { describe, fail, splitArgs } from '../errors.js';
import { sourceLine } from './tabla.js';

export function resolveChart(helper: string, x: unknown, options: HelperOptions): Grafica {
  let spec = x;
  if (typeof x === 'string') {
    const root = options.data?.root as { analisis?: { graficas?: Record<string, unknown> } } | undefined;
    const byId = root?.analisis?.graficas;
    if (!byId || !(x in byId)) fail(helper, options, `no existe la gráfica «${x}» en analisis.graficas`);
    spec = byId[x];
  }
  if (spec === null || typeof spec !== 'object' || !('id' in spec) || !('leyenda' in spec) || !('etiquetas' in spec)) {
    fail(helper, options, `se esperaba una gráfica (una de analisis.graficas) y se recibió ${describe(spec)}`);
  }
  const s = spec as Grafica;
  if (typeof s.id !== 'string' || !ID_PATTERN.test(s.id)) fail(helper, options, `identificador de gráfica no válido: ${describe(s.id)}`);
  return s;
}

export function chartIsEmpty(s: Grafica): boolean {
  return s.vacia === true || s.etiquetas.length === 0 || s.series.every((se) => se.valores.every((v) => v === null || v === 0));
}

export function grafica(...raw: unknown[]): string {
  const { params, options } = splitArgs(raw);
  const s = resolveChart('grafica', params[0], options);
  if (chartIsEmpty(s)) {
    const v = options.hash.vacio;
    if (v !== undefined && typeof v !== 'string') fail('grafica', options, 'vacio="…" debe ser un texto');
    return `\n\n${escapeMarkdown(v ?? 'No hay datos que graficar para esta figura.')}\n\n`;
  }
  for (const f of ['texto_alternativo', 'leyenda', 'fuente'] as const) {
    if (typeof s[f] !== 'string' || s[f].trim() === '') fail('grafica', options, `la gráfica «${s.id}» no tiene «${f}»`);
  }
  return [
    '',
    '',
    `![${escapeMarkdown(s.texto_alternativo.trim())}](grafica:${s.id})`,
    '',
    `Figura: ${escapeMarkdown(s.leyenda.trim())} {#fig:${s.id}}`,
    '',
    sourceLine(s.fuente, s.nota),
    '',
    '',
  ].join('\n');
}

/** {{#si_grafica "id"}}…{{else}}…{{/si_grafica}}: the block when the chart exists and has data. */
export function si_grafica(this: unknown, ...raw: unknown[]): string {
  const { params, options } = splitArgs(raw);
  const x = params[0];
  const root = options.data?.root as { analisis?: { graficas?: Record<string, Grafica> } } | undefined;
  const spec = typeof x === 'string' ? root?.analisis?.graficas?.[x] : (x as Grafica | undefined);
  const ok = !!spec && typeof spec === 'object' && !chartIsEmpty(spec);
  return ok ? options.fn(this) : options.inverse(this);
}
