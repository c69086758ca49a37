/**
 * The activity report of a period (informe de actividades): activities and meetings, products
 * delivered with their outputs, agreements and their state at the period's end, difficulties
 * and next steps. Option `periodo` (a number, or «todos» for every period).
 */
import path from 'node:path';
import { agreementRegister, findPeriod, productStatuses } from '../../analyse/programa/index.js';
import { formatDate } from '../../util/format-es.js';
import { activityReportMarkdown, twinComment } from '../../render/programa/markdown.js';
import { UserError } from '../../util/errors.js';
import type { OutputFile, Product, ProductBuild, ProductRequest } from '../product.js';
import { loadForProducts, programmeDir, programmeInfo, programmePrivacy, toDocx } from '../programa.js';
import { REPORTS_FILE } from '../../load/programa.js';

export const reportName = (n: number) => `informe-actividades-${n}`;

async function render(req: ProductRequest): Promise<ProductBuild> {
  const p = loadForProducts(req);
  const { data, names } = p;
  const opt = String(req.options.periodo ?? 'todos');
  let periods = data.reports.periodos;
  if (opt !== 'todos') {
    const n = Number(opt);
    const period = Number.isInteger(n) ? findPeriod(data, n) : undefined;
    if (!period) throw new UserError(`No existe el periodo «${opt}»`, [{ file: REPORTS_FILE, message: `periodos disponibles: ${data.reports.periodos.map((x) => x.numero).join(', ')}` }]);
    periods = [period];
  }
  const files: OutputFile[] = [];
  for (const period of periods) {
    const date = period.hasta;
    const base = path.join(programmeDir(req), reportName(period.numero));
    const markdown = twinComment(`el informe de actividades ${period.numero}`, `npm run informe -- actividades ${period.numero}`, data.reports.datos_de_muestra)
      + activityReportMarkdown(data, names, period, productStatuses(data, date), agreementRegister(data.minutes, date));
    const docx = await toDocx(markdown, programmeInfo(req, p, {
      title: `Informe de actividades ${period.numero}`, subtitle: `Periodo del ${formatDate(period.desde)} al ${formatDate(period.hasta)}`, shortTitle: `Informe de actividades ${period.numero}`,
      date, version: '1', status: 'final', sample: data.reports.datos_de_muestra, indexes: false, subject: `${data.plan.consultoria} — informe de actividades ${period.numero}`,
    }), `${base}.md`, req.root);
    files.push({ target: `${base}.md`, bytes: markdown, twin: true }, { target: `${base}.docx`, bytes: docx });
  }
  return { files, privacy: programmePrivacy(req.project), summary: `Informes de actividades: ${periods.map((x) => x.numero).join(', ')}` };
}

export const informeActividades: Product = { id: 'informe_actividades', nombre: 'informe de actividades', scope: 'programa', render };
