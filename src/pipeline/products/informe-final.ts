/**
 * The final report (informe final): every activity and product of the consultancy, a summary
 * of each product drawn from the products themselves (the diagnostics' key figures from the
 * same analysis that writes the diagnostic; the flowcharts of each state with their status; the
 * other state products listed in the plan), the agreements, the performance indicators and
 * every minute as a numbered annex with an index.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { analyse } from '../../analyse/index.js';
import { agreementRegister, ganttSpec, productStatuses } from '../../analyse/programa/index.js';
import { indicators } from '../../analyse/programa/indicators.js';
import { FLOW_STATUS } from '../../flowcharts/types.js';
import { loadBaseFlowcharts, loadStateFlowcharts } from '../../flowcharts/load.js';
import { compareRoutes } from '../../flowcharts/compare.js';
import { comparisonSummaryMarkdown } from '../../flowcharts/compare-markdown.js';
import { COMPARISON_DEFAULT_PATH } from './comparacion.js';
import { listStates, loadState, loadStateConfig } from '../../load/state.js';
import { chartParts } from '../../privacy/guard.js';
import { finalReportMarkdown, twinComment, type DiagnosticSummary, type FlowchartsSummary, type OtherProductSummary } from '../../render/programa/markdown.js';
import { PROFILES } from '../../schemas/vocabularies.js';
import { formatDate, formatNumber } from '../../util/format-es.js';
import { displayPath } from '../../util/paths.js';
import { outputPath } from '../../config/project.js';
import { guardInputs } from '../privacy-gate.js';
import type { Product, ProductBuild, ProductRequest } from '../product.js';
import { ganttImages, loadForProducts, programmeDir, programmeInfo, programmePrivacy, toDocx } from '../programa.js';

export const FINAL_NAME = 'informe-final';

/** The diagnostic's key figures, from the same load → privacy → analyse as `npm run report`. */
async function diagnosticSummary(req: ProductRequest, slug: string): Promise<DiagnosticSummary> {
  const data = await loadState(slug, { root: req.root });
  guardInputs(data);
  const h = analyse(data).headline;
  const n = (x: number) => formatNumber(x);
  return {
    state: data.config.nombre,
    file: displayPath(req.root, outputPath(req.project.salidas.gemelo, slug, req.root)),
    figures: [
      { label: 'Entrevistas', value: n(h.interviews) },
      { label: 'Instituciones entrevistadas', value: n(h.institutions) },
      { label: 'Sectores', value: n(h.sectors) },
      { label: 'Fragmentos codificados', value: n(h.segments) },
      { label: 'Barreras identificadas', value: n(h.barriers) },
      { label: 'Instrumentos normativos revisados', value: n(h.instruments) },
      { label: 'Herramientas oficiales revisadas', value: n(h.tools) },
      { label: 'Organizaciones mapeadas', value: n(h.organisations) },
      { label: 'Recomendaciones', value: n(h.recommendations) },
      { label: 'Recomendaciones de prioridad alta', value: n(h.highPriorityRecommendations) },
      { label: `Víctimas registradas (${h.victimsPeriodText})`, value: h.victimsTotal.text },
    ],
  };
}

function flowchartsSummary(req: ProductRequest, slug: string): FlowchartsSummary {
  const fcs = loadStateFlowcharts(slug, { root: req.root });
  return {
    state: loadStateConfig(slug, req.root).nombre,
    rows: fcs.map((f) => ({ profile: PROFILES[f.perfil], version: f.version, status: FLOW_STATUS[f.estatus], date: f.fecha })),
  };
}

/** Spanish names of the state products that have no summary of their own (the rapid analysis and its parts). */
const OTHER_PRODUCTS: Record<string, string> = {
  guia_entrevista: 'Guía de entrevista',
  informe_entrevista: 'Informe de la entrevista con la secretaría técnica del CIE',
  analisis_rapido: 'Análisis rápido',
  directorio_organizaciones: 'Directorio de organizaciones',
  taller: 'Taller de aplicación de los flujogramas',
};
const OWN_SUMMARY = new Set(['diagnostico', 'presentacion', 'flujogramas']);

/**
 * The other products a state lists in estado.yaml (the rapid analysis of a new state): where
 * each is written (proyecto.yaml → salidas, its Markdown twin for a DOCX), whether it exists,
 * and the chapter titles of the twins that do — drawn from the product itself once it is built.
 */
function otherSummaries(req: ProductRequest, slug: string): OtherProductSummary[] {
  const config = loadStateConfig(slug, req.root);
  const salidas = req.project.salidas as Record<string, string | undefined>;
  const headings = (rel: string) => readFileSync(path.join(req.root, rel), 'utf8').split('\n').filter((l) => /^# /.test(l)).map((l) => l.replace(/^#\s+/, '').replace(/\s*\{[^}]*\}\s*$/, ''));
  return (config.productos as string[]).filter((id) => !OWN_SUMMARY.has(id)).map((id) => {
    const title = OTHER_PRODUCTS[id] ?? id;
    // A product that writes a folder of documents (the workshop): its twins, each with its title.
    const folder = `reports/${slug}/${id.replace(/_/g, '-')}`;
    if (!salidas[id] && existsSync(path.join(req.root, folder)) && statSync(path.join(req.root, folder)).isDirectory()) {
      const twins = readdirSync(path.join(req.root, folder)).filter((f) => f.endsWith('.md')).sort().map((f) => `${folder}/${f}`);
      return { state: config.nombre, title, outputs: twins.map((t) => ({ path: t, exists: true })), contents: twins.flatMap((t) => headings(t).slice(0, 1)) };
    }
    const pattern = salidas[id] ?? `reports/{estado}/${id.replace(/_/g, '-')}-{estado}.docx`;
    const rel = displayPath(req.root, outputPath(pattern, slug, req.root)).replace(/\.docx$/, '.md');
    const exists = existsSync(path.join(req.root, rel));
    return { state: config.nombre, title, outputs: [{ path: rel, exists }], contents: exists && rel.endsWith('.md') ? headings(rel) : [] };
  });
}

/** The comparison of the states' routes (#17) as the final report's last annex, drawn from the flowcharts. */
function comparisonAnnex(req: ProductRequest, slugs: string[]): { markdown: string[]; document: string } | undefined {
  if (slugs.length < 2) return undefined;
  const states = slugs.map((slug) => ({ slug, nombre: loadStateConfig(slug, req.root).nombre, flowcharts: loadStateFlowcharts(slug, { root: req.root }) }));
  const c = compareRoutes(states, loadBaseFlowcharts({ root: req.root }));
  const document = displayPath(req.root, outputPath(req.project.salidas.comparacion_rutas ?? COMPARISON_DEFAULT_PATH, '', req.root));
  return { markdown: comparisonSummaryMarkdown(c, { level: 3, idPrefix: 'anexo-rutas-', unnumbered: true }), document };
}

async function render(req: ProductRequest): Promise<ProductBuild> {
  const p = loadForProducts(req);
  const { data, names, date } = p;
  const states = listStates(req.root);
  const has = (s: string, product: string) => (loadStateConfig(s, req.root).productos as string[]).includes(product);
  const diagnostics: DiagnosticSummary[] = [];
  for (const s of states.filter((x) => has(x, 'diagnostico'))) diagnostics.push(await diagnosticSummary(req, s));
  const flowcharts = states.filter((x) => has(x, 'flujogramas')).map((s) => flowchartsSummary(req, s));
  const others = states.flatMap((s) => otherSummaries(req, s));
  const allRows = flowcharts.flatMap((f) => f.rows);
  const tally = {
    total: allRows.length,
    validated: allRows.filter((r) => r.status === FLOW_STATUS.validado_cie).length,
    final: allRows.filter((r) => r.status === FLOW_STATUS.final).length,
    states: flowcharts.length,
  };
  const gantt = ganttSpec(data, date);
  const comparison = comparisonAnnex(req, states.filter((x) => has(x, 'flujogramas')));
  const base = path.join(programmeDir(req), FINAL_NAME);
  const f = data.reports.final;
  const markdown = twinComment('el informe final', 'npm run informe -- final', data.reports.datos_de_muestra) + finalReportMarkdown({
    data, names, date, statuses: productStatuses(data, date), rows: agreementRegister(data.minutes, date), gantt, diagnostics, flowcharts, others, indicators: indicators(data, date, tally), comparison,
  });
  const docx = await toDocx(markdown, programmeInfo(req, p, {
    title: 'Informe final', subtitle: data.plan.consultoria, shortTitle: 'Informe final', date: f.fecha_documento, version: f.version, status: f.estado_documento,
    sample: data.reports.datos_de_muestra, subject: `${data.plan.consultoria} — informe final con corte al ${formatDate(date)}`,
  }), `${base}.md`, req.root, ganttImages(gantt, req.project));
  return {
    files: [{ target: `${base}.md`, bytes: markdown, twin: true }, { target: `${base}.docx`, bytes: docx }],
    privacy: { ...programmePrivacy(req.project), extraParts: chartParts([{ id: gantt.id, caption: gantt.caption, alt: gantt.alt, labels: gantt.bars.map((b) => b.label) }], `${base}.docx`) },
    summary: `Informe final al ${formatDate(date)}: ${data.minutes.length} minutas anexas, ${diagnostics.length} diagnósticos, flujogramas de ${flowcharts.length} estados`,
  };
}

export const informeFinal: Product = { id: 'informe_final', nombre: 'informe final', scope: 'programa', render };
