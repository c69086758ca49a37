/**
 * Layout checks of a DOCX from a real pagination (LibreOffice → PDF → poppler; see
 * write/pagination.ts):
 *
 * - `paginas.casi-vacia`: a page (the cover aside) with fewer than NEAR_BLANK_LINES lines of text
 *   and no picture;
 * - `paginas.titulo-al-pie`: a heading that is the last thing on its page;
 * - `paginas.tabla-partida`: a table split so that a page holds a single one of its rows;
 * - `paginas.fuente-huerfana`: a «Fuente:»/«Nota:» line alone at the top of a page;
 * - `indice.numero-pagina`: an «Índice» entry whose printed page is not where its heading landed,
 *   or an «Índice» without page numbers.
 */
import { isTotalRow } from '../util/table-rows.js';
import type { Pagination } from '../write/pagination.js';
import type { DocxContent } from './docx.js';
import type { Finding } from './types.js';

export const NEAR_BLANK_LINES = 3;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
const clip = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regex finding a row of a table at the start of a text line (first cell, then the second when the first is a number). */
function rowPattern(cells: string[]): RegExp | undefined {
  // One word per cell: a cell's text wraps inside its column, so only its first word is sure to
  // start the row's first line.
  const first = (cells[0] ?? '').trim().split(/\s+/)[0] ?? '';
  if (!first) return undefined;
  const second = (cells[1] ?? '').trim().split(/\s+/)[0] ?? '';
  const parts = /^\d{1,3}$/.test(first) && second ? [first, second] : [first];
  return new RegExp(`^\\s*${parts.map((p) => escapeRe(p).replace(/\s+/g, '\\s+')).join('\\s+')}`);
}

export function reviewLayout(p: Pagination, docx: DocxContent): Finding[] {
  const findings: Finding[] = [];
  const page = (n: number) => p.pages[n - 1];

  for (const pg of p.pages) {
    if (pg.number === 1) continue;
    if (pg.lines.length < NEAR_BLANK_LINES && pg.images === 0) {
      findings.push({
        rule: 'paginas.casi-vacia', severity: 'error', where: `página ${pg.number}`,
        message: `la página tiene ${pg.lines.length === 0 ? 'solo el encabezado y el pie' : `solo ${pg.lines.length} ${pg.lines.length === 1 ? 'línea' : 'líneas'} («${clip(pg.lines.map((l) => l.trim()).join(' / '))}»)`}; revise el bloque anterior (tabla horizontal, salto de página, figura) para que su contenido no quede solo`,
      });
    }
    if (/^\s*(Fuentes?|Notas?):/.test(pg.lines[0] ?? '')) {
      findings.push({ rule: 'paginas.fuente-huerfana', severity: 'error', where: `página ${pg.number}`, message: `la línea «${clip(pg.lines[0]!.trim())}» quedó al principio de la página, separada de su tabla o figura` });
    }
  }

  for (const h of docx.headings) {
    const a = p.anchors.get(h.bookmark);
    const pg = a && page(a.page);
    if (!pg) continue;
    const key = squash(h.text).slice(0, 40);
    const at = pg.lines.map(squash).findLastIndex((l) => l.startsWith(key.slice(0, Math.min(key.length, l.length))) && l.length >= Math.min(8, key.length));
    if (at >= 0 && at === pg.lines.length - 1 && pg.lines.length >= NEAR_BLANK_LINES) {
      findings.push({ rule: 'paginas.titulo-al-pie', severity: 'error', where: `página ${pg.number}`, message: `el título «${clip(h.text)}» es lo último de la página; su texto empieza en la siguiente` });
    }
  }

  for (const t of docx.tables) {
    const start = t.caption ? p.anchors.get(t.caption)?.page : undefined;
    if (!start) continue;
    const body = t.rows.filter((_, i) => !t.header[i]);
    if (body.length < 4) continue;
    // Rows found per page, and how many of them are not a «Total» row: a page holding one row
    // and the total still shows a single row of the table.
    const perPage = new Map<number, number>();
    const realPerPage = new Map<number, number>();
    let at = start;
    // A line found for a row is not found again for a later row with the same first word.
    const used = new Set<string>();
    for (const row of body) {
      const re = rowPattern(row);
      if (!re) continue;
      for (let n = at; n <= Math.min(at + 3, p.pages.length); n++) {
        const k = page(n)!.lines.findIndex((l, i) => !used.has(`${n}:${i}`) && re.test(l));
        if (k >= 0) {
          used.add(`${n}:${k}`);
          at = n;
          perPage.set(n, (perPage.get(n) ?? 0) + 1);
          if (!isTotalRow(row)) realPerPage.set(n, (realPerPage.get(n) ?? 0) + 1);
          break;
        }
      }
    }
    if (perPage.size < 2) continue;
    for (const n of perPage.keys()) {
      const count = realPerPage.get(n) ?? 0;
      if (count < 2) {
        const total = (perPage.get(n) ?? 0) > count ? ' (además de la fila de total)' : '';
        findings.push({ rule: 'paginas.tabla-partida', severity: 'error', where: `página ${n} › ${t.label ?? 'tabla'}`, message: `la tabla se parte dejando ${count} fila${count === 1 ? '' : 's'}${total} en la página ${n}; una tabla partida lleva al menos 2 filas en cada página` });
      }
    }
  }

  const entries = docx.index;
  if (entries.length && entries.every((e) => e.page === undefined)) {
    findings.push({ rule: 'indice.numero-pagina', severity: 'error', where: 'Índice', message: 'el Índice no tiene números de página; genere el informe con «npm run report» donde LibreOffice esté instalado' });
  } else {
    for (const e of entries) {
      const a = p.anchors.get(e.anchor);
      if (a && e.page !== undefined && e.page !== a.page) {
        findings.push({ rule: 'indice.numero-pagina', severity: 'error', where: 'Índice', message: `«${clip(e.text)}» figura en la página ${e.page} del índice y está en la página ${a.page}; vuelva a generar el informe` });
      }
    }
  }
  return findings;
}
