/**
 * Flowcharts on paper: effective printed font size, the compact print layout (at most 3 parts,
 * steps ≥ 7 pt, labels and lane headers ≥ 6.5 pt for every state's flowcharts, every part
 * filling most of its page) and the flowcharts DOCX (figures on landscape sections, step tables
 * on portrait ones, images printed at the size the layout was chosen for).
 */
import type { Element } from '@xmldom/xmldom';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildStateFlowcharts } from '../../src/pipeline/products/flujogramas.js';
import { loadProjectConfig } from '../../src/config/project.js';
import { layoutFlowchart } from '../../src/flowcharts/layout/index.js';
import { loadStateFlowcharts } from '../../src/flowcharts/load.js';
import { figureId } from '../../src/flowcharts/docx.js';
import {
  effectiveFontPt, layoutFlowchartForPrint, layoutPrintedPt, layoutStepPt, MIN_LABEL_PT, MIN_PRINTED_PT, smallestFontPx,
} from '../../src/flowcharts/print.js';
import type { FlowchartLayout } from '../../src/flowcharts/types.js';
import { IMAGE_MAX_HEIGHT_SHARE, imageDisplaySize, pageGeometry } from '../../src/render/page/geometry.js';
import { openZip, parseXml, readPart } from '../support/ooxml.js';
import { checkPart, ROOT, STATES } from './helpers.js';

const project = loadProjectConfig(ROOT);
const geometry = pageGeometry(project.estilo);
const EMU_PER_TWIP = 635;

describe('effectiveFontPt', () => {
  it('is the layout font scaled by printed width / image width (96 px = 72 pt at 1:1)', () => {
    expect(effectiveFontPt(12, 800, 800 * 15)).toBeCloseTo(9); // 1:1 → 12 px = 9 pt
    expect(effectiveFontPt(12, 1600, 800 * 15)).toBeCloseTo(4.5); // halved
    expect(effectiveFontPt(24, 1600, 800 * 15)).toBeCloseTo(9); // a 2× PNG prints like its 1× layout
  });
});

describe('print layout', () => {
  const printed = new Map<string, FlowchartLayout>();
  beforeAll(async () => {
    for (const slug of STATES) {
      for (const fc of loadStateFlowcharts(slug, { root: ROOT })) printed.set(`${slug}/${fc.perfil}`, await layoutFlowchartForPrint(fc, geometry));
    }
  });

  it(`prints every state's flowchart in at most 3 parts, steps at ${MIN_PRINTED_PT} pt and labels and headers at ${MIN_LABEL_PT} pt or more`, () => {
    expect(printed.size).toBeGreaterThanOrEqual(STATES.length * 4);
    for (const [key, layout] of printed) {
      expect(layout.parts.length, key).toBeLessThanOrEqual(layout.steps.length <= 15 ? 2 : 3);
      expect(layoutStepPt(layout, geometry), key).toBeGreaterThanOrEqual(MIN_PRINTED_PT);
      expect(layoutPrintedPt(layout, geometry), key).toBeGreaterThanOrEqual(MIN_LABEL_PT);
      expect(smallestFontPx(layout)).toBe(layout.font.labelSize); // condition labels (and headers) are the smallest text
      expect(layout.font.headerSize).toBe(layout.font.labelSize);
    }
  });

  it('fills most of each landscape page: every part takes most of the text width or the whole height allowed', () => {
    const maxW = geometry.landscapeTextWidth / 15;
    const maxH = (geometry.landscapeTextHeight * IMAGE_MAX_HEIGHT_SHARE.landscape) / 15;
    for (const [key, layout] of printed) {
      for (const part of layout.parts) {
        const d = imageDisplaySize(part, geometry, true);
        expect(d.width >= 0.6 * maxW || d.height >= 0.95 * maxH, `${key} parte ${part.index}: ${d.width}×${d.height}`).toBe(true);
      }
    }
  });

  it('keeps the layout guarantees (no overlaps, nodes inside their lane, orthogonal edges) in every part', () => {
    const errs: string[] = [];
    for (const layout of printed.values()) for (const part of layout.parts) errs.push(...checkPart(layout, part));
    expect(errs).toEqual([]);
  });

  it('the full-page vertical layout it replaces printed below the minimum on a portrait page', async () => {
    const fc = loadStateFlowcharts('chihuahua', { root: ROOT }).find((f) => f.perfil === 'explotacion_laboral')!;
    const vertical = await layoutFlowchart(fc);
    expect(layoutPrintedPt(vertical, geometry, false)).toBeLessThan(MIN_PRINTED_PT);
    expect(layoutPrintedPt(printed.get('chihuahua/explotacion_laboral')!, geometry)).toBeGreaterThanOrEqual(MIN_PRINTED_PT);
  });

  it('is deterministic', async () => {
    const fc = loadStateFlowcharts('tabasco', { root: ROOT })[0]!;
    const a = await layoutFlowchartForPrint(fc, geometry);
    const b = await layoutFlowchartForPrint(structuredClone(fc), { ...geometry });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
});

describe('flowcharts DOCX on paper', () => {
  let build: Awaited<ReturnType<typeof buildStateFlowcharts>>;
  beforeAll(async () => {
    build = await buildStateFlowcharts('chihuahua', ROOT, project);
  });

  it('puts every flowchart image on a landscape section, steps at ≥ 7 pt and labels at ≥ 6.5 pt, and every step table on a portrait one', async () => {
    const docx = build.files.find((f) => f.target.endsWith('flujogramas-chihuahua.docx'))!.bytes as Buffer;
    const doc = parseXml(await readPart(await openZip(docx), 'word/document.xml'));
    const body = doc.getElementsByTagName('w:body')[0]!;
    // Group body blocks by section: a section ends at the sectPr in a paragraph (or the body's last).
    const sections: { orient: string; blocks: Element[] }[] = [];
    let blocks: Element[] = [];
    for (const node of Array.from(body.childNodes)) {
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      const sectPr = el.localName === 'sectPr' ? el : el.getElementsByTagName('w:sectPr')[0];
      if (el.localName !== 'sectPr') blocks.push(el);
      if (sectPr) {
        sections.push({ orient: sectPr.getElementsByTagName('w:pgSz')[0]!.getAttribute('w:orient') ?? 'portrait', blocks });
        blocks = [];
      }
    }
    const layouts = new Map<string, FlowchartLayout>();
    for (const fc of loadStateFlowcharts('chihuahua', { root: ROOT })) {
      const l = await layoutFlowchartForPrint(fc, geometry);
      for (const p of l.parts) layouts.set(`flujograma:${figureId(l, p.index)}`, l);
    }
    let images = 0;
    const tables: string[] = [];
    for (const s of sections) {
      for (const b of s.blocks) {
        for (const drawing of Array.from(b.getElementsByTagName('wp:inline'))) {
          const name = drawing.getElementsByTagName('wp:docPr')[0]!.getAttribute('name')!;
          expect(s.orient, name).toBe('landscape');
          const layout = layouts.get(name)!;
          const part = layout.parts[Number(/-(\d+)$/.exec(name)![1]) - 1]!;
          const cx = Number(drawing.getElementsByTagName('wp:extent')[0]!.getAttribute('cx'));
          expect(cx / EMU_PER_TWIP).toBeLessThanOrEqual(geometry.landscapeTextWidth + 1);
          expect(effectiveFontPt(layout.font.size, part.width, cx / EMU_PER_TWIP), name).toBeGreaterThanOrEqual(MIN_PRINTED_PT - 0.01);
          expect(effectiveFontPt(smallestFontPx(layout), part.width, cx / EMU_PER_TWIP), name).toBeGreaterThanOrEqual(MIN_LABEL_PT - 0.01);
          images++;
        }
        if (b.localName === 'tbl') tables.push(s.orient);
      }
    }
    expect(tables.length, 'tablas de pasos').toBeGreaterThanOrEqual(4);
    expect(new Set(tables)).toEqual(new Set(['portrait']));
    expect(images).toBe(layouts.size);
    expect(sections.filter((s) => s.orient === 'landscape')).toHaveLength(4); // one block per flowchart
  });

  it('the Markdown twin wraps each flowchart\'s figures in one horizontal block after its step table', () => {
    const md = build.files.find((f) => f.target.endsWith('flujogramas-chihuahua.md'))!.bytes as string;
    expect(md.match(/<!-- horizontal -->/g)).toHaveLength(4);
    expect(md).toMatch(/\| N\.º \| Responsable \| Paso \| Fundamento legal \| Plazo \|[^]*?<!-- horizontal -->\n\n!\[Flujograma [^\]]+\]\(flujograma:nna-1\)\n\nFigura: .+ \{#fig:nna-1\}\n\nFuente: .*versión .+ \(validado con el Consejo Estatal\)/);
    const blocks = md.split('<!-- horizontal -->').slice(1).map((b) => b.split('<!-- /horizontal -->')[0]!);
    for (const b of blocks) expect(b).not.toMatch(/^\|/m); // no table in a landscape block
  });
});
