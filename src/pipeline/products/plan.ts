/**
 * The work plan (plan de trabajo): objectives, methodology, activities and products, the Gantt
 * timetable drawn from the data, and the products' status at the status date. DOCX + twin.
 */
import path from 'node:path';
import { ganttSpec, productStatuses } from '../../analyse/programa/index.js';
import { formatDate } from '../../util/format-es.js';
import { planMarkdown, twinComment } from '../../render/programa/markdown.js';
import type { Product, ProductBuild, ProductRequest } from '../product.js';
import { chartParts } from '../../privacy/guard.js';
import { buildGanttDeck } from '../../write/pptx/gantt.js';
import { ganttImages, loadForProducts, programmeDir, programmeInfo, programmePrivacy, toDocx } from '../programa.js';

export const PLAN_NAME = 'plan-de-trabajo';

async function render(req: ProductRequest): Promise<ProductBuild> {
  const p = loadForProducts(req);
  const { data, names, date } = p;
  const plan = data.plan;
  const statuses = productStatuses(data, date);
  const gantt = ganttSpec(data, date);
  const base = path.join(programmeDir(req), PLAN_NAME);
  const markdown = twinComment('el plan de trabajo', 'npm run plan', plan.datos_de_muestra) + planMarkdown(data, names, statuses, gantt, date);
  const docx = await toDocx(markdown, programmeInfo(req, p, {
    title: plan.titulo, subtitle: plan.consultoria, shortTitle: 'Plan de trabajo', date: plan.fecha_documento, version: plan.version, status: plan.estado_documento,
    sample: plan.datos_de_muestra, subject: `Plan de trabajo — estado de los productos al ${formatDate(date)}`,
  }), `${base}.md`, req.root, ganttImages(gantt, req.project));
  // The timetable as native, editable shapes for a slide deck.
  const pptx = await buildGanttDeck(gantt, {
    title: 'Cronograma del plan de trabajo', subtitle: gantt.caption, date: plan.fecha_documento, style: req.project.estilo, organisation: req.project.organizacion.nombre_corto,
    footer: [req.project.organizacion.nombre_corto, plan.titulo, ...(plan.datos_de_muestra ? ['Datos ilustrativos'] : [])].join(' · '),
  });
  return {
    files: [{ target: `${base}.md`, bytes: markdown, twin: true }, { target: `${base}.docx`, bytes: docx }, { target: `${base}-cronograma.pptx`, bytes: pptx }],
    privacy: { ...programmePrivacy(req.project), extraParts: chartParts([{ id: gantt.id, caption: gantt.caption, alt: gantt.alt, labels: gantt.bars.map((b) => b.label) }], `${base}.docx`) },
    summary: `Plan de trabajo: ${plan.actividades.length} actividades, ${plan.productos.length} productos; estado al ${formatDate(date)}`,
  };
}

export const planDeTrabajo: Product = { id: 'plan_de_trabajo', nombre: 'plan de trabajo', scope: 'programa', render };
