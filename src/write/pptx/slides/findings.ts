/** Slides of findings and what follows from them: etapa, cobertura, recomendaciones, flujogramas. */
import { STAGES, type Stage, type Valence } from '../../../schemas/vocabularies.js';
import { RECOMMENDATION_TITLE_MAX } from '../../../schemas/datasets.js';
import type { CodePicture, Excerpt, StageBundle } from '../../../analyse/types.js';
import { formatList, formatNumber, plural } from '../../../util/format-es.js';
import { CONTENT, columns as cols, rows, split, type Box } from '../geometry.js';
import { addBullets, addNotes, addRect, addText, newSlide } from '../primitives.js';
import { addChartPanel, chartById, hasPlottableData } from '../charts.js';
import { chartSentence, paragraphs, stageNotes } from '../notes.js';
import { drawTable, layoutTable, type TableCell, type TableColumn } from '../table.js';
import { fitBullets, fits, heightNeeded } from '../text-fit.js';
import { extraNotes, titleOf, type Planner, type PlannedSlide } from './plan.js';

/** Stages an `etapa` entry expands to; `todas` = every stage with coded findings. */
export function stagesOf(entry: { etapa: 'todas' | Stage | Stage[] }, bundles: StageBundle[]): StageBundle[] {
  if (entry.etapa === 'todas') return bundles.filter((b) => b.segments > 0);
  const keys = Array.isArray(entry.etapa) ? entry.etapa : [entry.etapa];
  return bundles.filter((b) => keys.includes(b.stage));
}

/** One code of a stage with its net picture: how often it was raised as a problem and as progress. */
export interface NetFinding {
  code: string;
  label: string;
  /** Segments and interviews that name it as a barrier or a challenge. */
  negative: { n: number; interviews: number; term: string };
  /** Segments and interviews that name it as an advance or a good practice. */
  positive: { n: number; interviews: number; term: string };
  /** Its column: only advances or good practices, only barriers or challenges, or both. */
  group: 'works' | 'fails' | 'mixed';
}

/**
 * Each code of the stage once, with its net picture (barriers and challenges against advances
 * and good practices), from every code of the stage (`StageBundle.codes`), not from the top
 * lists of each finding type: a code's barriers beyond a top list would otherwise be dropped
 * and a mixed code shown as one that only works. Interviews of one side: the larger of its two
 * valences (a lower bound of the distinct interviews; the analysis does not give their union).
 */
export function netFindings(b: StageBundle): NetFinding[] {
  const NEGATIVE: Valence[] = ['barrera', 'reto'];
  const POSITIVE: Valence[] = ['avance', 'buena_practica'];
  const side = (c: CodePicture, valences: Valence[]) => {
    const present = valences.map((v) => c.byValence.find((x) => x.valence === v)).filter((x): x is NonNullable<typeof x> => x !== undefined && x.n > 0);
    return {
      n: present.reduce((t, x) => t + x.n, 0),
      interviews: Math.max(0, ...present.map((x) => x.interviews)),
      term: present[0]?.label ?? '',
    };
  };
  const out = b.codes.map((c): NetFinding => {
    const negative = side(c, NEGATIVE);
    const positive = side(c, POSITIVE);
    return { code: c.code, label: c.label, negative, positive, group: negative.n === 0 ? 'works' : positive.n === 0 ? 'fails' : 'mixed' };
  });
  const weight = (x: NetFinding) => x.negative.interviews + x.positive.interviews;
  return out.sort((a, c) => weight(c) - weight(a) || (c.negative.n + c.positive.n) - (a.negative.n + a.positive.n) || a.label.localeCompare(c.label, 'es'));
}

/** One short sentence: «Rutas de canalización definidas (5 entrevistas)»; mixed evidence gives both sides. */
export function netSentence(f: NetFinding): string {
  if (f.group === 'works') return `${f.label} (${plural(f.positive.interviews, 'entrevista')})`;
  if (f.group === 'fails') return `${f.label} (${plural(f.negative.interviews, 'entrevista')})`;
  return `${f.label}: ${f.negative.term} en ${plural(f.negative.interviews, 'entrevista')}, ${f.positive.term} en ${f.positive.interviews}`;
}

/** Valence counts with number–noun agreement: «28 barreras · 21 retos · 1 avance». */
export function valenceLine(b: StageBundle): string {
  const forms: Record<string, [string, string]> = {
    barrera: ['barrera', 'barreras'], reto: ['reto', 'retos'], avance: ['avance', 'avances'], buena_practica: ['buena práctica', 'buenas prácticas'],
  };
  return b.byValence.filter((r) => r.n > 0).map((r) => {
    const [one, many] = forms[r.key] ?? [r.label.toLowerCase(), `${r.label.toLowerCase()}s`];
    return plural(r.n, one, many);
  }).join(' · ');
}

/** Shortest consented quotation of the stage (excerpts are consented by contract). */
function pickQuote(excerpts: Excerpt[]): Excerpt | undefined {
  return [...excerpts].sort((a, b) => a.text.length - b.text.length || a.segmentId.localeCompare(b.segmentId))[0];
}

/** Characters a stage slide may show (the deck review's budget, with room for the title). */
const STAGE_BUDGET = 575;

export const planStage: Planner<'etapa'> = (entry, ctx) => stagesOf(entry, ctx.analysis.stages).map((b): PlannedSlide => ({
  render() {
    const { style } = ctx;
    const stageLabel = b.label;
    const h = newSlide(ctx, 'etapa', titleOf(ctx, entry, '{{etapa}}', { etapa: stageLabel }));
    const net = netFindings(b);
    const max = entry.hallazgos ?? 3;
    const summary = `${b.segments === 1 ? 'Se codificó 1 fragmento' : `Se codificaron ${formatNumber(b.segments)} fragmentos`}: ${valenceLine(b)}`;
    const stats = [
      plural(b.instruments.length, 'instrumento normativo', 'instrumentos normativos'),
      plural(b.tools.length, 'herramienta oficial', 'herramientas oficiales'),
      plural(b.recommendations.length, 'recomendación', 'recomendaciones'),
    ].join(' · ');
    const candidate = entry.cita === false ? undefined : pickQuote(b.excerpts);
    // a quotation is shown whole (never cut): two lines at 18 pt across the slide, or only in the notes
    let quote = candidate && fits(`«${candidate.text}»`, { x: 0, y: 0, w: CONTENT.w - 0.3, h: 10 }, 18, { maxLines: 2 }) ? candidate : undefined;
    const columnsOf = (m: number) => (['works', 'mixed', 'fails'] as const).map((g) => net.filter((f) => f.group === g).slice(0, m)) as [NetFinding[], NetFinding[], NetFinding[]];
    const bulletFit = { min: 18, max: 20, maxLinesPerItem: 8 };
    const HEAD = 0.5;
    // rows: summary · what works | what does not · mixed evidence (full width) · quotation · strip
    const layoutFor = (m: number, withQuote: boolean, withStrip: boolean, withMixed = true) => {
      const groups = columnsOf(m);
      if (!withMixed) groups[1] = [];
      const hasMixed = groups[1].length > 0;
      const weights = [0.5, 2.1, ...(hasMixed ? [HEAD + 0.15 + groups[1].reduce((t, f) => t + heightNeeded(netSentence(f), CONTENT.w - 0.4, 18) + 0.1, 0)] : []), ...(withQuote ? [1.3] : []), ...(withStrip ? [0.55] : [])];
      const boxes = rows(CONTENT, weights, 0.15);
      let k = 1;
      const [worksBox, failsBox] = cols(boxes[k++]!, 2, 0.4) as [Box, Box];
      const mixedBox = hasMixed ? boxes[k++]! : undefined;
      const quoteBox = withQuote ? boxes[k++]! : undefined;
      const stripBox = withStrip ? boxes[k++]! : undefined;
      const panels = [worksBox, mixedBox, failsBox];
      const lists = panels.map((b) => (b ? { x: b.x, y: b.y + HEAD + 0.05, w: b.w, h: b.h - HEAD - 0.05 } : undefined));
      const fitted = groups.map((g, i) => (g.length && lists[i] ? fitBullets(g.map(netSentence), lists[i]!, bulletFit) : undefined));
      const quoteFits = !quote || !quoteBox || fits(`«${quote.text}»`, { x: 0, y: 0, w: quoteBox.w - 0.3, h: quoteBox.h - 0.42 }, 18, { maxLines: 2 });
      const stripFits = !stripBox || fits(stats, stripBox, 18, { maxLines: 1 });
      const whole = quoteFits && stripFits && fitted.every((f) => !f || (!f.truncated && f.pages.length === 1));
      const chars = h.record.title.length + summary.length + 55 + groups.flat().reduce((t, f) => t + netSentence(f).length + 1, 0)
        + (withQuote && quote ? quote.text.length + quote.attribution.length + 4 : 0) + (withStrip ? stats.length : 0);
      const size = Math.min(...fitted.map((f) => f?.fontSize ?? bulletFit.max));
      return { summaryBox: boxes[0]!, panels, lists, groups, quoteBox, stripBox, size, ok: whole && chars <= STAGE_BUDGET, withQuote };
    };
    // with a quotation, one finding per column gives way before the quotation does
    const configs: [number, boolean, boolean][] = [];
    if (quote) for (let m = max; m >= Math.max(1, max - 1); m--) configs.push([m, true, true], [m, true, false]);
    for (let m = max; m >= 1; m--) configs.push([m, false, true], [m, false, false]);
    // last resort for very long findings: the two columns alone (mixed evidence stays in the notes)
    // The first layout that fits, in order of preference; later ones are not computed (text fitting is the deck's costliest step).
    let chosen: ReturnType<typeof layoutFor> | undefined;
    for (const [m, q, st] of configs) {
      const c = layoutFor(m, q, st);
      if (c.ok) {
        chosen = c;
        break;
      }
    }
    chosen ??= layoutFor(1, false, false, false);
    if (!chosen.withQuote) quote = undefined;
    addText(h, summary, chosen.summaryBox, { min: 18, max: 20, maxLines: 1 }, { color: style.colors.gris, name: 'resumen de la etapa' });
    const groups = [
      { title: 'Lo que funciona', color: '2E7D6F', empty: 'Ningún tema se señala solo como avance.' },
      { title: 'Evidencia mixta: señalado como avance y como barrera', color: 'A35F00', empty: '' },
      { title: 'Lo que no funciona', color: style.colors.rojo, empty: 'Ningún tema se señala solo como barrera.' },
    ];
    chosen.panels.forEach((panel, i) => {
      if (!panel) return;
      const g = groups[i]!;
      const items = chosen.groups[i]!;
      const head: Box = { x: panel.x, y: panel.y, w: panel.w, h: HEAD };
      addRect(h, head, g.color, { name: `encabezado ${g.title}` });
      addText(h, g.title, head, { min: 18, max: 20, bold: true, maxLines: 1 }, { color: 'FFFFFF', valign: 'middle', name: `título ${g.title}` });
      if (items.length) addBullets(h, items.map(netSentence), chosen.lists[i]!, { ...bulletFit, min: chosen.size, max: chosen.size }, { name: `lista ${g.title}` });
      else addText(h, g.empty, chosen.lists[i]!, { min: 18, max: 18, maxLines: 3 }, { color: style.colors.gris, italic: true, name: `vacío ${g.title}` });
    });
    const quoteBox = quote ? chosen.quoteBox : undefined;
    const stripBox = chosen.stripBox;
    if (quote && quoteBox) {
      addRect(h, quoteBox, style.light, { name: 'cita' });
      addRect(h, { x: quoteBox.x, y: quoteBox.y, w: 0.08, h: quoteBox.h }, style.colors.secundario, { name: 'filete de la cita' });
      const q: Box = { x: quoteBox.x + 0.2, y: quoteBox.y + 0.02, w: quoteBox.w - 0.3, h: quoteBox.h - 0.4 };
      const who: Box = { x: q.x, y: q.y + q.h, w: q.w, h: 0.36 };
      addText(h, `«${quote.text}»`, q, { min: 18, max: 18, maxLines: 2 }, { italic: true, valign: 'middle', name: 'texto de la cita' });
      addText(h, `— ${quote.attribution}`, who, { min: 12, max: 12, maxLines: 1 }, { color: style.colors.gris, align: 'right', name: 'atribución de la cita', secondary: true });
    }
    if (stripBox) addText(h, stats, stripBox, { min: 18, max: 18, maxLines: 1 }, { color: style.colors.primario, align: 'center', valign: 'middle', fill: style.light, name: 'marco de actuación' });
    const mixed = net.filter((f) => f.negative.n > 0 && f.positive.n > 0);
    addNotes(h, paragraphs(
      stageNotes(ctx.analysis, b),
      mixed.length ? `Evidencia mixta: ${formatList(mixed.map((f) => `${f.label.charAt(0).toLowerCase()}${f.label.slice(1)} (${f.negative.term} en ${plural(f.negative.interviews, 'entrevista')} y ${f.positive.term} en ${plural(f.positive.interviews, 'entrevista')})`))}.` : undefined,
      quote ? `Cita (con consentimiento): «${quote.text}» — ${quote.attribution}.` : candidate ? `Cita (con consentimiento, no mostrada en la diapositiva): «${candidate.text}» — ${candidate.attribution}.` : undefined,
      extraNotes(ctx, entry, { etapa: stageLabel }),
    ));
  },
}));

export const planCoverage: Planner<'cobertura'> = (entry, ctx, index) => [{
  render() {
    const { analysis: a, style } = ctx;
    const cov = a.coverage;
    const title = titleOf(ctx, entry, 'Cobertura normativa y herramientas oficiales');
    const h = newSlide(ctx, 'cobertura', title);
    const sentences: string[] = [];
    if (entry.vista === 'grafica') {
      const specs = ['cobertura-normativa-etapa', 'herramientas-por-etapa'].map((id) => chartById(ctx, id, `diapositivas[${index}].vista`)).filter(hasPlottableData);
      const panels = specs.length > 1 ? split(CONTENT, [1, 1], 0.4) : [CONTENT];
      specs.forEach((s, i) => {
        addChartPanel(h, s, panels[i]!, { heading: true, captionLines: 2, fontSize: 10 });
        sentences.push(chartSentence(s));
      });
    } else {
      const columns: TableColumn[] = [
        { header: 'Etapa del mecanismo', width: 5.73 },
        { header: 'Instrumentos normativos', width: 2.2, align: 'center' },
        { header: 'Herramientas oficiales', width: 2.2, align: 'center' },
        { header: 'Herramientas en uso', width: 2.2, align: 'center' },
      ];
      const stages = Object.keys(STAGES) as Stage[];
      const zero = { color: style.colors.rojo, bold: true };
      const rowsData: TableCell[][] = stages.map((s) => {
        const nInst = cov.normative.byStage.find((x) => x.stage === s)?.n ?? 0;
        const tools = a.byStage[s].tools;
        const inUse = tools.filter((t) => t.inUse === 'si').length;
        return [
          { text: STAGES[s] },
          { text: String(nInst), ...(nInst === 0 ? zero : {}) },
          { text: String(tools.length), ...(tools.length === 0 ? zero : {}) },
          { text: String(inUse), ...(inUse === 0 ? zero : {}) },
        ];
      });
      const [tableArea, foot] = rows(CONTENT, [5.0, 0.45], 0.1);
      const layout = layoutTable(columns, rowsData, tableArea!.h, { min: 12, max: 18 });
      // a coverage table has one row per stage: it always fits one slide
      drawTable(h, columns, layout, layout.pages[0]!, { x: tableArea!.x, y: tableArea!.y }, 'tabla de cobertura');
      addText(h, `Ceros en rojo. Fuente: revisión del marco normativo y de herramientas oficiales (corte: ${cov.normative.cutDateText}).`, foot!, { min: 12, max: 14, maxLines: 2 }, { color: style.colors.gris, name: 'fuente', secondary: true });
    }
    const without = cov.normative.stagesWithout.map((c) => c.label.toLowerCase());
    const toolsWithout = cov.tools.stagesWithout.map((c) => c.label.toLowerCase());
    addNotes(h, paragraphs(
      `Se revisaron ${plural(cov.normative.total, 'instrumento normativo', 'instrumentos normativos')} (${cov.normative.inForce} vigentes) de los niveles ${formatList(cov.normative.byLevel.filter((l) => l.n > 0).map((l) => `${l.label.toLowerCase()} (${l.nText})`))}.`,
      without.length ? `Etapas sin ningún instrumento normativo: ${formatList(without)}.` : 'Todas las etapas del mecanismo están cubiertas por al menos un instrumento normativo.',
      `Herramientas oficiales: ${plural(cov.tools.total, 'herramienta')}, ${cov.tools.published} publicadas; uso: ${formatList(cov.tools.byUse.map((u) => `${u.label.toLowerCase()}, ${u.nText}`))}.`,
      toolsWithout.length ? `Etapas sin herramienta oficial: ${formatList(toolsWithout)}.` : undefined,
      cov.profiles.gapsSpecific ? `Hay ${plural(cov.profiles.gapsSpecific, 'combinación', 'combinaciones')} de perfil de víctima y etapa sin instrumento ni herramienta específicos.` : undefined,
      ...sentences,
      extraNotes(ctx, entry),
    ));
  },
}];

/** Words a summary must not end on. */
const DANGLING = /\s+(?:y|e|o|u|ni|de|del|la|las|el|los|a|al|en|con|por|para|que|sin|sobre|un|una|su|sus|entre)$/i;

/**
 * The gist of a recommendation for its slide: its first clauses (split at commas, semicolons,
 * colons and full stops) up to at least 45 characters; when longer than `maxChars`, cut before
 * a subordinate part («para», «con», «mediante», «que»…), never inside parentheses and never
 * with «…». The whole text goes to the speaker notes.
 */
export function recommendationGist(text: string, maxChars = 110): string {
  const flat = text.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  const clauses = flat.split(/(?<=[,;:.])\s+/);
  let gist = '';
  for (const c of clauses) {
    const next = gist ? `${gist} ${c}` : c;
    if (gist.length >= 45) break;
    gist = next;
  }
  gist = gist.replace(/[,;:.]$/, '');
  // the earliest subordinate part after the first 40 characters: a short, whole phrase
  const cutBefore = (words: string[]) => words
    .map((w) => gist.indexOf(w, 40))
    .filter((i) => i >= 40 && i <= maxChars)
    .sort((x, y) => x - y)[0];
  if (gist.length > maxChars) {
    const lastAnd = Math.max(gist.lastIndexOf(' y ', maxChars), gist.lastIndexOf(' e ', maxChars));
    const cut = cutBefore([' para ', ' con ', ' mediante ', ' que ', ' sin ', ' a fin de ', ' conforme ']) ?? (lastAnd >= 40 ? lastAnd : undefined) ?? cutBefore([' en ', ' de ']);
    gist = cut !== undefined ? gist.slice(0, cut) : gist.slice(0, gist.lastIndexOf(' ', maxChars));
  }
  const open = gist.lastIndexOf('(');
  if (open > gist.lastIndexOf(')')) gist = gist.slice(0, open);
  gist = gist.trim();
  while (DANGLING.test(gist)) gist = gist.replace(DANGLING, '');
  return gist.replace(/[\s,;:]+$/, '');
}

/** Recommendations per slide: four short titles (≤ 60 characters, one or two lines at 18–20 pt) and their data lines fit. */
const REC_PER_SLIDE = 4;

/** The longest gist (up to `most` characters, down to 40) that fits its box whole at 18 pt on two lines. */
function gistFor(text: string, box: Box, most = 110): string {
  for (let n = most; n >= 40; n -= 5) {
    const g = recommendationGist(text, n);
    if (fits(g, box, 18, { maxLines: 2 })) return g;
  }
  return recommendationGist(text, 40);
}

/**
 * What a recommendation's slide shows: its `titulo_corto` from recommendaciones.csv, or else a
 * gist of its text of at most RECOMMENDATION_TITLE_MAX characters. The whole text is in the notes.
 */
export function recommendationTitle(r: { text: string; shortTitle?: string }, box: Box): string {
  return r.shortTitle ?? gistFor(r.text, box, RECOMMENDATION_TITLE_MAX);
}

export const planRecommendations: Planner<'recomendaciones'> = (entry, ctx) => {
  const rec = ctx.analysis.recommendations;
  const list = entry.etapas ? rec.list.filter((r) => entry.etapas!.includes(r.stage)) : rec.list;
  if (!list.length) return [];
  const per = Math.max(2, Math.min(REC_PER_SLIDE, entry.filas_por_diapositiva ?? REC_PER_SLIDE));
  // As few slides as `per` allows, filled evenly (25 → 4, 4, 4, 4, 3, 3, 3): no last slide with one recommendation alone.
  const count = Math.ceil(list.length / per);
  const pages: (typeof list)[] = [];
  for (let p = 0, at = 0; p < count; p++) {
    const size = Math.floor(list.length / count) + (p < list.length % count ? 1 : 0);
    pages.push(list.slice(at, at + size));
    at += size;
  }
  return pages.map((items, p): PlannedSlide => ({
    render() {
      const { style } = ctx;
      const base = titleOf(ctx, entry, 'Recomendaciones');
      const title = pages.length > 1 ? `${base} (${p + 1} de ${pages.length})` : base;
      const h = newSlide(ctx, 'recomendaciones', title);
      const area = CONTENT;
      const slotH = (area.h - (per - 1) * 0.12) / per;
      const gistBox0: Box = { x: 0, y: 0, w: split({ ...area, h: slotH }, [1.25, 10.8], 0.2)[1]!.w, h: slotH - 0.46 };
      const metaOf = (r: (typeof items)[number]) => `${r.stageLabel} · ${r.institutionShort} · ${r.priorityLabel.toLowerCase()}, ${r.horizonLabel.toLowerCase()}`;
      // a short title per recommendation (≤ 60 characters): the slide summarises, the notes hold the detail
      const gists = items.map((r) => recommendationTitle(r, gistBox0));
      items.forEach((r, i) => {
        const slot: Box = { x: area.x, y: area.y + i * (slotH + 0.12), w: area.w, h: slotH };
        const [badge, text] = split(slot, [1.25, 10.8], 0.2) as [Box, Box];
        const high = r.priority === 'alta';
        addRect(h, badge, high ? style.colors.rojo : style.colors.primario, { rounded: true, name: `R${r.number}` });
        addText(h, `R${r.number}`, badge, { min: 20, max: 24, bold: true, maxLines: 1 }, { color: 'FFFFFF', align: 'center', valign: 'middle', name: `número R${r.number}` });
        // the gist and its data line as one block, centred in the slot
        const gistH = Math.min(text.h - 0.46, heightNeeded(gists[i]!, text.w, 20) + 0.02);
        const top = text.y + (text.h - gistH - 0.46) / 2;
        const gistBox: Box = { ...text, y: top, h: gistH };
        const metaBox: Box = { ...text, y: top + gistH, h: 0.46 };
        addText(h, gists[i]!, gistBox, { min: 18, max: 20, maxLines: 2 }, { valign: 'bottom', name: `recomendación R${r.number}` });
        addText(h, metaOf(r), metaBox, { min: 14, max: 14, maxLines: 1 }, { color: high ? style.colors.rojo : style.colors.gris, valign: 'top', name: `datos R${r.number}`, secondary: true });
      });
      addNotes(h, paragraphs(
        p === 0 ? `El diagnóstico formula ${plural(rec.total, 'recomendación', 'recomendaciones')}: ${formatList(rec.byPriority.filter((x) => x.n > 0).map((x) => `${x.nText} de prioridad ${x.label.toLowerCase()}`))}. Las instituciones con más recomendaciones son ${formatList(rec.byInstitution.slice(0, 3).map((g) => `${g.label} (${g.n})`))}.` : `Continuación de las recomendaciones (${p + 1} de ${pages.length}).`,
        items.map((r, i) => `R${r.number}. ${gists[i]} (${r.stageLabel}; ${r.institution}; prioridad ${r.priorityLabel.toLowerCase()}, ${r.horizonLabel.toLowerCase()}): ${r.text}`).join('\n'),
        extraNotes(ctx, entry),
      ));
    },
  }));
};
