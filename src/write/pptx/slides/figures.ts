/** Slides built around figures: mecanismo, metodologia, estadisticas. */
import type { Stage } from '../../../schemas/vocabularies.js';
import { formatList, formatNumber, plural } from '../../../util/format-es.js';
import { CONTENT, rows, split, type Box } from '../geometry.js';
import { addArrow, addNotes, addRect, addText, newSlide } from '../primitives.js';
import { commonFontSize, fitText } from '../text-fit.js';
import { addChartPanel, chartById, hasPlottableData } from '../charts.js';
import { chartSentence, paragraphs } from '../notes.js';
import { extraNotes, titleOf, type Planner, type PlannedSlide } from './plan.js';
import type { ChartSpec } from '../../../analyse/types.js';

/** The four moments of the mechanism and the stages each one groups. */
export const MECHANISM: { key: string; label: string; description: string; stages: Stage[] }[] = [
  { key: 'deteccion', label: 'Detección', description: 'Identificar indicios de trata y hacer el primer contacto', stages: ['deteccion'] },
  { key: 'valoracion', label: 'Valoración', description: 'Entrevista, identificación y valoración del riesgo', stages: ['valoracion'] },
  { key: 'canalizacion', label: 'Canalización', description: 'Referencia y contrarreferencia entre instituciones', stages: ['canalizacion'] },
  {
    key: 'atencion',
    label: 'Atención',
    description: 'Atención, protección, acceso a la justicia y reparación',
    stages: ['atencion_inmediata', 'atencion_mediano_plazo', 'atencion_largo_plazo', 'proteccion', 'situacion_migratoria', 'retorno', 'acceso_justicia', 'reparacion'],
  },
];

export const planMechanism: Planner<'mecanismo'> = (entry, ctx) => [{
  render() {
    const { analysis: a, style } = ctx;
    const h = newSlide(ctx, 'mecanismo', titleOf(ctx, entry, 'El mecanismo en una imagen'));
    const [intro, body, foot] = rows(CONTENT, [0.5, 4.35, 0.55], 0.15);
    addText(h, 'La ruta de una víctima de trata, desde que se detecta hasta que recibe atención integral', intro!, { min: 14, max: 20, maxLines: 1 }, { color: style.colors.gris, name: 'introducción' });
    const arrowW = 0.5;
    const gap = 0.12;
    const n = MECHANISM.length;
    const boxW = (body!.w - (n - 1) * (arrowW + 2 * gap)) / n;
    const notes: string[] = [];
    const layout = MECHANISM.map((_, i) => rows({ x: body!.x + i * (boxW + arrowW + 2 * gap), y: body!.y, w: boxW, h: body!.h }, [1.0, 1.0, 2.15], 0.1) as [Box, Box, Box]);
    const inner = (b: Box): Box => ({ x: b.x + 0.05, y: b.y + 0.05, w: b.w - 0.1, h: b.h - 0.1 });
    const headFit = { min: 16, max: 24, bold: true, maxLines: 1 };
    const headSize = commonFontSize(MECHANISM.map((m, i) => ({ text: m.label, box: inner(layout[i]![0]) })), headFit);
    const descFit = { min: 12, max: 16, maxLines: 3 };
    const descSize = commonFontSize(MECHANISM.map((m, i) => ({ text: m.description, box: layout[i]![1] })), descFit);
    MECHANISM.forEach((m, i) => {
      const [head, desc, card] = layout[i]!;
      const x = head.x;
      addRect(h, head, i === n - 1 ? style.colors.tinte : style.colors.primario, { rounded: true, name: `etapa ${m.label}` });
      addText(h, m.label, inner(head), { ...headFit, min: headSize, max: headSize }, { color: 'FFFFFF', align: 'center', valign: 'middle', name: `nombre ${m.label}` });
      if (i < n - 1) addArrow(h, { x: x + boxW + gap, y: head.y + head.h / 2 - 0.3, w: arrowW, h: 0.6 }, style.colors.secundario);
      addText(h, m.description, desc, { ...descFit, min: descSize, max: descSize }, { align: 'center', valign: 'middle', name: `descripción ${m.label}` });
      const bundles = m.stages.map((s) => a.byStage[s]);
      const sum = (f: (b: (typeof bundles)[number]) => number) => bundles.reduce((t, b) => t + f(b), 0);
      const barriers = sum((b) => b.barriers.reduce((t, f) => t + f.n, 0) + b.challenges.reduce((t, f) => t + f.n, 0));
      const advances = sum((b) => b.advances.reduce((t, f) => t + f.n, 0) + b.goodPractices.reduce((t, f) => t + f.n, 0));
      const recs = sum((b) => b.recommendations.length);
      addRect(h, card, style.light, { rounded: true, name: `resumen ${m.label}` });
      const lines: [string, string][] = [
        [`${plural(barriers, 'barrera o reto', 'barreras o retos')}`, style.colors.rojo],
        [`${plural(advances, 'avance o buena práctica', 'avances o buenas prácticas')}`, '2E7D6F'],
        [plural(recs, 'recomendación', 'recomendaciones'), style.colors.primario],
      ];
      const cells = rows({ x: card.x + 0.08, y: card.y + 0.08, w: card.w - 0.16, h: card.h - 0.16 }, [1, 1, 1], 0.04);
      const size = Math.min(...lines.map(([t], k) => fitText(t, cells[k]!, { min: 11, max: 15, bold: true, maxLines: 2 }).fontSize));
      lines.forEach(([t, color], k) => addText(h, t, cells[k]!, { min: size, max: size, bold: true, maxLines: 2 }, { color, align: 'center', valign: 'middle', name: `cifra ${k + 1} de ${m.label}` }));
      notes.push(`${m.label} (${m.description.charAt(0).toLowerCase()}${m.description.slice(1)}): ${plural(barriers, 'mención', 'menciones')} de barreras o retos, ${plural(advances, 'mención', 'menciones')} de avances o buenas prácticas y ${plural(recs, 'recomendación', 'recomendaciones')}.`);
    });
    addText(h, 'Menciones: fragmentos de entrevista codificados. «Atención» incluye también protección, situación migratoria, retorno, justicia y reparación.', foot!, { min: 10, max: 12, maxLines: 2 }, { color: style.colors.gris, name: 'nota' });
    const most = a.headline.stageMostBarriers;
    addNotes(h, paragraphs(
      'El diagnóstico analiza el mecanismo estatal en cuatro momentos: detección, valoración, canalización y atención.',
      notes.join('\n'),
      most ? `La etapa con más barreras señaladas es ${most.label.toLowerCase()} (${plural(most.n, 'mención', 'menciones')}).` : undefined,
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
    const cards = rows({ ...left!, h: left!.h - 0.95 }, [1, 1, 1], 0.2);
    const parts = cards.map((card) => split({ x: card.x + 0.1, y: card.y + 0.05, w: card.w - 0.2, h: card.h - 0.1 }, [1, 1.6], 0.1) as [Box, Box]);
    const numFit = { min: 24, max: 44, bold: true, maxLines: 1 };
    const labelFit = { min: 12, max: 18, maxLines: 3 };
    const numSize = commonFontSize(figures.map(([num], i) => ({ text: num, box: parts[i]![0] })), numFit);
    const labelSize = commonFontSize(figures.map(([, label], i) => ({ text: label, box: parts[i]![1] })), labelFit);
    figures.forEach(([num, label], i) => {
      addRect(h, cards[i]!, style.light, { rounded: true, name: `cifra ${label}` });
      addText(h, num, parts[i]![0], { ...numFit, min: numSize, max: numSize }, { color: style.colors.primario, align: 'right', valign: 'middle', name: `número ${label}` });
      addText(h, label, parts[i]![1], { ...labelFit, min: labelSize, max: labelSize }, { valign: 'middle', name: `etiqueta ${label}` });
    });
    const modality = iv.byModality.filter((m) => m.n > 0).map((m) => `${m.label.toLowerCase()}: ${m.nText}`);
    addText(h, `Entrevistas semiestructuradas ${iv.period.text}${modality.length ? ` (${formatList(modality)})` : ''}.`, { x: left!.x, y: left!.y + left!.h - 0.85, w: left!.w, h: 0.85 }, { min: 11, max: 14, maxLines: 3 }, { color: style.colors.gris, name: 'periodo' });
    let chartText: string | undefined;
    if (right && spec) {
      addChartPanel(h, spec, right, { heading: true, captionLines: 2 });
      chartText = chartSentence(spec);
    }
    const top = iv.bySector[0];
    addNotes(h, paragraphs(
      `El diagnóstico combina trabajo de campo y revisión documental. Se realizaron ${plural(iv.total, 'entrevista')} semiestructuradas con ${plural(iv.institutions, 'institución', 'instituciones')} de ${plural(sectors, 'sector', 'sectores')}, ${iv.period.text}.`,
      modality.length ? `Modalidad de las entrevistas: ${formatList(modality)}.` : undefined,
      top ? `El sector con más entrevistas es ${top.label.toLowerCase()} (${top.nText}, ${top.pctText}).` : undefined,
      chartText,
      `${iv.withQuoteConsent} entrevistas (${iv.withQuoteConsentPctText}) dieron consentimiento para citar fragmentos; solo de ellas se presentan citas, siempre sin nombres ni cargos.`,
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
        addText(h, `víctimas de trata de personas registradas en ${ctx.analysis.meta.state}${st.periodText ? `, ${st.periodText}` : ''} (corte: ${st.cutDateText})`, txt!, { min: 12, max: 18, maxLines: 2 }, { valign: 'middle', name: 'descripción del total' });
        body = rest!;
      }
      const panels = group.length > 1 ? split(body, [1, 1], 0.4) : [body];
      const sentences: string[] = [];
      group.forEach((spec, i) => {
        addChartPanel(h, spec, panels[i]!, { heading: group.length > 1, captionLines: group.length > 1 ? 3 : 2, fontSize: group.length > 1 ? 11 : 12 });
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
