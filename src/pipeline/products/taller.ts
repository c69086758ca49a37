/**
 * The workshop package of a state (`npm run taller <estado>`, issue #17 item 2): the agenda, the
 * participants' case exercises and the pre/post questionnaire (DOCX + Markdown twin each), the
 * facilitation deck (each profile's route step by step from the state's flowcharts, one case per
 * profile with its expected route in the speaker notes) and, once the answers are recorded
 * (data/<estado>/taller/respuestas.csv), the workshop report with the results and attendance.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { outputPath } from '../../config/project.js';
import { workshopCases, workshopResults } from '../../analyse/taller.js';
import { layoutFlowchartForSlides } from '../../flowcharts/layout/index.js';
import { loadStateFlowcharts } from '../../flowcharts/load.js';
import type { FlowchartLayout } from '../../flowcharts/types.js';
import type { Answer } from '../../schemas/taller.js';
import { loadStateConfig } from '../../load/state.js';
import { loadWorkshop, parseAnswers, readAnswersTable } from '../../load/taller.js';
import { assertNoIdentifiers, chartParts } from '../../privacy/guard.js';
import { scanYamlTexts } from '../../privacy/institutional-contact.js';
import { loadRoster } from '../../privacy/roster.js';
import { checkAnswersPrivacy } from '../../privacy/workshop.js';
import { agendaMarkdown, exercisesMarkdown, questionnaireMarkdown, reportMarkdown, type WorkshopState } from '../../render/taller/markdown.js';
import { UserError } from '../../util/errors.js';
import { plural } from '../../util/format-es.js';
import { buildWorkshopDeck } from '../../write/taller/deck.js';
import type { OutputFile, Product, ProductRequest, ProductBuild } from '../product.js';
import { assertListed, compileDocx, coverInfo } from './rapid-common.js';

/** Where the workshop's documents go ({estado} replaced); the deck goes with the state's slides. */
export const WORKSHOP_DIR = 'reports/{estado}/taller';
export const WORKSHOP_DECK = 'slides/{estado}/taller-{estado}.pptx';

/**
 * Everything the workshop reads, validated (what `npm run validate` runs too): its data, the
 * input privacy scans, the expected routes against the state's flowcharts and the answers.
 */
export async function prepareWorkshop(slug: string, root: string) {
  const config = loadStateConfig(slug, root);
  assertListed(config, slug, 'taller');
  const data = loadWorkshop(slug, root);
  const w = data.workshop;
  const q = data.questionnaire;
  assertNoIdentifiers(scanYamlTexts([
    ...[w.titulo, w.plataforma, w.dirigido_a, ...w.objetivos, ...w.agenda.flatMap((a) => [a.tema, a.facilita, a.descripcion ?? ''])].map((text) => ({ file: data.workshopFile, field: 'taller', text })),
    ...data.cases.flatMap((k) => [k.caso.titulo, k.caso.escenario, ...k.caso.preguntas].map((text) => ({ file: k.file, line: k.line, field: `caso ${k.caso.perfil}`, text }))),
    ...q.preguntas.flatMap((p) => [p.texto, ...Object.values(p.opciones)]).map((text) => ({ file: data.questionnaireFile, field: 'cuestionario', text })),
  ]));
  let answers: Answer[] | undefined;
  if (data.answersFile) {
    const table = readAnswersTable(root, data.answersFile);
    checkAnswersPrivacy(table, loadRoster(slug, root));
    answers = parseAnswers(table, q);
  }
  const flowcharts = loadStateFlowcharts(slug, { root });
  if (flowcharts.length === 0) throw new UserError(`El taller de «${slug}» recorre sus flujogramas, y el estado no tiene ninguno en data/${slug}/flujogramas/`);
  const layouts: FlowchartLayout[] = [];
  for (const fc of flowcharts) layouts.push(await layoutFlowchartForSlides(fc));
  const cases = workshopCases(data.cases, flowcharts, layouts, slug);
  return { config, data, answers, layouts, cases };
}

async function render(req: ProductRequest): Promise<ProductBuild> {
  const { root, project } = req;
  const slug = req.slug!;
  const { config, data, answers, layouts, cases } = await prepareWorkshop(slug, root);
  const w = data.workshop;
  const q = data.questionnaire;
  const state: WorkshopState = { slug, nombre: config.nombre, cie: config.cie.nombre, datosDeMuestra: config.datos_de_muestra };

  const dir = outputPath(WORKSHOP_DIR, slug, req.outRoot);
  const files: OutputFile[] = [];
  // Short working documents: no cover and no index, like the minutes; unnumbered sections.
  const info = (title: string, subject: string) => ({ ...coverInfo(project, config, {
    title, subtitle: `${config.nombre} · ${w.titulo}`, shortTitle: `${title} — ${config.nombre}`, subject,
    keywords: ['trata de personas', 'taller', 'flujogramas', config.nombre], date: w.fecha, version: w.version, status: 'final', indexes: false,
  }), cover: false });
  const doc = async (name: string, markdown: string, title: string, subject: string, charts: Parameters<typeof compileDocx>[2] = []) => {
    const target = path.join(dir, `${name}-taller-${slug}.docx`);
    const twin = target.replace(/\.docx$/, '.md');
    files.push({ target, bytes: await compileDocx(markdown, info(title, subject), charts, root, twin) }, { target: twin, bytes: markdown, twin: true });
  };
  await doc('agenda', agendaMarkdown(w, state, cases), 'Agenda del taller', 'Agenda del taller de aplicación de los flujogramas');
  await doc('casos', exercisesMarkdown(cases, state), 'Casos de práctica', 'Casos de práctica del taller, uno por perfil');
  await doc('cuestionario', questionnaireMarkdown(q, state), q.titulo, 'Cuestionario de entrada y salida del taller');

  const extraParts = [];
  let resultsSummary = 'sin respuestas registradas (sin informe)';
  if (answers) {
    const results = workshopResults(answers, q, project.privacidad.umbral_supresion);
    const target = path.join(dir, `informe-taller-${slug}.docx`);
    await doc('informe', reportMarkdown(w, state, cases, q, results), 'Informe del taller', 'Informe del taller de aplicación de los flujogramas', [results.grafica]);
    extraParts.push(...chartParts([results.grafica], path.relative(req.outRoot, target)));
    resultsSummary = `informe con ${plural(results.participantes, 'participante')} de ${plural(results.asistencia.length, 'institución', 'instituciones')}`;
  }

  files.push({ target: outputPath(WORKSHOP_DECK, slug, req.outRoot), bytes: await buildWorkshopDeck({ workshop: w, state, cases, layouts, project }) });
  const written = new Set(files.map((f) => path.resolve(f.target)));
  const stale = existsSync(dir) ? readdirSync(dir).map((f) => path.resolve(dir, f)).filter((f) => /\.(docx|md)$/.test(f) && !written.has(f)) : [];
  return {
    files, stale,
    privacy: { slug, authors: config.autores, extraParts },
    summary: `${config.nombre}: taller (agenda, ${plural(cases.length, 'caso')}, cuestionario de ${plural(q.preguntas.length, 'pregunta')}, presentación; ${resultsSummary})`,
  };
}

export const taller: Product = { id: 'taller', nombre: 'taller', scope: 'estado', render };
