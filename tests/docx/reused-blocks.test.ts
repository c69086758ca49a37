/**
 * In the live loop an unchanged table's, plain paragraph's, heading's or index's docx.js objects
 * and XML are reused
 * (src/write/docx/builders/reused-blocks.ts). Whatever is kept, a document built in the loop must
 * be the bytes a single build gives: again and again, after an edit, and for tables whose cells
 * hold links (a link's relationship is made when compiled: such a table is never reused).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { markdownToDocx } from '../../src/write/docx/index.js';
import { setLiveLoop } from '../../src/util/live-loop.js';
import { readZip } from '../../src/util/zip-reader.js';
import { fixtureImages, testInfo } from './support.js';

const table = (cell: string) => `Tabla: Instituciones entrevistadas. {#tbl:inst}\n\n| Institución | Entrevistas |\n|---|--:|\n| ${cell} | 4 |\n| Fiscalía **especializada** | 3 |\n\nFuente: elaboración propia.\n`;
const linked = 'Tabla: Fuentes consultadas. {#tbl:fuentes}\n\n| Fuente | Enlace |\n|---|---|\n| CNDH | [sitio](https://www.cndh.org.mx) |\n\nFuente: elaboración propia.\n';
const paragraphs = 'Texto con **negritas**, *cursivas* y `código`.\n\nUn párrafo con un [enlace](https://www.gob.mx/segob).\n\nOtro con una nota.[^n]\n\n[^n]: La nota.\n';
const doc = (cell: string, heading = 'Capítulo') => `# ${heading}\n\nTexto.\n\n## Sección {-}\n\n${paragraphs}\n${table(cell)}\n${linked}`;

async function single(markdown: string): Promise<Buffer> {
  setLiveLoop(false);
  return markdownToDocx(markdown, testInfo(), fixtureImages);
}

async function inLoop(markdown: string): Promise<Buffer> {
  setLiveLoop(true);
  return markdownToDocx(markdown, testInfo(), fixtureImages);
}

afterEach(() => setLiveLoop(false));

describe('tables and paragraphs reused in the live loop', () => {
  it('give the bytes of a single build, rebuild after rebuild and after an edit', async () => {
    const first = await single(doc('DIF estatal'));
    const edited = await single(doc('DIF estatal (editado)'));
    expect(edited.equals(first)).toBe(false);
    expect((await inLoop(doc('DIF estatal'))).equals(first)).toBe(true);
    expect((await inLoop(doc('DIF estatal'))).equals(first)).toBe(true);
    expect((await inLoop(doc('DIF estatal (editado)'))).equals(edited)).toBe(true);
    expect((await inLoop(doc('DIF estatal'))).equals(first)).toBe(true);
  });

  it('an edited heading changes the heading and the index, as in a single build', async () => {
    const renamed = await single(doc('DIF estatal', 'Capítulo renombrado'));
    expect((await inLoop(doc('DIF estatal'))).equals(await single(doc('DIF estatal')))).toBe(true);
    const loop = await inLoop(doc('DIF estatal', 'Capítulo renombrado'));
    expect(loop.equals(renamed)).toBe(true);
    const body = readZip(loop).find((p) => p.name === 'word/document.xml')!.text();
    expect(body.match(/Capítulo renombrado/g)!.length).toBeGreaterThanOrEqual(2); // heading and index entry
  });

  it('a table or a paragraph with a link keeps its hyperlink relationship in every rebuild', async () => {
    for (let i = 0; i < 3; i++) {
      const parts = readZip(await inLoop(doc('DIF estatal')));
      const rels = parts.find((p) => p.name === 'word/_rels/document.xml.rels')!.text();
      const body = parts.find((p) => p.name === 'word/document.xml')!.text();
      for (const url of ['https://www.cndh.org.mx', 'https://www.gob.mx/segob']) {
        const id = new RegExp(`Id="([^"]+)"[^>]*Target="${url.replace(/[./]/g, '\\$&')}"`).exec(rels)?.[1];
        expect(id, `${url}, rebuild ${i + 1}`).toBeDefined();
        expect(body).toContain(`r:id="${id}"`);
      }
      expect(parts.find((p) => p.name === 'word/footnotes.xml')!.text()).toContain('La nota.');
    }
  });
});
