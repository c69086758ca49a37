/**
 * The workshop's documents as Markdown (the reviewable twins; the DOCX writer compiles them):
 * the agenda, the participants' case exercises, the pre/post questionnaire and the workshop
 * report with the questionnaire's results and the attendance by institution.
 */
import type { CaseView, WorkshopResults } from '../../analyse/taller.js';
import { WORKSHOP_MODALITIES, type Questionnaire, type Workshop } from '../../schemas/taller.js';
import { formatDate, formatList, formatNumber, plural } from '../../util/format-es.js';
import { escapeMarkdown as e, escapeTableCell as c } from '../markdown/escape.js';
import { gfmTable } from '../markdown/gfm-table.js';

export interface WorkshopState {
  slug: string;
  nombre: string;
  cie: string;
  datosDeMuestra: boolean;
}

const table = gfmTable;

/** «Niñas, niños…» → «niñas, niños…» inside a sentence; acronyms («NNA migrantes») stay. */
const lower = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export function durationText(mins: number): string {
  const h = Math.floor(mins / 60);
  const m = mins % 60;
  return [h ? plural(h, 'hora') : '', m ? plural(m, 'minuto') : ''].filter(Boolean).join(' y ');
}

function twinComment(what: string, state: WorkshopState): string {
  return `<!-- Gemelo de revisión ${what} de ${state.nombre}, generado con «npm run taller ${state.slug}». No lo edite a mano: edite data/${state.slug}/taller/ y data/comun/taller/ y vuelva a generarlo.${state.datosDeMuestra ? ' Datos ilustrativos: muestra sintética, no describe casos reales.' : ''} -->`;
}

function sampleNote(state: WorkshopState): string {
  return state.datosDeMuestra ? '\n\nDatos ilustrativos: la agenda, los casos y las respuestas de este documento son una muestra sintética; no describen personas ni casos reales.' : '';
}

export function agendaMarkdown(w: Workshop, state: WorkshopState, cases: CaseView[]): string {
  const out: string[] = [twinComment('de la agenda del taller', state), `# ${e(w.titulo)} {-}`, `Agenda · ${state.nombre}`];
  out.push('## Datos generales {-}');
  out.push(table(['Dato', 'Detalle'], ['l', 'l'], [
    ['Fecha', formatDate(w.fecha)],
    ['Horario', `${w.agenda[0]!.inicio} a ${w.agenda.at(-1)!.fin} (hora del centro de México)`],
    ['Duración', durationText(w.duracion_minutos)],
    ['Modalidad', WORKSHOP_MODALITIES[w.modalidad]],
    ['Plataforma', c(w.plataforma)],
    ['Dirigido a', c(w.dirigido_a)],
    ['Convoca', c(state.cie)],
  ]) + sampleNote(state));
  out.push('## Objetivos {-}');
  out.push(w.objetivos.map((o) => `- ${e(o, { blockStart: false })}`).join('\n'));
  out.push('## Agenda {-}');
  out.push(`Tabla: Agenda del taller {#tbl:agenda}\n\n${table(['Horario', 'Actividad', 'Duración', 'Facilita'], ['l', 'l', 'r', 'l'], w.agenda.map((a) => [
    `${a.inicio}–${a.fin}`,
    c(a.descripcion ? `${a.tema}: ${a.descripcion}` : a.tema),
    `${formatNumber(minutes(a.fin) - minutes(a.inicio))} min`,
    c(a.facilita),
  ]))}`);
  out.push(`Los casos de práctica recorren ${plural(cases.length, 'flujograma')} de ${state.nombre}: ${formatList(cases.map((k) => lower(k.perfilNombre)))}. Cada caso se resuelve en grupo, identificando los pasos de la ruta y la institución responsable de cada uno.`);
  return `${out.join('\n\n')}\n`;
}

export function exercisesMarkdown(cases: CaseView[], state: WorkshopState): string {
  const out: string[] = [twinComment('de los casos de práctica del taller', state), `# Casos de práctica del taller {-}`, `Flujogramas de ${state.nombre}`];
  out.push('## Instrucciones {-}');
  out.push(`Cada caso es ficticio. Lea el escenario en grupo y responda las preguntas con el flujograma de ${state.nombre} del perfil correspondiente a la vista: qué institución actúa primero, qué pasos siguen y qué plazos corren. La ruta esperada se comenta en plenaria.${sampleNote(state)}`);
  cases.forEach((k, i) => {
    out.push(`## Caso ${i + 1}. ${e(k.perfilNombre, { blockStart: false })} {-}`);
    out.push(`**${e(k.titulo, { blockStart: false })}**\n\n${e(k.escenario)}`);
    out.push(`Preguntas para el grupo:\n\n${k.preguntas.map((p, j) => `${j + 1}. ${e(p, { blockStart: false })}`).join('\n')}`);
  });
  return `${out.join('\n\n')}\n`;
}

export function questionnaireMarkdown(q: Questionnaire, state: WorkshopState): string {
  const out: string[] = [twinComment('del cuestionario del taller', state), `# ${e(q.titulo)} {-}`, `Taller de aplicación de los flujogramas de ${state.nombre}`];
  out.push('## Instrucciones {-}');
  out.push(q.instrucciones.map((x) => e(x)).join('\n\n'));
  out.push('Marque con una X una opción por pregunta. Momento: ☐ antes del taller  ☐ después del taller\n\nInstitución: ______________________________');
  out.push('## Preguntas {-}');
  q.preguntas.forEach((p, i) => {
    out.push(`**${i + 1}. ${e(p.texto, { blockStart: false })}**\n\n${Object.entries(p.opciones).map(([k, v]) => `☐ ${k}) ${e(v, { blockStart: false })}`).join('\\\n')}`);
  });
  out.push('---'); // the key on its own page: the form is printed or shared without it
  out.push('## Clave de respuestas (solo para el equipo facilitador) {-}');
  out.push(table(['Pregunta', 'Respuesta correcta'], ['l', 'l'], q.preguntas.map((p, i) => [`${i + 1}`, c(`${p.correcta}) ${p.opciones[p.correcta]}`)])));
  return `${out.join('\n\n')}\n`;
}

export function figure(id: string, alt: string, caption: string, source: string): string {
  return `![${e(alt, { blockStart: false })}](grafica:${id})\n\nFigura: ${e(caption, { blockStart: false })} {#fig:${id}}\n\nFuente: ${e(source.replace(/^Fuente:\s*/, ''), { blockStart: false })}`;
}

export function reportMarkdown(w: Workshop, state: WorkshopState, cases: CaseView[], q: Questionnaire, r: WorkshopResults): string {
  const out: string[] = [twinComment('del informe del taller', state), `# Informe del taller {-}`, `${e(w.titulo)} · ${state.nombre} · ${formatDate(w.fecha)}`];
  const g = r.grafica;
  out.push('## El taller {-}');
  out.push(`El ${formatDate(w.fecha)} se realizó, en modalidad ${WORKSHOP_MODALITIES[w.modalidad].toLowerCase()} (${e(w.plataforma, { blockStart: false })}), el taller de aplicación de los flujogramas de ${state.nombre}, de ${durationText(w.duracion_minutos)}, dirigido a ${e(lower(w.dirigido_a), { blockStart: false })}. Se recorrió la ruta de ${plural(cases.length, 'perfil', 'perfiles')} (${formatList(cases.map((k) => lower(k.perfilNombre)))}) y se resolvió un caso de práctica por perfil.${sampleNote(state)}`);
  out.push('## Asistencia por institución {-}');
  out.push(`Participaron ${plural(r.participantes, 'persona')} de ${plural(r.asistencia.length, 'institución', 'instituciones')}. El informe no registra nombres: la asistencia se cuenta por institución a partir de los cuestionarios recibidos (${formatNumber(r.porMomento.pre)} al inicio y ${formatNumber(r.porMomento.post)} al cierre).`);
  out.push(`Tabla: Participantes por institución {#tbl:asistencia}\n\n${table(['Institución', 'Participantes'], ['l', 'r'], [
    ...r.asistencia.map((a) => [c(a.institucion), formatNumber(a.participantes)]),
    ['**Total**', `**${formatNumber(r.participantes)}**`],
  ])}`);
  out.push('## Resultados del cuestionario {-}');
  const better = r.preguntas.filter((p) => p.pre.porcentaje !== null && p.post.porcentaje !== null && p.post.porcentaje > p.pre.porcentaje).length;
  const comparable = r.preguntas.filter((p) => p.pre.porcentaje !== null && p.post.porcentaje !== null).length;
  out.push(`El mismo cuestionario de ${plural(q.preguntas.length, 'pregunta')} de opción única se aplicó al inicio y al cierre del taller. En ${formatNumber(better)} de las ${formatNumber(comparable)} preguntas con resultados publicables en ambos momentos, la proporción de respuestas correctas fue mayor al cierre. @tbl:resultados y @fig:${g.id} muestran el porcentaje de respuestas correctas por pregunta.`);
  out.push(`Tabla: Respuestas correctas por pregunta, antes y después del taller {#tbl:resultados}\n\n${table(['Pregunta', 'Correctas antes', '% antes', 'Correctas después', '% después'], ['l', 'r', 'r', 'r', 'r'], r.preguntas.map((p) => [
    c(`${p.numero}. ${p.texto}`), p.pre.correctasTexto, p.pre.porcentajeTexto, p.post.correctasTexto, p.post.porcentajeTexto,
  ]))}\n\nNota: el porcentaje se calcula sobre las respuestas dadas (sin contar preguntas en blanco).${r.haySupresion ? ` Por confidencialidad, los conteos entre 1 y ${r.umbral - 1} se muestran como «<${r.umbral}», y se muestra «C» (y «—» en el porcentaje) cuando el dato permitiría deducir un conteo menor a ${r.umbral} de respuestas incorrectas.` : ''}`);
  out.push(figure(g.id, g.alt, g.caption, g.source) + (g.note ? `\n\nNota: ${e(g.note, { blockStart: false })}` : ''));
  out.push('## Casos de práctica {-}');
  out.push(`En cada caso, los grupos recorrieron el flujograma del perfil e identificaron la ruta y la institución responsable de cada paso. @tbl:rutas resume la ruta esperada de cada caso (los números son los de los pasos del flujograma) y las instituciones que intervienen, en el orden en que actúan; la presentación del taller la detalla paso por paso.`);
  out.push(`Tabla: Ruta esperada de los casos de práctica {#tbl:rutas}\n\n${table(['Caso', 'Pasos del flujograma', 'Instituciones que intervienen'], ['l', 'l', 'l'], cases.map((k, i) => [
    c(`${i + 1}. ${k.perfilNombre}: ${k.titulo.charAt(0).toLowerCase()}${k.titulo.slice(1)}`),
    k.ruta.map((s) => s.numero).join(' → '),
    c([...new Set(k.ruta.map((s) => s.institucion))].join('; ')),
  ]))}`);
  return `${out.join('\n\n')}\n`;
}
