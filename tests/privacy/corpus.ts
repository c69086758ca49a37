/** Planted identifiers (fictitious) and helpers to build StateData objects without the loader. */
import type { Dataset, StateData } from '../../src/load/types.js';
import type { Interview, Organisation, Segment } from '../../src/schemas/datasets.js';
import type { IdentifierKind } from '../../src/privacy/identifiers.js';

export interface Plant { kind: IdentifierKind; value: string; masked: string }

export const PLANTS: Plant[] = [
  { kind: 'CURP', value: 'GOMJ800101HCSRRN09', masked: 'GO**************09' },
  { kind: 'RFC', value: 'GOMJ800101AB1', masked: 'GO*********B1' },
  { kind: 'RFC', value: 'ABC010203XY9', masked: 'AB********Y9' },
  { kind: 'correo electrónico', value: 'juana.perez@example.com', masked: 'ju*******************om' },
  { kind: 'teléfono', value: '961 123 4567', masked: '96* *** **67' },
  { kind: 'teléfono', value: '+52 55 1234 5678', masked: '+5* ** **** **78' },
  { kind: 'teléfono', value: '(961) 123-45-67', masked: '(9*** *******67' },
  { kind: 'teléfono', value: '961.123.4567', masked: '96********67' },
  { kind: 'número de expediente o carpeta', value: 'CI-FGE/TAP/123/2024', masked: 'CI***************24' },
  { kind: 'número de expediente o carpeta', value: 'AP/PGR/CHIS/045/2019', masked: 'AP****************19' },
  { kind: 'número de expediente o carpeta', value: 'NUC 1234567890', masked: 'NU* ********90' },
  { kind: 'número de expediente o carpeta', value: 'carpeta de investigación 456/2023', masked: 'ca***** ** ************* ******23' },
  { kind: 'nombre del padrón privado', value: 'maria guadalupe HERNANDEZ ruiz', masked: 'ma*** ********* ********* **iz' },
  { kind: 'nombre del padrón privado', value: 'Josue Perez', masked: 'Jo*** ***ez' },
];

export const ROSTER = { file: 'tests/fixtures/privacidad/nombres.txt', names: ['María Guadalupe Hernández Ruiz', 'Josué Pérez'] };

function ds<T>(name: string, file: string, rows: T[]): Dataset<T> {
  return { name, files: rows.length ? [file] : [], rows, locations: rows.map((_, i) => ({ file, line: i + 2 })) };
}

export function interview(id: string, cita: boolean, extra: Partial<Interview> = {}): Interview {
  return {
    id, fecha: '2025-03-01', modalidad: 'presencial', institucion_id: 'fge', sector: 'procuracion',
    cargo: 'Fiscal especializada', municipio: 'Tapachula', consentimiento_grabacion: true, consentimiento_cita: cita, ...extra,
  } as Interview;
}

export function segment(id: string, entrevista: string, extracto: string): Segment {
  return { segmento_id: id, entrevista_id: entrevista, codigo: 'barrera-x', etapa: 'deteccion', valencia: 'barrera', perfil: undefined, extracto, codificador: 'Equipo A' } as Segment;
}

export function organisation(extra: Partial<Organisation> = {}): Organisation {
  return {
    id: 'org1', nombre: 'Albergue Esperanza', tipo: 'osc', servicios: ['albergue'], alcance: 'estatal', municipios: ['Tapachula'],
    duracion: 'permanente', costo: 'gratuito', poblacion_objetivo: ['mujeres'], contacto_institucional: 'Tel. 962 625 1100, contacto@albergue.example.org', ...extra,
  } as Organisation;
}

export interface StateParts {
  entrevistas?: Interview[];
  segmentos?: Segment[];
  organizaciones?: Organisation[];
  recomendaciones?: Record<string, unknown>[];
  narrativa?: Record<string, string>;
  config?: Record<string, unknown>;
}

export function makeState(p: StateParts = {}): StateData {
  const dir = 'data/prueba';
  const config = {
    nombre: 'Estado de Prueba', clave_inegi: 7, cie: { nombre: 'Comisión Interinstitucional de Prueba', siglas: 'CIP' },
    periodo_campo: { inicio: '2025-01-01', fin: '2025-06-30' }, autores: ['Equipo técnico'], estado_documento: 'borrador',
    version: '0.1', fecha_documento: '2025-12-01', datos_de_muestra: true,
    cortes: { entrevistas: '2025-06-30', estadisticas: '2024-12-31', marco_normativo: '2025-06-30' },
    estadisticas: { archivo: 'data/comun/sesnsp-muestra.csv', fuente: 'SESNSP' },
    conjuntos: {
      entrevistas: { proposito: 'Diagnóstico', responsable: 'Coordinación', base_consentimiento: 'Consentimiento informado', conservar_hasta: '2026-12-31' },
      segmentos: { proposito: 'Diagnóstico', responsable: 'Coordinación', conservar_hasta: '2026-12-31' },
      organizaciones: { proposito: 'Mapeo', responsable: 'Coordinación', conservar_hasta: '2027-12-31' },
      recomendaciones: { proposito: 'Diagnóstico', responsable: 'Coordinación', conservar_hasta: '2027-12-31' },
    },
    productos: ['diagnostico'],
    ...p.config,
  };
  return {
    slug: 'prueba', dir, root: '/nonexistent-root-for-tests',
    project: { organizacion: { nombre: 'Organización de Prueba', nombre_corto: 'OP', programa: 'Programa', contacto: 'info@organizacion.example.org' }, privacidad: { umbral_supresion: 5 } },
    config,
    entrevistas: ds('entrevistas', `${dir}/entrevistas.csv`, p.entrevistas ?? [interview('E01', true)]),
    segmentos: ds('segmentos', `${dir}/segmentos.csv`, p.segmentos ?? []),
    codigos: ds('codigos', 'data/comun/libro-codigos.csv', []),
    instituciones: ds('instituciones', 'data/comun/instituciones.csv', []),
    marco_normativo: ds('marco_normativo', 'data/comun/marco-normativo.csv', []),
    herramientas: ds('herramientas', 'data/comun/herramientas.csv', []),
    organizaciones: ds('organizaciones', `${dir}/organizaciones.csv`, p.organizaciones ?? []),
    recomendaciones: ds('recomendaciones', `${dir}/recomendaciones.csv`, p.recomendaciones ?? []),
    estadisticas: { file: 'data/comun/sesnsp-muestra.csv', source: 'SESNSP', cutDate: '2024-12-31', rows: [] },
    narrativa: Object.fromEntries(Object.entries(p.narrativa ?? {}).map(([k, md]) => [k, { file: `${dir}/narrativa/${k}.md`, markdown: md }])),
  } as unknown as StateData;
}
