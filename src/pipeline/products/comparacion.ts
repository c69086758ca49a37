/**
 * The states side by side (comparación de rutas): every state with flowcharts, profile by
 * profile, compared from the flowchart data (src/flowcharts/compare.ts) into a DOCX and its
 * committed twin. A programme-wide product: built once, with `npm run flujogramas -- --todos`
 * or `-- --comparar`.
 */
import path from 'node:path';
import { outputPath } from '../../config/project.js';
import { compareRoutes, type StateRoutes } from '../../flowcharts/compare.js';
import { comparisonDate, comparisonMarkdown } from '../../flowcharts/compare-markdown.js';
import { loadBaseFlowcharts, loadStateFlowcharts } from '../../flowcharts/load.js';
import { loadStateConfig, statesWithProduct } from '../../load/state.js';
import { UserError } from '../../util/errors.js';
import { plural } from '../../util/format-es.js';
import { markdownToDocx, type DocxInfo } from '../../write/docx/index.js';
import type { Product, ProductBuild, ProductRequest } from '../product.js';

export const COMPARISON_DEFAULT_PATH = 'reports/comparacion/comparacion-rutas-estados.docx';
export const COMPARISON_TITLE = 'Rutas de detección, canalización y protección por perfil: comparación entre estados';

async function render(req: ProductRequest): Promise<ProductBuild> {
  const { root, project } = req;
  const slugs = statesWithProduct('flujogramas', root);
  if (slugs.length < 2) throw new UserError(`La comparación entre estados necesita al menos dos estados con el producto «flujogramas» en su estado.yaml (hay ${slugs.length}).`);
  const states: StateRoutes[] = slugs.map((slug) => ({ slug, nombre: loadStateConfig(slug, root).nombre, flowcharts: loadStateFlowcharts(slug, { root }) }));
  const comparison = compareRoutes(states, loadBaseFlowcharts({ root }));
  const sampleData = slugs.some((s) => loadStateConfig(s, root).datos_de_muestra);
  const markdown = comparisonMarkdown(comparison, { sampleData });
  const flowcharts = states.flatMap((s) => s.flowcharts);
  const info: DocxInfo = {
    title: COMPARISON_TITLE,
    shortTitle: 'Comparación de rutas entre estados',
    subtitle: states.map((s) => s.nombre).join(' · '),
    stateName: 'Cinco estados del programa',
    organisation: project.organizacion.nombre,
    programme: project.organizacion.programa,
    date: comparisonDate(comparison),
    version: flowcharts.map((f) => f.version).sort().at(-1) ?? '0.1',
    status: flowcharts.every((f) => f.estatus === 'final') ? 'final' : 'borrador',
    sampleData,
    subject: 'Comparación de las rutas de atención a víctimas de trata de personas entre estados',
    keywords: ['trata de personas', 'flujogramas', 'comparación entre estados', ...states.map((s) => s.nombre)],
    style: project.estilo,
  };
  const docx = await markdownToDocx(markdown, info, async () => undefined);
  const target = outputPath(project.salidas.comparacion_rutas ?? COMPARISON_DEFAULT_PATH, '', req.outRoot);
  return {
    files: [
      { target, bytes: docx },
      { target: target.replace(/\.docx$/, '.md'), bytes: markdown, twin: true },
    ],
    privacy: {},
    summary: `Comparación de rutas: ${plural(states.length, 'estado')}, ${plural(comparison.perfiles.length, 'perfil', 'perfiles')} (${path.basename(target)})`,
  };
}

export const comparacion: Product = { id: 'comparacion_rutas', nombre: 'comparación de rutas entre estados', scope: 'programa', render };
