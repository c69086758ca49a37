/**
 * The analysts' field reference (docs/plantillas-campos.md) is generated from the templates'
 * view (src/render/markdown/vista.ts): it must match the committed file, document every field,
 * and describe the real view object (not just what the parser thinks the source says).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import { loadState } from '../../src/load/state.js';
import { BLOCK_HELPERS, MARKDOWN_HELPERS, VALUE_HELPERS } from '../../src/render/markdown/helpers/index.js';
import { Conteo } from '../../src/render/markdown/conteo.js';
import { renderTemplate } from '../../src/render/markdown/index.js';
import { UserError } from '../../src/util/errors.js';
import { vistaAnalisis, vistaFlujogramas } from '../../src/render/markdown/vista.js';
import { DOC_FILE, generateFieldReference, parseViewTypes, ROOT, VIEW_FILE, type ShapeDoc } from '../../tools/docs-plantillas.js';
import { fixtureAnalysis } from '../fixtures/pptx/analysis.js';

const shapes = parseViewTypes(readFileSync(path.join(ROOT, VIEW_FILE), 'utf8'));
const byName = new Map(shapes.map((s) => [s.name, s]));

/** Walks a runtime value against a declared type; returns the mismatches. */
function check(value: unknown, type: string, where: string, out: string[], seen: Set<string>): void {
  const t = type.trim();
  if (t.endsWith(' | null') && value === null) return;
  const bare = t.replace(/ \| null$/, '');
  let m = /^\((.+)\)\[\]$/.exec(bare) ?? /^(\w+(?:\[\])?)\[\]$/.exec(bare);
  if (m) {
    if (!Array.isArray(value)) return void out.push(`${where}: se esperaba una lista`);
    value.forEach((v, i) => check(v, m![1]!, `${where}[${i}]`, out, seen));
    return;
  }
  m = /^Record<string, (\w+)>$/.exec(bare);
  if (m) {
    if (value === null || typeof value !== 'object') return void out.push(`${where}: se esperaba un objeto`);
    if (m[1] !== 'unknown') for (const [k, v] of Object.entries(value)) check(v, m[1]!, `${where}.${k}`, out, seen);
    return;
  }
  const shape = byName.get(bare);
  if (shape) {
    seen.add(shape.name);
    if (value === null || typeof value !== 'object') return void out.push(`${where}: se esperaba ${shape.name}`);
    const keys = Object.keys(value);
    for (const k of keys) if (!shape.fields.some((f) => f.name === k)) out.push(`${where}.${k}: campo sin documentar en ${shape.name}`);
    for (const f of shape.fields) {
      if (!(f.name in value)) {
        if (!f.optional) out.push(`${where}.${f.name}: falta (no es opcional en ${shape.name})`);
        continue;
      }
      check((value as Record<string, unknown>)[f.name], f.type, `${where}.${f.name}`, out, seen);
    }
    return;
  }
  const typeOf = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  const ok = bare === 'string' ? typeOf === 'string' : bare === 'number' ? typeOf === 'number' : bare === 'boolean' ? typeOf === 'boolean'
    : bare === 'number | null' ? typeOf === 'number' || typeOf === 'null'
      : /^'[^']*'( \| '[^']*')*$/.test(bare) ? bare.split('|').map((p) => p.trim().slice(1, -1)).includes(String(value)) : false;
  if (!ok) out.push(`${where}: ${typeOf} no es ${bare}`);
}

describe('docs/plantillas-campos.md', () => {
  test('the committed reference is the generated one (npm run docs:plantillas)', () => {
    const committed = readFileSync(path.join(ROOT, DOC_FILE), 'utf8');
    expect(committed, 'docs/plantillas-campos.md está desactualizado: ejecute npm run docs:plantillas').toBe(generateFieldReference(ROOT));
  });

  test('it lists the paths analysts use and every shape of the view', () => {
    const doc = generateFieldReference(ROOT);
    for (const p of ['analisis.entrevistas.total', 'analisis.cobertura.herramientas.fecha_corte', 'analisis.estadisticas.total', 'analisis.resumen.puntos']) {
      expect(doc).toContain(`| \`${p}\` |`);
    }
    for (const s of shapes) if (s.name !== 'ContextoPlantilla') expect(doc).toContain(`### ${s.name}\n`);
    expect(doc).toContain('| `{{entrevistas}}` | número de entrevistas |');
  });

  test('a field without its doc comment is refused, naming the field', () => {
    const source = '/** Una forma. */\nexport interface Forma {\n  /** Con comentario. */\n  a: string;\n  b: number;\n}\n';
    expect(() => parseViewTypes(source, 'x.ts')).toThrow(/No se pudo leer x\.ts/);
    try {
      parseViewTypes(source, 'x.ts');
    } catch (e) {
      expect((e as { problems: { message: string }[] }).problems.map((p) => p.message)).toEqual(['Forma.b no tiene comentario /** … */']);
    }
  });
});

describe('the view matches its documented types', () => {
  test('real and edge-case analyses: every key documented, every required field present, scalars of the declared type', async () => {
    const out: string[] = [];
    const seen = new Set<string>();
    check(vistaAnalisis(analyse(await loadState('chiapas', { root: ROOT }))), 'VistaAnalisis', 'analisis', out, seen);
    for (const opts of [{}, { statistics: false, recommendations: 0 }]) {
      check(vistaAnalisis(fixtureAnalysis(opts)), 'VistaAnalisis', 'analisis', out, seen);
    }
    check(vistaFlujogramas({
      documento: { titulo: 'Flujogramas', archivo: 'flujogramas.docx' },
      lista: [{ perfil: 'nna', perfilNombre: 'Niñas', titulo: 'T', version: '1', estatus: 'borrador', fecha: '2026-01-01', pasos: 3, partes: 1, figuras: [{ url: 'flujograma:x', id: 'x', alt: 'a', caption: 'c', source: 's' }] }],
    }), 'Flujogramas', 'flujogramas', out, seen);
    expect(out).toEqual([]);
    // Every shape but the context (checked below) is reached by a real object.
    expect(shapes.map((s) => s.name).filter((n) => !seen.has(n) && n !== 'ContextoPlantilla')).toEqual([]);
  });

  test('an old English path is a Spanish error with the template file and line', () => {
    const analisis = vistaAnalisis(fixtureAnalysis());
    expect(renderTemplate('{{analisis.entrevistas.total}} entrevistas', { analisis })).toBe(`${analisis.entrevistas.total} entrevistas\n`);
    let err: unknown;
    try {
      renderTemplate('Línea 1.\n\nSe hicieron {{analisis.interviews.total}} entrevistas.', { analisis }, 'templates/diagnostico/metodologia.md.hbs');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).problems).toEqual([
      expect.objectContaining({ file: 'templates/diagnostico/metodologia.md.hbs', line: 3, message: expect.stringContaining('«analisis.interviews.total» no existe') }),
    ]);
  });

  test('victim counts reach templates only as Conteo (no raw value)', () => {
    const v = vistaAnalisis(fixtureAnalysis());
    expect(v.estadisticas.total).toBeInstanceOf(Conteo);
    expect(Object.keys(v.estadisticas.total).sort()).toEqual(['suprimido', 'texto']);
    expect(v.estadisticas.anio_por_sexo.celdas.flat().every((c) => c instanceof Conteo)).toBe(true);
  });

  test('no printable field is named like a helper ({{numero}} would call the helper)', () => {
    const helpers = new Set([...Object.keys(MARKDOWN_HELPERS), ...Object.keys(VALUE_HELPERS), ...Object.keys(BLOCK_HELPERS), 'if', 'unless', 'each', 'with', 'lookup', 'log']);
    const clashes = (s: ShapeDoc) => s.fields.filter((f) => helpers.has(f.name) && /^(string|number|boolean|'.*')$/.test(f.type)).map((f) => `${s.name}.${f.name}`);
    expect(shapes.flatMap(clashes)).toEqual([]);
  });
});
