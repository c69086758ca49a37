/**
 * flujogramas: an overview slide listing the state's flowcharts, then each flowchart drawn as
 * native shapes by src/flowcharts/pptx.ts (`addFlowchartSlides`), on the deck's content master
 * (title bar, footer, slide number) and inside the content area. Skipped when the state has no
 * flowcharts.
 */
import type PptxGenJS from 'pptxgenjs';
import { formatList } from '../../../util/format-es.js';
import { CONTENT, FLOWCHART_AREA, rows, TITLE_BOX } from '../geometry.js';
import { addNotes, addText, newSlide, TITLE_FIT } from '../primitives.js';
import { fitText } from '../text-fit.js';
import { TITLE_PLACEHOLDER } from '../master.js';
import { paragraphs } from '../notes.js';
import { drawTable, layoutTable, type TableCell, type TableColumn } from '../table.js';
import { extraNotes, titleOf, type Planner, type PlannedSlide } from './plan.js';
import { MASTER_CONTENT, type SlideRecord } from '../context.js';
import { FLOW_STATUS, flowStatus, type FlowStatus } from '../../../flowcharts/types.js';
import type { DeckContext } from '../context.js';

/** What src/flowcharts/pptx.ts reports for each slide it added (FlowchartSlideInfo). */
interface DrawnSlide {
  title: string;
  kind?: string;
  notes?: string;
  shapes: { x: number; y: number; w: number; h: number; what: string }[];
}

/** What the deck needs to know of a flowchart layout (src/flowcharts/types.ts FlowchartLayout). */
export interface FlowchartInfo {
  id: string;
  title: string;
  version?: string;
  estatus?: string;
  fecha?: string;
  steps?: { number: string; lane: string; text: string }[];
  parts?: unknown[];
}


/** A status as the report names it, with the state's CIE («Validado con la CICTP»). */
const statusOf = (ctx: DeckContext, estatus: string | undefined): string =>
  estatus && estatus in FLOW_STATUS ? flowStatus(estatus as FlowStatus, ctx.analysis.meta.cie) : estatus ?? '';

function info(x: unknown): FlowchartInfo | undefined {
  const o = x as Partial<FlowchartInfo> | null;
  return o && typeof o.id === 'string' && typeof o.title === 'string' ? (o as FlowchartInfo) : undefined;
}

/** pptxgenjs keeps its slides in a private array; the flowchart module adds slides to it directly. */
function slideCount(pptx: PptxGenJS): number {
  return ((pptx as unknown as { _slides?: unknown[] })._slides ?? []).length;
}
function slideAt(pptx: PptxGenJS, i: number): PptxGenJS.Slide | undefined {
  return ((pptx as unknown as { _slides?: PptxGenJS.Slide[] })._slides ?? [])[i];
}

export const planFlowcharts: Planner<'flujogramas'> = (entry, ctx) => {
  const pairs = ctx.flowcharts.map((raw) => ({ raw, info: info(raw) })).filter((x): x is { raw: unknown; info: FlowchartInfo } => !!x.info);
  const layouts = pairs.map((p) => p.info);
  if (!layouts.length || !ctx.flowchartRenderer) return [];
  const render = ctx.flowchartRenderer;
  const overview: PlannedSlide = {
    render() {
      const title = titleOf(ctx, entry, 'Flujogramas por perfil de víctima');
      const h = newSlide(ctx, 'flujogramas', title);
      const columns: TableColumn[] = [
        { header: 'Flujograma', width: 7.0, maxLines: 2 },
        { header: 'Versión', width: 1.5, align: 'center' },
        { header: 'Estatus', width: 2.3, align: 'center' },
        { header: 'Pasos', width: 1.5, align: 'center' },
      ];
      const data: TableCell[][] = layouts.map((l) => [
        { text: l.title },
        { text: l.version ?? '' },
        { text: statusOf(ctx, l.estatus) },
        { text: String(l.steps?.length ?? '') },
      ]);
      const [area, foot] = rows(CONTENT, [5.0, 0.45], 0.1);
      const layout = layoutTable(columns, data.slice(0, 10), area!.h, { min: 14, max: 18 });
      drawTable(h, columns, layout, layout.pages[0]!, { x: area!.x, y: area!.y }, 'tabla de flujogramas');
      addText(h, 'Cada flujograma muestra la ruta de una víctima según su perfil: qué institución actúa en cada paso y qué sigue.', foot!, { min: 12, max: 14, maxLines: 2 }, { color: ctx.style.colors.gris, name: 'nota', secondary: true });
      addNotes(h, paragraphs(
        `Se presentan ${layouts.length === 1 ? 'un flujograma' : `${layouts.length} flujogramas`} de detección, canalización y protección de víctimas: ${formatList(layouts.map((l) => l.title))}.`,
        `Cada flujograma se valida ${ctx.placeholders.con_el_cie_siglas ?? 'con el CIE'} antes de su versión final; se pide a las instituciones revisar los pasos, los responsables y los plazos.`,
        extraNotes(ctx, entry),
      ));
    },
  };
  const each = layouts.map((l, i): PlannedSlide => ({
    render() {
      const before = slideCount(ctx.pptx);
      // the deck's content master: title bar (title fitted like every other slide), footer and
      // slide number; the flowchart draws only inside the content area
      const drawn = render(ctx.pptx, pairs[i]!.raw, {
        style: ctx.data.project.estilo,
        footer: ctx.footer,
        masterName: MASTER_CONTENT,
        titlePlaceholder: TITLE_PLACEHOLDER,
        // long flowchart titles may go down to 16 pt to keep two lines rather than be shortened
        fitTitle: (t: string) => fitText(t, TITLE_BOX, { ...TITLE_FIT, min: 16 }),
        content: { x: FLOWCHART_AREA.x, y: FLOWCHART_AREA.y, width: FLOWCHART_AREA.w, height: FLOWCHART_AREA.h },
        cie: ctx.analysis.meta.cie,
      });
      const infos = Array.isArray(drawn) ? (drawn as DrawnSlide[]) : [];
      const after = slideCount(ctx.pptx);
      for (let k = before; k < after; k++) {
        const drawnSlide = infos[k - before];
        const record: SlideRecord = {
          number: ctx.slides.length + 1,
          kind: 'flujograma',
          title: drawnSlide?.title || l.title,
          notes: '',
          shapes: [{ box: TITLE_BOX, what: 'título' }, ...(drawnSlide?.shapes ?? []).map((sh) => ({ box: { x: sh.x, y: sh.y, w: sh.w, h: sh.h }, what: sh.what }))],
        };
        ctx.slides.push(record);
        const slide = slideAt(ctx.pptx, k);
        const notes = paragraphs(
          `Flujograma ${i + 1} de ${layouts.length}: ${l.title}. Estatus: ${l.estatus ? statusOf(ctx, l.estatus) : 'sin estatus'}${l.version ? `, versión ${l.version}` : ''}.`,
          drawnSlide?.notes,
          k === before ? extraNotes(ctx, entry) : undefined,
        );
        record.notes = notes;
        if (slide) slide.addNotes(notes);
      }
    },
  }));
  return [overview, ...each];
};
