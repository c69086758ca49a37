/**
 * Post-processing of the PPTX package pptxgenjs writes:
 * - each chart's embedded workbook (ppt/embeddings/*.xlsx) is itself re-packed with fixed
 *   dates and no author, so the deck's bytes depend only on its inputs;
 * - a null (suppressed) value leaves no trace: the empty <c:pt> of the chart cache and the
 *   empty <c> of the workbook are removed (a missing point is a gap, per OOXML);
 * - the whole package then goes through normaliseOoxml (fixed dates, core properties), as the
 *   in-memory zip of the renamed parts: one unzip, one zip.
 */
import { normaliseOoxml, type CoreProperties } from '../../util/deterministic-zip.js';
import { memoryPart, readZip, type PackagePart } from '../../util/zip-reader.js';

/** Removes empty data points (`<c:pt idx="n"><c:v></c:v></c:pt>`) from a chart part. */
export function dropEmptyChartPoints(xml: string): string {
  return xml.replace(/<c:pt idx="\d+">\s*<c:v>\s*<\/c:v>\s*<\/c:pt>/g, '');
}

/** Removes empty cells (`<c r="B3"><v></v></c>`) from a worksheet. */
export function dropEmptyCells(xml: string): string {
  return xml.replace(/<c r="([A-Z]+\d+)"(?: s="\d+")?>\s*<v>\s*<\/v>\s*<\/c>/g, '');
}

const CHART_REF = /(charts\/(?:_rels\/)?chart)(\d+)(\.xml)/g;
const WORKBOOK_REF = /(Microsoft_Excel_Worksheet)(\d+)(\.xlsx)/g;

/**
 * pptxgenjs numbers charts with a counter global to the process, so the second deck built in
 * one run would name its charts chart4.xml…; renumber them 1…n in order of appearance.
 */
function chartRenumbering(names: string[]): (s: string) => string {
  const numbers = [...new Set(names.flatMap((n) => [...n.matchAll(/^ppt\/charts\/chart(\d+)\.xml$/g)].map((m) => Number(m[1]))))].sort((a, b) => a - b);
  const map = new Map(numbers.map((n, i) => [n, i + 1]));
  const sub = (_: string, pre: string, n: string, post: string) => `${pre}${map.get(Number(n)) ?? n}${post}`;
  return (s) => s.replace(CHART_REF, sub).replace(WORKBOOK_REF, sub);
}

export async function finishPackage(raw: Uint8Array | ArrayBuffer, date: Date, props: CoreProperties): Promise<Buffer> {
  const src = readZip(raw);
  const renumber = chartRenumbering(src.map((p) => p.name));
  const parts: PackagePart[] = [];
  for (const entry of src) {
    const name = entry.name;
    if (/^ppt\/embeddings\/.*\.xlsx$/.test(name)) {
      const fixed = await normaliseOoxml(entry.bytes(), date, { title: '' }, (part, xml) => (/^xl\/worksheets\/sheet\d+\.xml$/.test(part) ? dropEmptyCells(xml) : xml));
      parts.push(memoryPart(renumber(name), fixed));
    } else if (/\.(xml|rels)$/.test(name)) {
      parts.push(memoryPart(renumber(name), renumber(entry.text())));
    } else {
      parts.push(memoryPart(renumber(name), entry.bytes()));
    }
  }
  // The renamed parts go to normaliseOoxml in memory: the deck is unzipped once and zipped once.
  return normaliseOoxml(parts, date, props, (part, xml) => {
    let out = /^ppt\/charts\/chart\d+\.xml$/.test(part) ? dropEmptyChartPoints(xml) : xml;
    // pptxgenjs marks every run as en-US; the deck is Spanish (spell-checking, screen readers)
    if (part.startsWith('ppt/')) out = out.replaceAll('lang="en-US"', 'lang="es-MX"');
    return out;
  });
}
