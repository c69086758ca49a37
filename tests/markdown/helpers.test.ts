import { describe, expect, test } from 'vitest';
import { renderTemplate } from '../../src/render/markdown/index.js';
import { UserError } from '../../src/util/errors.js';
import { suppressCount } from '../../src/privacy/suppress.js';

const r = (src: string, ctx: Record<string, unknown> = {}) => renderTemplate(src, ctx).trimEnd();
function problem(src: string, ctx: Record<string, unknown> = {}): string {
  try {
    renderTemplate(src, ctx);
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    const p = (e as UserError).problems[0]!;
    return `${p.line}: ${p.message}`;
  }
  throw new Error('se esperaba un error');
}

describe('numbers and percentages', () => {
  test('numero formats es-MX', () => {
    expect(r('{{numero 1234.5}} {{numero 1234}} {{numero 0.25 2}} {{numero n}}', { n: 1234567 })).toBe('1,234.5 1,234 0.25 1,234,567');
  });
  test('numero refuses missing values, text and victim counts', () => {
    expect(problem('x\n{{numero nada}}', { nada: null })).toMatch(/^2: \{\{numero\}\}: se esperaba un número/);
    expect(problem('{{numero "12"}}')).toMatch(/se esperaba un número/);
    expect(problem('{{numero v}}', { v: suppressCount(3, 5) })).toMatch(/solo se imprimen con \{\{conteo/);
  });
  test('porcentaje', () => {
    expect(r('{{porcentaje 1 8}}; {{porcentaje 1 3 decimales=0}}; {{porcentaje 2 0}}')).toBe('12.5 %; 33 %; —');
    expect(r('{{porcentaje a b}}', { a: suppressCount(3, 5), b: suppressCount(40, 5) })).toBe('—');
    expect(r('{{porcentaje a b}}', { a: suppressCount(10, 5), b: suppressCount(40, 5) })).toBe('25.0 %');
  });
});

describe('dates', () => {
  test('fecha and mes_anio', () => {
    expect(r('{{fecha "2026-11-24"}}; {{fecha d}}; {{mes_anio d}}', { d: '2026-03-03' })).toBe('24 de noviembre de 2026; 3 de marzo de 2026; marzo de 2026');
  });
  test('fecha refuses what is not a date', () => {
    expect(problem('{{fecha "24/11/2026"}}')).toMatch(/se esperaba una fecha AAAA-MM-DD/);
  });
});

describe('lists, plurals and labels', () => {
  test('lista joins with "y", "e" and "o", escaping items', () => {
    expect(r('{{lista xs}}', { xs: ['a', 'b', 'c'] })).toBe('a, b y c');
    expect(r('{{lista xs}}', { xs: ['Chiapas', 'Chihuahua'] })).toBe('Chiapas y Chihuahua');
    expect(r('{{lista xs}}', { xs: ['salud', 'instituciones'] })).toBe('salud e instituciones');
    expect(r('{{lista xs "o"}}', { xs: ['uno', 'dos'] })).toBe('uno o dos');
    expect(r('{{lista xs}}', { xs: ['*a*', 'b|c'] })).toBe('\\*a\\* y b\\|c');
    expect(r('{{lista xs campo="label"}}', { xs: [{ label: 'A' }, { label: 'B' }] })).toBe('A y B');
    expect(r('{{lista xs etiqueta="etapa" minusculas=true}}', { xs: ['deteccion', 'canalizacion'] })).toBe('detección y canalización');
  });
  test('lista comillas=true quotes each item; «e» still follows the last item\'s first word', () => {
    expect(r('{{lista xs comillas=true}}', { xs: ['detección comunitaria y por organizaciones'] })).toBe('«detección comunitaria y por organizaciones»');
    expect(r('{{lista xs comillas=true minusculas=true}}', { xs: ['Valoración de riesgo', 'Intérpretes y pertinencia cultural'] })).toBe('«valoración de riesgo» e «intérpretes y pertinencia cultural»');
    expect(r('{{lista xs "o" comillas=true}}', { xs: ['a', 'b', 'c'] })).toBe('«a», «b» o «c»');
  });
  test('lista of nothing needs a sentence', () => {
    expect(r('{{lista xs vacio="ninguna"}}', { xs: [] })).toBe('ninguna');
    expect(problem('{{lista xs}}', { xs: [] })).toMatch(/la lista está vacía/);
  });
  test('plural', () => {
    expect(r('{{plural 1 "institución" "instituciones"}}; {{plural 14 "institución" "instituciones"}}; {{plural 1234 "entrevista"}}')).toBe('1 institución; 14 instituciones; 1,234 entrevistas');
    expect(r('{{plural 2 "sector" solo_palabra=true}}')).toBe('sectores');
    expect(r('{{plural v "víctima"}}', { v: suppressCount(1, 5) })).toBe('<5 víctimas');
    expect(r('{{plural v "víctima"}}', { v: suppressCount(1, 1) })).toBe('1 víctima');
  });
  test('etiqueta maps vocabulary keys to Spanish labels', () => {
    expect(r('{{etiqueta "etapa" "deteccion"}}; {{etiqueta "valencia" "buena_practica"}}; {{etiqueta "perfil" "nna"}}; {{etiqueta "sector" "osc"}}'))
      .toBe('Detección; Buena práctica; Niñas, niños y adolescentes; Organización de la sociedad civil');
    expect(r('{{etiqueta "etapa" "atencion_inmediata" minusculas=true}}; {{etiqueta "perfil" "nna_migrantes_no_acompanados" minusculas=true}}'))
      .toBe('atención inmediata; NNA migrantes no acompañados');
    expect(r('{{etiqueta "etapa" xs}}', { xs: ['deteccion', 'valoracion', 'canalizacion'] })).toBe('Detección, Valoración e identificación y Canalización');
  });
  test('etiqueta refuses unknown vocabularies and keys', () => {
    expect(problem('{{etiqueta "etapa" "rescate"}}')).toMatch(/«rescate» no es una clave del vocabulario «etapa»/);
    expect(problem('{{etiqueta "colores" "azul"}}')).toMatch(/vocabulario desconocido/);
  });
});

describe('conteo: victim counts only through suppression', () => {
  test('prints the suppressed text', () => {
    const ctx = { a: suppressCount(3, 5), b: suppressCount(1234, 5), c: suppressCount(0, 5), d: { value: 7, suppressed: true, text: 'C' } };
    expect(r('{{conteo a}} {{conteo b}} {{conteo c}} {{conteo d}}', ctx)).toBe('<5 1,234 0 C');
  });
  test('refuses a raw number', () => {
    expect(problem('{{conteo n}}', { n: 3 })).toMatch(/recibió un número sin supresión/);
  });
  test('the value of a count cannot be reached by a template', () => {
    expect(problem('{{v.value}}', { v: suppressCount(3, 5) })).toMatch(/el campo «v.value» no existe/);
    expect(problem('{{v}}', { v: suppressCount(3, 5) })).toMatch(/imprímalo con \{\{conteo/);
    expect(problem('{{numero v.value}}', { v: suppressCount(30, 5) })).toMatch(/no existe/);
    expect(problem('{{#if (igual v 3)}}x{{/if}}', { v: suppressCount(3, 5) })).toMatch(/no se comparan conteos/);
    expect(r('{{#if v.suprimido}}suprimido{{/if}}', { v: suppressCount(3, 5) })).toBe('suprimido');
  });
});

describe('tables', () => {
  const filas = [
    { label: 'Gobierno estatal', n: 12, pctText: '35.3 %' },
    { label: 'OSC | red', n: 1234, pctText: '64.7 %' },
  ];
  test('caption before, source after, numbers right-aligned, cells escaped', () => {
    const md = r('Texto.\n{{tabla filas id="entrevistas-sector" titulo="Entrevistas por sector" fuente="elaboración propia." columnas="label:Sector;n:Entrevistas;pctText:%"}}\nMás texto.', { filas });
    expect(md).toBe([
      'Texto.',
      '',
      'Tabla: Entrevistas por sector {#tbl:entrevistas-sector}',
      '',
      '| Sector | Entrevistas | % |',
      '| --- | --: | --: |',
      '| Gobierno estatal | 12 | 35.3 % |',
      '| OSC \\| red | 1,234 | 64.7 % |',
      '',
      'Fuente: elaboración propia.',
      '',
      'Más texto.',
    ].join('\n'));
  });
  test('footer row, numbering, victim counts and a note', () => {
    const md = r('{{tabla filas id="t" titulo="T" fuente="Fuente: SESNSP" nota="Valores menores que 5 suprimidos." numerar=true pie="Total;;C" columnas="label:Año;count:Víctimas"}}', {
      filas: [{ label: '2024', count: suppressCount(3, 5) }, { label: '2025', count: suppressCount(12, 5) }],
    });
    expect(md).toContain('| Núm. | Año | Víctimas |\n| --: | --: | --: |\n| 1 | 2024 | <5 |\n| 2 | 2025 | 12 |\n| **Total** |  | C |');
    expect(md).toContain('Fuente: SESNSP. Nota: Valores menores que 5 suprimidos.');
  });
  test('an empty table prints its sentence instead', () => {
    expect(r('{{tabla filas id="t" titulo="T" fuente="F" columnas="a:A" vacio="No se registraron organizaciones."}}', { filas: [] })).toBe('No se registraron organizaciones.');
  });
  test('refuses bad ids, missing sources, unknown columns and objects in cells', () => {
    expect(problem('{{tabla filas id="con espacio" titulo="T" fuente="F" columnas="a:A"}}', { filas })).toMatch(/id="…" no válido/);
    expect(problem('{{tabla filas id="t" titulo="T" columnas="a:A"}}', { filas })).toMatch(/falta fuente/);
    expect(problem('{{tabla filas id="t" titulo="T" fuente="F" columnas="nope:A"}}', { filas })).toMatch(/no tiene el campo «nope»/);
    expect(problem('{{tabla filas id="t" titulo="T" fuente="F" columnas="o:A"}}', { filas: [{ o: { x: 1 } }] })).toMatch(/contiene un objeto/);
  });
  test('tabla_matriz prints count, boolean and suppressed matrices', () => {
    const count = { columnas: [{ clave: 'a', nombre: 'A' }, { clave: 'b', nombre: 'B' }], filas: [{ clave: 'x', nombre: 'X', valores: [1, 2], total: 3 }], totales_columna: [1, 2], total: 3 };
    expect(r('{{tabla_matriz m id="m" titulo="M" fuente="F" encabezado="Etapa" totales=true}}', { m: count }))
      .toContain('| Etapa | A | B | Total |\n| --- | --: | --: | --: |\n| X | 1 | 2 | 3 |\n| **Total** | 1 | 2 | 3 |');
    const bool = { columnas: [{ clave: 'a', nombre: 'A' }, { clave: 'b', nombre: 'B' }], filas: [{ clave: 'x', nombre: 'Ley *X*', valores: [true, false], total: 1 }], totales_columna: [1, 0] };
    expect(r('{{tabla_matriz m id="m" titulo="M" fuente="F" encabezado="Instrumento"}}', { m: bool })).toContain('| Ley \\*X\\* | X |  |');
    const sup = {
      filas: [{ clave: '2025', nombre: '2025' }], columnas: [{ clave: 'm', nombre: 'Mujer' }, { clave: 'h', nombre: 'Hombre' }],
      celdas: [[suppressCount(2, 5), suppressCount(9, 5)]], totales_fila: [suppressCount(11, 5)], totales_columna: [suppressCount(2, 5), suppressCount(9, 5)], total: suppressCount(11, 5),
    };
    expect(r('{{tabla_matriz m id="m" titulo="M" fuente="F" encabezado="Año" totales=true}}', { m: sup })).toContain('| 2025 | <5 | 9 | 11 |');
  });
});

describe('figures, references, quotations', () => {
  const spec = { id: 'entrevistas-por-sector', tipo: 'bar', titulo_corto: 'T', leyenda: 'Entrevistas por sector', texto_alternativo: 'Barras: [12] gobierno', fuente: 'Fuente: elaboración propia.', etiquetas: ['a'], series: [{ nombre: 's', valores: [1] }] };
  test('grafica', () => {
    expect(r('{{grafica g}}', { g: spec })).toBe('![Barras: \\[12\\] gobierno](grafica:entrevistas-por-sector)\n\nFigura: Entrevistas por sector {#fig:entrevistas-por-sector}\n\nFuente: elaboración propia.');
    expect(r('{{grafica "entrevistas-por-sector"}}', { analisis: { graficas: { 'entrevistas-por-sector': spec } } })).toContain('{#fig:entrevistas-por-sector}');
    expect(r('{{grafica g vacio="Sin datos."}}', { g: { ...spec, vacia: true } })).toBe('Sin datos.');
    expect(r('{{#si_grafica g}}sí{{else}}no{{/si_grafica}}', { g: { ...spec, series: [{ nombre: 's', valores: [null] }] } })).toBe('no');
  });
  test('ref', () => {
    expect(r('véase la {{ref "tbl" "entrevistas-sector"}}, la {{ref "fig:x"}} y la {{ref g}}.', { g: spec })).toBe('véase la @tbl:entrevistas-sector, la @fig:x y la @fig:entrevistas-por-sector.');
    expect(problem('{{ref "tabla" "x"}}')).toMatch(/"tbl" o "fig"/);
  });
  test('cita: blockquote, quotation marks, sector attribution', () => {
    const e = { texto: '"No hay *intérpretes* | nunca"', sector_nombre: 'Gobierno estatal', atribucion: 'Persona entrevistada, Gobierno estatal (entrevista 3)' };
    expect(r('{{cita e}}', { e })).toBe('> “No hay \\*intérpretes\\* \\| nunca”\n>\n> — Persona entrevistada, Gobierno estatal (entrevista 3)');
    expect(problem('{{cita e}}', { e: { extracto: 'x', entrevista_id: 'E1' } })).toMatch(/cita con consentimiento/);
  });
  test('variante says a sentence in turns, by a number', () => {
    const t = '{{#each xs}}{{variante @index "Uno." "Dos." "Tres."}} {{/each}}';
    expect(r(t, { xs: [1, 2, 3, 4] })).toBe('Uno. Dos. Tres. Uno.');
    expect(problem('{{variante "a" "b" "c"}}')).toMatch(/se esperaba un número entero/);
    expect(problem('{{variante 1 "solo uno"}}')).toMatch(/al menos dos textos/);
  });
  test('md escapes explicitly', () => {
    expect(r('{{md x}}', { x: '*a*' })).toBe('\\*a\\*');
  });
});

describe('strictness', () => {
  test('a missing field is an error with its line, in text, blocks and helpers', () => {
    expect(problem('a\nb\n{{datos.nombre}}', { datos: {} })).toBe('3: el campo «datos.nombre» no existe en los datos de la plantilla (si es opcional, use (opcional objeto "nombre"))');
    expect(problem('{{#each datos.lista}}x{{/each}}', { datos: {} })).toMatch(/«datos.lista» no existe/);
    expect(problem('{{#if datos.x}}x{{/if}}', { datos: {} })).toMatch(/«datos.x» no existe/);
    expect(problem('{{lista datos.x}}', { datos: {} })).toMatch(/«datos.x» no existe/);
  });
  test('optional fields are read with (opcional …)', () => {
    expect(r('{{#if (opcional d "siglas")}}{{d.siglas}}{{else}}sin siglas{{/if}}', { d: {} })).toBe('sin siglas');
  });
  test('objects, lists and null values are never printed', () => {
    expect(problem('{{o}}', { o: { a: 1 } })).toMatch(/no se puede imprimir un objeto/);
    expect(problem('{{o}}', { o: [1] })).toMatch(/no se puede imprimir una lista/);
    expect(problem('{{o}}', { o: null })).toMatch(/no se puede imprimir un valor vacío/);
  });
  test('unescaped output only for the narrative; unknown helpers fail at compile time', () => {
    expect(problem('{{{x}}}', { x: '*' })).toMatch(/solo \{\{\{narrativa\}\}\} puede insertarse sin escapar/);
    expect(r('{{{narrativa}}}', { narrativa: '*énfasis*' })).toBe('*énfasis*');
    expect(problem('{{numeros 1}}')).toMatch(/«numeros» no es un helper conocido/);
    expect(problem('{{#datos}}x{{/datos}}', { datos: [1] })).toMatch(/los bloques deben ser helpers/);
  });
  test('value helpers used as output are escaped', () => {
    expect(r('{{concat "*" x}}', { x: 'a' })).toBe('\\*a');
    expect(r('{{lookup o "k"}}', { o: { k: '_b_' } })).toBe('\\_b\\_');
  });
});
