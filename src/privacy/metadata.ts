/**
 * Package metadata of DOCX/PPTX (and the workbooks PPTX native charts embed) must not reveal
 * who built them or where: no user names, no absolute machine paths, no lastModifiedBy other
 * than the organisation, and no hidden sheets/rows/columns or data beyond what is plotted.
 */
import os from 'node:os';
import { readZip, type PackagePart } from '../util/zip-reader.js';
import type { Problem } from '../util/errors.js';
import { decodeXmlEntities } from './guard.js';
import { mask } from './identifiers.js';

export interface MetadataOptions {
  /** File name for problems (e.g. "reports/chiapas/presentacion-chiapas.pptx"). */
  output?: string;
  /** The organisation's name (allowed as creator / lastModifiedBy). */
  organisation?: string;
  /** Extra user names to look for; defaults to os.userInfo().username, $USER, $USERNAME, $LOGNAME. */
  userNames?: string[];
  /** Other allowed creator/lastModifiedBy values (e.g. the report's authors). */
  allowedAuthors?: string[];
}

/** Absolute paths of a machine: POSIX homes/temp, macOS users, Windows drives. */
const PATH_RE = /(?<![\w.\-:/])(?:file:\/\/)?(?:\/(?:home|root|tmp|Users|var\/folders|private\/var)\/[^\s"'<>]*|\b[A-Za-z]:\\(?:Users|Documents and Settings|Temp|Windows\\Temp)\\[^\s"'<>]*|\\\\[A-Za-z0-9_.-]+\\[^\s"'<>]+)/g;

export function currentUserNames(env: NodeJS.ProcessEnv = process.env): string[] {
  const names = new Set<string>();
  try {
    names.add(os.userInfo().username);
  } catch {
    /* no passwd entry (containers) */
  }
  for (const k of ['USER', 'USERNAME', 'LOGNAME']) if (env[k]) names.add(env[k]!);
  return [...names].filter((n) => n.trim().length >= 3);
}

function tagValue(xml: string, tag: string): string | undefined {
  const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`).exec(xml);
  return m ? decodeXmlEntities(m[1]!).trim() : undefined;
}

function norm(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Column letters → 1-based index. */
function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

interface Box { c1: number; r1: number; c2: number; r2: number }
/** A plotted value range and the indices its chart cache actually shows. */
interface Plotted { boxes: Box[]; values: { box: Box; shown: Set<number> }[] }

/** Generators whose name may appear as creator/lastModifiedBy (not a person). */
export const GENERATOR_NAMES: readonly string[] = ['PptxGenJS', 'docx', 'remark-docx', 'Un-named'];

function parseRef(ref: string): Box | undefined {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return undefined;
  const c1 = colIndex(m[1]!), r1 = Number(m[2]);
  const c2 = m[3] ? colIndex(m[3]) : c1, r2 = m[4] ? Number(m[4]) : r1;
  return { c1: Math.min(c1, c2), r1: Math.min(r1, r2), c2: Math.max(c1, c2), r2: Math.max(r1, r2) };
}

/** Checks a DOCX/PPTX/XLSX package. Embedded workbooks are opened and checked recursively. */
export async function checkPackageMetadata(zipBytes: Uint8Array | Buffer, opts: MetadataOptions = {}): Promise<Problem[]> {
  const file = opts.output ?? 'paquete';
  return checkZip(packageOf(zipBytes), file, '', opts, undefined);
}

/** A package's parts by name (what the checks below ask of it). */
interface Package {
  names: string[];
  file(name: string): PackagePart | undefined;
}

function packageOf(bytes: Uint8Array): Package {
  const parts = new Map(readZip(bytes).map((p) => [p.name, p]));
  return { names: [...parts.keys()].sort(), file: (name) => parts.get(name) };
}

async function checkZip(zip: Package, file: string, prefix: string, opts: MetadataOptions, plotted: Plotted | undefined): Promise<Problem[]> {
  const problems: Problem[] = [];
  const users = (opts.userNames ?? currentUserNames()).filter((u) => u.trim().length >= 3);
  const allowedAuthors = new Set([opts.organisation ?? '', ...(opts.allowedAuthors ?? []), ...GENERATOR_NAMES].filter(Boolean).map(norm));
  const push = (part: string, message: string) => problems.push({ file, field: `${prefix}${part}`, message });

  // docProps
  const core = zip.file('docProps/core.xml')?.text();
  if (core) {
    const lastBy = tagValue(core, 'cp:lastModifiedBy');
    if (lastBy && !allowedAuthors.has(norm(lastBy))) {
      push('docProps/core.xml', `«lastModifiedBy» debe ser la organización${opts.organisation ? ` («${opts.organisation}»)` : ''} o estar vacío, y contiene «${mask(lastBy)}»`);
    }
  }

  const names = zip.names;
  for (const name of names) {
    if (!/\.(?:xml|rels)$/i.test(name)) continue;
    const xml = zip.file(name)!.text();
    const isMeta = name.startsWith('docProps/');
    // absolute machine paths: anywhere in the package (alt text, link targets, metadata…)
    const paths = new Set<string>();
    for (const m of decodeXmlEntities(xml).matchAll(PATH_RE)) paths.add(m[0]);
    for (const p of paths) push(name, `contiene una ruta absoluta de la máquina («${mask(p)}»); las salidas no deben revelar rutas locales`);
    // user names: in metadata parts (elsewhere a short login could collide with ordinary words)
    if (isMeta || name.endsWith('.rels')) {
      const text = decodeXmlEntities(xml);
      for (const u of users) {
        if (allowedAuthors.has(norm(u))) continue;
        if (new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(u)}(?![\\p{L}\\p{N}])`, 'iu').test(text)) {
          push(name, `contiene el nombre del usuario de la máquina («${mask(u)}»)`);
        }
      }
    }
  }

  // spreadsheets (embedded workbooks): hidden sheets/rows/cols and data outside the plotted range
  const workbook = zip.file('xl/workbook.xml')?.text();
  if (workbook) {
    for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
      if (/\sstate="(?:hidden|veryHidden)"/.test(m[0])) {
        const nm = /\sname="([^"]*)"/.exec(m[0])?.[1] ?? '?';
        push('xl/workbook.xml', `la hoja «${decodeXmlEntities(nm)}» está oculta; un libro incrustado no debe contener hojas ocultas`);
      }
    }
    for (const name of names.filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
      const xml = zip.file(name)!.text();
      if (/<row\b[^>]*\shidden="(?:1|true)"/.test(xml)) push(name, 'hay filas ocultas en el libro incrustado');
      if (/<col\b[^>]*\shidden="(?:1|true)"/.test(xml)) push(name, 'hay columnas ocultas en el libro incrustado');
      if (plotted && plotted.boxes.length > 0) {
        const bb = plotted.boxes.reduce((a, b) => ({ c1: Math.min(a.c1, b.c1), r1: Math.min(a.r1, b.r1), c2: Math.max(a.c2, b.c2), r2: Math.max(a.r2, b.r2) }));
        const outside: string[] = [];
        const unplotted: string[] = [];
        for (const c of xml.matchAll(/<c\b[^>]*\sr="([A-Z]+)(\d+)"[^>]*?(?:\/>|>([\s\S]*?)<\/c>)/g)) {
          if (!c[3] || !/<(?:v|is)\b[^>]*>[^<\s]/.test(c[3]) && !/<is\b/.test(c[3])) continue;
          const col = colIndex(c[1]!), row = Number(c[2]);
          if (!(col >= bb.c1 && col <= bb.c2 && row >= bb.r1 && row <= bb.r2)) { outside.push(`${c[1]}${c[2]}`); continue; }
          for (const v of plotted.values) {
            const { box } = v;
            if (col < box.c1 || col > box.c2 || row < box.r1 || row > box.r2) continue;
            const idx = box.c1 === box.c2 ? row - box.r1 : col - box.c1;
            if (!v.shown.has(idx)) unplotted.push(`${c[1]}${c[2]}`);
          }
        }
        if (outside.length) push(name, `el libro incrustado tiene ${outside.length} celda(s) con datos fuera del rango que grafica la gráfica (${outside.slice(0, 5).join(', ')}${outside.length > 5 ? '…' : ''})`);
        if (unplotted.length) push(name, `el libro incrustado tiene ${unplotted.length} valor(es) que la gráfica no muestra (${unplotted.slice(0, 5).join(', ')}${unplotted.length > 5 ? '…' : ''}); un valor suprimido no debe guardarse en los datos de la gráfica`);
      }
    }
  }

  // embedded packages: map each to the ranges its chart references (ppt/charts/chartN.xml → rels → embedding)
  const embedRanges = new Map<string, Plotted>();
  for (const chart of names.filter((n) => /(?:^|\/)charts\/chart[^/]*\.xml$/.test(n))) {
    const rels = zip.file(chart.replace(/([^/]+)$/, '_rels/$1.rels'))?.text();
    if (!rels) continue;
    const xml = zip.file(chart)!.text();
    const boxes: Box[] = [];
    const values: Plotted['values'] = [];
    for (const f of xml.matchAll(/<c:f>([^<]*)<\/c:f>/g)) {
      const ref = decodeXmlEntities(f[1]!).split('!').pop() ?? '';
      const b = parseRef(ref);
      if (b) boxes.push(b);
    }
    for (const nr of xml.matchAll(/<c:numRef>\s*<c:f>([^<]*)<\/c:f>\s*<c:numCache>([\s\S]*?)<\/c:numCache>/g)) {
      const b = parseRef(decodeXmlEntities(nr[1]!).split('!').pop() ?? '');
      if (!b) continue;
      const shown = new Set<number>();
      for (const pt of nr[2]!.matchAll(/<c:pt\b[^>]*\sidx="(\d+)"[^>]*>\s*<c:v>([^<]*)<\/c:v>/g)) if (pt[2]!.trim() !== '') shown.add(Number(pt[1]));
      values.push({ box: b, shown });
    }
    for (const t of rels.matchAll(/Target="([^"]+\.xlsx)"/g)) {
      const target = resolveTarget(chart, t[1]!);
      const prev = embedRanges.get(target) ?? { boxes: [], values: [] };
      embedRanges.set(target, { boxes: [...prev.boxes, ...boxes], values: [...prev.values, ...values] });
    }
  }
  for (const name of names.filter((n) => /\.(?:xlsx|xlsm|docx|pptx)$/i.test(n))) {
    if (prefix.split('!').length > 2) break;
    try {
      const inner = packageOf(zip.file(name)!.bytes());
      problems.push(...(await checkZip(inner, file, `${prefix}${name}!`, opts, embedRanges.get(name))));
    } catch {
      push(name, 'no se pudo abrir el archivo incrustado para revisarlo');
    }
  }
  return problems;
}

function resolveTarget(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}
