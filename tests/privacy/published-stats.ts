/**
 * What a reader of the built outputs learns about the official victims' counts: the statistics
 * tables printed in the DOCX, the Markdown twin and the deck (native tables), the numbers in the
 * speaker notes and the deck's native chart data — parsed back from the files, not taken from the
 * analysis. Every printed count becomes a PublishedValue keyed by what it counts, so the union of
 * all outputs is one attacker's model (src/privacy/audit.ts `modelOf`).
 *
 * Keys: `c:<año>:<sexo>` year × sex cell, `y:<año>` year total, `s:<sexo>` sex total,
 * `a:<grupo>` age-band total, `g` grand total.
 */
import type { Element } from '@xmldom/xmldom';
import { readPart, openZip, parseXml } from '../support/ooxml.js';
import type { PublishedTable, PublishedValue } from '../../src/privacy/audit.js';

type Cell = string;
/** A printed table: header + body rows of cell texts. */
export type PrintedTable = Cell[][];

const clean = (s: string) => s.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();

/** Tables of a Markdown twin (GFM pipe tables). */
export function twinTables(md: string): PrintedTable[] {
  const out: PrintedTable[] = [];
  let cur: PrintedTable | undefined;
  for (const line of md.split('\n')) {
    if (/^\|.*\|\s*$/.test(line)) {
      const cells = line.trim().slice(1, -1).split('|').map(clean);
      if (cells.every((c) => /^:?-+:?$/.test(c))) continue;
      (cur ??= []).push(cells);
    } else if (cur) { out.push(cur); cur = undefined; }
  }
  if (cur) out.push(cur);
  return out;
}

function xmlTables(xml: string, tbl: string, tr: string, tc: string, t: string): PrintedTable[] {
  const doc = parseXml(xml);
  return Array.from(doc.getElementsByTagName(tbl)).map((table) =>
    Array.from(table.getElementsByTagName(tr)).map((row) =>
      Array.from(row.getElementsByTagName(tc)).map((cell) => clean(Array.from(cell.getElementsByTagName(t)).map((n) => n.textContent ?? '').join(' ')))));
}

export async function docxTables(bytes: Buffer): Promise<PrintedTable[]> {
  const zip = await openZip(bytes);
  return xmlTables(await readPart(zip, 'word/document.xml'), 'w:tbl', 'w:tr', 'w:tc', 'w:t');
}

export interface DeckContent {
  tables: PrintedTable[];
  notes: string[];
  /** Native chart series: name, categories, values (null = no point). */
  charts: { name: string; categories: string[]; values: (number | null)[] }[];
}

export async function deckContent(bytes: Buffer): Promise<DeckContent> {
  const zip = await openZip(bytes);
  const names = Object.keys(zip.files);
  const tables: PrintedTable[] = [];
  for (const n of names.filter((x) => /^ppt\/slides\/slide\d+\.xml$/.test(x))) tables.push(...xmlTables(await readPart(zip, n), 'a:tbl', 'a:tr', 'a:tc', 'a:t'));
  const notes: string[] = [];
  for (const n of names.filter((x) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(x))) {
    const doc = parseXml(await readPart(zip, n));
    notes.push(Array.from(doc.getElementsByTagName('a:p')).map((p) => Array.from(p.getElementsByTagName('a:t')).map((t) => t.textContent ?? '').join('')).join('\n'));
  }
  const charts: DeckContent['charts'] = [];
  for (const n of names.filter((x) => /^ppt\/charts\/chart\d+\.xml$/.test(x))) {
    const doc = parseXml(await readPart(zip, n));
    for (const ser of Array.from(doc.getElementsByTagName('c:ser'))) {
      const pts = (el: Element | undefined) => {
        const m = new Map<number, string>();
        if (el) for (const p of Array.from(el.getElementsByTagName('c:pt'))) m.set(Number(p.getAttribute('idx')), (p.getElementsByTagName('c:v')[0]?.textContent ?? '').trim());
        return m;
      };
      const tx = ser.getElementsByTagName('c:tx')[0];
      const name = tx ? Array.from(tx.getElementsByTagName('c:v')).map((v) => v.textContent ?? '').join('').trim() : '';
      const cats = pts(ser.getElementsByTagName('c:cat')[0]);
      const vals = pts(ser.getElementsByTagName('c:val')[0]);
      const count = Math.max(0, ...cats.keys()) + 1;
      const categories = Array.from({ length: count }, (_, k) => cats.get(k) ?? '');
      const values = categories.map((_, k) => { const v = vals.get(k); return v === undefined || v === '' ? null : Number(v); });
      charts.push({ name, categories, values });
    }
  }
  return { tables, notes, charts };
}

/** A printed count → PublishedValue (undefined when the text is not a count). */
export function valueOf(key: string, text: string, threshold: number): PublishedValue | undefined {
  const t = text.trim();
  if (t === `<${threshold}`) return { key, kind: 'primary' };
  if (t === 'C') return { key, kind: 'secondary' };
  if (/^\d{1,3}(,\d{3})*$/.test(t)) return { key, kind: 'shown', value: Number(t.replaceAll(',', '')) };
  return undefined;
}

/** Everything published, by key; conflicting or unreadable prints fail the test that calls it. */
export class Publication {
  readonly matrices: { years: string[]; sexes: string[]; grid: PublishedValue[][] }[] = [];
  readonly series: PublishedValue[][] = [];
  /** Single values printed outside tables (notes, charts). */
  readonly singles: PublishedValue[] = [];
  readonly sources = new Map<string, number>();
  constructor(readonly threshold: number, readonly ageLabels: string[], readonly sexLabels: string[]) {}

  private v(key: string, text: string, where: string): PublishedValue {
    const p = valueOf(key, text, this.threshold);
    if (!p) throw new Error(`${where}: «${text}» no es un conteo publicado (${key})`);
    return p;
  }

  /** Statistics tables among printed tables (recognised by their header). */
  addTables(tables: PrintedTable[], where: string): void {
    let n = 0;
    const yearRows: Cell[][] = [];
    let header: Cell[] | undefined;
    for (const t of tables) {
      const h = t[0]!;
      if (h[0] === 'Año' && h[h.length - 1] === 'Total' && h.length > 2 && h.slice(1, -1).every((s) => this.sexLabels.includes(s))) {
        header = h;
        yearRows.push(...t.slice(1)); // a paginated deck table repeats its header on every page
        n++;
      } else if (h.length === 2 && h[1] === 'Víctimas' && ['Año', 'Sexo', 'Grupo de edad'].includes(h[0]!)) {
        const kind = h[0] === 'Año' ? 'y' : h[0] === 'Sexo' ? 's' : 'a';
        const body = t.slice(1).filter((r) => r[0] !== 'Total');
        const total = t.slice(1).find((r) => r[0] === 'Total');
        const line = body.map((r) => this.v(`${kind}:${r[0]}`, r[1]!, where));
        line.push(total ? this.v('g', total[1]!, where) : { key: `${kind}:?total`, kind: 'secondary' });
        this.series.push(line);
        n++;
      }
    }
    if (header) {
      const sexes = header.slice(1, -1);
      const body = yearRows.filter((r) => r[0] !== 'Total');
      const totalRow = yearRows.find((r) => r[0] === 'Total');
      if (!totalRow) throw new Error(`${where}: la tabla por año y sexo no tiene fila Total`);
      const years = body.map((r) => r[0]!);
      const grid = body.map((r) => [...sexes.map((s, j) => this.v(`c:${r[0]}:${s}`, r[j + 1]!, where)), this.v(`y:${r[0]}`, r[r.length - 1]!, where)]);
      grid.push([...sexes.map((s, j) => this.v(`s:${s}`, totalRow[j + 1]!, where)), this.v('g', totalRow[totalRow.length - 1]!, where)]);
      this.matrices.push({ years, sexes, grid });
    }
    this.sources.set(where, n);
  }

  /** Counts printed in speaker notes: «Por año: 2015, 31; …», «Total del periodo: N», «label: N» of chart sentences. */
  addNotes(notes: string[], where: string): void {
    let n = 0;
    const num = String.raw`(\d{1,3}(?:,\d{3})*|<${this.threshold}|C)`;
    for (const text of notes) {
      for (const m of text.matchAll(new RegExp(String.raw`(?:^|[:;] |, | y )((?:19|20)\d{2}), ${num}(?=[;.,]| y |$)`, 'gm'))) { this.singles.push(this.v(`y:${m[1]}`, m[2]!, where)); n++; }
      for (const m of text.matchAll(new RegExp(String.raw`Total del periodo: ${num}`, 'g'))) { this.singles.push(this.v('g', m[1]!, where)); n++; }
      for (const m of text.matchAll(new RegExp(String.raw`((?:19|20)\d{2}): (\d{1,3}(?:,\d{3})*)(?=[;.])`, 'g'))) { this.singles.push(this.v(`y:${m[1]}`, m[2]!, where)); n++; }
      // A label that is both a sex and an age band («No identificado») is ambiguous in prose: the
      // chart data and the tables carry it.
      const ambiguous = (l: string) => this.sexLabels.includes(l) && this.ageLabels.includes(l);
      for (const label of this.sexLabels.filter((l) => !ambiguous(l))) {
        for (const m of text.matchAll(new RegExp(String.raw`${label}: (\d{1,3}(?:,\d{3})*)(?=[;.])`, 'g'))) { this.singles.push(this.v(`s:${label}`, m[1]!, where)); n++; }
      }
      for (const label of this.ageLabels.filter((l) => !ambiguous(l))) {
        const esc = label.replace(/[()]/g, (c) => `\\${c}`);
        for (const m of text.matchAll(new RegExp(String.raw`${esc}: (\d{1,3}(?:,\d{3})*)(?=[;.])`, 'gi'))) { this.singles.push(this.v(`a:${label}`, m[1]!, where)); n++; }
        for (const m of text.matchAll(new RegExp(String.raw`${esc}, ${num}(?=[;.,]| y |$)`, 'gim'))) { this.singles.push(this.v(`a:${label}`, m[1]!, where)); n++; }
      }
    }
    this.sources.set(where, n);
  }

  /** Native chart data: a year series, a year × sex series per sex, the sex-and-age series. */
  addCharts(charts: DeckContent['charts'], where: string): void {
    let n = 0;
    for (const s of charts) {
      const seen = new Set<string>();
      s.categories.forEach((cat, k) => {
        // sex-and-age chart: sexes first, then age bands («No identificado» is in both)
        const again = seen.has(cat);
        seen.add(cat);
        const v = s.values[k];
        if (v === null || v === undefined) return;
        let key: string | undefined;
        if (/^(19|20)\d{2}$/.test(cat)) key = this.sexLabels.includes(s.name) ? `c:${cat}:${s.name}` : s.name === 'Víctimas' ? `y:${cat}` : undefined;
        else if (this.sexLabels.includes(cat) && !again) key = `s:${cat}`;
        else if (this.ageLabels.includes(cat)) key = `a:${cat}`;
        if (!key) return;
        this.singles.push({ key, kind: 'shown', value: v });
        n++;
      });
    }
    this.sources.set(where, n);
  }

  /** The published tables for the audit: every matrix, every series, every single value. */
  tables(): PublishedTable[] {
    const out: PublishedTable[] = this.matrices.map((m) => ({ grid: m.grid }));
    for (const line of this.series) out.push({ grid: [line, line] });
    // A single value is a 1×1 "table" whose only line says x = x: it only makes x known.
    for (const s of this.singles) out.push({ grid: [[s, s], [s, s]] });
    return out;
  }
}
