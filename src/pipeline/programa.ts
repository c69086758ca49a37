/**
 * What the programme's products (minutas, plan de trabajo, informes) share: loading
 * data/programa/ with the input privacy scan, the states' names, the output paths and the
 * Markdown → DOCX step with the same writer as every report.
 */
import path from 'node:path';
import type { ProjectConfig } from '../config/project.js';
import { listStates, loadStateConfig } from '../load/state.js';
import { loadProgramme, type ProgrammeData } from '../load/programa.js';
import { statusDate } from '../analyse/programa/index.js';
import type { GanttSpec } from '../analyse/programa/index.js';
import { assertNoIdentifiers } from '../privacy/guard.js';
import { scanProgrammeSources } from '../privacy/programa.js';
import { renderGanttPng, ganttSize } from '../render/charts/gantt.js';
import type { Names } from '../render/programa/markdown.js';
import { DocxMarkdownError, markdownToDocx, type DocxInfo, type ImageResolver } from '../write/docx/index.js';
import { UserError } from '../util/errors.js';
import { formatList } from '../util/format-es.js';
import { displayPath } from '../util/paths.js';
import type { OutputPrivacy, ProductRequest } from './product.js';

/** Where every programme output goes (proyecto.yaml → salidas.programa). */
export function programmeDir(req: ProductRequest): string {
  return path.join(req.outRoot, req.project.salidas.programa ?? 'reports/programa');
}

export interface LoadedProgramme {
  data: ProgrammeData;
  names: Names;
  /** The status date: --fecha, SOURCE_DATE_EPOCH or the plan's fecha_corte. */
  date: string;
}

/** data/programa/ validated and scanned (identifiers in the minutes stop here, masked). */
export function loadForProducts(req: ProductRequest): LoadedProgramme {
  const data = loadProgramme(req.root);
  assertNoIdentifiers(scanProgrammeSources([...data.sources, ...data.minutes.map((m) => ({ file: m.file, text: m.text }))], req.root, [req.project.organizacion.contacto]));
  const fecha = typeof req.options.fecha === 'string' ? req.options.fecha : undefined;
  if (fecha !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(fecha)) throw new UserError(`--fecha debe ser una fecha AAAA-MM-DD (recibió «${fecha}»)`);
  const states: Record<string, string> = {};
  for (const s of listStates(req.root)) states[s] = loadStateConfig(s, req.root).nombre;
  return { data, names: { states }, date: statusDate(data, fecha) };
}

/** Privacy settings of every programme output: no state roster (inputs were scanned with all of them). */
export function programmePrivacy(project: ProjectConfig): OutputPrivacy {
  return { allow: [project.organizacion.contacto] };
}

export function programmeStates(names: Names): string {
  return formatList(Object.values(names.states));
}

/** The same DOCX writer as the diagnostics; Markdown problems become a Spanish UserError at the twin's lines. */
export async function toDocx(markdown: string, info: DocxInfo, twin: string, root: string, images: ImageResolver = async () => undefined): Promise<Buffer> {
  return markdownToDocx(markdown, info, images).catch((e: unknown) => {
    if (!(e instanceof DocxMarkdownError)) throw e;
    const file = `${displayPath(root, twin)} (generado, no escrito)`;
    throw new UserError('El Markdown generado no se puede convertir a DOCX; revise el texto de las minutas o de data/programa/', e.problems.map((p) => ({ file, line: p.line, column: p.column, message: p.message })));
  });
}

/** Images of a programme document: the Gantt chart. */
export function ganttImages(gantt: GanttSpec, project: ProjectConfig): ImageResolver {
  return async (url) => {
    if (url !== `grafica:${gantt.id}`) return undefined;
    const { width, height } = ganttSize(gantt, project.estilo);
    return { data: await renderGanttPng(gantt, project.estilo), width, height, alt: gantt.alt };
  };
}

/** DocxInfo fields shared by the programme's documents. */
export function programmeInfo(req: ProductRequest, p: LoadedProgramme, o: { title: string; subtitle?: string; shortTitle: string; date: string; version: string; status: 'borrador' | 'final'; sample: boolean; cover?: boolean; indexes?: boolean; subject: string }): DocxInfo {
  return {
    title: o.title,
    subtitle: o.subtitle,
    shortTitle: o.shortTitle,
    stateName: programmeStates(p.names),
    organisation: req.project.organizacion.nombre,
    programme: req.project.organizacion.programa,
    date: o.date,
    version: o.version,
    status: o.status,
    sampleData: o.sample,
    subject: o.subject,
    keywords: ['trata de personas', 'programa', o.shortTitle],
    style: req.project.estilo,
    indexes: o.indexes ?? true,
    cover: o.cover,
  };
}
