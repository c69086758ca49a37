/**
 * Figures that must agree between places:
 *
 * - `cifras.gemelo-docx`: the DOCX prints the twin's tables (cell by cell, header rows that a
 *   split table repeats aside) and its headings, in the same order;
 * - `cifras.gemelo-presentacion`: the deck's counts of findings per stage (the stage slides'
 *   «N fragmentos codificados: a barreras · b retos …» and the overview's «N barreras o retos»)
 *   are those of the report's table of coded fragments by stage and type of finding.
 */
import JSZip from 'jszip';
import type { DocxContent } from './docx.js';
import type { Block } from './twin.js';
import type { Finding } from './types.js';

const clip = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const plain = (s: string) => s.replace(/\*\*|__/g, '').replace(/\s+/g, ' ').trim();

export function twinVersusDocx(blocks: Block[], docx: DocxContent): Finding[] {
  const findings: Finding[] = [];
  const twinTables = blocks.filter((b) => b.kind === 'table');
  // A split table is one table in the twin and several in the DOCX: join the parts (same caption).
  const docxTables: string[][][] = [];
  let last: string | undefined;
  for (const t of docx.tables) {
    const body = t.rows.filter((_, i) => !t.header[i] || i === 0);
    if (t.caption && t.caption === last) docxTables[docxTables.length - 1]!.push(...t.rows.filter((_, i) => !t.header[i]));
    else docxTables.push(body);
    last = t.caption;
  }
  if (twinTables.length !== docxTables.length) {
    findings.push({ rule: 'cifras.gemelo-docx', severity: 'error', where: 'documento', message: `el gemelo tiene ${twinTables.length} tablas y el DOCX ${docxTables.length}; vuelva a generar ambos con «npm run report»` });
  }
  twinTables.forEach((tb, i) => {
    const d = docxTables[i];
    if (!d) return;
    const a = (tb.rows ?? []).map((r) => r.map(plain).join(' | '));
    const b = d.map((r) => r.map(plain).join(' | '));
    const diff = a.findIndex((row, k) => row !== b[k]);
    if (diff >= 0 || a.length !== b.length) {
      const k = diff >= 0 ? diff : Math.min(a.length, b.length);
      findings.push({ rule: 'cifras.gemelo-docx', severity: 'error', where: tb.where, message: `la fila ${k} difiere: gemelo «${clip(a[k] ?? '—')}», DOCX «${clip(b[k] ?? '—')}»` });
    }
  });
  const twinHeadings = blocks.filter((b) => b.kind === 'heading' && (b.depth ?? 9) <= 3).map((b) => plain(`${b.number ? `${b.number} ` : ''}${b.text}`));
  const docxHeadings = docx.headings.map((h) => plain(h.text));
  const k = twinHeadings.findIndex((h, i) => docxHeadings[i] !== undefined && h.replace(/\s/g, '') !== docxHeadings[i]!.replace(/\s/g, ''));
  if (k >= 0) findings.push({ rule: 'cifras.gemelo-docx', severity: 'error', where: `título ${k + 1}`, message: `el gemelo dice «${clip(twinHeadings[k]!)}» y el DOCX «${clip(docxHeadings[k]!)}»` });
  return findings;
}

/** Paragraph texts of each slide, in order. */
export async function slideParagraphs(pptx: Uint8Array): Promise<string[][]> {
  const zip = await JSZip.loadAsync(pptx);
  const names = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  const out: string[][] = [];
  for (const n of names) {
    const xml = await zip.file(n)!.async('string');
    out.push([...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((m) => [...m[1]!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => decode(t[1]!)).join('').trim()).filter(Boolean));
  }
  return out;
}
const decode = (s: string) => s.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&apos;', "'").replaceAll('&amp;', '&');

interface StageCounts { barrera: number; reto: number; avance: number; buena: number; total: number }

/** The twin's table of coded fragments by stage and type of finding (header «Etapa | Barrera | Reto | Avance | Buena práctica | Total»). */
export function stageCounts(blocks: Block[]): Map<string, StageCounts> | undefined {
  const t = blocks.find((b) => b.kind === 'table' && /^etapa$/i.test(b.rows?.[0]?.[0] ?? '') && (b.rows?.[0] ?? []).some((h) => /^barrera/i.test(h)));
  if (!t?.rows) return undefined;
  const head = t.rows[0]!.map((h) => h.toLowerCase());
  const col = (re: RegExp) => head.findIndex((h) => re.test(h));
  const [cb, cr, ca, cp, ct] = [col(/^barrera/), col(/^reto/), col(/^avance/), col(/^buena/), col(/^total/)];
  const num = (s: string | undefined) => Number((s ?? '').replace(/[^\d]/g, ''));
  const out = new Map<string, StageCounts>();
  for (const r of t.rows.slice(1)) {
    const name = plain(r[0] ?? '');
    if (/^total$/i.test(name)) continue;
    out.set(name, { barrera: num(r[cb]), reto: num(r[cr]), avance: num(r[ca]), buena: num(r[cp]), total: num(r[ct]) });
  }
  return out;
}

export function twinVersusDeck(blocks: Block[], slides: string[][], label: string): Finding[] {
  const stages = stageCounts(blocks);
  if (!stages) return [];
  const findings: Finding[] = [];
  const stageOf = (text: string) => {
    const t = text.toLowerCase();
    const exact = [...stages.keys()].find((s) => s.toLowerCase() === t);
    if (exact) return exact;
    const prefix = [...stages.keys()].filter((s) => s.toLowerCase().startsWith(t));
    return prefix.length === 1 ? prefix[0] : undefined;
  };
  const report = (slide: number, stage: string, what: string, deck: number, twin: number) =>
    findings.push({ rule: 'cifras.gemelo-presentacion', severity: 'error', where: `${label} › diapositiva ${slide}`, message: `${stage}: la diapositiva dice ${deck} ${what} y el informe ${twin}; ambas cifras deben salir del mismo valor calculado` });
  slides.forEach((paras, i) => {
    const n = i + 1;
    const title = paras[0] ?? '';
    const titled = /^(.+?):\s/.exec(title);
    const titleStage = titled ? stageOf(titled[1]!) : undefined;
    let current: string | undefined;
    for (const p of paras) {
      const counts = /(\d+)\s+fragmentos? codificados?:\s*(\d+)\s+barreras?\s*·\s*(\d+)\s+retos?\s*·\s*(\d+)\s+avances?\s*·\s*(\d+)\s+buenas? prácticas?/i.exec(p);
      if (counts && titleStage) {
        const s = stages.get(titleStage)!;
        const [total, b, r, a, g] = counts.slice(1).map(Number) as [number, number, number, number, number];
        if (total !== s.total) report(n, titleStage, 'fragmentos codificados', total, s.total);
        if (b !== s.barrera) report(n, titleStage, 'barreras', b, s.barrera);
        if (r !== s.reto) report(n, titleStage, 'retos', r, s.reto);
        if (a !== s.avance) report(n, titleStage, 'avances', a, s.avance);
        if (g !== s.buena) report(n, titleStage, 'buenas prácticas', g, s.buena);
        continue;
      }
      // A label names the group that follows: one stage, or several («Atención»: not compared).
      const stage = stageOf(p);
      if (stage) {
        current = stage;
        continue;
      }
      if ((!/\d/.test(p) && p.length <= 30) || [...stages.keys()].some((k) => k.toLowerCase().startsWith(p.toLowerCase()))) {
        current = undefined;
        continue;
      }
      if (!current) continue;
      const neg = /^(\d+)\s+barreras?\s+o\s+retos?$/i.exec(p);
      if (neg) {
        const s = stages.get(current)!;
        if (Number(neg[1]) !== s.barrera + s.reto) report(n, current, 'barreras o retos', Number(neg[1]), s.barrera + s.reto);
      }
      const pos = /^(\d+)\s+avances?\s+o\s+buenas? prácticas?$/i.exec(p);
      if (pos) {
        const s = stages.get(current)!;
        if (Number(pos[1]) !== s.avance + s.buena) report(n, current, 'avances o buenas prácticas', Number(pos[1]), s.avance + s.buena);
      }
    }
  });
  return findings;
}
