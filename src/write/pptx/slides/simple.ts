/** Slides without figures: portada, agenda, próximos pasos, cierre. */
import { DOCUMENT_STATUS } from '../../../schemas/vocabularies.js';
import { CONTENT, MARGIN_X, SLIDE_W, split } from '../geometry.js';
import { MASTER_COVER, SAMPLE_DATA_NOTICE } from '../context.js';
import { addBullets, addNotes, addRect, addText, newSlide } from '../primitives.js';
import { extraNotes, fill, titleOf, type Planner } from './plan.js';
import { paragraphs } from '../notes.js';
import { formatList, withArticle } from '../../../util/format-es.js';

const W = SLIDE_W - 2 * MARGIN_X;

export const planCover: Planner<'portada'> = (entry, ctx) => [{
  render() {
    const { analysis: a, data, style } = ctx;
    const deckTitle = titleOf(ctx, entry, ctx.title);
    const h = newSlide(ctx, 'portada', deckTitle, MASTER_COVER);
    const org = data.project.organizacion;
    let y = 0.45;
    addText(h, org.nombre, { x: MARGIN_X, y, w: W, h: 0.5 }, { min: 12, max: 16, maxLines: 1 }, { color: style.colors.tinte_claro, name: 'organización', secondary: true });
    y += 0.6;
    if (a.meta.sampleData) {
      addText(h, SAMPLE_DATA_NOTICE, { x: MARGIN_X, y, w: 8.2, h: 0.56 }, { min: 18, max: 18, maxLines: 1, bold: true }, { color: '1A1A1A', fill: style.colors.amarillo, valign: 'middle', name: 'aviso de datos ilustrativos' });
    }
    y += 0.75;
    addText(h, a.meta.state, { x: MARGIN_X, y, w: W, h: 0.6 }, { min: 20, max: 26, maxLines: 1, bold: true }, { color: style.colors.tinte_claro, name: 'estado' });
    y += 0.65;
    const title = addText(h, deckTitle, { x: MARGIN_X, y, w: W, h: 1.9 }, { min: 26, max: 38, bold: true, maxLines: 3 }, { color: 'FFFFFF', valign: 'top', name: 'título' });
    h.record.title = title.text;
    y += 2.0;
    const subtitle = fill(ctx, entry.subtitulo ?? 'Presentación {{ante_el_cie}}');
    addText(h, subtitle, { x: MARGIN_X, y, w: W, h: 1.0 }, { min: 18, max: 22, maxLines: 2 }, { color: 'FFFFFF', name: 'subtítulo' });
    y += 1.15;
    const status = DOCUMENT_STATUS[data.config.estado_documento];
    const line = `${a.meta.documentDateText} · Versión ${a.meta.version} · ${status}`;
    addText(h, line, { x: MARGIN_X, y, w: W, h: 0.5 }, { min: 18, max: 18, maxLines: 1 }, { color: style.colors.tinte_claro, name: 'fecha y versión' });
    addNotes(h, paragraphs(
      `Presentación del diagnóstico sobre los mecanismos de detección, valoración, canalización y atención de víctimas de trata de personas en ${a.meta.state}, ${withArticle(a.meta.cie.nombre, 'ante')}.`,
      `Versión ${a.meta.version} (${status.toLowerCase()}), fecha ${a.meta.documentDateText}. Elaborado por ${org.nombre_corto} en el marco del ${org.programa.charAt(0).toLowerCase()}${org.programa.slice(1)}.`,
      `Objetivo de la sesión: presentar los hallazgos y las recomendaciones del diagnóstico y acordar ${ctx.placeholders.con_el_cie_siglas ?? 'con el CIE'} los próximos pasos.`,
      a.meta.sampleData ? `Aviso: ${SAMPLE_DATA_NOTICE.toLowerCase()}. Mencionarlo al inicio de la sesión.` : undefined,
      extraNotes(ctx, entry),
    ));
  },
}];

export const planAgenda: Planner<'agenda'> = (entry, ctx) => [{
  render() {
    const title = titleOf(ctx, entry, 'Agenda');
    const items = entry.puntos ? entry.puntos.map((p) => fill(ctx, p)) : ctx.agenda;
    let rest = items;
    let page = 0;
    do {
      const h = newSlide(ctx, 'agenda', page === 0 ? title : `${title} (continuación)`);
      const [list, side] = split(CONTENT, [3, 1], 0.5);
      const res = addBullets(h, rest, list!, { min: 18, max: 24, maxLinesPerItem: 2 }, { numbered: true, name: 'agenda' });
      addRect(h, { x: side!.x + side!.w - 0.25, y: side!.y, w: 0.25, h: side!.h }, ctx.style.colors.tinte_claro, { name: 'acento' });
      const shown = rest.slice(0, rest.length - res.rest.length);
      addNotes(h, paragraphs(
        `La presentación recorre ${shown.length === 1 ? 'un tema' : `${shown.length} temas`}: ${formatList(shown.map((s) => s.toLowerCase()))}.`,
        `Al final se reserva tiempo para comentarios ${ctx.placeholders.del_cie_siglas ?? 'del CIE'} y para acordar los próximos pasos.`,
        extraNotes(ctx, entry),
      ));
      rest = res.rest;
      page++;
    } while (rest.length && page < 5);
  },
}];

export const planNextSteps: Planner<'proximos-pasos'> = (entry, ctx) => [{
  render() {
    const title = titleOf(ctx, entry, 'Próximos pasos');
    let rest = entry.puntos.map((p) => fill(ctx, p));
    let page = 0;
    do {
      const h = newSlide(ctx, 'proximos-pasos', page === 0 ? title : `${title} (continuación)`);
      const res = addBullets(h, rest, CONTENT, { min: 18, max: 24, maxLinesPerItem: 3 }, { name: 'próximos pasos' });
      const shown = rest.slice(0, rest.length - res.rest.length);
      addNotes(h, paragraphs(
        `Próximos pasos propuestos ${ctx.placeholders.al_cie_siglas ?? 'al CIE'}:`,
        shown.map((s, i) => `${i + 1}. ${s}`).join('\n'),
        `El diagnóstico formula ${ctx.analysis.recommendations.total} recomendaciones, ${ctx.analysis.headline.highPriorityRecommendations} de prioridad alta; conviene acordar responsables y fechas para estas últimas.`,
        extraNotes(ctx, entry),
      ));
      rest = res.rest;
      page++;
    } while (rest.length && page < 5);
  },
}];

export const planClosing: Planner<'cierre'> = (entry, ctx) => [{
  render() {
    const { data, style } = ctx;
    const org = data.project.organizacion;
    const title = titleOf(ctx, entry, 'Gracias');
    const h = newSlide(ctx, 'cierre', title, MASTER_COVER);
    addText(h, title, { x: MARGIN_X, y: 1.5, w: W, h: 1.3 }, { min: 32, max: 54, bold: true, maxLines: 1 }, { color: 'FFFFFF', name: 'título' });
    if (entry.mensaje) addText(h, fill(ctx, entry.mensaje), { x: MARGIN_X, y: 2.9, w: W, h: 0.8 }, { min: 18, max: 26, maxLines: 2 }, { color: style.colors.tinte_claro, name: 'mensaje' });
    addRect(h, { x: MARGIN_X, y: 4.0, w: 2.0, h: 0.06 }, style.colors.amarillo, { name: 'separador' });
    addText(h, org.nombre, { x: MARGIN_X, y: 4.3, w: W, h: 0.9 }, { min: 18, max: 20, maxLines: 2, bold: true }, { color: 'FFFFFF', name: 'organización' });
    addText(h, org.programa, { x: MARGIN_X, y: 5.2, w: W, h: 0.8 }, { min: 18, max: 18, maxLines: 2 }, { color: style.colors.tinte_claro, name: 'programa' });
    addText(h, `Contacto: ${org.contacto}`, { x: MARGIN_X, y: 6.05, w: W, h: 0.55 }, { min: 18, max: 18, maxLines: 1 }, { color: 'FFFFFF', name: 'contacto' });
    addNotes(h, paragraphs(
      `Cierre: agradecer ${withArticle(ctx.analysis.meta.cie.nombre, 'a')} y a las instituciones que participaron en las entrevistas.`,
      `Para comentarios sobre el diagnóstico, escribir a ${org.contacto}.`,
      extraNotes(ctx, entry),
    ));
  },
}];

