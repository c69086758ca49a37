/**
 * Identifiers written in other ways (issue 18, item 2): one row per disguise class, fictitious
 * values, and the look-alikes that must still pass (legal citations, years, postal codes,
 * INEGI keys, budget figures). Shared by the scanner's unit tests and the end-to-end build tests.
 */
import type { IdentifierKind } from '../../src/privacy/identifiers.js';

export interface Disguise {
  /** The disguise class, as the report lists it. */
  what: string;
  kind: IdentifierKind;
  /** Exactly as planted (may hold invisible characters). */
  value: string;
}

const ZWSP = '\u200B';
const SHY = '\u00AD';
const ZWJ = '\u200D';
const NBSP = '\u00A0';
const EN_DASH = '\u2013';
/** Full-width digits (U+FF10…): «９６１». */
const fullWidth = (s: string) => s.replace(/\d/g, (d) => String.fromCodePoint(0xff10 + Number(d)));

export const DISGUISES: Disguise[] = [
  { what: 'CURP con espacios', kind: 'CURP', value: 'GOMJ 800101 HCSRRN 09' },
  { what: 'CURP con guiones', kind: 'CURP', value: 'GOMJ-800101-HCSRRN-09' },
  { what: 'CURP con espacio de ancho cero', kind: 'CURP', value: `GOMJ800101${ZWSP}HCSRRN09` },
  { what: 'CURP con guion suave', kind: 'CURP', value: `GOMJ80${SHY}0101HCSR${SHY}RN09` },
  { what: 'CURP con unión de ancho cero', kind: 'CURP', value: `GOMJ${ZWJ}800101HCS${ZWJ}RRN09` },
  { what: 'CURP en minúsculas', kind: 'CURP', value: 'gomj800101hcsrrn09' },
  { what: 'CURP con letras de ancho completo', kind: 'CURP', value: 'ＧＯＭＪ８００１０１ＨＣＳＲＲＮ０９' },
  { what: 'RFC en minúsculas con espacios', kind: 'RFC', value: 'gomj 800101 ab1' },
  { what: 'RFC con guiones', kind: 'RFC', value: 'GOMJ-800101-AB1' },
  { what: 'teléfono con espacios de no separación', kind: 'teléfono', value: `961${NBSP}123${NBSP}4567` },
  { what: 'teléfono con rayas (en dash)', kind: 'teléfono', value: `961${EN_DASH}123${EN_DASH}4567` },
  { what: 'teléfono agrupado 3+7', kind: 'teléfono', value: '961 1234567' },
  { what: 'teléfono agrupado 2+8', kind: 'teléfono', value: '55 12345678' },
  { what: 'teléfono agrupado 2+4+4', kind: 'teléfono', value: '55 1234 5678' },
  { what: 'teléfono con +52', kind: 'teléfono', value: '+52 656 123 4567' },
  { what: 'teléfono con 52 1', kind: 'teléfono', value: '52 1 55 1234 5678' },
  { what: 'teléfono con dígitos de ancho completo', kind: 'teléfono', value: fullWidth('961 123 4567') },
  { what: 'teléfono de 10 dígitos junto a «cel»', kind: 'teléfono', value: 'cel 6561234567' },
  { what: 'teléfono de 10 dígitos junto a «WhatsApp»', kind: 'teléfono', value: 'WhatsApp: 6561234567' },
  { what: 'teléfono de 10 dígitos después de «llamar al»', kind: 'teléfono', value: 'llamar al 6561234567' },
  { what: 'teléfono de 10 dígitos después de «marcar»', kind: 'teléfono', value: 'marcar 6561234567' },
  { what: 'correo con «at»', kind: 'correo electrónico', value: 'testigo.juarez at correo.mx' },
  { what: 'correo con «arroba … punto com»', kind: 'correo electrónico', value: 'testigo.juarez arroba gmail punto com' },
  { what: 'correo con «(arroba)» y «(punto)»', kind: 'correo electrónico', value: 'testigo (arroba) gmail (punto) com' },
  { what: 'correo con espacios alrededor de «@»', kind: 'correo electrónico', value: 'testigo.juarez @ correo.mx' },
  { what: 'correo con espacios de ancho cero alrededor de «@»', kind: 'correo electrónico', value: `testigo.juarez${ZWSP}@${ZWSP}correo.mx` },
  { what: 'carpeta federal sin palabra clave (FED/…/…/…/año)', kind: 'número de expediente o carpeta', value: 'FED/CHIH/JRZ/0001234/2024' },
  { what: 'carpeta estatal sin palabra clave (CI-FGE-…)', kind: 'número de expediente o carpeta', value: 'CI-FGE-JRZ-1234-2025' },
  { what: 'carpeta estatal con diagonales sin palabra clave', kind: 'número de expediente o carpeta', value: 'FGE/CHIH/JRZ/1234/2025' },
  { what: 'NUC sin palabra clave', kind: 'número de expediente o carpeta', value: '08-2024-001234' },
  { what: 'carpeta con raya (en dash) en lugar de guion', kind: 'número de expediente o carpeta', value: `CI${EN_DASH}FGE${EN_DASH}JRZ${EN_DASH}1234${EN_DASH}2025` },
];

/** Text that looks like an identifier and is not one: must pass the guard. */
export const LOOK_ALIKES: string[] = [
  'Conforme al artículo 10, fracción III, de la Ley General (DOF 14-06-2012).',
  'La ley estatal (P.O. 05-08-2020) sustituyó a la de 2009.',
  'El Programa Nacional 2022–2024 (DOF 27‑12‑2022) y el periodo 2015-2024.',
  'Entre 2019, 2020 y 2021; de 2019 a 2024; años 2019-2024.',
  'Código postal 31000; C.P. 30700; CP 32000.',
  'Clave INEGI 0810100010; clave geoestadística 08 037 0001; CVEGEO 080370001.',
  'Un presupuesto de $1,250,000,000 y otro de $ 2,500,000,000.00.',
  'Un presupuesto anual de 2500000000 pesos para la Comisión.',
  'El presupuesto 2500000000 se ejerció en 2024.',
  'Reglamento de la Ley de Migración, arts. 178–179; Ley de Migración art. 52 fr. V.',
  'NOM-046-SSA2-2005 y folio 2024-000123.',
  'La OIM, la ONU/OIM/UNICEF/2020 y la CEAV participaron; 12 de 30 entrevistas.',
  'Se registraron 1 234 567 890 operaciones; ISBN 968-16-1234-5.',
  'El expediente clínico y la carpeta de 2024 no son números de carpeta.',
  'Contacto con 12 instituciones en 2024; llamar a la línea 089 o al 911.',
  'Síguenos en @OIMMexico; véase @tbl:victimas y @fig:mapa; {{#each @root.analisis.organizaciones}}.',
];
