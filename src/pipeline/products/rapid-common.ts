/**
 * What the three products of a state's rapid analysis share (guía de entrevista, informe de la
 * entrevista, análisis rápido): output paths, the input privacy checks, the Markdown → DOCX
 * step with the diagnostics' writer, and the cover information.
 */
import path from 'node:path';
import { outputPath } from '../../config/project.js';
import type { ChartSpec } from '../../analyse/types.js';
import { loadRapidState, type RapidData } from '../../load/rapid.js';
import type { StateConfig } from '../../schemas/state.js';
import type { ProjectConfig } from '../../config/project.js';
import { renderChartPng } from '../../render/charts/index.js';
import { DocxMarkdownError, markdownToDocx, type DocxInfo, type ImageResolver } from '../../write/docx/index.js';
import { assertNoIdentifiers } from '../../privacy/guard.js';
import { checkInstitutionalContacts, institutionalContacts, scanYamlTexts, type ContactCheck } from '../../privacy/institutional-contact.js';
import { UserError } from '../../util/errors.js';
import { displayPath } from '../../util/paths.js';
import { guardInputs } from '../privacy-gate.js';
import { assertFinalReady } from '../final-guard.js';
import type { ProductRequest } from '../product.js';

export type RapidOutput = 'guia_entrevista' | 'informe_entrevista' | 'analisis_rapido' | 'directorio_organizaciones';

const DEFAULT_OUTPUTS: Record<RapidOutput, string> = {
  guia_entrevista: 'reports/{estado}/guia-entrevista-{estado}.docx',
  informe_entrevista: 'reports/{estado}/informe-entrevista-{estado}.docx',
  analisis_rapido: 'reports/{estado}/analisis-rapido-{estado}.docx',
  directorio_organizaciones: 'reports/{estado}/directorio-organizaciones-{estado}.xlsx',
};

/** Where an output goes: proyecto.yaml → salidas, or the default path. */
export function rapidOutput(req: ProductRequest, slug: string, key: RapidOutput): string {
  return outputPath(req.project.salidas[key] ?? DEFAULT_OUTPUTS[key], slug, req.outRoot);
}

/** The DOCX of a product and its Markdown twin (same name, .md). */
export function rapidTargets(req: ProductRequest, slug: string, key: RapidOutput): { docx: string; markdown: string } {
  const docx = rapidOutput(req, slug, key);
  return { docx, markdown: docx.replace(/\.docx$/i, '.md') };
}

export function assertListed(config: StateConfig, slug: string, id: string): void {
  if (!(config.productos as string[]).includes(id)) {
    throw new UserError(`El estado «${slug}» no tiene el producto «${id}» en data/${slug}/estado.yaml (productos: ${config.productos.join(', ')}).`);
  }
}

/** Contacts of the mapping with where they were read. */
export function mappingContacts(rapid: RapidData): ContactCheck[] {
  return rapid.mapping.rows.flatMap((r, i) => {
    if (!r.contacto_institucional) return [];
    const loc = rapid.mapping.locations[i]!;
    return [{ file: loc.file, line: loc.line, column: rapid.mapping.columns?.[loc.file]?.contacto_institucional, owner: r.nombre, contact: r.contacto_institucional }];
  });
}

/**
 * The input guard of the diagnostics (identifiers in every CSV cell and estado.yaml, retention
 * dates), plus the mapping's rule that a contact is institutional and a scan of the notes.
 */
export function guardRapidInputs(rapid: RapidData): void {
  guardInputs(rapid.state);
  const notes = rapid.notes;
  const texts = [
    ...notes.participantes.map((t, i) => ({ field: `participantes[${i}]`, text: t })),
    ...notes.contexto.map((t, i) => ({ field: `contexto[${i}]`, text: t })),
    ...notes.puntos_por_verificar.flatMap((p, i) => [{ field: `puntos_por_verificar[${i}].texto`, text: p.texto }, { field: `puntos_por_verificar[${i}].fuente`, text: p.fuente }]),
    ...notes.proximos_pasos.map((t, i) => ({ field: `proximos_pasos[${i}]`, text: t })),
  ].map((t) => ({ ...t, file: rapid.notesFile }));
  assertNoIdentifiers([...checkInstitutionalContacts(mappingContacts(rapid)), ...scanYamlTexts(texts)]);
}

/** Contacts that may appear in outputs: the institutional ones only. */
export function allowedContacts(rapid: RapidData): string[] {
  return institutionalContacts(mappingContacts(rapid));
}

export function coverInfo(project: ProjectConfig, config: StateConfig, doc: { title: string; subtitle?: string; shortTitle: string; subject: string; keywords: string[]; date?: string; version?: string; status?: 'borrador' | 'final'; indexes: boolean }): DocxInfo {
  return {
    title: doc.title,
    ...(doc.subtitle ? { subtitle: doc.subtitle } : {}),
    shortTitle: doc.shortTitle,
    stateName: config.nombre,
    organisation: project.organizacion.nombre,
    programme: project.organizacion.programa,
    date: doc.date ?? config.fecha_documento,
    version: doc.version ?? config.version,
    status: doc.status ?? config.estado_documento,
    sampleData: config.datos_de_muestra,
    subject: doc.subject,
    keywords: doc.keywords,
    style: project.estilo,
    indexes: doc.indexes,
  };
}

/** Markdown twin → DOCX with the diagnostics' writer; charts by `grafica:<id>`. */
export async function compileDocx(markdown: string, info: DocxInfo, charts: ChartSpec[], root: string, twin: string, extra: Map<string, { data: Buffer; width: number; height: number; alt: string }> = new Map()): Promise<Buffer> {
  const byId = new Map(charts.map((c) => [c.id, c]));
  const images: ImageResolver = async (url) => {
    const own = extra.get(url);
    if (own) return own;
    const id = /^grafica:(.+)$/.exec(url)?.[1];
    const spec = id ? byId.get(id) : undefined;
    if (!spec) return undefined;
    const { ancho, alto } = info.style.graficas;
    return { data: await renderChartPng(spec, info.style), width: ancho, height: alto, alt: spec.alt };
  };
  return markdownToDocx(markdown, info, images).catch((e: unknown) => {
    if (!(e instanceof DocxMarkdownError)) throw e;
    const file = `${displayPath(root, twin)} (generado, no escrito)`;
    throw new UserError(
      'El Markdown generado no se puede convertir a DOCX; revise las plantillas indicadas',
      e.problems.map((p) => ({ file, line: p.line, column: p.column, message: p.message })),
    );
  });
}

/** An HTML comment (dropped by the DOCX writer) telling reviewers what the twin is; `what` as «del informe de …». */
export function twinHeader(what: string, config: StateConfig, slug: string): string {
  const sample = config.datos_de_muestra ? ' Datos ilustrativos: muestra sintética, no describe casos reales.' : '';
  return `<!-- Gemelo de revisión ${what} de ${config.nombre}, generado con «npm run report ${slug}». No lo edite a mano: edite data/ y templates/ y vuelva a generarlo.${sample} -->\n\n`;
}

export const baseName = (f: string) => path.basename(f);

/**
 * What the interview report and the rapid analysis start from: the state's data loaded and
 * validated, the product checked as listed in estado.yaml, the inputs through the privacy guard.
 */
export function guardedRapidState(req: ProductRequest, id: string): { slug: string; rapid: RapidData; config: StateConfig } {
  const slug = req.slug!;
  const rapid = loadRapidState(slug, req.root);
  assertListed(rapid.state.config, slug, id);
  assertFinalReady(slug, rapid.state.config, req.project, req.root, { usesStatistics: false });
  guardRapidInputs(rapid);
  return { slug, rapid, config: rapid.state.config };
}
