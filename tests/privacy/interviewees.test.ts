/**
 * Interviewees (issue #18 item 5, docs/privacidad.md): small interview counts print «menos de 3»,
 * quotes name a sector only when it has enough interviews and carry no interview number, and
 * institutions are listed without their number of interviews — checked on the built DOCX, twin
 * and deck; the rules are a validated setting of proyecto.yaml.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProjectConfig } from '../../src/config/project.js';
import { renderReport } from '../../src/pipeline/products/diagnostico.js';
import { DEFAULT_INTERVIEWEE_RULES, protectInterviewCounts, quoteAttribution } from '../../src/privacy/interviewees.js';
import { docxText, pptxSlides, visibleText } from '../support/ooxml.js';
import { copyProject, readCsvRecords } from '../pipeline/helpers.js';
import { deckContent, docxTables, twinTables, type PrintedTable } from './published-stats.js';

describe('protectInterviewCounts', () => {
  it('«1 de manera virtual» of 30: the 1 is «menos de 3», the 29 «3 o más» (30 − 29 would give it away)', () => {
    expect(protectInterviewCounts([29, 1], 30, 3).map((c) => c.text)).toEqual(['3 o más', 'menos de 3']);
  });
  it('nothing small, nothing hidden; zeros stay 0', () => {
    expect(protectInterviewCounts([20, 10, 0], 30, 3).map((c) => c.text)).toEqual(['20', '10', '0']);
  });
  it('hides more until no small count is pinned: 15 | 6 | 4 | 2 | 2 of 29', () => {
    const c = protectInterviewCounts([15, 6, 4, 2, 2], 29, 3);
    expect(c.map((x) => x.text)).toEqual(['15', '6', '3 o más', 'menos de 3', 'menos de 3']);
  });
  it('1 + 1 and a «3 o más» of 3 would pin the 1s (3 − …): the audit hides more', () => {
    // 10 | 3 | 1 | 1 of 15: hiding only the 3 gives 3+1+1 = 5 with «3 o más» ≥ 3 → both 1s are exactly 1
    const c = protectInterviewCounts([10, 3, 1, 1], 15, 3);
    expect(c.map((x) => x.text)).toEqual(['3 o más', '3 o más', 'menos de 3', 'menos de 3']);
  });
});

describe('quoteAttribution', () => {
  const counts = new Map([['gobierno_estatal', 12], ['gobierno_municipal', 2], ['academia', 1], ['osc', 1], ['organismo_internacional', 1]]);
  it('names the sector only with at least umbral_sector interviews, else the broader group, else nobody', () => {
    expect(quoteAttribution('gobierno_estatal', 7, counts, DEFAULT_INTERVIEWEE_RULES)).toEqual({ text: 'Persona entrevistada, gobierno estatal', label: 'Gobierno estatal' });
    expect(quoteAttribution('gobierno_municipal', 7, counts, DEFAULT_INTERVIEWEE_RULES).text).toBe('Persona entrevistada del sector público');
    expect(quoteAttribution('academia', 7, counts, DEFAULT_INTERVIEWEE_RULES).text).toBe('Persona entrevistada de la sociedad civil, la academia o un organismo internacional');
    expect(quoteAttribution('academia', 7, new Map([['academia', 1], ['osc', 1]]), DEFAULT_INTERVIEWEE_RULES)).toEqual({ text: 'Persona entrevistada', label: 'Persona entrevistada' });
  });
  it('numbers quotes only with numerar_citas', () => {
    const rules = { ...DEFAULT_INTERVIEWEE_RULES, numerar_citas: true };
    expect(quoteAttribution('gobierno_estatal', 7, counts, rules).text).toBe('Entrevista 7, gobierno estatal');
    expect(quoteAttribution('gobierno_municipal', 7, counts, rules).text).toBe('Entrevista 7, sector público');
  });
});

describe('proyecto.yaml → privacidad.entrevistas', () => {
  const yaml = (root: string) => path.join(root, 'proyecto.yaml');
  it('defaults when absent; the shipped file sets the documented values', () => {
    const root = copyProject();
    expect(readProjectConfig(root).value?.privacidad.entrevistas).toEqual(DEFAULT_INTERVIEWEE_RULES);
    const text = readFileSync(yaml(root), 'utf8');
    writeFileSync(yaml(root), text.replace(/\n {2}entrevistas:\n( {4}.*\n)+/, '\n'));
    expect(readFileSync(yaml(root), 'utf8')).not.toMatch(/^\s+umbral_sector:/m);
    expect(readProjectConfig(root).value?.privacidad.entrevistas).toEqual(DEFAULT_INTERVIEWEE_RULES);
  });
  it.each([
    ['umbral_sector: 3', 'umbral_sector: 1', /umbral_sector debe ser al menos 2/, 'umbral_sector: 3'],
    ['umbral_conteo: 3', 'umbral_conteo: 2.5', /umbral_conteo debe ser un número entero/, 'umbral_conteo: 3'],
    ['numerar_citas: false', 'numerar_citas: quizá', /numerar_citas debe ser sí o no/, 'numerar_citas: false'],
    // an unknown key is reported at its object
    ['instituciones_con_conteo: false', 'instituciones_con_conteo: false\n    umbral_cita: 4', /ajuste desconocido en privacidad\.entrevistas: umbral_cita/, '  entrevistas:'],
  ])('%s → %s: Spanish error with file and line', (from, to, message, anchor) => {
    const root = copyProject();
    const text = readFileSync(yaml(root), 'utf8');
    expect(text).toContain(from);
    writeFileSync(yaml(root), text.replace(from, to));
    const r = readProjectConfig(root);
    expect(r.value).toBeUndefined();
    const line = text.split('\n').findIndex((l) => l.startsWith(anchor) || l.trim() === anchor.trim()) + 1;
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ file: 'proyecto.yaml', message: expect.stringMatching(message) });
    expect(r.problems[0]!.line).toBeGreaterThanOrEqual(line - 1);
    expect(r.problems[0]!.line).toBeLessThanOrEqual(line + 1);
  });
});

/** Rows of the printed table whose header starts with `first` and contains `col`. */
function column(tables: PrintedTable[], first: string, col: string): string[] {
  const t = tables.find((x) => x[0]![0] === first && x[0]!.includes(col));
  if (!t) return [];
  const j = t[0]!.indexOf(col);
  return t.slice(1).filter((r) => r[0] !== 'Total').map((r) => r[j]!);
}

describe('built outputs (Chihuahua sample with exactly one virtual interview)', () => {
  it('print no small interview count, no per-institution count, no interview number, no sector with fewer than 3 interviews', async () => {
    const root = copyProject();
    const csv = path.join(root, 'data', 'chihuahua', 'entrevistas.csv');
    const lines = readFileSync(csv, 'utf8').split('\n');
    let virtual = 0;
    const edited = lines.map((l, i) => {
      if (i === 0 || !l.includes(',virtual,')) return l;
      return virtual++ === 0 ? l : l.replace(',virtual,', ',presencial,');
    });
    expect(virtual).toBeGreaterThan(1);
    writeFileSync(csv, edited.join('\n'));
    const rows = readCsvRecords(csv);
    expect(rows.filter((r) => r.modalidad === 'virtual')).toHaveLength(1);
    const perSector = new Map<string, number>();
    for (const r of rows) perSector.set(r.sector!, (perSector.get(r.sector!) ?? 0) + 1);
    const SECTOR_NAMES: Record<string, string> = {
      gobierno_federal: 'gobierno federal', gobierno_estatal: 'gobierno estatal', gobierno_municipal: 'gobierno municipal',
      organismo_autonomo: 'organismo autónomo', osc: 'organización de la sociedad civil', organismo_internacional: 'organismo internacional', academia: 'academia',
    };
    const small = [...perSector].filter(([, n]) => n < 3).map(([s]) => SECTOR_NAMES[s]!);
    expect(small.length).toBeGreaterThan(0); // the sample has sectors with 1–2 interviews

    const r = await renderReport('chihuahua', { root });
    const docx = await docxText(r.docx);
    const deck = await deckContent(r.pptx);
    const slides = (await pptxSlides(r.pptx)).map((s) => visibleText(s.xml)).join('\n');
    const notes = deck.notes.join('\n');
    const outputs = { gemelo: r.markdown, docx, diapositivas: slides, notas: notes };

    for (const [where, text] of Object.entries(outputs)) {
      // «1 de manera virtual», «virtual: 1»
      expect(text, where).not.toMatch(/\b[12] de manera virtual|virtual: [12]\b/);
      // quotes carry no interview number
      expect(text, where).not.toMatch(/Entrevista \d+/);
      // a quote never names a sector with fewer than 3 interviews
      for (const m of text.matchAll(/— (Persona entrevistada[^\n”]*)/g)) {
        for (const s of small) expect(m[1]!.toLowerCase(), `${where}: ${m[1]}`).not.toContain(s);
      }
    }
    expect(r.markdown).toMatch(/menos de 3 de manera virtual/);
    expect(docx).toMatch(/menos de 3 de manera virtual/);
    expect(notes).toMatch(/virtual: menos de 3/);
    expect(`${r.markdown}\n${docx}`).toMatch(/— Persona entrevistada/);

    // tables: interviews per sector only ≥ 3 or «menos de 3» / «3 o más»; no per-institution counts
    const tables = { gemelo: twinTables(r.markdown), docx: await docxTables(r.docx) };
    for (const [where, ts] of Object.entries(tables)) {
      const counts = column(ts, 'Sector', 'Entrevistas');
      expect(counts.length, where).toBeGreaterThan(3);
      for (const c of counts) expect(c === 'menos de 3' || c === '3 o más' || Number(c) >= 3, `${where}: ${c}`).toBe(true);
      expect(counts, where).toContain('menos de 3');
      const institutions = ts.filter((t) => t[0]!.includes('Institución'));
      expect(institutions.length, where).toBeGreaterThan(0);
      for (const t of institutions) expect(t[0], where).not.toContain('Entrevistas');
    }
    // the sector chart in the deck draws no bar for a hidden count
    const sectorChart = deck.charts.find((c) => c.name === 'Entrevistas');
    expect(sectorChart).toBeDefined();
    sectorChart!.categories.forEach((cat, k) => {
      const v = sectorChart!.values[k];
      if (v !== null) expect(v, cat).toBeGreaterThanOrEqual(3);
    });
  }, 120_000);
});
