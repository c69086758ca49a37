/** Slides built around figures: mecanismo, metodologia, estadisticas. */
import type { Stage } from '../../../schemas/vocabularies.js';
import { formatList, formatNumber, plural } from '../../../util/format-es.js';
import { CONTENT, rows, split, type Box } from '../geometry.js';
import { addNotes, addRect, addText, newSlide } from '../primitives.js';
import { commonFontSize } from '../text-fit.js';
import { addChartPanel, chartById, hasPlottableData } from '../charts.js';
import { chartSentence, paragraphs } from '../notes.js';
import { extraNotes, titleOf, type Planner, type PlannedSlide } from './plan.js';
import type { ChartSpec, StageBundle } from '../../../analyse/types.js';

/** The four moments of the mechanism and the stages each one groups. */
export const MECHANISM: { key: string; label: string; description: string; stages: Stage[] }[] = [
  { key: 'deteccion', label: 'Detección', description: 'Indicios de trata y primer contacto', stages: ['deteccion'] },
  { key: 'valoracion', label: 'Valoración', description: 'Identificación y valoración del riesgo', stages: ['valoracion'] },
  { key: 'canalizacion', label: 'Canalización', description: 'Referencia entre instituciones', stages: ['canalizacion'] },
  {
    key: 'atencion',
    label: 'Atención',
    description: 'Atención, protección, justicia y reparación',
    stages: ['atencion_inmediata', 'atencion_mediano_plazo', 'atencion_largo_plazo', 'proteccion', 'situacion_migratoria', 'retorno', 'acceso_justicia', 'reparacion'],
  },
];

/**
 * Coded segments of a stage by valence, from the stage's own `byValence` — the very counts its
 * stage slide and the report print (never recomputed from a top-n list of codes).
 */
export function valenceCounts(b: StageBundle): { barriers: number; challenges: number; advances: number; practices: number } {
  const v = (k: string) => b.byValence.find((r) => r.key === k)?.n ?? 0;
  return { barriers: v('barrera'), challenges: v('reto'), advances: v('avance'), practices: v('buena_practica') };
}

export const planMechanism: Planner<'mecanismo'> = (entry, ctx) => [{
  render() {
    const { analysis: a, style } = ctx;
    const h = newSlide(ctx, 'mecanismo', titleOf(ctx, entry, 'El mecanismo en una imagen'));
    const [body, foot] = rows(CONTENT, [4.75, 0.7], 0.1);
    const notes: string[] = [];
    const figures = MECHANISM.map((m) => {
      const bundles = m.stages.map((s) => a.byStage[s]);
      const c = bundles.map(valenceCounts);
      const add = (f: (x: ReturnType<typeof valenceCounts>) => number) => c.reduce((t, x) => t + f(x), 0);
      return { negative: add((x) => x.barriers + x.challenges), positive: add((x) => x.advances + x.practices), recs: bundles.reduce((t, b) => t + b.recommendations.length, 0) };
    });
    // the route top-down, one row per moment; the same figures as the stage slides, in columns
    const columnsSpec: { title: string; color: string; value: (f: (typeof figures)[number]) => number }[] = [
      { title: 'Barreras o retos', color: style.colors.rojo, value: (f) => f.negative },
      { title: 'Avances o buenas prácticas', color: '2E7D6F', value: (f) => f.positive },
      { title: 'Recomendaciones', color: style.colors.primario, value: (f) => f.recs },
    ];
    const [names, ...cells] = split(body!, [0.9, 1, 1.2, 1], 0.25) as [Box, Box, Box, Box];
    const headH = 0.9;
    const rowGap = 0.14;
    const rowH = (body!.h - headH - 0.1 - (MECHANISM.length - 1) * rowGap) / MECHANISM.length;
    const rowY = (i: number) => body!.y + headH + 0.1 + i * (rowH + rowGap);
    const headFit = { min: 18, max: 20, bold: true, maxLines: 2 };
    const headSize = commonFontSize(columnsSpec.map((c, j) => ({ text: c.title, box: { ...cells[j]!, h: headH } })), headFit);
    columnsSpec.forEach((c, j) => addText(h, c.title, { ...cells[j]!, h: headH }, { ...headFit, min: headSize, max: headSize }, { color: c.color, align: 'center', valign: 'bottom', name: `encabezado ${c.title}` }));
    const nameFit = { min: 20, max: 24, bold: true, maxLines: 1 };
    const nameSize = commonFontSize(MECHANISM.map((m, i) => ({ text: m.label, box: { ...names!, y: rowY(i), h: rowH } })), nameFit);
    MECHANISM.forEach((m, i) => {
      const y = rowY(i);
      const nameBox: Box = { ...names!, y, h: rowH };
      addRect(h, nameBox, i === MECHANISM.length - 1 ? style.colors.tinte : style.colors.primario, { rounded: true, name: `etapa ${m.label}` });
      addText(h, m.label, nameBox, { ...nameFit, min: nameSize, max: nameSize }, { color: 'FFFFFF', align: 'center', valign: 'middle', name: `nombre ${m.label}` });
      const f = figures[i]!;
      columnsSpec.forEach((c, j) => {
        const cell: Box = { ...cells[j]!, y, h: rowH };
        addRect(h, cell, style.light, { rounded: true, name: `cifra ${c.title} de ${m.label}` });
        addText(h, formatNumber(c.value(f)), cell, { min: 24, max: 30, bold: true, maxLines: 1 }, { color: c.color, align: 'center', valign: 'middle', name: `número ${c.title} de ${m.label}` });
      });
      notes.push(`${m.label} (${m.description.charAt(0).toLowerCase()}${m.description.slice(1)}): ${plural(f.negative, 'fragmento', 'fragmentos')} sobre barreras o retos, ${plural(f.positive, 'fragmento', 'fragmentos')} sobre avances o buenas prácticas y ${plural(f.recs, 'recomendación', 'recomendaciones')}.`);
    });
    addText(h, 'Cifras: fragmentos de entrevista codificados. «Atención» reúne las ocho etapas de la atención inmediata a la reparación integral.', foot!, { min: 12, max: 14, maxLines: 2 }, { color: style.colors.gris, name: 'nota', secondary: true });
    const most = a.headline.stageMostBarriers;
    addNotes(h, paragraphs(
      'La ruta de una víctima de trata, desde que se detecta hasta que recibe atención integral. El diagnóstico analiza el mecanismo estatal en cuatro momentos: detección, valoración, canalización y atención.',
      notes.join('\n'),
      'Las cifras son las mismas de las diapositivas de cada etapa: fragmentos de entrevista codificados con cada valoración, no entrevistas.',
      most ? `La etapa con más barreras señaladas es ${most.label.toLowerCase()} (${plural(most.n, 'fragmento', 'fragmentos')} codificados como barrera).` : undefined,
      a.headline.bullets.length ? `Mensajes clave:\n${a.headline.bullets.map((b) => `• ${b}`).join('\n')}` : undefined,
      extraNotes(ctx, entry),
    ));
  },
}];

export const planMethodology: Planner<'metodologia'> = (entry, ctx, index) => [{
  render() {
    const { analysis: a, style } = ctx;
    const iv = a.interviews;
    const h = newSlide(ctx, 'metodologia', titleOf(ctx, entry, 'Metodología'));
    const spec = entry.grafica ? chartById(ctx, entry.grafica, `diapositivas[${index}].grafica`) : undefined;
    const [left, right] = hasPlottableData(spec) ? split(CONTENT, [1, 2.1], 0.5) : [CONTENT, undefined];
    const sectors = a.headline.sectors;
    const figures: [string, string][] = [
      [formatNumber(iv.total), iv.total === 1 ? 'entrevista' : 'entrevistas'],
      [formatNumber(iv.institutions), iv.institutions === 1 ? 'institución participante' : 'instituciones participantes'],
      [formatNumber(sectors), sectors === 1 ? 'sector representado' : 'sectores representados'],
    ];
    const cards = rows({ ...left!, h: left!.h - 1.1 }, [1, 1, 1], 0.2);
    const parts = cards.map((card) => split({ x: card.x + 0.1, y: card.y + 0.05, w: card.w - 0.2, h: card.h - 0.1 }, [1, 1.6], 0.1) as [Box, Box]);
    const numFit = { min: 24, max: 44, bold: true, maxLines: 1 };
    const labelFit = { min: 18, max: 20, maxLines: 2 };
    const numSize = commonFontSize(figures.map(([num], i) => ({ text: num, box: parts[i]![0] })), numFit);
    const labelSize = commonFontSize(figures.map(([, label], i) => ({ text: label, box: parts[i]![1] })), labelFit);
    figures.forEach(([num, label], i) => {
      addRect(h, cards[i]!, style.light, { rounded: true, name: `cifra ${label}` });
      addText(h, num, parts[i]![0], { ...numFit, min: numSize, max: numSize }, { color: style.colors.primario, align: 'right', valign: 'middle', name: `número ${label}` });
      addText(h, label, parts[i]![1], { ...labelFit, min: labelSize, max: labelSize }, { valign: 'middle', name: `etiqueta ${label}` });
    });
    const modality = iv.byModality.filter((m) => m.n > 0).map((m) => `${m.label.toLowerCase()}: ${m.nText}`);
    addText(h, `Entrevistas semiestructuradas ${iv.period.text}${modality.length ? ` (${formatList(modality)})` : ''}.`, { x: left!.x, y: left!.y + left!.h - 0.95, w: left!.w, h: 0.95 }, { min: 12, max: 14, maxLines: 4 }, { color: style.colors.gris, name: 'periodo', secondary: true });
    let chartText: string | undefined;
    if (right && spec) {
      addChartPanel(h, spec, right, { heading: true, captionLines: 2 });
      chartText = chartSentence(spec);
    }
    const top = iv.bySector[0];
    addNotes(h, paragraphs(
      `El diagnóstico combina trabajo de campo y revisión documental. Se realizaron ${plural(iv.total, 'entrevista')} semiestructuradas con ${plural(iv.institutions, 'institución', 'instituciones')} de ${plural(sectors, 'sector', 'sectores')}, ${iv.period.text}.`,
      modality.length ? `Modalidad de las entrevistas: ${formatList(modality)}.` : undefined,
      top ? `El sector con más entrevistas es ${top.label.toLowerCase()}: ${top.nText} de ${plural(iv.total, 'entrevista')} (${top.pctText} de las entrevistas).` : undefined,
      chartText,
      `Dieron consentimiento para citar fragmentos ${plural(iv.withQuoteConsent, 'entrevista')} de ${formatNumber(iv.total)} (${iv.withQuoteConsentPctText} de las entrevistas); solo de ellas se presentan citas, siempre sin nombres ni cargos.`,
      `La revisión documental incluyó ${plural(a.coverage.normative.total, 'instrumento normativo', 'instrumentos normativos')} y ${plural(a.coverage.tools.total, 'herramienta oficial', 'herramientas oficiales')}. Corte de las entrevistas: ${iv.cutDateText}.`,
      extraNotes(ctx, entry),
    ));
  },
}];

/** A chart fits half a slide when its categories are few and short (or laid out horizontally). */
function compact(spec: ChartSpec): boolean {
  if (spec.kind === 'horizontalBar' || spec.kind === 'stackedHorizontalBar' || spec.kind === 'doughnut') return spec.labels.length <= 8;
  return spec.labels.length <= 6 && Math.max(...spec.labels.map((l) => l.length)) <= 14;
}

export const planStatistics: Planner<'estadisticas'> = (entry, ctx, index) => {
  const st = ctx.analysis.statistics;
  if (!st.hasData) return [];
  const ids = entry.graficas ?? ['victimas-por-anio'];
  const specs = ids.map((id, j) => chartById(ctx, id, `diapositivas[${index}].graficas[${j}]`)).filter(hasPlottableData);
  // two compact charts share the slide; otherwise the second one gets a slide of its own
  const sideBySide = specs.length > 1 && specs.every(compact);
  const groups = sideBySide ? [specs] : specs.map((s) => [s]);
  if (!groups.length) groups.push([]);
  const last = ctx.analysis.headline.victimsLastYear;
  const baseTitle = titleOf(ctx, entry, 'Contexto estadístico');
  return groups.map((group, g): PlannedSlide => ({
    render() {
      const { style } = ctx;
      const title = g === 0 ? baseTitle : group[0]!.title;
      const h = newSlide(ctx, 'estadisticas', title);
      let body = CONTENT;
      if (g === 0) {
        const [band, rest] = rows(CONTENT, [0.9, 4.6], 0.2);
        const [num, txt] = split(band!, [1, 4], 0.2);
        addText(h, st.total.text, num!, { min: 24, max: 40, bold: true, maxLines: 1 }, { color: style.colors.primario, align: 'right', valign: 'middle', name: 'total de víctimas' });
        addText(h, `víctimas de trata de personas registradas en ${ctx.analysis.meta.state}${st.periodText ? `, ${st.periodText}` : ''} (corte: ${st.cutDateText})`, txt!, { min: 18, max: 20, maxLines: 2 }, { valign: 'middle', name: 'descripción del total' });
        body = rest!;
      }
      const panels = group.length > 1 ? split(body, [1, 1], 0.4) : [body];
      const sentences: string[] = [];
      group.forEach((spec, i) => {
        addChartPanel(h, spec, panels[i]!, { heading: group.length > 1, captionLines: group.length > 1 ? 3 : 2, fontSize: group.length > 1 ? 13 : 14 });
        sentences.push(chartSentence(spec));
      });
      addNotes(h, paragraphs(
        g === 0 ? `Según ${st.source}, con corte al ${st.cutDateText}, en ${ctx.analysis.meta.state} se registraron ${st.total.text} víctimas de trata de personas${st.periodText ? ` en ${st.periodText}` : ''}.` : undefined,
        g === 0 && last ? `En ${last.year} se registraron ${last.count.text} víctimas.` : undefined,
        st.bySex.length ? `Por sexo: ${formatList(st.bySex.map((r) => `${r.label.toLowerCase()}, ${r.count.text}`))}.` : undefined,
        st.byAgeBand.length ? `Por grupo de edad: ${formatList(st.byAgeBand.map((r) => `${r.label.toLowerCase()}, ${r.count.text}`))}.` : undefined,
        ...sentences,
        st.anySuppressed ? st.note : undefined,
        'Estas cifras son del fuero común: no incluyen los casos de competencia federal (FGR) ni distinguen la forma de explotación.',
        extraNotes(ctx, entry),
      ));
    },
  }));
};
