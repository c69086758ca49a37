/** Readers of the deck's PPTX parts for the tests. */
import type JSZip from 'jszip';
import { openZip, parseXml, readPart, visibleText } from '../support/ooxml.js';

export { openZip, readPart, visibleText };

export const SLIDE_CX = 12_192_000; // 13.333 in
export const SLIDE_CY = 6_858_000; // 7.5 in

export function numbered(zip: JSZip, re: RegExp): string[] {
  return Object.keys(zip.files)
    .filter((n) => re.test(n))
    .sort((a, b) => Number(/(\d+)\.\w+$/.exec(a)![1]) - Number(/(\d+)\.\w+$/.exec(b)![1]));
}

/** Text of the title placeholder of a slide ('' when none). */
export function slideTitle(xml: string): string {
  const doc = parseXml(xml);
  for (const sp of Array.from(doc.getElementsByTagName('p:sp'))) {
    const ph = sp.getElementsByTagName('p:ph')[0];
    if (ph && ph.getAttribute('type') === 'title') {
      return Array.from(sp.getElementsByTagName('a:t')).map((t) => t.textContent ?? '').join('');
    }
  }
  return '';
}

/** Every a:off/a:ext pair of a part (xfrm of shapes, pictures, graphic frames). */
export function extents(xml: string): { x: number; y: number; cx: number; cy: number; where: string }[] {
  const doc = parseXml(xml);
  const out: { x: number; y: number; cx: number; cy: number; where: string }[] = [];
  for (const tag of ['a:xfrm', 'p:xfrm']) {
    for (const xfrm of Array.from(doc.getElementsByTagName(tag))) {
      const off = xfrm.getElementsByTagName('a:off')[0];
      const ext = xfrm.getElementsByTagName('a:ext')[0];
      if (!off || !ext) continue;
      // group shapes' child extents of 0 are the group frame itself
      const cx = Number(ext.getAttribute('cx'));
      const cy = Number(ext.getAttribute('cy'));
      if (xfrm.parentNode?.nodeName === 'p:grpSpPr' && cx === 0 && cy === 0) continue;
      const shape = xfrm.parentNode?.parentNode as { getElementsByTagName?: (n: string) => ArrayLike<{ getAttribute(a: string): string | null }> } | null;
      const name = shape?.getElementsByTagName?.('p:cNvPr')[0]?.getAttribute('name') ?? '';
      out.push({ x: Number(off.getAttribute('x')), y: Number(off.getAttribute('y')), cx, cy, where: name });
    }
  }
  return out;
}

/** Numeric values of every <c:v> inside the <c:val> of each series of a chart part. */
export function chartSeries(xml: string): { name: string; categories: string[]; values: { idx: number; v: number }[] }[] {
  const doc = parseXml(xml);
  return Array.from(doc.getElementsByTagName('c:ser')).map((ser) => {
    const name = Array.from(ser.getElementsByTagName('c:tx')[0]?.getElementsByTagName('c:v') ?? []).map((v) => v.textContent ?? '').join('');
    const cat = ser.getElementsByTagName('c:cat')[0];
    const categories = Array.from(cat?.getElementsByTagName('c:pt') ?? []).map((pt) => pt.getElementsByTagName('c:v')[0]?.textContent ?? '');
    const val = ser.getElementsByTagName('c:val')[0];
    const values = Array.from(val?.getElementsByTagName('c:pt') ?? []).map((pt) => ({ idx: Number(pt.getAttribute('idx')), v: Number(pt.getElementsByTagName('c:v')[0]?.textContent) }));
    return { name, categories, values };
  });
}

/** Notes text of a slide (through its relationship to the notes slide). */
export async function notesOf(zip: JSZip, slidePart: string): Promise<string> {
  const rels = await readPart(zip, slidePart.replace('slides/slide', 'slides/_rels/slide') + '.rels');
  const target = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
  if (!target) return '';
  const xml = await readPart(zip, `ppt/notesSlides/${target}`);
  const doc = parseXml(xml);
  // the notes body is the placeholder of type "body"
  for (const sp of Array.from(doc.getElementsByTagName('p:sp'))) {
    const ph = sp.getElementsByTagName('p:ph')[0];
    if (ph && ph.getAttribute('type') === 'body') return Array.from(sp.getElementsByTagName('a:t')).map((t) => t.textContent ?? '').join('');
  }
  return '';
}

/** Cell texts of every table (a:tbl) of a slide, row by row. */
export function tables(xml: string): string[][][] {
  const doc = parseXml(xml);
  return Array.from(doc.getElementsByTagName('a:tbl')).map((tbl) =>
    Array.from(tbl.getElementsByTagName('a:tr')).map((tr) =>
      Array.from(tr.getElementsByTagName('a:tc')).map((tc) => Array.from(tc.getElementsByTagName('a:t')).map((t) => t.textContent ?? '').join('')),
    ),
  );
}
