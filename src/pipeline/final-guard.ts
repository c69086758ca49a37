/**
 * What a final document must not contain (#13). A state's estado.yaml declares
 * `estado_documento: borrador | final`; a draft carries its marks (cover «Borrador», the sample
 * notice), a final document carries none, and the build refuses to make one from:
 *  - sample data (`datos_de_muestra: true` in estado.yaml, or the synthetic SESNSP file as
 *    its statistics unless an official file is given with --sesnsp);
 *  - placeholder contacts: an address at a reserved example domain (ejemplo.org, example.com,
 *    .test, .invalid…) in proyecto.yaml's contact or in an organisation's institutional
 *    contact, or a placeholder phone number (an all-zero group such as «962 000 0101»).
 *  - a flowchart of the state still in «borrador» or «revisado_oim» (the annex would print
 *    «(borrador)»): a final document annexes flowcharts validated with the CIE or final;
 *  - a narrative line that still calls the document or its annexes a «borrador».
 * Each problem names the file and line and says what to change, in Spanish.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { StateConfig } from '../schemas/state.js';
import type { ProjectConfig } from '../config/project.js';
import { readCsv } from '../load/csv.js';
import { UserError, type Problem } from '../util/errors.js';
import { displayPath } from '../util/paths.js';

/** Reserved or conventional placeholder domains (RFC 2606/6761 and their Spanish habit). */
const PLACEHOLDER_DOMAIN = /(?:^|[@.\s/])(?:ejemplo|example|dominio|correo|test)\.(?:org|com|net|mx|org\.mx|com\.mx)\b|\.(?:test|invalid|example|localhost)\b/i;
/** A phone written with an all-zero group of 3 or more digits: «962 000 0101», «800-000-0017». */
const PLACEHOLDER_PHONE = /(?:^|\D)\d{2,3}[\s.-]0{3,4}[\s.-]\d{4}(?:\D|$)/;

export function isPlaceholderContact(text: string): boolean {
  return PLACEHOLDER_DOMAIN.test(text) || PLACEHOLDER_PHONE.test(text);
}

/** 1-based line of the first `key:` at the start of a line of a YAML file (nested keys by indentation). */
function yamlLine(text: string, key: string): number | undefined {
  const re = new RegExp(`^\\s*${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
  const i = text.split('\n').findIndex((l) => re.test(l));
  return i < 0 ? undefined : i + 1;
}

export interface FinalOptions {
  /** The official SESNSP file given on the command line (replaces estado.yaml's statistics). */
  sesnspFile?: string;
  /** False for products that print no SESNSP statistics (the rapid analysis, the interview report). */
  usesStatistics?: boolean;
}

/** Problems that stop a final document; empty for a draft. */
export function finalDocumentProblems(slug: string, config: StateConfig, project: ProjectConfig, root: string, opts: FinalOptions = {}): Problem[] {
  if (config.estado_documento !== 'final') return [];
  const problems: Problem[] = [];
  const stateAbs = path.join(root, 'data', slug, 'estado.yaml');
  const stateFile = displayPath(root, stateAbs);
  const stateText = readFileSync(stateAbs, 'utf8');
  if (config.datos_de_muestra) {
    problems.push({
      file: stateFile, line: yamlLine(stateText, 'datos_de_muestra'), field: 'datos_de_muestra',
      message: 'un documento final no puede construirse con datos de muestra. Sustituya los datos de muestra por los del trabajo de campo y cambie «datos_de_muestra: true» por «datos_de_muestra: false», o vuelva a «estado_documento: borrador».',
    });
  }
  const sampleStats = /muestra|sint[eé]tic|ilustrativ/i;
  if (opts.usesStatistics !== false && !opts.sesnspFile && (sampleStats.test(config.estadisticas.archivo) || sampleStats.test(config.estadisticas.fuente))) {
    problems.push({
      file: stateFile, line: yamlLine(stateText, 'archivo'), field: 'estadisticas.archivo',
      message: `las estadísticas vienen del archivo de muestra «${config.estadisticas.archivo}». Indique el archivo oficial del SESNSP en «estadisticas.archivo» (y su fuente en «estadisticas.fuente») o construya con --sesnsp <archivo>.`,
    });
  }
  const projectAbs = path.join(root, 'proyecto.yaml');
  if (isPlaceholderContact(project.organizacion.contacto)) {
    const text = existsSync(projectAbs) ? readFileSync(projectAbs, 'utf8') : '';
    problems.push({
      file: displayPath(root, projectAbs), line: yamlLine(text, 'contacto'), field: 'organizacion.contacto',
      message: 'el contacto de la organización es de ejemplo (dominio reservado como ejemplo.org o example.com). Escriba el correo institucional real en «organizacion.contacto» antes de publicar la versión final.',
    });
  }
  const orgAbs = path.join(root, 'data', slug, 'organizaciones.csv');
  if (existsSync(orgAbs)) {
    const table = readCsv(orgAbs, displayPath(root, orgAbs));
    const col = table.header.indexOf('contacto_institucional');
    const idCol = table.header.indexOf('id');
    if (col >= 0) {
      for (const r of table.records) {
        const v = (r.values[col] ?? '').trim();
        if (v && isPlaceholderContact(v)) {
          problems.push({
            file: table.file, line: r.line, column: col + 1, field: 'contacto_institucional',
            message: `la organización ${r.values[idCol] ?? ''} tiene un contacto de ejemplo (un dominio reservado o un teléfono con un grupo de ceros). Escriba el contacto institucional real o deje la celda vacía.`,
          });
        }
      }
    }
  }
  const flowDir = path.join(root, 'data', slug, 'flujogramas');
  if (existsSync(flowDir)) {
    for (const f of readdirSync(flowDir).filter((n) => n.endsWith('.yaml')).sort()) {
      const abs = path.join(flowDir, f);
      const lines = readFileSync(abs, 'utf8').split('\n');
      const i = lines.findIndex((l) => /^estatus:\s*(borrador|revisado_oim)\s*$/.test(l));
      if (i >= 0) {
        problems.push({
          file: displayPath(root, abs), line: i + 1, field: 'estatus',
          message: `el flujograma está en estatus «${lines[i]!.split(':')[1]!.trim()}»; un documento final solo anexa flujogramas validados con el CIE o finales. Complete su validación (npm run flujogramas) o vuelva a «estado_documento: borrador».`,
        });
      }
    }
  }
  const narrDir = path.join(root, 'data', slug, 'narrativa');
  if (existsSync(narrDir)) {
    for (const f of readdirSync(narrDir).filter((n) => n.endsWith('.md')).sort()) {
      const abs = path.join(narrDir, f);
      readFileSync(abs, 'utf8').split('\n').forEach((l, i) => {
        const m = /\bborrador\b/i.exec(l);
        if (m) {
          problems.push({
            file: displayPath(root, abs), line: i + 1, column: m.index + 1,
            message: 'el texto habla de una versión «borrador»; en un documento final reescriba la frase con el estado real del documento o de sus anexos.',
          });
        }
      });
    }
  }
  return problems;
}

/** Throws a Spanish UserError listing what to change when a final document is not ready. */
export function assertFinalReady(slug: string, config: StateConfig, project: ProjectConfig, root: string, opts: FinalOptions = {}): void {
  const problems = finalDocumentProblems(slug, config, project, root, opts);
  if (problems.length === 0) return;
  throw new UserError(
    `data/${slug}/estado.yaml declara «estado_documento: final», pero ${problems.length === 1 ? 'hay 1 cosa' : `hay ${problems.length} cosas`} que un documento final no puede contener; corríjalas o vuelva a «estado_documento: borrador»`,
    problems,
  );
}
