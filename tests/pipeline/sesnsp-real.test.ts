/**
 * The real SESNSP national file (read from ../shared, never copied into the repository):
 * Chiapas has several years with fewer than 5 victims, and they must print as "<5" in the
 * DOCX and the PPTX, and be absent from the deck's native chart data.
 */
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/pipeline/products/diagnostico.js';
import { docxText, openZip, parseXml, pptxSlides, readPart, visibleText } from '../support/ooxml.js';
import { haveRealSesnsp, SESNSP_REAL } from '../support/sesnsp.js';
import { copyProject } from './helpers.js';

describe.skipIf(!haveRealSesnsp())('Chiapas with the real SESNSP national file', () => {
  it('shows "<5" for the small years in report and deck, and never plots them', async () => {
    const r = await renderReport('chiapas', { root: copyProject(), sesnspFile: SESNSP_REAL! });
    // Real figures (README): 2021 → 4, 2024 → 3 victims.
    const year2021 = r.analysis.statistics.byYear.find((y) => y.key === '2021')!;
    expect(year2021.count.text).toBe('<5');
    expect(year2021.count.value).toBeNull();

    const text = await docxText(r.docx);
    // Table cells are paragraphs of their own: the year's cell is followed by its count.
    expect(text).toMatch(/(^|\n)2021\n<5\n/);
    expect(text).toMatch(/(^|\n)2024\n<5\n/);
    expect(r.markdown).toMatch(/^\| 2021 \| <5 \|/m);

    const slides = await pptxSlides(r.pptx);
    expect(slides.map((s) => visibleText(s.xml)).join('\n')).toContain('<5');

    // In every native chart whose categories are years, 2021 and 2024 have no value point.
    const zip = await openZip(r.pptx);
    const chartParts = Object.keys(zip.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
    let yearCharts = 0;
    for (const name of chartParts) {
      const doc = parseXml(await readPart(zip, name));
      for (const ser of Array.from(doc.getElementsByTagName('c:ser'))) {
        const cat = ser.getElementsByTagName('c:cat')[0];
        const val = ser.getElementsByTagName('c:val')[0];
        if (!cat || !val) continue;
        const labels = new Map(Array.from(cat.getElementsByTagName('c:pt')).map((p) => [p.getAttribute('idx'), p.textContent ?? '']));
        const idxOf = (label: string) => [...labels.entries()].find(([, l]) => l.trim() === label)?.[0];
        const i2021 = idxOf('2021');
        if (i2021 === undefined) continue;
        yearCharts++;
        const points = Array.from(val.getElementsByTagName('c:pt'));
        for (const y of ['2021', '2024']) {
          const idx = idxOf(y);
          expect(idx, `${name}: categoría ${y}`).toBeDefined();
          const pt = points.find((p) => p.getAttribute('idx') === idx);
          expect(pt?.textContent?.trim() ?? '', `${name}: ${y}`).toBe('');
        }
      }
    }
    expect(yearCharts).toBeGreaterThan(0);
  });
});
