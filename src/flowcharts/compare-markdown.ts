/**
 * The comparison between states as Markdown following docs/ARCHITECTURE.md's conventions
 * (numbered tables with captions), compiled to DOCX by src/write/docx like every report.
 */
import { STAGES } from '../schemas/vocabularies.js';
import { formatList, plural } from '../util/format-es.js';
import type { CellStatus, ProfileComparison, RoutesComparison, StepRow } from './compare.js';
import { mdEscape } from './docx.js';

const CELL: Record<CellStatus, string> = {
  completa: 'Completa',
  plazos_parciales: 'Plazos parciales',
  sin_plazos: 'Sin plazos',
  sin_ruta: 'Sin pasos',
};

const SHORT_STATUS = { borrador: 'borrador', revisado_oim: 'revisado', validado_cie: 'validado', final: 'final' } as const;

const slugId = (s: string) => s.replace(/_/g, '-');

function stateNames(c: RoutesComparison, slugs: string[]): string {
  return formatList(slugs.map((s) => c.estados.find((e) => e.slug === s)?.nombre ?? s));
}

/** «Chiapas, Chihuahua ni Tabasco»: the list after a negation. */
function noneOf(c: RoutesComparison, slugs: string[]): string {
  const names = slugs.map((s) => c.estados.find((e) => e.slug === s)?.nombre ?? s);
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} ni ${names.at(-1)}`;
}

/** A state's cell in the steps table: its time limit, «sí» for a step without one by nature, or «—». */
function stepCell(row: StepRow, slug: string): string {
  const s = row.porEstado[slug];
  if (!s) return '—';
  return s.plazo ? mdEscape(s.plazo) : 'sin plazo';
}

/** The states × stages table of one profile, with its caption (`{#tbl:<id>}`) and source line. */
function matrixTable(c: RoutesComparison, p: ProfileComparison, id: string): string[] {
  const md = [`Tabla: ${mdEscape(`Ruta por etapa y estado — ${p.nombre}`)} {#tbl:${id}}`, ''];
  md.push(`| Etapa | ${p.estados.map((s) => mdEscape(c.estados.find((e) => e.slug === s)!.nombre)).join(' | ')} |`, `|---|${p.estados.map(() => '---').join('|')}|`);
  for (const g of c.grupos) {
    const cells = p.estados.map((s) => {
      const m = p.matriz.find((x) => x.estado === s && x.grupo === g.id)!;
      return m.status === 'plazos_parciales' ? `${m.conPlazo} de ${m.actividades} con plazo` : CELL[m.status];
    });
    md.push(`| ${mdEscape(g.nombre)} | ${cells.join(' | ')} |`);
  }
  md.push('', 'Fuente: elaboración propia con los flujogramas de cada estado.', '');
  return md;
}

function differences(c: RoutesComparison, p: ProfileComparison): string[] {
  const md: string[] = [];
  const partial = p.pasos.filter((r) => r.ausente.length > 0);
  const lanes = p.pasos.filter((r) => r.responsablesDistintos.length > 0);
  const limits = p.pasos.filter((r) => r.sinPlazo.length > 0 && r.ausente.length < p.estados.length);
  const laneName = (row: StepRow, carril: string) => {
    const slug = row.presente.find((s) => row.porEstado[s]!.carril === carril)!;
    return row.porEstado[slug]!.responsable;
  };
  if (partial.length === 0 && lanes.length === 0) {
    md.push(mdEscape(`Las rutas de ${plural(p.estados.length, 'estado')} tienen los mismos pasos y asignan cada paso al mismo tipo de institución.`), '');
  }
  if (partial.length > 0) {
    md.push(mdEscape(partial.length === 1 ? 'Un paso no está en todos los estados:' : `Hay ${plural(partial.length, 'paso')} que no están en todos los estados:`), '');
    for (const r of partial) {
      md.push(`- ${mdEscape(`«${r.texto}»: está en ${stateNames(c, r.presente)}; no está en ${noneOf(c, r.ausente)}.`)}`);
    }
    md.push('');
  }
  if (lanes.length > 0) {
    md.push(mdEscape(lanes.length === 1 ? 'Un paso tiene un responsable de otro tipo según el estado:' : `Hay ${plural(lanes.length, 'paso')} con un responsable de otro tipo según el estado:`), '');
    for (const r of lanes) {
      const parts = r.responsablesDistintos.map((d) => `${laneName(r, d.carril)} en ${stateNames(c, d.estados)}`);
      md.push(`- ${mdEscape(`«${r.texto}»: ${formatList(parts)}.`)}`);
    }
    md.push('');
  }
  if (limits.length > 0) {
    md.push(mdEscape(`Plazos que fijan unos estados y otros no:`), '');
    for (const r of limits) {
      const withLimit = r.presente.filter((s) => !r.sinPlazo.includes(s));
      md.push(`- ${mdEscape(`«${r.texto}»: sin plazo en ${stateNames(c, r.sinPlazo)}; ${stateNames(c, withLimit)} ${withLimit.length === 1 ? 'lo fija' : 'lo fijan'}.`)}`);
    }
    md.push('');
  }
  const bases = p.pasos.filter((r) => r.fundamentosDistintos.length > 0);
  if (bases.length > 0) {
    md.push(mdEscape('Fundamentos legales que cambian de un estado a otro:'), '');
    for (const r of bases) {
      const parts = r.fundamentosDistintos.map((d) => `En ${stateNames(c, d.estados)}: ${d.fundamento}.`);
      md.push(`- ${mdEscape(`«${r.texto}». ${parts.join(' ')}`)}`);
    }
    md.push('');
  }
  return md;
}

function profileChapter(c: RoutesComparison, p: ProfileComparison): string[] {
  const id = slugId(p.perfil);
  const md: string[] = [`# ${mdEscape(p.nombre)}`, ''];
  const without = p.sinRuta.length ? ` ${stateNames(c, p.sinRuta)} no ${p.sinRuta.length === 1 ? 'tiene' : 'tienen'} flujograma de este perfil.` : '';
  md.push(mdEscape(`Se comparan las rutas de ${stateNames(c, p.estados)}.${without}`), '');
  md.push(...differences(c, p));

  md.push(`La @tbl:pasos-${id}, en página horizontal, muestra qué pasos tiene la ruta de cada estado y el plazo que le fija: «sin plazo» indica que el estado tiene el paso pero no le fija plazo; un guion, que su ruta no tiene ese paso.`, '');
  md.push('<!-- horizontal -->', '');
  md.push(`Tabla: ${mdEscape(`Pasos y plazos por estado — ${p.nombre}`)} {#tbl:pasos-${id}}`, '');
  md.push(`| Paso | Etapa | ${p.estados.map((s) => mdEscape(c.estados.find((e) => e.slug === s)!.nombre)).join(' | ')} |`);
  md.push(`|---|---|${p.estados.map(() => '---').join('|')}|`);
  for (const r of p.pasos) {
    md.push(`| ${mdEscape(r.texto)} | ${r.etapa ? mdEscape(STAGES[r.etapa]) : 'sin etapa'} | ${p.estados.map((s) => stepCell(r, s)).join(' | ')} |`);
  }
  md.push('', 'Fuente: elaboración propia con los flujogramas de cada estado.', '');
  md.push('<!-- /horizontal -->', '');

  md.push(mdEscape('Instituciones responsables en cada estado, por tipo de institución:'), '');
  const lanes = new Map<string, Map<string, string>>();
  for (const r of p.pasos) {
    for (const s of r.presente) {
      const step = r.porEstado[s]!;
      const byState = lanes.get(step.carril) ?? new Map<string, string>();
      byState.set(s, step.responsable);
      lanes.set(step.carril, byState);
    }
  }
  for (const byState of lanes.values()) {
    const names = new Map<string, string[]>();
    for (const [slug, name] of byState) names.set(name, [...(names.get(name) ?? []), slug]);
    const entries = [...names];
    const text = entries.length === 1 && entries[0]![1].length === p.estados.length
      ? `${entries[0]![0]}: en todos los estados.`
      : `${entries.map(([name, slugs]) => `${stateNames(c, slugs)}: ${name}`).join('; ')}.`;
    md.push(`- ${mdEscape(text)}`);
  }
  md.push('');
  return md;
}

/** The comparison document as Markdown (the committed twin). */
export function comparisonMarkdown(c: RoutesComparison, opts: { sampleData: boolean }): string {
  const md: string[] = [];
  const all = c.estados.map((e) => e.slug);
  md.push('# Presentación', '');
  md.push(mdEscape(`Este documento compara, perfil por perfil, las rutas de detección, canalización y protección de víctimas de trata de personas de ${plural(c.estados.length, 'estado')} del programa: ${stateNames(c, all)}. Para cada perfil muestra qué pasos tiene la ruta de cada estado, qué institución actúa, qué plazos se fijan y en qué difieren los estados. Todo se obtiene de los flujogramas de cada estado: un cambio en un flujograma cambia esta comparación.`), '');
  if (opts.sampleData) md.push(mdEscape('Los flujogramas comparados son datos de muestra ilustrativos: sus fundamentos y plazos deben verificarse con cada CIE.'), '');
  md.push(`La @tbl:versiones indica la versión y el estatus de cada flujograma comparado. Un flujograma en borrador todavía no ha sido validado con el CIE de su estado.`, '');
  md.push('Tabla: Versión y estatus de los flujogramas comparados {#tbl:versiones}', '');
  md.push(`| Perfil | ${c.estados.map((e) => mdEscape(e.nombre)).join(' | ')} |`, `|---|${c.estados.map(() => '---').join('|')}|`);
  for (const p of c.perfiles) {
    const cells = c.estados.map((e) => {
      const v = p.versiones.find((x) => x.estado === e.slug);
      return v ? `${mdEscape(v.version)} · ${SHORT_STATUS[v.estatus]}` : '—';
    });
    md.push(`| ${mdEscape(p.nombre)} | ${cells.join(' | ')} |`);
  }
  md.push('', 'Fuente: elaboración propia con los flujogramas de cada estado.', '');

  md.push('# Resumen por etapa', '');
  md.push(mdEscape(`Para cada perfil, las tablas siguientes cruzan estados y etapas del mecanismo. «Completa» indica que la ruta del estado tiene pasos en la etapa y que cada actividad lleva plazo; «3 de 4 con plazo», cuántas actividades de la etapa lo llevan; «Sin plazos», que ninguna lo lleva; «Sin pasos», que la ruta no tiene pasos en esa etapa.`), '');
  for (const p of c.perfiles) {
    const id = slugId(p.perfil);
    const gaps = p.matriz.filter((m) => m.status !== 'completa');
    const complete = p.matriz.length - gaps.length;
    md.push(mdEscape(`${p.nombre}: ${complete} de ${p.matriz.length} combinaciones de estado y etapa están completas (@tbl:matriz-${id}).`), '');
    md.push(...matrixTable(c, p, `matriz-${id}`));
  }

  for (const p of c.perfiles) md.push(...profileChapter(c, p));
  return `${md.join('\n')}\n`;
}

/** The latest date among the compared flowcharts, as the document's date. */
export function comparisonDate(c: RoutesComparison): string {
  return c.perfiles.flatMap((p) => p.versiones.map((v) => v.fecha)).sort().at(-1) ?? '2026-01-01';
}

/**
 * The comparison in brief, for a document that annexes it (the final report): per profile, the
 * states × stages matrix and the steps not every state has. `level` is the heading level of a
 * profile; table ids get `idPrefix` so they stay unique in the host document.
 */
export function comparisonSummaryMarkdown(c: RoutesComparison, opts: { level: number; idPrefix: string; unnumbered?: boolean }): string[] {
  const md: string[] = [];
  const hashes = '#'.repeat(opts.level);
  for (const p of c.perfiles) {
    const id = `${opts.idPrefix}${slugId(p.perfil)}`;
    md.push(`${hashes} ${mdEscape(p.nombre)}${opts.unnumbered ? ' {-}' : ''}`, '');
    md.push(...matrixTable(c, p, id));
    const partial = p.pasos.filter((r) => r.ausente.length > 0);
    if (partial.length === 0) md.push(mdEscape('Todos los estados tienen los mismos pasos en este perfil.'), '');
    else {
      md.push(mdEscape(partial.length === 1 ? 'Un paso no está en todos los estados:' : `Hay ${plural(partial.length, 'paso')} que no están en todos los estados:`), '');
      for (const r of partial) md.push(`- ${mdEscape(`«${r.texto}»: está en ${stateNames(c, r.presente)}; no está en ${noneOf(c, r.ausente)}.`)}`);
      md.push('');
    }
  }
  return md;
}
