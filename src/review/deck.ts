/**
 * Editorial review of a deck (PPTX), read from its XML as a viewer would show it — the check
 * `npm run revisar` runs on the CIE decks and the flowchart decks:
 *
 * - `deck.font-min`: any text run under 12 pt, with the size a viewer uses: the run's own size,
 *   else the paragraph's, the shape's list style, the layout's and master's placeholder, the
 *   master's text styles and the presentation's default (18 pt), scaled by the shape's autofit
 *   (`normAutofit fontScale`); also the master's and layouts' own texts (footer, slide number)
 *   and the text of embedded charts (axes, labels, legends);
 * - `deck.body-min`: body text under 18 pt. Body text is every paragraph of a text shape that
 *   is not the title and not a secondary text; secondary texts are named (selection pane,
 *   `p:cNvPr name`) with one of the prefixes of `SECONDARY_PREFIXES` — «Nota · fuente»,
 *   «Etiqueta · …» — and must still be ≥ 12 pt;
 * - `deck.char-budget`: more than `CHAR_BUDGET` characters on one slide (titles, text, tables);
 * - `deck.overflow`: text estimated outside its box (widths of `render/text`, the same estimate
 *   the deck fits its text with; lines wrapped as PowerPoint does), shapes outside the slide,
 *   and text cut short with «…»;
 * - `deck.production-note`: production notes («Imagen; los pasos siguen en una tabla
 *   editable», «ver notas») and file names in the slides' text.
 */
import JSZip from 'jszip';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { estimateWidth, wrapParagraphs } from '../render/text/index.js';
import type { Finding } from './types.js';

/** Smallest size of any text on a slide (points). */
export const MIN_FONT_PT = 12;
/** Smallest size of body text (points). */
export const MIN_BODY_PT = 18;
/** Characters a slide may show. */
export const CHAR_BUDGET = 600;
/**
 * Shape-name prefixes of secondary text (sources, notes under a figure, labels of a diagram,
 * table-like cells): held to `MIN_FONT_PT`, not to `MIN_BODY_PT`. The deck builders name their
 * shapes so (`src/write/pptx/primitives.ts`, `src/flowcharts/pptx.ts`).
 */
export const SECONDARY_PREFIXES = ['Nota ·', 'Etiqueta ·'] as const;

const EMU_PER_PT = 12_700;
/** PowerPoint's default text insets: 0.1 in left/right, 0.05 in top/bottom. */
const DEFAULT_INSET_LR = 91_440;
const DEFAULT_INSET_TB = 45_720;
/** Single line spacing as a multiple of the size (Open Sans and its substitutes, ≈ 1.2–1.36). */
const SINGLE_LINE = 1.2;

/** Production notes that must not reach a slide (case-insensitive). */
const PRODUCTION_NOTES: RegExp[] = [
  /\bimagen;/i,
  /tabla editable/i,
  /\bver (las )?notas\b/i,
  /notas del orador/i,
  /\{\{[^}]*\}\}/,
  /\b(TODO|FIXME|XXX)\b/,
  /\bmarcador de posici[oó]n\b/i,
];
const FILE_NAME = /(?<![\w/.-])[\w][\w-]*(?:\.[\w-]+)*\.(?:pptx|docx|xlsx|csv|tsv|pdf|png|svg|jpe?g|md|ya?ml|json)\b/i;

const parser = () => new DOMParser({ onError: () => {} });

function parse(xml: string): Element {
  return parser().parseFromString(xml, 'text/xml').documentElement as unknown as Element;
}

function kids(el: Element | null | undefined, name: string): Element[] {
  if (!el) return [];
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as Element).nodeName === name) out.push(n as Element);
  return out;
}
const kid = (el: Element | null | undefined, name: string): Element | undefined => kids(el, name)[0];
function all(el: Element | null | undefined, name: string): Element[] {
  return el ? Array.from(el.getElementsByTagName(name)) as Element[] : [];
}
const num = (v: string | null | undefined): number | undefined => (v === null || v === undefined || v === '' ? undefined : Number(v));

interface Rel { target: string; type: string }

async function rels(zip: JSZip, part: string): Promise<Map<string, Rel>> {
  const dir = part.slice(0, part.lastIndexOf('/'));
  const file = `${dir}/_rels/${part.slice(part.lastIndexOf('/') + 1)}.rels`;
  const out = new Map<string, Rel>();
  const xml = await zip.file(file)?.async('string');
  if (!xml) return out;
  for (const r of all(parse(xml), 'Relationship')) {
    const target = r.getAttribute('Target') ?? '';
    out.set(r.getAttribute('Id') ?? '', { target: resolvePath(dir, target), type: r.getAttribute('Type') ?? '' });
  }
  return out;
}

function resolvePath(dir: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = dir.split('/');
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

/** Sizes (hundredths of a point) a list style gives each level: `lvl1pPr/defRPr sz` …. */
function levelSizes(lst: Element | undefined): (number | undefined)[] {
  const out: (number | undefined)[] = [];
  for (let i = 1; i <= 9; i++) out.push(num(kid(kid(lst, `a:lvl${i}pPr`), 'a:defRPr')?.getAttribute('sz')));
  return out;
}

interface Placeholder { type: string; idx: string; sizes: (number | undefined)[]; fontScale?: number }

function placeholderOf(sp: Element): { type: string; idx: string } | undefined {
  const ph = all(kid(sp, 'p:nvSpPr') ?? sp, 'p:ph')[0];
  if (!ph) return undefined;
  return { type: ph.getAttribute('type') ?? 'body', idx: ph.getAttribute('idx') ?? '' };
}

function placeholders(root: Element): Placeholder[] {
  return all(root, 'p:sp').flatMap((sp) => {
    const ph = placeholderOf(sp);
    if (!ph) return [];
    const body = kid(sp, 'p:txBody');
    const scale = num(kid(kid(body, 'a:bodyPr'), 'a:normAutofit')?.getAttribute('fontScale'));
    return [{ ...ph, sizes: levelSizes(kid(body, 'a:lstStyle')), ...(scale !== undefined ? { fontScale: scale / 100_000 } : {}) }];
  });
}

function matchPlaceholder(list: Placeholder[], ph: { type: string; idx: string }): Placeholder | undefined {
  return list.find((p) => ph.idx && p.idx === ph.idx) ?? list.find((p) => p.type === ph.type)
    ?? (ph.type === 'ctrTitle' ? list.find((p) => p.type === 'title') : undefined);
}

/** Inherited text sizes of one slide's layout and master. */
interface Inheritance {
  layout: Placeholder[];
  master: Placeholder[];
  title: (number | undefined)[];
  body: (number | undefined)[];
  other: (number | undefined)[];
  presentation: (number | undefined)[];
}

interface ParaInfo {
  text: string;
  /** Smallest effective size of its runs (points). */
  minPt: number;
  /** Size of its first run (points), for measuring. */
  firstPt: number;
  bold: boolean;
  level: number;
  marL: number;
  spacing: number;
  spaceBefore: number;
  spaceAfter: number;
  small: { text: string; pt: number }[];
}

function paragraphsOf(body: Element | undefined, chain: (level: number) => number | undefined, fontScale: number): ParaInfo[] {
  if (!body) return [];
  const lst = levelSizes(kid(body, 'a:lstStyle'));
  return kids(body, 'a:p').map((p) => {
    const pPr = kid(p, 'a:pPr');
    const level = num(pPr?.getAttribute('lvl')) ?? 0;
    const paraSize = num(kid(pPr, 'a:defRPr')?.getAttribute('sz'));
    const inherited = paraSize ?? lst[level] ?? chain(level) ?? 1800;
    const runs = [...kids(p, 'a:r'), ...kids(p, 'a:fld')];
    let text = '';
    let minPt = Infinity;
    let firstPt = (inherited * fontScale) / 100;
    let bold = false;
    const small: { text: string; pt: number }[] = [];
    let first = true;
    for (const node of Array.from(p.childNodes) as Element[]) {
      if (node.nodeType !== 1) continue;
      if (node.nodeName === 'a:br') { text += '\n'; continue; }
      if (!runs.includes(node)) continue;
      const t = kids(node, 'a:t').map((x) => x.textContent ?? '').join('');
      text += t;
      if (!t.trim()) continue;
      const rPr = kid(node, 'a:rPr');
      const pt = ((num(rPr?.getAttribute('sz')) ?? inherited) * fontScale) / 100;
      if (first) { firstPt = pt; bold = rPr?.getAttribute('b') === '1'; first = false; }
      minPt = Math.min(minPt, pt);
      if (pt < MIN_FONT_PT - 1e-9) small.push({ text: t, pt });
    }
    const spcPct = num(kid(kid(pPr, 'a:lnSpc'), 'a:spcPct')?.getAttribute('val'));
    const spcPts = num(kid(kid(pPr, 'a:lnSpc'), 'a:spcPts')?.getAttribute('val'));
    const spacing = spcPts !== undefined ? spcPts / 100 / Math.max(1, firstPt) : spcPct !== undefined ? (spcPct / 100_000) * SINGLE_LINE : SINGLE_LINE;
    const space = (name: string) => (num(kid(kid(pPr, name), 'a:spcPts')?.getAttribute('val')) ?? 0) / 100;
    return { text, minPt, firstPt, bold, level, marL: num(pPr?.getAttribute('marL')) ?? 0, spacing, spaceBefore: space('a:spcBef'), spaceAfter: space('a:spcAft'), small };
  });
}

function shapeName(sp: Element): string {
  return all(sp, 'p:cNvPr')[0]?.getAttribute('name') ?? '';
}

const isSecondary = (name: string) => SECONDARY_PREFIXES.some((p) => name.startsWith(p));
const clip = (s: string, n = 50) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};
const fmtPt = (pt: number) => `${Number.isInteger(pt) ? pt : pt.toFixed(1).replace('.', ',')} pt`;

interface SlideText { title: string; chars: number }

/** Reviews one PPTX; `label` names it in the findings («presentación de Chiapas»). */
export async function reviewDeck(pptx: Buffer | Uint8Array, label: string): Promise<Finding[]> {
  const zip = await JSZip.loadAsync(pptx);
  const findings: Finding[] = [];
  const presXml = await zip.file('ppt/presentation.xml')?.async('string');
  if (!presXml) return [{ rule: 'deck.font-min', severity: 'error', where: label, message: 'el archivo no es una presentación PPTX (falta ppt/presentation.xml)' }];
  const pres = parse(presXml);
  const sldSz = kid(pres, 'p:sldSz');
  const slideW = num(sldSz?.getAttribute('cx')) ?? 12_192_000;
  const slideH = num(sldSz?.getAttribute('cy')) ?? 6_858_000;
  const presentation = levelSizes(kid(pres, 'p:defaultTextStyle'));
  const presRels = await rels(zip, 'ppt/presentation.xml');
  const slideParts = all(kid(pres, 'p:sldIdLst'), 'p:sldId').map((s) => presRels.get(s.getAttribute('r:id') ?? '')?.target).filter((t): t is string => !!t);

  const masters = new Map<string, { root: Element; inh: Omit<Inheritance, 'layout'> }>();
  const layouts = new Map<string, { root: Element; master: string }>();
  const checkedParts = new Set<string>();

  const masterOf = async (part: string) => {
    let m = masters.get(part);
    if (!m) {
      const root = parse(await zip.file(part)!.async('string'));
      const tx = kid(root, 'p:txStyles');
      m = { root, inh: { master: placeholders(root), title: levelSizes(kid(tx, 'p:titleStyle')), body: levelSizes(kid(tx, 'p:bodyStyle')), other: levelSizes(kid(tx, 'p:otherStyle')), presentation } };
      masters.set(part, m);
    }
    return m;
  };
  const layoutOf = async (part: string) => {
    let l = layouts.get(part);
    if (!l) {
      const root = parse(await zip.file(part)!.async('string'));
      const r = await rels(zip, part);
      const master = [...r.values()].find((x) => x.type.endsWith('/slideMaster'))?.target ?? '';
      l = { root, master };
      layouts.set(part, l);
    }
    return l;
  };

  /** Size chain of a shape: its placeholder in the layout and master, then the master's styles. */
  const chainFor = (sp: Element, inh: Inheritance): { chain: (level: number) => number | undefined; fontScale: number; title: boolean } => {
    const ph = placeholderOf(sp);
    const ownScale = num(kid(kid(kid(sp, 'p:txBody'), 'a:bodyPr'), 'a:normAutofit')?.getAttribute('fontScale'));
    if (!ph) return { chain: (lv) => inh.other[lv] ?? inh.presentation[lv], fontScale: ownScale !== undefined ? ownScale / 100_000 : 1, title: false };
    const lp = matchPlaceholder(inh.layout, ph);
    const mp = matchPlaceholder(inh.master, ph);
    const title = ph.type === 'title' || ph.type === 'ctrTitle';
    const style = title ? inh.title : ph.type === 'body' || ph.type === 'obj' ? inh.body : inh.other;
    const scale = ownScale ?? (lp?.fontScale !== undefined ? lp.fontScale * 100_000 : undefined);
    return { chain: (lv) => lp?.sizes[lv] ?? mp?.sizes[lv] ?? style[lv] ?? inh.presentation[lv], fontScale: scale !== undefined ? scale / 100_000 : 1, title };
  };

  /** Checks every text shape of a part (slide, layout or master); returns the slide's text. */
  const checkShapes = (root: Element, inh: Inheritance, where: string, isSlide: boolean): SlideText => {
    let title = '';
    let chars = 0;
    for (const sp of all(root, 'p:sp')) {
      const body = kid(sp, 'p:txBody');
      if (!body) continue;
      const { chain, fontScale, title: isTitle } = chainFor(sp, inh);
      const paras = paragraphsOf(body, chain, fontScale);
      const text = paras.map((p) => p.text).join('\n').trim();
      if (!text) continue;
      if (!isSlide && placeholderOf(sp)) continue; // a layout's prompt text is never shown
      const ph = placeholderOf(sp);
      // footer, date and slide number placeholders are secondary by nature
      const name = ph && ['sldNum', 'ftr', 'dt'].includes(ph.type) ? `${SECONDARY_PREFIXES[0]} ${ph.type}` : shapeName(sp);
      if (isTitle && !title) title = text;
      chars += text.replace(/\s+/g, ' ').length;
      for (const p of paras) {
        for (const s of p.small) {
          findings.push({ rule: 'deck.font-min', severity: 'error', where, message: `texto a ${fmtPt(s.pt)} («${clip(s.text)}»): ningún texto de una diapositiva puede medir menos de ${MIN_FONT_PT} pt` });
        }
        if (isSlide && !isTitle && !isSecondary(name) && p.text.trim() && p.minPt >= MIN_FONT_PT && p.minPt < MIN_BODY_PT - 1e-9) {
          findings.push({ rule: 'deck.body-min', severity: 'error', where, message: `texto principal a ${fmtPt(p.minPt)} («${clip(p.text)}»): el texto principal debe medir ${MIN_BODY_PT} pt o más; resuma el texto o páselo a las notas del orador` });
        }
        if (/…\s*$/.test(p.text)) {
          findings.push({ rule: 'deck.overflow', severity: 'error', where, message: `texto cortado con «…» («${clip(p.text)}»): no cupo en su cuadro; acórtelo o páselo a las notas del orador` });
        }
      }
      if (isSlide) checkBox(sp, paras, where);
    }
    for (const tbl of all(root, 'a:tbl')) {
      for (const tc of all(tbl, 'a:tc')) {
        const paras = paragraphsOf(kid(tc, 'a:txBody'), (lv) => inh.other[lv] ?? inh.presentation[lv], 1);
        for (const p of paras) {
          chars += p.text.replace(/\s+/g, ' ').trim().length;
          for (const s of p.small) findings.push({ rule: 'deck.font-min', severity: 'error', where, message: `celda de tabla a ${fmtPt(s.pt)} («${clip(s.text)}»): ningún texto de una diapositiva puede medir menos de ${MIN_FONT_PT} pt` });
          if (/…\s*$/.test(p.text)) findings.push({ rule: 'deck.overflow', severity: 'error', where, message: `celda de tabla cortada con «…» («${clip(p.text)}»)` });
        }
      }
    }
    return { title, chars };
  };

  const checkBox = (sp: Element, paras: ParaInfo[], where: string) => {
    const xfrm = all(kid(sp, 'p:spPr'), 'a:xfrm')[0];
    const off = kid(xfrm, 'a:off');
    const ext = kid(xfrm, 'a:ext');
    if (!off || !ext) return;
    const [x, y, cx, cy] = [off.getAttribute('x'), off.getAttribute('y'), ext.getAttribute('cx'), ext.getAttribute('cy')].map((v) => Number(v));
    const text = clip(paras.map((p) => p.text).join(' '));
    if (x! < 0 || y! < 0 || x! + cx! > slideW + 1 || y! + cy! > slideH + 1) {
      findings.push({ rule: 'deck.overflow', severity: 'error', where, message: `cuadro de texto fuera de la diapositiva («${text}»)` });
      return;
    }
    const bodyPr = kid(kid(sp, 'p:txBody'), 'a:bodyPr');
    const ins = (a: string, d: number) => num(bodyPr?.getAttribute(a)) ?? d;
    const availW = (cx! - ins('lIns', DEFAULT_INSET_LR) - ins('rIns', DEFAULT_INSET_LR)) / EMU_PER_PT;
    const availH = (cy! - ins('tIns', DEFAULT_INSET_TB) - ins('bIns', DEFAULT_INSET_TB)) / EMU_PER_PT;
    const noWrap = bodyPr?.getAttribute('wrap') === 'none';
    let height = 0;
    let tooWide = false;
    for (const p of paras) {
      const size = p.firstPt;
      const width = availW - p.marL / EMU_PER_PT;
      const measure = (s: string) => estimateWidth(s, size, p.bold);
      const lines = noWrap
        ? p.text.split('\n')
        : p.text.split('\n').flatMap((seg) => (seg.trim() ? wrapParagraphs(seg, width, measure).lines : ['']));
      if (lines.some((l) => measure(l) > width * 1.04 + 0.5)) tooWide = true;
      height += lines.length * size * p.spacing + p.spaceBefore + p.spaceAfter;
    }
    if (tooWide) findings.push({ rule: 'deck.overflow', severity: 'error', where, message: `el texto es más ancho que su cuadro («${text}»)` });
    else if (height > availH * 1.04 + 1) findings.push({ rule: 'deck.overflow', severity: 'error', where, message: `el texto necesita ${Math.round(height)} pt de alto y su cuadro tiene ${Math.round(availH)} pt («${text}»)` });
  };

  const checkCharts = async (part: string, r: Map<string, Rel>, where: string) => {
    for (const rel of r.values()) {
      if (!rel.type.endsWith('/chart')) continue;
      const xml = await zip.file(rel.target)?.async('string');
      if (!xml) continue;
      const root = parse(xml);
      const sizes = [...all(root, 'a:defRPr'), ...all(root, 'a:rPr')].map((e) => num(e.getAttribute('sz'))).filter((v): v is number => v !== undefined);
      const min = Math.min(...sizes);
      if (sizes.length && min < MIN_FONT_PT * 100) {
        findings.push({ rule: 'deck.font-min', severity: 'error', where, message: `gráfica con texto a ${fmtPt(min / 100)} (ejes, etiquetas o leyenda): ningún texto de una diapositiva puede medir menos de ${MIN_FONT_PT} pt` });
      }
    }
    void part;
  };

  for (const [i, part] of slideParts.entries()) {
    const xml = await zip.file(part)?.async('string');
    if (!xml) continue;
    const root = parse(xml);
    const r = await rels(zip, part);
    const layoutPart = [...r.values()].find((x) => x.type.endsWith('/slideLayout'))?.target;
    const layout = layoutPart ? await layoutOf(layoutPart) : undefined;
    const master = layout?.master ? await masterOf(layout.master) : undefined;
    const inh: Inheritance = {
      layout: layout ? placeholders(layout.root) : [],
      ...(master?.inh ?? { master: [], title: [], body: [], other: [], presentation }),
    };
    // the layout's and master's own texts (footer, slide number) show on the slide: once each
    for (const [p, rootEl] of [[layoutPart, layout?.root], [layout?.master, master?.root]] as const) {
      if (!p || !rootEl || checkedParts.has(p)) continue;
      checkedParts.add(p);
      checkShapes(rootEl, inh, `${label}, ${p.includes('Master') ? 'patrón de diapositivas' : 'diseño de diapositiva'} (${p.split('/').pop()})`, false);
    }
    const provisional = `${label}, diapositiva ${i + 1}`;
    const before = findings.length;
    const { title, chars } = checkShapes(root, inh, provisional, true);
    const where = title ? `${provisional} («${clip(title, 60)}»)` : provisional;
    for (const f of findings.slice(before)) f.where = where;
    await checkCharts(part, r, where);
    if (chars > CHAR_BUDGET) {
      findings.push({ rule: 'deck.char-budget', severity: 'error', where, message: `${chars} caracteres en pantalla (máximo ${CHAR_BUDGET}): resuma la diapositiva, divídala o pase el detalle a las notas del orador` });
    }
    const shown = all(root, 'a:t').map((t) => t.textContent ?? '').join(' ');
    for (const re of PRODUCTION_NOTES) {
      const m = re.exec(shown);
      if (m) findings.push({ rule: 'deck.production-note', severity: 'error', where, message: `nota de producción en la diapositiva («${clip(shown.slice(Math.max(0, m.index - 20), m.index + 40))}»): las indicaciones para quien edita no se muestran al público` });
    }
    const file = FILE_NAME.exec(shown);
    if (file) findings.push({ rule: 'deck.production-note', severity: 'error', where, message: `nombre de archivo en el texto de la diapositiva («${file[0]}»): nombre el documento por su título` });
  }
  return findings;
}
