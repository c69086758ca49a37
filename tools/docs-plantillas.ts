/**
 * `npm run docs:plantillas`: writes docs/plantillas-campos.md, the analysts' reference of every
 * field a template can use, generated from the types of the templates' view
 * (src/render/markdown/vista.ts) and the deck's placeholder table (src/write/pptx/template.ts).
 * `--check` writes nothing and fails when the committed file differs (a test does the same).
 *
 * The view's interfaces are read from their source with a small parser that relies on the
 * file's layout (one `export interface` per shape, one field per line, each preceded by its
 * `/** … *\/` comment). A field without a comment is an error, and tests/docs/ compares the
 * parsed shapes with a real view object, so a parser slip cannot go unnoticed.
 * (TypeScript 7's compiler has no stable JavaScript API to read the types with.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseCli, runCli } from '../src/cli/run.js';
import { commitFiles } from '../src/util/atomic-write.js';
import { UserError } from '../src/util/errors.js';
import { PLACEHOLDERS } from '../src/write/pptx/template.js';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const VIEW_FILE = 'src/render/markdown/vista.ts';
export const DOC_FILE = 'docs/plantillas-campos.md';

export interface FieldDoc {
  name: string;
  optional: boolean;
  /** The TypeScript type as written. */
  type: string;
  doc: string;
}

export interface ShapeDoc {
  name: string;
  doc: string;
  fields: FieldDoc[];
}

const cleanDoc = (raw: string) =>
  raw.split('\n').map((l) => l.replace(/^\s*\*\s?/, '').trim()).filter(Boolean).join(' ').replace(/\*\\\//g, '*/');

/** The `export interface`s of the view's source, in file order. */
export function parseViewTypes(source: string, file = VIEW_FILE): ShapeDoc[] {
  const shapes: ShapeDoc[] = [];
  const problems: string[] = [];
  const interfaceRe = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*\nexport interface (\w+) \{\n([\s\S]*?)\n\}/g;
  for (const m of source.matchAll(interfaceRe)) {
    const [, doc, name, body] = m;
    const fields: FieldDoc[] = [];
    let pending: string | undefined;
    let inDoc: string[] | undefined;
    for (const line of body!.split('\n')) {
      const t = line.trim();
      if (inDoc) {
        inDoc.push(t);
        if (t.endsWith('*/')) {
          pending = cleanDoc(inDoc.join('\n').replace(/^\/\*\*/, '').replace(/\*\/$/, ''));
          inDoc = undefined;
        }
        continue;
      }
      if (t.startsWith('/**')) {
        if (t.endsWith('*/')) pending = cleanDoc(t.slice(3, -2));
        else inDoc = [t];
        continue;
      }
      const f = /^(\w+)(\?)?: (.+);$/.exec(t);
      if (f) {
        if (!pending) problems.push(`${name}.${f[1]} no tiene comentario /** … */`);
        fields.push({ name: f[1]!, optional: f[2] === '?', type: f[3]!, doc: pending ?? '' });
        pending = undefined;
      } else if (t !== '') {
        problems.push(`${name}: línea no reconocida «${t}» (un campo por línea: «nombre: Tipo;»)`);
      }
    }
    shapes.push({ name: name!, doc: cleanDoc(doc!), fields });
  }
  const declared = [...source.matchAll(/^export interface (\w+)/gm)].map((m) => m[1]!);
  for (const d of declared) if (!shapes.some((s) => s.name === d)) problems.push(`la interfaz ${d} no tiene comentario /** … */ justo antes`);
  if (problems.length) throw new UserError(`No se pudo leer ${file}`, problems.map((message) => ({ file, message })));
  return shapes;
}

const SCALARS: Record<string, string> = { string: 'texto', number: 'número', boolean: 'sí/no', unknown: 'valor' };
const PLURAL_SCALARS: Record<string, string> = { string: 'textos', number: 'números', boolean: 'sí/no', 'number | null': 'números (null: no se grafica)' };

/** A TypeScript type as analysts read it, with links to the shapes. */
export function describeType(type: string, shapes: ReadonlySet<string>): string {
  const t = type.trim();
  const link = (n: string) => (shapes.has(n) ? `[${n}](#${n.toLowerCase()})` : n === 'Record<string, unknown>' ? 'objeto' : (SCALARS[n] ?? `\`${n}\``));
  let m = /^\((.+)\)\[\]$/.exec(t) ?? /^(\w+)\[\]$/.exec(t);
  if (m) return `lista de ${PLURAL_SCALARS[m[1]!] ?? describeType(m[1]!, shapes)}`;
  m = /^(\w+)\[\]\[\]$/.exec(t);
  if (m) return `tabla (lista de listas) de ${describeType(m[1]!, shapes)}`;
  m = /^Record<string, (\w+)>$/.exec(t);
  if (m && m[1] !== 'unknown') return `${describeType(m[1]!, shapes)} por clave`;
  if (t.includes('|')) {
    const parts = t.split('|').map((p) => p.trim());
    if (parts.every((p) => /^'.*'$/.test(p))) return parts.map((p) => `\`${p.slice(1, -1)}\``).join(', ').replace(/, ([^,]*)$/, ' o $1');
    return parts.map((p) => (p === 'null' ? 'null' : describeType(p, shapes))).join(' o ');
  }
  return link(t);
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

interface PathRow { path: string; type: string; doc: string; optional: boolean }

/** Every path reachable from `prefix` through plain (non-list) object fields. */
function paths(shape: ShapeDoc, prefix: string, byName: Map<string, ShapeDoc>, out: PathRow[], seen: Set<string>): void {
  for (const f of shape.fields) {
    const p = `${prefix}.${f.name}`;
    out.push({ path: p, type: f.type, doc: f.doc, optional: f.optional });
    const child = byName.get(f.type);
    if (child && !seen.has(child.name)) paths(child, p, byName, out, new Set([...seen, child.name]));
  }
}

/** docs/plantillas-campos.md, from the view's source. */
export function generateFieldReference(root = ROOT): string {
  const shapes = parseViewTypes(readFileSync(path.join(root, VIEW_FILE), 'utf8'));
  const byName = new Map(shapes.map((s) => [s.name, s]));
  const names = new Set(byName.keys());
  const context = byName.get('ContextoPlantilla');
  const view = byName.get('VistaAnalisis');
  if (!context || !view) throw new UserError(`${VIEW_FILE} no declara ContextoPlantilla y VistaAnalisis`);
  const lines: string[] = [
    '<!-- Archivo generado por `npm run docs:plantillas` a partir de src/render/markdown/vista.ts y src/write/pptx/template.ts. No lo edite a mano: cambie los tipos y vuelva a generarlo (una prueba falla si no coincide). -->',
    '',
    '# Campos de las plantillas',
    '',
    'Esta es la lista completa de los datos que pueden usar las plantillas del diagnóstico',
    '(`templates/diagnostico/*.md.hbs` y sus parciales) y los marcadores de la presentación',
    '(`templates/presentacion/cie.yaml`). Cómo se escriben las plantillas y qué hace cada helper',
    '(`plural`, `lista`, `tabla`…) se explica en la [guía para analistas](guia-analistas.md).',
    '',
    '## Convenciones',
    '',
    '- Los nombres están en español, en minúsculas y con guion bajo: `analisis.entrevistas.total`.',
    '- Una clave de vocabulario y el nombre que se imprime: `sector` y `sector_nombre`; en las filas de las tablas, `clave` y `nombre`.',
    '- Un número y su texto con formato: `n` y `n_texto` («1,234»), `pct` y `pct_texto` («12.5 %»). Imprima los `_texto`.',
    '- Las fechas `fecha_…` son el texto que se imprime («24 de noviembre de 2026»); las `…_iso`, la fecha AAAA-MM-DD.',
    '- Las listas de conteos por una categoría se llaman `por_<categoría>` y se recorren con `{{#each …}}` o se imprimen con `{{tabla …}}`.',
    '- Las cifras de víctimas son siempre [ConteoVictimas](#conteovictimas) (con supresión de cifras pequeñas): se imprimen con `{{conteo …}}`, nunca directamente.',
    '- Un campo marcado «opcional» puede faltar: léalo con `(opcional objeto "campo")`, p. ej. `{{#if (opcional analisis.cobertura.herramientas "fecha_corte")}}`.',
    '- Un campo que no existe (p. ej., mal escrito) detiene la generación con un error que indica el archivo de la plantilla y la línea.',
    '',
    '## Lo que ve cada plantilla',
    '',
    '| Campo | Tipo | Descripción |',
    '| --- | --- | --- |',
    ...context.fields.map((f) => `| \`${f.name}\` | ${describeType(f.type, names)} | ${cell(f.doc)} |`),
    '',
    'Dentro de `{{#each lista}}` los campos de cada elemento se escriben sin prefijo (`{{nombre}}`, `{{n_texto}}`).',
    '',
    '## Rutas de `analisis`',
    '',
    '| Ruta | Tipo | Descripción |',
    '| --- | --- | --- |',
  ];
  const rows: PathRow[] = [];
  paths(view, 'analisis', byName, rows, new Set([view.name]));
  for (const r of rows) lines.push(`| \`${r.path}\` | ${describeType(r.type, names)}${r.optional ? ' (opcional)' : ''} | ${cell(r.doc)} |`);
  lines.push('', '## Tipos', '', 'Los campos de cada elemento de las listas y de cada objeto del análisis.', '');
  for (const s of shapes) {
    if (s.name === 'ContextoPlantilla') continue;
    lines.push(`### ${s.name}`, '', cell(s.doc), '', '| Campo | Tipo | Descripción |', '| --- | --- | --- |');
    for (const f of s.fields) lines.push(`| \`${f.name}\` | ${describeType(f.type, names)}${f.optional ? ' (opcional)' : ''} | ${cell(f.doc)} |`);
    lines.push('');
  }
  lines.push(
    '## Marcadores de la presentación',
    '',
    'Los títulos y textos de `templates/presentacion/cie.yaml` usan estos marcadores (entre `{{ }}`).',
    '',
    '| Marcador | Qué imprime |',
    '| --- | --- |',
    ...Object.entries(PLACEHOLDERS).map(([k, v]) => `| \`{{${k}}}\` | ${cell(v)} |`),
    '',
  );
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseCli(
    { options: { check: { type: 'boolean', default: false } } },
    'Uso: npm run docs:plantillas [-- --check]\n  Genera docs/plantillas-campos.md a partir de los tipos de src/render/markdown/vista.ts.\n  --check  no escribe nada; falla si el archivo no está al día.',
  );
  const text = generateFieldReference(ROOT);
  const target = path.join(ROOT, DOC_FILE);
  if (values.check) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      // missing: reported below
    }
    if (current !== text) throw new UserError(`${DOC_FILE} no está al día con ${VIEW_FILE}: ejecute npm run docs:plantillas y confirme el cambio`);
    process.stdout.write(`✔ ${DOC_FILE} está al día\n`);
    return;
  }
  await commitFiles([{ target, bytes: text }], { root: ROOT });
  process.stdout.write(`✔ ${DOC_FILE} generado (${text.split('\n').length} líneas)\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void runCli(main);
