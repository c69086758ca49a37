/**
 * Controlled vocabularies shared by the schemas, the analyses and the outputs.
 * Keys are what analysts type in the CSV files; values are the Spanish labels printed in outputs.
 * Order matters: it is the order used in tables, charts and chapters.
 */

export const STAGES = {
  deteccion: 'Detección',
  valoracion: 'Valoración e identificación',
  canalizacion: 'Canalización',
  atencion_inmediata: 'Atención inmediata',
  atencion_mediano_plazo: 'Atención de mediano plazo',
  atencion_largo_plazo: 'Atención de largo plazo y reintegración',
  proteccion: 'Protección',
  situacion_migratoria: 'Situación migratoria',
  retorno: 'Retorno y repatriación',
  acceso_justicia: 'Acceso a la justicia',
  reparacion: 'Reparación integral',
} as const;
export type Stage = keyof typeof STAGES;

export const VALENCES = {
  barrera: 'Barrera',
  reto: 'Reto',
  avance: 'Avance',
  buena_practica: 'Buena práctica',
} as const;
export type Valence = keyof typeof VALENCES;

export const PROFILES = {
  nna: 'Niñas, niños y adolescentes',
  nna_migrantes_no_acompanados: 'NNA migrantes no acompañados',
  mujeres_explotacion_sexual: 'Mujeres en explotación sexual',
  personas_migrantes: 'Personas migrantes y solicitantes de asilo',
  personas_indigenas: 'Personas indígenas',
  explotacion_laboral: 'Personas en explotación laboral',
  nna_actividades_delictivas: 'NNA utilizados en actividades delictivas',
  discapacidad_adultos_mayores: 'Personas con discapacidad y personas adultas mayores',
  lgbti: 'Personas LGBTI',
} as const;
export type Profile = keyof typeof PROFILES;

export const SECTORS = {
  gobierno_federal: 'Gobierno federal',
  gobierno_estatal: 'Gobierno estatal',
  gobierno_municipal: 'Gobierno municipal',
  organismo_autonomo: 'Organismo autónomo',
  osc: 'Organización de la sociedad civil',
  organismo_internacional: 'Organismo internacional',
  academia: 'Academia',
} as const;
export type Sector = keyof typeof SECTORS;

export const LEVELS = {
  internacional: 'Internacional',
  federal: 'Federal',
  estatal: 'Estatal',
  municipal: 'Municipal',
} as const;
export type Level = keyof typeof LEVELS;

export const MODALITIES = { presencial: 'Presencial', virtual: 'Virtual' } as const;
export type Modality = keyof typeof MODALITIES;

export const INSTRUMENT_TYPES = {
  tratado: 'Tratado o convención',
  ley: 'Ley',
  reglamento: 'Reglamento',
  protocolo: 'Protocolo',
  modelo: 'Modelo',
  lineamiento: 'Lineamiento',
  programa: 'Programa',
  acuerdo: 'Acuerdo',
  norma: 'Norma oficial',
} as const;
export type InstrumentType = keyof typeof INSTRUMENT_TYPES;

export const INSTRUMENT_STATUS = { vigente: 'Vigente', abrogado: 'Abrogado', en_revision: 'En revisión' } as const;

export const TOOL_USE = { si: 'Sí', parcial: 'Parcialmente', no: 'No' } as const;

export const ORGANISATION_TYPES = {
  osc: 'Organización de la sociedad civil',
  refugio: 'Refugio especializado',
  albergue: 'Albergue',
  casa_medio_camino: 'Casa de medio camino',
  organismo_internacional: 'Organismo internacional',
  institucion_publica: 'Institución pública',
  religiosa: 'Organización religiosa',
} as const;

export const SERVICES = {
  alojamiento: 'Alojamiento',
  alimentacion: 'Alimentación',
  atencion_medica: 'Atención médica',
  atencion_psicologica: 'Atención psicológica',
  asesoria_juridica: 'Asesoría jurídica',
  regularizacion_migratoria: 'Apoyo para regularización migratoria',
  trabajo_social: 'Trabajo social',
  educacion: 'Educación',
  capacitacion_laboral: 'Capacitación para el empleo',
  reintegracion: 'Reintegración y seguimiento',
  linea_ayuda: 'Línea de ayuda',
  retorno_asistido: 'Retorno asistido',
} as const;

export const REACH = { municipal: 'Municipal', regional: 'Regional', estatal: 'Estatal', nacional: 'Nacional', binacional: 'Binacional' } as const;
export const DURATION = { inmediata: 'Inmediata (hasta 72 horas)', corta: 'Corta (hasta 3 meses)', mediana: 'Mediana (3 a 12 meses)', larga: 'Larga (más de 12 meses)' } as const;
export const COST = { gratuito: 'Gratuito', cuota_recuperacion: 'Cuota de recuperación', pagado: 'Con costo' } as const;

export const PRIORITIES = { alta: 'Alta', media: 'Media', baja: 'Baja' } as const;
export const HORIZONS = { corto: 'Corto plazo', mediano: 'Mediano plazo', largo: 'Largo plazo' } as const;

export const DOCUMENT_STATUS = { borrador: 'Borrador', final: 'Versión final' } as const;

/** Stages that each diagnostic chapter covers (chapters named as in proyecto.yaml). */
export const CHAPTER_STAGES: Record<string, Stage[]> = {
  deteccion: ['deteccion'],
  valoracion: ['valoracion'],
  canalizacion: ['canalizacion'],
  atencion: ['atencion_inmediata', 'atencion_mediano_plazo', 'atencion_largo_plazo'],
  proteccion: ['proteccion', 'situacion_migratoria', 'retorno'],
  'acceso-justicia': ['acceso_justicia', 'reparacion'],
};

export function keysOf<T extends Record<string, string>>(v: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(v) as [keyof T & string, ...(keyof T & string)[]];
}
