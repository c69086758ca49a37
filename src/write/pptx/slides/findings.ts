/** Slides of findings and what follows from them: etapa, cobertura, recomendaciones, flujogramas. */
import { STAGES, type Stage } from '../../../schemas/vocabularies.js';
import type { CodeFinding, Excerpt, StageBundle } from '../../../analyse/types.js';
import { formatList, plural } from '../../../util/format-es.js';
import { CONTENT, columns as cols, rows, split, type Box } from '../geometry.js';
import { addBullets, addNotes, addRect, addText, newSlide } from '../primitives.js';
import { addChartPanel, chartById, hasPlottableData } from '../charts.js';
import { chartSentence, paragraphs, stageNotes } from '../notes.js';
import { drawTable, layoutTable, type TableCell, type TableColumn } from '../table.js';
import { commonFontSize, fitBullets, truncateToLines } from '../text-fit.js';
import { extraNotes, titleOf, type Planner, type PlannedSlide } from './plan.js';

/** Stages an `etapa` entry expands to; `todas` = every stage with coded findings. */
export function stagesOf(entry: { etapa: 'todas' | Stage | Stage[] }, bundles: StageBundle[]): StageBundle[] {
  if (entry.etapa === 'todas') return bundles.filter((b) => b.segments > 0);
  const keys = Array.isArray(entry.etapa) ? entry.etapa : [entry.etapa];
  return bundles.filter((b) => keys.includes(b.stage));
}

const findingText = (f: CodeFinding) => `${f.label} (${plural(f.interviews, 'entrevista')})`;

/** Shortest consented quotation of the stage (excerpts are consented by contract). */
function pickQuote(excerpts: Excerpt[]): Excerpt | undefined {
  return [...excerpts].sort((a, b) => a.text.length - b.text.length || a.segmentId.localeCompare(b.segmentId))[0];
}

export const planStage: Planner<'etapa'> = (entry, ctx) => stagesOf(entry, ctx.analysis.stages).map((b): PlannedSlide => ({
  render() {
    const { style } = ctx;
    const stageLabel = b.label;
    const h = newSlide(ctx, 'etapa', titleOf(ctx, entry, '{{etapa}}', { etapa: stageLabel }));
    const max = entry.hallazgos ?? 3;
    const quote = entry.cita === false ? undefined : pickQuote(b.excerpts);
    let summary: Box, body: Box, strip: Box, quoteBox: Box | undefined;
    if (quote) [summary, body, quoteBox, strip] = rows(CONTENT, [0.45, 3.0, 1.1, 0.6], 0.15) as [Box, Box, Box, Box];
    else [summary, body, strip] = rows(CONTENT, [0.45, 4.25, 0.6], 0.15) as [Box, Box, Box];
    const counts = b.byValence.filter((r) => r.n > 0).map((r) => `${r.nText} ${r.label.toLowerCase()}`);
    addText(h, `${plural(b.segments, 'fragmento codificado', 'fragmentos codificados')}${counts.length ? `: ${counts.join(' · ')}` : ''}`, summary!, { min: 12, max: 16, maxLines: 1 }, { color: style.colors.gris, name: 'resumen de la etapa' });
    const groups: { title: string; color: string; items: CodeFinding[] }[] = [
      { title: 'Barreras y retos', color: style.colors.rojo, items: [...b.barriers, ...b.challenges].slice(0, max) },
      { title: 'Avances', color: '2E8B7F', items: b.advances.slice(0, max) },
      { title: 'Buenas prácticas', color: style.colors.primario, items: b.goodPractices.slice(0, max) },
    ];
    const columnBoxes = cols(body!, 3, 0.3);
    const lists = columnBoxes.map((col): Box => ({ x: col.x, y: col.y + 0.55, w: col.w, h: col.h - 0.55 }));
    // one font size for the three columns: the smallest that each needs
    const bulletFit = { min: 12, max: 18, maxLinesPerItem: 4 };
    const size = Math.min(...groups.map((g, i) => (g.items.length ? fitBullets(g.items.map(findingText), lists[i]!, bulletFit).fontSize : bulletFit.max)));
    columnBoxes.forEach((col, i) => {
      const g = groups[i]!;
      addRect(h, { x: col.x, y: col.y, w: col.w, h: 0.5 }, g.color, { name: `encabezado ${g.title}` });
      addText(h, g.title, { x: col.x, y: col.y, w: col.w, h: 0.5 }, { min: 14, max: 18, bold: true, maxLines: 1 }, { color: 'FFFFFF', valign: 'middle', name: `título ${g.title}` });
      if (g.items.length) {
        addBullets(h, g.items.map(findingText), lists[i]!, { ...bulletFit, min: size, max: size }, { name: `lista ${g.title}` });
      } else {
        addText(h, 'Sin hallazgos de este tipo en las entrevistas.', lists[i]!, { min: 12, max: 14, maxLines: 3 }, { color: style.colors.gris, italic: true, name: `vacío ${g.title}` });
      }
    });
    if (quote && quoteBox) {
      addRect(h, quoteBox, style.light, { name: 'cita' });
      addRect(h, { x: quoteBox.x, y: quoteBox.y, w: 0.08, h: quoteBox.h }, style.colors.secundario, { name: 'filete de la cita' });
      const [q, who] = rows({ x: quoteBox.x + 0.2, y: quoteBox.y + 0.05, w: quoteBox.w - 0.3, h: quoteBox.h - 0.1 }, [2.3, 1], 0.02);
      const shortQuote = truncateToLines(quote.text, q!.w - 0.2, 14, 2).text;
      addText(h, `«${shortQuote}»`, q!, { min: 12, max: 16, maxLines: 2 }, { italic: true, valign: 'middle', name: 'texto de la cita' });
      addText(h, `— ${quote.attribution}`, who!, { min: 10, max: 12, maxLines: 1 }, { color: style.colors.gris, align: 'right', name: 'atribución de la cita' });
    }
    const stats: [number, string, string][] = [
      [b.instruments.length, 'instrumento normativo', 'instrumentos normativos'],
      [b.tools.length, 'herramienta oficial', 'herramientas oficiales'],
      [b.recommendations.length, 'recomendación', 'recomendaciones'],
    ];
    const cells = cols(strip!, 3, 0.3);
    const statFit = { min: 12, max: 16, bold: true, maxLines: 1 };
    const statSize = commonFontSize(stats.map(([n, one, many], i) => ({ text: plural(n, one, many), box: cells[i]! })), statFit);
    cells.forEach((cell, i) => {
      const [n, one, many] = stats[i]!;
      addRect(h, cell, style.light, { name: `dato ${many}` });
      addText(h, plural(n, one, many), cell, { ...statFit, min: statSize, max: statSize }, { color: n === 0 ? style.colors.rojo : style.colors.primario, align: 'center', valign: 'middle', name: `texto ${many}` });
    });
    addNotes(h, paragraphs(
      stageNotes(ctx.analysis, b),
      quote ? `Cita (con consentimiento): «${quote.text}» — ${quote.attribution}.` : undefined,
      extraNotes(ctx, entry, { etapa: stageLabel }),
    ));
  },
}));

export const planCoverage: Planner<'cobertura'> = (entry, ctx, index) => [{
  render() {
    const { analysis: a, style } = ctx;
    const cov = a.coverage;
    const title = titleOf(ctx, entry, 'Cobertura normativa y herramientas oficiales');
    const h = newSlide(ctx, 'cobertura', title);
    const sentences: string[] = [];
    if (entry.vista === 'grafica') {
      const specs = ['cobertura-normativa-etapa', 'herramientas-por-etapa'].map((id) => chartById(ctx, id, `diapositivas[${index}].vista`)).filter(hasPlottableData);
      const panels = specs.length > 1 ? split(CONTENT, [1, 1], 0.4) : [CONTENT];
      specs.forEach((s, i) => {
        addChartPanel(h, s, panels[i]!, { heading: true, captionLines: 2, fontSize: 10 });
        sentences.push(chartSentence(s));
      });
    } else {
      const columns: TableColumn[] = [
        { header: 'Etapa del mecanismo', width: 3.3 },
        { header: 'Instrumentos normativos', width: 2.15, align: 'center' },
        { header: 'Herramientas oficiales', width: 2.15, align: 'center' },
        { header: 'Herramientas en uso', width: 2.15, align: 'center' },
        { header: 'Observación', width: 2.55, maxLines: 2 },
      ];
      const stages = Object.keys(STAGES) as Stage[];
      const rowsData: TableCell[][] = stages.map((s) => {
        const nInst = cov.normative.byStage.find((x) => x.stage === s)?.n ?? 0;
        const tools = a.byStage[s].tools;
        const inUse = tools.filter((t) => t.inUse === 'si').length;
        const obs = nInst === 0 ? 'Sin instrumento normativo' : tools.length === 0 ? 'Sin herramienta oficial' : inUse === 0 ? 'Herramientas sin uso pleno' : '';
        return [
          { text: STAGES[s] },
          { text: String(nInst), ...(nInst === 0 ? { color: style.colors.rojo, bold: true } : {}) },
          { text: String(tools.length), ...(tools.length === 0 ? { color: style.colors.rojo, bold: true } : {}) },
          { text: String(inUse) },
          { text: obs, ...(obs ? { color: style.colors.rojo } : {}) },
        ];
      });
      const [tableArea, foot] = rows(CONTENT, [5.0, 0.4], 0.1);
      const layout = layoutTable(columns, rowsData, tableArea!.h, { min: 11, max: 15 });
      // a coverage table has one row per stage: it always fits one slide at the minimum size
      drawTable(h, columns, layout, layout.pages[0]!, { x: tableArea!.x, y: tableArea!.y }, 'tabla de cobertura');
      addText(h, `Fuente: elaboración propia con base en la revisión del marco normativo (corte: ${cov.normative.cutDateText}) y de herramientas oficiales${cov.tools.cutDateText ? ` (corte: ${cov.tools.cutDateText})` : ''}.`, foot!, { min: 9, max: 11, maxLines: 2 }, { color: style.colors.gris, name: 'fuente' });
    }
    const without = cov.normative.stagesWithout.map((c) => c.label.toLowerCase());
    const toolsWithout = cov.tools.stagesWithout.map((c) => c.label.toLowerCase());
    addNotes(h, paragraphs(
      `Se revisaron ${plural(cov.normative.total, 'instrumento normativo', 'instrumentos normativos')} (${cov.normative.inForce} vigentes) de los niveles ${formatList(cov.normative.byLevel.filter((l) => l.n > 0).map((l) => `${l.label.toLowerCase()} (${l.nText})`))}.`,
      without.length ? `Etapas sin ningún instrumento normativo: ${formatList(without)}.` : 'Todas las etapas del mecanismo están cubiertas por al menos un instrumento normativo.',
      `Herramientas oficiales: ${plural(cov.tools.total, 'herramienta')}, ${cov.tools.published} publicadas; uso: ${formatList(cov.tools.byUse.map((u) => `${u.label.toLowerCase()}, ${u.nText}`))}.`,
      toolsWithout.length ? `Etapas sin herramienta oficial: ${formatList(toolsWithout)}.` : undefined,
      cov.profiles.gapsSpecific ? `Hay ${plural(cov.profiles.gapsSpecific, 'combinación', 'combinaciones')} de perfil de víctima y etapa sin instrumento ni herramienta específicos.` : undefined,
      ...sentences,
      extraNotes(ctx, entry),
    ));
  },
}];

export const planRecommendations: Planner<'recomendaciones'> = (entry, ctx) => {
  const rec = ctx.analysis.recommendations;
  const list = entry.etapas ? rec.list.filter((r) => entry.etapas!.includes(r.stage)) : rec.list;
  if (!list.length) return [];
  const columns: TableColumn[] = [
    { header: 'N.º', width: 0.65, align: 'center' },
    { header: 'Etapa', width: 1.9, maxLines: 3 },
    { header: 'Recomendación', width: 5.1, maxLines: 6 },
    { header: 'Responsable', width: 1.9, maxLines: 3 },
    { header: 'Prioridad', width: 1.3, align: 'center' },
    { header: 'Plazo', width: 1.45, align: 'center' },
  ];
  const [tableArea, foot] = rows(CONTENT, [5.1, 0.35], 0.1);
  const data: TableCell[][] = list.map((r) => [
    { text: `R${r.number}`, bold: true },
    { text: r.stageLabel },
    { text: r.text },
    { text: r.institutionShort },
    { text: r.priorityLabel, ...(r.priority === 'alta' ? { bold: true, color: ctx.style.colors.rojo } : {}) },
    { text: r.horizonLabel },
  ]);
  const layout = layoutTable(columns, data, tableArea!.h, { min: 11, max: 14, maxRowsPerPage: entry.filas_por_diapositiva ?? 6 });
  let offset = 0;
  return layout.pages.map((page, p): PlannedSlide => {
    const items = list.slice(offset, offset + page.rows.length);
    offset += page.rows.length;
    return {
      render() {
        const base = titleOf(ctx, entry, 'Recomendaciones');
        const title = layout.pages.length > 1 ? `${base} (${p + 1} de ${layout.pages.length})` : base;
        const h = newSlide(ctx, 'recomendaciones', title);
        drawTable(h, columns, layout, page, { x: tableArea!.x, y: tableArea!.y }, 'tabla de recomendaciones');
        addText(h, `Recomendaciones R${items[0]!.number}–R${items[items.length - 1]!.number} de ${rec.total}. Prioridad alta en rojo.${layout.truncated ? ' El texto completo está en las notas y en el informe.' : ''}`, foot!, { min: 9, max: 11, maxLines: 1 }, { color: ctx.style.colors.gris, name: 'pie de tabla' });
        addNotes(h, paragraphs(
          p === 0 ? `El diagnóstico formula ${plural(rec.total, 'recomendación', 'recomendaciones')}: ${formatList(rec.byPriority.filter((x) => x.n > 0).map((x) => `${x.nText} de prioridad ${x.label.toLowerCase()}`))}. Las instituciones con más recomendaciones son ${formatList(rec.byInstitution.slice(0, 3).map((g) => `${g.label} (${g.n})`))}.` : `Continuación de las recomendaciones (${p + 1} de ${layout.pages.length}).`,
          items.map((r) => `R${r.number} (${r.stageLabel}; ${r.institution}; prioridad ${r.priorityLabel.toLowerCase()}, ${r.horizonLabel.toLowerCase()}): ${r.text}`).join('\n'),
          extraNotes(ctx, entry),
        ));
      },
    };
  });
};
