/**
 * The DOCX writer asks for every picture at once (src/write/docx/transforms/images.ts), so that
 * flowcharts and charts encode their PNGs together: what it reports must not depend on which
 * answer came first.
 */
import { describe, expect, it } from 'vitest';
import { markdownToDocx, type ImageResolver } from '../../src/write/docx/index.js';
import { fixtureImages, testInfo } from './support.js';

const md = '# Capítulo\n\n![Primera figura](grafica:lenta)\n\nFigura: Lenta.\n\n![Segunda figura](grafica:rapida)\n\nFigura: Rápida.\n';
const later = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('pictures resolved together', () => {
  it('are all asked for before any answer arrives', async () => {
    const asked: string[] = [];
    let answered = 0;
    const images: ImageResolver = async (url) => {
      asked.push(`${url}@${answered}`);
      await later(url.endsWith('lenta') ? 30 : 1);
      answered++;
      return fixtureImages('grafica:casos');
    };
    const docx = await markdownToDocx(md, testInfo(), images);
    expect(docx.length).toBeGreaterThan(10_000);
    expect(asked).toEqual(['grafica:lenta@0', 'grafica:rapida@0']);
  });

  it('the first failing picture in the document is the one reported, even when a later one fails first', async () => {
    const images: ImageResolver = async (url) => {
      await later(url.endsWith('lenta') ? 30 : 1);
      throw new Error(`falló ${url}`);
    };
    await expect(markdownToDocx(md, testInfo(), images)).rejects.toThrow('falló grafica:lenta');
  });
});
