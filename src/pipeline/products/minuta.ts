/**
 * The minutes (minutas) of the programme's meetings: one DOCX + Markdown twin per minute in the
 * organisation's format, and the register of every agreement with its state at the status date.
 * Options: `archivo` (one minute; the register is always rebuilt), `fecha` (status date).
 */
import path from 'node:path';
import { findMinute } from '../../load/programa.js';
import { agreementRegister } from '../../analyse/programa/index.js';
import { formatDate } from '../../util/format-es.js';
import { minuteMarkdown, registerMarkdown, twinComment } from '../../render/programa/markdown.js';
import type { OutputFile, Product, ProductBuild, ProductRequest } from '../product.js';
import { loadForProducts, programmeDir, programmeInfo, programmePrivacy, toDocx } from '../programa.js';

export const MINUTES_SUBDIR = 'minutas';
export const REGISTER_NAME = 'registro-acuerdos';

async function render(req: ProductRequest): Promise<ProductBuild> {
  const p = loadForProducts(req);
  const { data, names, date } = p;
  const dir = programmeDir(req);
  const files: OutputFile[] = [];
  const chosen = typeof req.options.archivo === 'string' ? [findMinute(data, req.options.archivo)] : data.minutes;
  for (const m of chosen) {
    const base = path.join(dir, MINUTES_SUBDIR, m.id);
    const markdown = twinComment(`la minuta ${m.file}`, `npm run minuta ${m.file}`, m.header.datos_de_muestra) + minuteMarkdown(m, { names, data, captions: true });
    const docx = await toDocx(markdown, programmeInfo(req, p, {
      title: `Minuta: ${m.header.titulo}`, shortTitle: `Minuta — ${formatDate(m.header.fecha)}`, date: m.header.fecha, version: '1', status: 'final',
      sample: m.header.datos_de_muestra, cover: false, subject: `Minuta de la reunión del ${formatDate(m.header.fecha)}`,
    }), `${base}.md`, req.root);
    files.push({ target: `${base}.md`, bytes: markdown, twin: true }, { target: `${base}.docx`, bytes: docx });
  }
  const rows = agreementRegister(data.minutes, date);
  const sample = data.minutes.some((m) => m.header.datos_de_muestra);
  const regBase = path.join(dir, REGISTER_NAME);
  const regMd = twinComment('el registro de acuerdos', 'npm run minuta -- --todas', sample) + registerMarkdown(rows, date, sample);
  const regDocx = await toDocx(regMd, programmeInfo(req, p, {
    title: 'Registro de acuerdos', shortTitle: `Registro de acuerdos — ${formatDate(date)}`, date, version: '1', status: 'final', sample, cover: false, subject: 'Registro de acuerdos de las minutas del programa',
  }), `${regBase}.md`, req.root);
  files.push({ target: `${regBase}.md`, bytes: regMd, twin: true }, { target: `${regBase}.docx`, bytes: regDocx });
  return { files, privacy: programmePrivacy(req.project), summary: `Minutas: ${chosen.length} de ${data.minutes.length}; registro de acuerdos al ${formatDate(date)} (${rows.length} acuerdos)` };
}

export const minutas: Product = { id: 'minutas', nombre: 'minutas', scope: 'programa', render };
