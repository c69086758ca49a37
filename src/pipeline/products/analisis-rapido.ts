/**
 * The rapid analysis of a new state: desk review (the diagnostics' coverage analyses on the
 * state's catalogues), the interview chapter (same partial as the interview report), the
 * challenges/advances/actions observed, a comparison with the programme's other states
 * (state-level instruments and tools per stage; profiles with a flowchart route), the mapping
 * of organisations, conclusions and the directory annex → DOCX + Markdown twin, and the
 * directory as an XLSX an analyst can filter (one sheet, typed columns, frozen header, filters).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { analyseRapid, comparisonView, type MappingView, type StateComparisonInput } from '../../analyse/rapid.js';
import { loadMapping, RAPID_FILES } from '../../load/rapid.js';
import { listStates, loadDataset, loadStateConfig } from '../../load/state.js';
import { hasStateFlowcharts, loadStateFlowcharts } from '../../flowcharts/index.js';
import { FLOW_STATUS } from '../../flowcharts/types.js';
import { chartContext, deskContext, interviewContext, mappingContext, renderDocumentMarkdown } from '../../render/rapid/index.js';
import { chartParts } from '../../privacy/guard.js';
import { SAMPLE_NOTICE } from '../../write/docx/builders/front-matter.js';
import { buildXlsx, type XlsxSheet } from '../../write/xlsx/index.js';
import { MAP_ATTRIBUTION, renderStatesMapPng } from '../../render/map/index.js';
import { formatList, formatNumber } from '../../util/format-es.js';
import { UserError, type Problem } from '../../util/errors.js';
import { displayPath } from '../../util/paths.js';
import type { Product } from '../product.js';
import { allowedContacts, compileDocx, coverInfo, guardedRapidState, rapidOutput, rapidTargets, twinHeader } from './rapid-common.js';

/** What the comparison knows of each project state: its own desk review (if any) and its flowcharts. */
function comparisonInputs(root: string): StateComparisonInput[] {
  const problems: Problem[] = [];
  const out = listStates(root).map((slug): StateComparisonInput => {
    const config = loadStateConfig(slug, root);
    const own = ['marco-normativo.csv', 'herramientas.csv'].some((f) => existsSync(path.join(root, 'data', slug, f)));
    const desk = own
      ? {
          config,
          marco_normativo: loadDataset('marco_normativo', slug, root, problems),
          herramientas: loadDataset('herramientas', slug, root, problems),
          instituciones: loadDataset('instituciones', slug, root, problems),
        }
      : undefined;
    const rutas = hasStateFlowcharts(slug, root)
      ? loadStateFlowcharts(slug, { root }).map((f) => ({ perfil: f.perfil, estatus: `${FLOW_STATUS[f.estatus]} (v. ${f.version})` }))
      : [];
    return { slug, nombre: config.nombre, ...(desk ? { desk } : {}), rutas };
  });
  if (problems.length) throw new UserError('La comparación con los otros estados no puede leer sus datos', problems);
  return out;
}

/** Organisations mapped in each project state (null: the state has no mapping in the data). */
function organisationCounts(root: string, slug: string, current: number): { slug: string; nombre: string; inegi: number; n: number | null; sample: boolean }[] {
  const problems: Problem[] = [];
  const out = listStates(root).map((s) => {
    const config = loadStateConfig(s, root);
    let n: number | null = null;
    if (s === slug) n = current;
    else if (existsSync(path.join(root, 'data', s, 'organizaciones.csv'))) n = loadDataset('organizaciones', s, root, problems).rows.length;
    else if (existsSync(path.join(root, 'data', s, RAPID_FILES.mapeo))) n = loadMapping(s, root, problems).rows.length;
    return { slug: s, nombre: config.nombre, inegi: config.clave_inegi, n, sample: config.datos_de_muestra };
  });
  if (problems.length) throw new UserError('El mapa de los estados no puede leer el mapeo de organizaciones de otro estado', problems);
  return out;
}

async function statesMap(root: string, slug: string, current: number, style: Parameters<typeof renderStatesMapPng>[1]) {
  const counts = organisationCounts(root, slug, current);
  const data = await renderStatesMapPng(counts.map((c) => ({ inegi: c.inegi, value: c.n === null ? '—' : formatNumber(c.n), current: c.slug === slug })), style);
  const with_ = counts.filter((c) => c.n !== null);
  const without = counts.filter((c) => c.n === null);
  const alt = `Mapa de México con los estados del programa resaltados y el número de organizaciones mapeadas en cada uno: ${with_.map((c) => `${c.nombre}, ${formatNumber(c.n!)}`).join('; ')}${without.length ? `; sin mapeo en los datos del programa: ${formatList(without.map((c) => c.nombre))}` : ''}.`;
  return {
    image: { data, width: 1200, height: Math.round((498 / 793) * 1200), alt },
    context: {
      alt,
      leyenda: 'Organizaciones que brindan servicios a víctimas mapeadas en los estados del programa',
      // «muestra sintética» only when some mapped state's data is a synthetic sample (estado.yaml → datos_de_muestra)
      fuente: `mapeos de organizaciones de cada estado${with_.some((c) => c.sample) ? ' (muestra sintética)' : ''}; ${MAP_ATTRIBUTION}.`,
      nota: without.length ? '«—»: el estado no tiene mapeo de organizaciones en los datos del programa.' : '',
    },
  };
}

function directorySheet(mapeo: MappingView, state: string, sample: boolean, cut: string): XlsxSheet {
  const notice = `Directorio de organizaciones que brindan servicios a víctimas de trata de personas — ${state}${cut ? ` (corte: ${cut})` : ''}. Solo canales de contacto institucionales.${sample ? ` ${SAMPLE_NOTICE}` : ''}`;
  return {
    name: 'Directorio',
    notice,
    columns: [
      { header: 'Organización', type: 'text', width: 38 },
      { header: 'Tipo', type: 'text', width: 24 },
      { header: 'Servicios', type: 'text', width: 40 },
      { header: 'Alcance', type: 'text', width: 12 },
      { header: 'Municipios', type: 'text', width: 28 },
      { header: 'Duración', type: 'text', width: 22 },
      { header: 'Costo', type: 'text', width: 18 },
      { header: 'Población objetivo', type: 'text', width: 40 },
      { header: 'Sexo', type: 'text', width: 16 },
      { header: 'Grupos de edad', type: 'text', width: 30 },
      { header: 'Nacionalidad', type: 'text', width: 18 },
      { header: 'Capacidad (lugares)', type: 'number', width: 12 },
      { header: 'Requisitos de canalización', type: 'text', width: 48 },
      { header: 'Contacto institucional', type: 'text', width: 32 },
    ],
    rows: mapeo.filas.map((f) => [f.nombre, f.tipo, f.servicios, f.alcance, f.municipios, f.duracion, f.costo, f.poblacion, f.sexo, f.edades, f.nacionalidad, f.capacidad, f.requisitos, f.contacto]),
  };
}

export const analisisRapido: Product = {
  id: 'analisis_rapido',
  nombre: 'análisis rápido',
  scope: 'estado',
  async render(req) {
    const { slug, rapid, config } = guardedRapidState(req, 'analisis_rapido');

    const a = analyseRapid(rapid);
    const byId = new Map(a.charts.map((c) => [c.id, c]));
    const comparacion = comparisonView(slug, comparisonInputs(req.root));
    const t = rapidTargets(req, slug, 'analisis_rapido');
    const map = await statesMap(req.root, slug, a.mapping.total, req.project.estilo);
    const context = {
      mapa: map.context,
      estado: config,
      revision: deskContext(a.desk),
      entrevista: interviewContext(a.interview),
      // the mapping's source line says «muestra sintética» only for sample data, as the diagnostics do
      mapeo: { ...mappingContext(a.mapping), fuente: `mapeo de organizaciones${config.datos_de_muestra ? ' (muestra sintética)' : ''}` },
      comparacion,
      graficas: { normativa: chartContext(byId.get('cobertura-normativa-etapa')!), segmentos: chartContext(byId.get('segmentos-etapa-valencia')!) },
    };
    const markdown = twinHeader('del análisis rápido', config, slug) + renderDocumentMarkdown(req.root, 'analisis-rapido', 'analisis-rapido', context);
    const info = coverInfo(req.project, config, {
      title: 'Análisis rápido de los mecanismos de detección, valoración, canalización y atención de víctimas de trata de personas',
      subtitle: 'Revisión documental, entrevista con la Secretaría Técnica y mapeo de organizaciones',
      shortTitle: `Análisis rápido — ${config.nombre}`,
      subject: `Análisis rápido de los mecanismos de atención a víctimas de trata de personas — ${config.nombre}`,
      keywords: ['trata de personas', 'análisis rápido', config.nombre, config.cie.nombre],
      indexes: true,
    });
    const docx = await compileDocx(markdown, info, a.charts, req.root, t.markdown, new Map([['mapa:estados', map.image]]));
    const xlsxPath = rapidOutput(req, slug, 'directorio_organizaciones');
    const xlsx = await buildXlsx(directorySheet(a.mapping, config.nombre, config.datos_de_muestra, a.mapping.corte), {
      title: `Directorio de organizaciones — ${config.nombre}`,
      subject: 'Mapeo de organizaciones que brindan servicios a víctimas de trata de personas',
      keywords: ['trata de personas', 'mapeo de organizaciones', config.nombre],
      organisation: req.project.organizacion.nombre,
      date: config.fecha_documento,
      headerColor: req.project.estilo.colores.primario,
    });
    return {
      files: [{ target: t.docx, bytes: docx }, { target: t.markdown, bytes: markdown, twin: true }, { target: xlsxPath, bytes: xlsx }],
      privacy: { slug, allow: allowedContacts(rapid), authors: config.autores, extraParts: [...chartParts(a.charts, displayPath(req.outRoot, t.docx)), { output: displayPath(req.outRoot, t.docx), part: 'mapa de los estados', text: map.image.alt }] },
      summary: `análisis rápido y directorio de ${a.mapping.total} organizaciones`,
    };
  },
};
