/** Layout checks of `npm run revisar` on a pagination (as LibreOffice + poppler report it): each planted defect is reported. */
import { describe, expect, it } from 'vitest';
import type { DocxContent } from '../../src/review/docx.js';
import { reviewLayout } from '../../src/review/layout.js';
import type { Pagination, PdfPage } from '../../src/write/pagination.js';

const filler = (n: number, tag = 'Texto') => Array.from({ length: n }, (_, i) => `${tag} de cuerpo, línea ${i + 1}.`);
const page = (number: number, lines: string[], images = 0): PdfPage => ({ number, landscape: false, lines, images });

function clean(): { p: Pagination; d: DocxContent } {
  const rows = [['Núm.', 'Institución', 'Entrevistas'], ...Array.from({ length: 6 }, (_, i) => [String(i + 1), `Institución ${'ABCDEF'[i]} del estado`, '2'])];
  const p: Pagination = {
    pages: [
      page(1, ['Portada']),
      page(2, ['Índice', '1 Detección 3', '1.1 Barreras 3']),
      page(3, ['1 Detección', ...filler(10), '1.1 Barreras', ...filler(5), 'Tabla 1. Instituciones', 'Núm. Institución Entrevistas', ...rows.slice(1, 5).map((r) => `  ${r[0]}  ${r[1]}   2`)]),
      page(4, ['Núm. Institución Entrevistas', ...rows.slice(5).map((r) => `  ${r[0]}  ${r[1]}   2`), 'Fuente: elaboración propia.', ...filler(20)]),
      page(5, ['Una figura'], 1),
    ],
    anchors: new Map([['_Toc_h0001', { page: 3, y: 700 }], ['_Toc_h0002', { page: 3, y: 500 }], ['_Ref_tbl0001', { page: 3, y: 300 }]]),
  };
  const d: DocxContent = {
    headings: [{ bookmark: '_Toc_h0001', text: '1 Detección' }, { bookmark: '_Toc_h0002', text: '1.1 Barreras' }],
    tables: [{ caption: '_Ref_tbl0001', label: 'Tabla 1', rows, header: rows.map((_, i) => i === 0) }],
    index: [{ anchor: '_Toc_h0001', text: '1 Detección', page: 3 }, { anchor: '_Toc_h0002', text: '1.1 Barreras', page: 3 }],
  };
  return { p, d };
}

describe('layout checks', () => {
  it('find nothing in a clean pagination (a picture page with one line is not blank)', () => {
    const { p, d } = clean();
    expect(reviewLayout(p, d)).toEqual([]);
  });

  it('report a near-blank page', () => {
    const { p, d } = clean();
    p.pages.push(page(6, ['Fuente: SESNSP.', 'nota']));
    p.pages.push(page(7, []));
    const f = reviewLayout(p, d).filter((x) => x.rule === 'paginas.casi-vacia');
    expect(f.map((x) => x.where)).toEqual(['página 6', 'página 7']);
    expect(f[1]!.message).toContain('solo el encabezado y el pie');
  });

  it('report a heading last on its page', () => {
    const { p, d } = clean();
    p.pages[2] = page(3, ['1 Detección', ...filler(40), '1.1 Barreras']);
    p.pages[3] = page(4, [...filler(10), 'Tabla 1. Instituciones', 'Núm. Institución Entrevistas', ...d.tables[0]!.rows.slice(1).map((r) => `  ${r[0]}  ${r[1]}   2`), 'Fuente: x.']);
    const f = reviewLayout(p, d).filter((x) => x.rule === 'paginas.titulo-al-pie');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('«1.1 Barreras»');
    expect(f[0]!.where).toBe('página 3');
  });

  it('report a table split leaving one row on a page', () => {
    const { p, d } = clean();
    const rows = d.tables[0]!.rows;
    p.pages[2] = page(3, ['1 Detección', ...filler(10), '1.1 Barreras', ...filler(5), 'Tabla 1. Instituciones', 'Núm. Institución Entrevistas', `  1  ${rows[1]![1]}   2`]);
    p.pages[3] = page(4, ['Núm. Institución Entrevistas', ...rows.slice(2).map((r) => `  ${r[0]}  ${r[1]}   2`), 'Fuente: elaboración propia.', ...filler(5)]);
    const f = reviewLayout(p, d).filter((x) => x.rule === 'paginas.tabla-partida');
    expect(f).toHaveLength(1);
    expect(f[0]!.where).toBe('página 3 › Tabla 1');
  });

  it('report a table split leaving one row and its total on a page', () => {
    const { p, d } = clean();
    const rows = [...d.tables[0]!.rows, ['Total', '', '12']];
    d.tables[0] = { ...d.tables[0]!, rows, header: rows.map((_, i) => i === 0) };
    p.pages[2] = page(3, ['1 Detección', ...filler(10), '1.1 Barreras', ...filler(5), 'Tabla 1. Instituciones', 'Núm. Institución Entrevistas', ...rows.slice(1, 6).map((r) => `  ${r[0]}  ${r[1]}   2`)]);
    p.pages[3] = page(4, ['Núm. Institución Entrevistas', `  6  ${rows[6]![1]}   2`, 'Total   12', 'Fuente: elaboración propia.', ...filler(20)]);
    const f = reviewLayout(p, d).filter((x) => x.rule === 'paginas.tabla-partida');
    expect(f.map((x) => x.where)).toEqual(['página 4 › Tabla 1']);
    expect(f[0]!.message).toContain('1 fila (además de la fila de total)');
  });

  it('report a source line alone at the top of a page', () => {
    const { p, d } = clean();
    p.pages[3] = page(4, ['Fuente: elaboración propia.', ...filler(20)]);
    p.pages[2]!.lines.push(...d.tables[0]!.rows.slice(5).map((r) => `  ${r[0]}  ${r[1]}   2`));
    const f = reviewLayout(p, d).filter((x) => x.rule === 'paginas.fuente-huerfana');
    expect(f.map((x) => x.where)).toEqual(['página 4']);
  });

  it('report an index page number that is not where the heading landed, and an index without numbers', () => {
    const { p, d } = clean();
    d.index[1]!.page = 4;
    expect(reviewLayout(p, d).filter((x) => x.rule === 'indice.numero-pagina').map((x) => x.message)).toEqual([
      '«1.1 Barreras» figura en la página 4 del índice y está en la página 3; vuelva a generar el informe',
    ]);
    for (const e of d.index) e.page = undefined;
    expect(reviewLayout(p, d).filter((x) => x.rule === 'indice.numero-pagina')[0]!.message).toContain('no tiene números de página');
  });
});
