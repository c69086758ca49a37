/** Synthetic inputs of `npm run bench`: large reports from a twin, and a project of 32 states. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A twin repeated `copies` times, figure and table ids made unique per copy. */
export function repeatTwin(markdown: string, copies: number): string {
  if (copies <= 1) return markdown;
  return Array.from({ length: copies }, (_, k) =>
    markdown.replace(/\{#(tbl|fig):([A-Za-z0-9_-]+)\}/g, `{#$1:$2-c${k}}`).replace(/@(tbl|fig):([A-Za-z0-9_-]+)/g, `@$1:$2-c${k}`),
  ).join('\n\n');
}

/** Characters of Markdown per printed page of the report (measured on the paginated sample reports). */
export const CHARS_PER_PAGE = 1_700;

/** The 32 federal entities: data/ folder name and name. */
export const ENTITIES: [string, string][] = [
  ['aguascalientes', 'Aguascalientes'], ['baja-california', 'Baja California'], ['baja-california-sur', 'Baja California Sur'],
  ['campeche', 'Campeche'], ['coahuila', 'Coahuila de Zaragoza'], ['colima', 'Colima'], ['chiapas', 'Chiapas'],
  ['chihuahua', 'Chihuahua'], ['ciudad-de-mexico', 'Ciudad de México'], ['durango', 'Durango'], ['guanajuato', 'Guanajuato'],
  ['guerrero', 'Guerrero'], ['hidalgo', 'Hidalgo'], ['jalisco', 'Jalisco'], ['estado-de-mexico', 'Estado de México'],
  ['michoacan', 'Michoacán de Ocampo'], ['morelos', 'Morelos'], ['nayarit', 'Nayarit'], ['nuevo-leon', 'Nuevo León'],
  ['oaxaca', 'Oaxaca'], ['puebla', 'Puebla'], ['queretaro', 'Querétaro'], ['quintana-roo', 'Quintana Roo'],
  ['san-luis-potosi', 'San Luis Potosí'], ['sinaloa', 'Sinaloa'], ['sonora', 'Sonora'], ['tabasco', 'Tabasco'],
  ['tamaulipas', 'Tamaulipas'], ['tlaxcala', 'Tlaxcala'], ['veracruz', 'Veracruz de Ignacio de la Llave'], ['yucatan', 'Yucatán'],
  ['zacatecas', 'Zacatecas'],
];

/**
 * A temporary project whose data/ holds `count` synthetic states (the first `count` entities),
 * each a copy of one of the shipped sample states with a report (round robin) under the
 * entity's name (estado.yaml and the flowcharts say so). The SESNSP key stays the sample's: the sample statistics file only covers
 * the sample states.
 */
export function syntheticProject(root: string, sources: string[], count: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'diagnosticos-32-'));
  for (const item of ['proyecto.yaml', 'templates', 'data/comun', 'data/programa']) cpSync(path.join(root, item), path.join(dir, item), { recursive: true });
  ENTITIES.slice(0, count).forEach(([slug, name], i) => {
    const source = sources[i % sources.length]!;
    const target = path.join(dir, 'data', slug);
    cpSync(path.join(root, 'data', source), target, { recursive: true, filter: (f) => !f.includes(`${path.sep}privado`) });
    const yaml = path.join(target, 'estado.yaml');
    const text = readFileSync(yaml, 'utf8').replace(/^nombre: .*$/m, `nombre: ${name}`).replace(/^titulo_corto: .*$/m, `titulo_corto: Diagnóstico ${name}`);
    writeFileSync(yaml, text);
    // Flowcharts (and their kept versions) name their state: the new folder's.
    for (const rel of readdirSync(path.join(target, 'flujogramas'), { recursive: true }) as string[]) {
      if (!rel.endsWith('.yaml')) continue;
      const file = path.join(target, 'flujogramas', rel);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^estado: .*$/m, `estado: ${slug}`));
    }
  });
  return dir;
}
