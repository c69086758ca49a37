/** Test helpers: open a DOCX/PPTX as a zip and read its XML parts and visible text. */
import JSZip from 'jszip';
import { DOMParser, type Document } from '@xmldom/xmldom';

export async function openZip(bytes: Uint8Array | Buffer): Promise<JSZip> {
  return JSZip.loadAsync(bytes);
}

export async function readPart(zip: JSZip, name: string): Promise<string> {
  const f = zip.file(name);
  if (!f) throw new Error(`part not found: ${name}; parts: ${Object.keys(zip.files).join(', ')}`);
  return f.async('string');
}

export function parseXml(xml: string): Document {
  return new DOMParser().parseFromString(xml, 'text/xml');
}

/** Concatenated text of every w:t (DOCX) or a:t (PPTX) element, one paragraph per line. */
export function visibleText(xml: string): string {
  const doc = parseXml(xml);
  const out: string[] = [];
  const paras = [
    ...Array.from(doc.getElementsByTagName('w:p')),
    ...Array.from(doc.getElementsByTagName('a:p')),
  ];
  for (const p of paras) {
    const ts = [...Array.from(p.getElementsByTagName('w:t')), ...Array.from(p.getElementsByTagName('a:t'))];
    const line = ts.map((t) => t.textContent ?? '').join('');
    if (line) out.push(line);
  }
  return out.join('\n');
}

export async function docxText(bytes: Uint8Array | Buffer): Promise<string> {
  const zip = await openZip(bytes);
  return visibleText(await readPart(zip, 'word/document.xml'));
}

/** Slide XML parts in slide order (ppt/slides/slide1.xml, slide2.xml, …). */
export async function pptxSlides(bytes: Uint8Array | Buffer): Promise<{ name: string; xml: string }[]> {
  const zip = await openZip(bytes);
  const names = Object.keys(zip.files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
  return Promise.all(names.map(async (name) => ({ name, xml: await readPart(zip, name) })));
}
