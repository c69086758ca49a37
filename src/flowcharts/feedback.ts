/**
 * The validation cycle with the CIEs. In each working session (mesa de trabajo) the CIE comments
 * on a version of a state's flowchart; the comments are data
 * (`data/<estado>/flujogramas/comentarios/<perfil>.yaml`), each with the institution that raised
 * it and a decision (aceptado / rechazado with its reason / pendiente). The reviewed version is
 * kept as it was in `versiones/`; the analyst applies the accepted comments to the current file
 * (a new version). From that this module derives, per review: every change between the reviewed
 * and the next version with the comment behind it, accepted comments not applied yet, rejected
 * comments with their reason, and the pending ones.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readYaml } from '../load/yaml.js';
import { PROFILES } from '../schemas/vocabularies.js';
import { UserError, type Problem } from '../util/errors.js';
import { displayPath } from '../util/paths.js';
import { diffFlowcharts } from './changelog.js';
import { loadFlowchartFile } from './load.js';
import { feedbackFileSchema, type FeedbackFile } from './schema.js';
import { FLOW_STATUS_ORDER, type Flowchart } from './types.js';

type Comment = FeedbackFile['revisiones'][number]['comentarios'][number];

/** One change between two versions, with the accepted comments on what it touches. */
export interface AttributedChange {
  /** «Paso agregado», «Plazo», «Transición agregada», «Carril renombrado»… */
  cambio: string;
  /** What changed, in words: the step's text, «A → B»… */
  sobre: string;
  antes?: string;
  despues?: string;
  /** Ids of the accepted comments behind the change (empty: a change of the team, no comment). */
  comentarios: string[];
}

export interface ReviewOutcome {
  perfil: Flowchart['perfil'];
  sesion: string;
  fecha: string;
  revisada: { version: string; estatus: Flowchart['estatus'] };
  nueva: { version: string; estatus: Flowchart['estatus'] };
  comentarios: Comment[];
  cambios: AttributedChange[];
  /** Accepted comments whose step or lane did not change in the next version. */
  aceptadosSinAplicar: Comment[];
  rechazados: Comment[];
  pendientes: Comment[];
}

/** Comments that target `step` (or a transition from/to it). */
function onStep(comments: Comment[], ...steps: string[]): string[] {
  return comments.filter((c) => c.decision === 'aceptado' && c.paso && steps.includes(c.paso)).map((c) => c.id);
}

function attribute(a: Flowchart, b: Flowchart, comments: Comment[]): AttributedChange[] {
  const d = diffFlowcharts(a, b);
  const name = (id: string) => b.pasos.find((s) => s.id === id)?.texto ?? a.pasos.find((s) => s.id === id)?.texto ?? id;
  const onLane = (lane: string) => comments.filter((c) => c.decision === 'aceptado' && c.carril === lane).map((c) => c.id);
  const out: AttributedChange[] = [];
  for (const s of d.stepsAdded) out.push({ cambio: 'Paso agregado', sobre: s.texto, comentarios: onStep(comments, s.id) });
  for (const s of d.stepsRemoved) out.push({ cambio: 'Paso quitado', sobre: s.texto, comentarios: onStep(comments, s.id) });
  const sameLane = (id: string) => a.pasos.find((s) => s.id === id)?.carril === b.pasos.find((s) => s.id === id)?.carril;
  for (const s of d.stepsChanged) {
    // A renamed lane changes the «Responsable» of its steps: reported once, as the lane's rename.
    for (const ch of s.changes.filter((c) => !(c.field === 'Responsable' && sameLane(s.id)))) out.push({ cambio: ch.field, sobre: s.texto, antes: ch.before, despues: ch.after, comentarios: onStep(comments, s.id) });
  }
  for (const t of d.transitionsAdded) out.push({ cambio: 'Transición agregada', sobre: `${name(t.de)} → ${name(t.a)}`, despues: t.condicion, comentarios: onStep(comments, t.de, t.a) });
  for (const t of d.transitionsRemoved) out.push({ cambio: 'Transición quitada', sobre: `${name(t.de)} → ${name(t.a)}`, antes: t.condicion, comentarios: onStep(comments, t.de, t.a) });
  for (const t of d.conditionsChanged) out.push({ cambio: 'Condición', sobre: `${name(t.de)} → ${name(t.a)}`, antes: t.before, despues: t.after, comentarios: onStep(comments, t.de, t.a) });
  for (const l of d.lanesAdded) out.push({ cambio: 'Carril agregado', sobre: l.nombre, comentarios: onLane(l.id) });
  for (const l of d.lanesRemoved) out.push({ cambio: 'Carril quitado', sobre: l.nombre, comentarios: onLane(l.id) });
  for (const l of d.lanesRenamed) out.push({ cambio: 'Carril renombrado', sobre: l.after, antes: l.before, despues: l.after, comentarios: onLane(l.id) });
  return out;
}

function feedbackDir(slug: string, root: string): string {
  return path.join(root, 'data', slug, 'flujogramas', 'comentarios');
}

/**
 * Every review of a state's flowcharts, checked: the reviewed file exists and has the reviewed
 * version, each comment's step or lane exists in it, versions and statuses only move forward.
 * Problems carry file and line; any problem is a UserError listing them all.
 */
export function loadReviews(slug: string, root: string, current: Flowchart[]): ReviewOutcome[] {
  const dir = feedbackDir(slug, root);
  if (!existsSync(dir)) return [];
  const problems: Problem[] = [];
  const outcomes: ReviewOutcome[] = [];
  for (const name of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    const abs = path.join(dir, name);
    const rel = displayPath(root, abs);
    const { value, problems: found, source } = readYaml(abs, rel, feedbackFileSchema);
    if (!value || !source) {
      problems.push(...found);
      continue;
    }
    const now = current.find((f) => f.perfil === value.perfil);
    if (!now) {
      problems.push(source.problem(['perfil'], `el estado no tiene flujograma del perfil «${value.perfil}» (${PROFILES[value.perfil]})`));
      continue;
    }
    const versions: Flowchart[] = [];
    value.revisiones.forEach((r, i) => {
      const file = path.join(root, 'data', slug, 'flujogramas', r.archivo);
      if (!existsSync(file)) {
        problems.push(source.problem(['revisiones', i, 'archivo'], `no existe ${displayPath(root, file)}: guarde ahí la versión ${r.version_revisada} tal como se revisó`));
        return;
      }
      try {
        const fc = loadFlowchartFile(file, { root, skipValidation: true });
        if (fc.perfil !== value.perfil) problems.push(source.problem(['revisiones', i, 'archivo'], `${r.archivo} es del perfil «${fc.perfil}», no «${value.perfil}»`));
        if (fc.version !== r.version_revisada) problems.push(source.problem(['revisiones', i, 'version_revisada'], `${r.archivo} tiene la versión ${fc.version}, no ${r.version_revisada}`));
        versions[i] = fc;
      } catch (e) {
        if (e instanceof UserError) problems.push(...e.problems);
        else throw e;
      }
    });
    if (versions.length !== value.revisiones.length || versions.some((v) => !v)) continue;
    value.revisiones.forEach((r, i) => {
      const reviewed = versions[i]!;
      const next = versions[i + 1] ?? now;
      if (next.version === reviewed.version) {
        problems.push(source.problem(['revisiones', i, 'version_revisada'], `la versión siguiente a la ${reviewed.version} debe tener otro número de versión (los comentarios aceptados se aplican en una versión nueva)`));
      }
      if (FLOW_STATUS_ORDER.indexOf(next.estatus) < FLOW_STATUS_ORDER.indexOf(reviewed.estatus)) {
        problems.push(source.problem(['revisiones', i], `el estatus solo avanza: la versión ${next.version} está en «${next.estatus}» y la revisada (${reviewed.version}) ya estaba en «${reviewed.estatus}»`));
      }
      r.comentarios.forEach((c, j) => {
        if (c.paso && !reviewed.pasos.some((s) => s.id === c.paso) && !next.pasos.some((s) => s.id === c.paso)) {
          problems.push(source.problem(['revisiones', i, 'comentarios', j, 'paso'], `el paso «${c.paso}» no existe en la versión ${reviewed.version} ni en la ${next.version}`));
        }
        if (c.carril && !reviewed.carriles.some((l) => l.id === c.carril) && !next.carriles.some((l) => l.id === c.carril)) {
          problems.push(source.problem(['revisiones', i, 'comentarios', j, 'carril'], `el carril «${c.carril}» no existe en la versión ${reviewed.version} ni en la ${next.version}`));
        }
      });
      const ids = new Set<string>();
      r.comentarios.forEach((c, j) => {
        if (ids.has(c.id)) problems.push(source.problem(['revisiones', i, 'comentarios', j, 'id'], `el comentario «${c.id}» está repetido`));
        ids.add(c.id);
      });
      const cambios = attribute(reviewed, next, r.comentarios);
      const applied = new Set(cambios.flatMap((c) => c.comentarios));
      outcomes.push({
        perfil: value.perfil,
        sesion: r.sesion,
        fecha: r.fecha,
        revisada: { version: reviewed.version, estatus: reviewed.estatus },
        nueva: { version: next.version, estatus: next.estatus },
        comentarios: r.comentarios,
        cambios,
        aceptadosSinAplicar: r.comentarios.filter((c) => c.decision === 'aceptado' && !applied.has(c.id)),
        rechazados: r.comentarios.filter((c) => c.decision === 'rechazado'),
        pendientes: r.comentarios.filter((c) => c.decision === 'pendiente'),
      });
    });
  }
  if (problems.length) throw new UserError(`Los comentarios de los flujogramas de ${slug} tienen ${problems.length === 1 ? 'un problema' : `${problems.length} problemas`}`, problems);
  return outcomes;
}
