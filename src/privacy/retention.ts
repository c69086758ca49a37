/**
 * Retention (IOM data-protection principles): every dataset declares purpose, owner and
 * `conservar_hasta` in estado.yaml (`conjuntos`). A build refuses data past its retention date
 * and any dataset present without a governance entry.
 */
import type { StateData } from '../load/types.js';
import type { StateConfig } from '../schemas/state.js';
import type { Problem } from '../util/errors.js';
import { isRealIsoDate } from '../schemas/state.js';
import { formatDate } from '../util/format-es.js';
import { sourceDate } from '../util/source-date.js';

/** Today as AAAA-MM-DD (UTC): from SOURCE_DATE_EPOCH (seconds) when set, otherwise the clock. */
export function todayIso(env: NodeJS.ProcessEnv = process.env, now: () => Date = () => new Date()): string {
  return (sourceDate(env) ?? now()).toISOString().slice(0, 10);
}

export interface RetentionStatus {
  dataset: string;
  keepUntil: string;
  keepUntilText: string;
  expired: boolean;
  /** Days left (negative when expired). */
  daysLeft: number;
  purpose: string;
  owner: string;
}

function days(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function retentionStatus(config: Pick<StateConfig, 'conjuntos'>, today: string): RetentionStatus[] {
  return Object.entries(config.conjuntos ?? {})
    .sort(([a], [b]) => a.localeCompare(b, 'es-MX'))
    .map(([dataset, g]) => ({
      dataset,
      keepUntil: g.conservar_hasta,
      keepUntilText: isRealIsoDate(g.conservar_hasta) ? formatDate(g.conservar_hasta) : g.conservar_hasta,
      expired: g.conservar_hasta < today,
      daysLeft: days(today, g.conservar_hasta),
      purpose: g.proposito,
      owner: g.responsable,
    }));
}

export interface RetentionOptions {
  /** State slug, for the problem's file (data/<estado>/estado.yaml). */
  slug?: string;
  /** Dataset names that have a file in the state folder (see `datasetsPresent`). */
  present?: readonly string[];
}

/** Datasets past conservar_hasta, and datasets present without a governance entry. */
export function checkRetention(config: Pick<StateConfig, 'conjuntos'>, today: string, opts: RetentionOptions = {}): Problem[] {
  const file = opts.slug ? `data/${opts.slug}/estado.yaml` : 'estado.yaml';
  const problems: Problem[] = [];
  for (const s of retentionStatus(config, today)) {
    if (!isRealIsoDate(s.keepUntil)) {
      // The schema refuses these in estado.yaml; a config built elsewhere must not pass silently.
      problems.push({ file, field: `conjuntos.${s.dataset}.conservar_hasta`, message: `«${s.keepUntil}» no es una fecha que exista (AAAA-MM-DD): no se puede saber si el conjunto «${s.dataset}» sigue dentro de su plazo de conservación` });
      continue;
    }
    if (!s.expired) continue;
    problems.push({
      file,
      field: `conjuntos.${s.dataset}.conservar_hasta`,
      message:
        `El conjunto «${s.dataset}» debía conservarse hasta el ${s.keepUntilText}; hoy es ${formatDate(today)}. ` +
        `Elimine o anonimice esos datos según su política de conservación (responsable: ${s.owner}), ` +
        'o, si hay una justificación documentada, actualice «conservar_hasta».',
    });
  }
  const governed = new Set(Object.keys(config.conjuntos ?? {}));
  for (const name of opts.present ?? []) {
    if (governed.has(name)) continue;
    problems.push({
      file,
      field: `conjuntos.${name}`,
      message:
        `El conjunto «${name}» tiene datos en la carpeta del estado pero no está declarado en «conjuntos»; ` +
        'declare su propósito, responsable, base de consentimiento y fecha «conservar_hasta».',
    });
  }
  return problems;
}

/**
 * Datasets collected by the project (per-state: entrevistas, segmentos, organizaciones,
 * recomendaciones) that have a file in data/<estado>/. Public catalogues (laws, institutions,
 * tools, codebook) carry no personal data and need no retention entry.
 */
export function datasetsPresent(data: StateData): string[] {
  const out: string[] = [];
  const names = ['entrevistas', 'segmentos', 'organizaciones', 'recomendaciones'] as const;
  const dir = `${data.dir.replace(/\/+$/, '')}/`;
  for (const n of names) {
    const ds = data[n];
    if (ds && ds.files.some((f) => f.startsWith(dir))) out.push(n);
  }
  return out;
}

export function checkStateRetention(data: StateData, today: string = todayIso()): Problem[] {
  return checkRetention(data.config, today, { slug: data.slug, present: datasetsPresent(data) });
}
