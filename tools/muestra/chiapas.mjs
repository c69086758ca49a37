// Sembró UNA SOLA VEZ los datos sintéticos de muestra de data/chiapas/ (instituciones, marco normativo,
// herramientas, entrevistas, segmentos, organizaciones, recomendaciones). Los CSV resultantes son la
// fuente de verdad: se editan a mano; NO vuelva a ejecutar este script sobre datos reales.
// Todas las personas son ficticias; los cargos no identifican a nadie.
import { prng, writeCsv, parseExtractos, asignar } from './lib.mjs';
import { COMUNES, COMUNES_2 } from './extractos-comunes.mjs';
import { CHIAPAS, CHIAPAS_2 } from './extractos-chiapas.mjs';

const dir = new URL('../../data/chiapas/', import.meta.url).pathname;
const rnd = prng(707);

const instituciones = [
  ['CHS-CIE', 'Comisión Interinstitucional para el Combate de la Trata de Personas del Estado de Chiapas (Secretaría Técnica)', 'CIE', 'estatal', 'gobierno_estatal', 'canalizacion;proteccion;reparacion', 'Coordina a las dependencias estatales, da seguimiento a los acuerdos y a la ruta estatal de atención.'],
  ['CHS-FGE', 'Fiscalía General del Estado de Chiapas', 'FGE', 'estatal', 'gobierno_estatal', 'deteccion;valoracion;proteccion;acceso_justicia', 'Investiga y persigue los delitos del fuero común, dicta medidas de protección y reconoce la calidad de víctima.'],
  ['CHS-FCTP', 'Fiscalía contra la Trata de Personas, Fiscalía General del Estado de Chiapas', 'FCTP', 'estatal', 'gobierno_estatal', 'deteccion;valoracion;canalizacion;proteccion;acceso_justicia', 'Unidad especializada: investiga los delitos de trata, encabeza operativos y canaliza a las víctimas a los servicios de atención.'],
  ['CHS-FIM', 'Fiscalía de Inmigrantes, Fiscalía General del Estado de Chiapas', 'FIM', 'estatal', 'gobierno_estatal', 'deteccion;valoracion;acceso_justicia', 'Recibe denuncias de delitos cometidos contra personas migrantes en la región fronteriza.'],
  ['CHS-DIF', 'Sistema para el Desarrollo Integral de la Familia del Estado de Chiapas', 'DIF Chiapas', 'estatal', 'gobierno_estatal', 'atencion_inmediata;atencion_mediano_plazo;atencion_largo_plazo;proteccion', 'Opera centros de asistencia social, incluidos los destinados a niñas, niños y adolescentes migrantes.'],
  ['CHS-PPNNA', 'Procuraduría de Protección de Niñas, Niños y Adolescentes y la Familia del Estado de Chiapas', 'PPNNA', 'estatal', 'gobierno_estatal', 'valoracion;canalizacion;proteccion;situacion_migratoria;retorno', 'Determina el interés superior, elabora planes de restitución de derechos y dicta medidas de protección especial.'],
  ['CHS-CEEAV', 'Comisión Ejecutiva Estatal de Atención a Víctimas de Chiapas', 'CEEAV', 'estatal', 'gobierno_estatal', 'atencion_inmediata;atencion_mediano_plazo;acceso_justicia;reparacion', 'Brinda asesoría jurídica, opera el registro estatal de víctimas y el fondo estatal de ayuda y reparación.'],
  ['CHS-SSA', 'Secretaría de Salud del Estado de Chiapas', 'SSA', 'estatal', 'gobierno_estatal', 'deteccion;atencion_inmediata;atencion_mediano_plazo', 'Atiende urgencias médicas y de salud mental; sus unidades de la costa y Los Altos son puntos de detección.'],
  ['CHS-ST', 'Secretaría del Trabajo del Estado de Chiapas', 'ST', 'estatal', 'gobierno_estatal', 'deteccion;atencion_largo_plazo', 'Realiza inspecciones en centros de trabajo de jurisdicción local y opera programas de empleo.'],
  ['CHS-SMUJ', 'Secretaría de las Mujeres del Estado de Chiapas', 'SM', 'estatal', 'gobierno_estatal', 'atencion_inmediata;atencion_mediano_plazo;canalizacion', 'Opera módulos de atención a mujeres y coordina la red de refugios para mujeres en situación de violencia.'],
  ['CHS-SSP', 'Secretaría de Seguridad del Pueblo del Estado de Chiapas', 'SSP', 'estatal', 'gobierno_estatal', 'deteccion;proteccion', 'Realiza operativos, puntos de revisión y apoya el cumplimiento de medidas de protección.'],
  ['CHS-CEDH', 'Comisión Estatal de los Derechos Humanos de Chiapas', 'CEDH', 'estatal', 'organismo_autonomo', 'deteccion;valoracion;reparacion', 'Recibe quejas, emite recomendaciones y capacita a servidores públicos; cuenta con visitadurías en la frontera.'],
  ['CHS-DIFM-TAP', 'Sistema DIF municipal de Tapachula', 'DIF Tapachula', 'municipal', 'gobierno_municipal', 'deteccion;atencion_inmediata;atencion_largo_plazo', 'Atiende a niñas, niños y familias en situación de calle y migración en el municipio fronterizo.'],
  ['CHS-DIFM-SCLC', 'Sistema DIF municipal de San Cristóbal de las Casas', 'DIF San Cristóbal', 'municipal', 'gobierno_municipal', 'deteccion;atencion_inmediata;atencion_largo_plazo', 'Atiende a niñas y niños indígenas que trabajan en la vía pública y a sus familias.'],
  ['CHS-DIFM-PAL', 'Sistema DIF municipal de Palenque', 'DIF Palenque', 'municipal', 'gobierno_municipal', 'deteccion;canalizacion', 'Primer contacto en la ruta migratoria del norte del estado y en la zona turística.'],
  ['CHS-MUN-TAP', 'Dirección de Atención a Migrantes del Ayuntamiento de Tapachula', '', 'municipal', 'gobierno_municipal', 'deteccion;canalizacion', 'Orienta a personas migrantes y canaliza casos a instancias estatales y federales.'],
  ['CHS-PM-COM', 'Dirección de Seguridad Pública Municipal de Comitán de Domínguez', '', 'municipal', 'gobierno_municipal', 'deteccion', 'Policía municipal del corredor fronterizo de Ciudad Cuauhtémoc; primer respondiente.'],
  ['CHS-ECOSUR', 'El Colegio de la Frontera Sur', 'ECOSUR', 'estatal', 'academia', 'deteccion;atencion_largo_plazo', 'Centro público de investigación sobre migración, género y frontera sur.'],
  ['CHS-UNACH', 'Universidad Autónoma de Chiapas', 'UNACH', 'estatal', 'academia', 'deteccion;acceso_justicia', 'Universidad pública; programas de derecho y trabajo social con prácticas en instituciones de atención.'],
  ['CHS-OSC-DIGNIDAD', 'Caminos de Dignidad, A.C.', '', 'estatal', 'osc', 'deteccion;canalizacion;atencion_mediano_plazo;acceso_justicia', 'Acompañamiento psicosocial y jurídico a mujeres migrantes sobrevivientes de violencia y trata en el Soconusco.'],
  ['CHS-OSC-CAMINANTE', 'Albergue Casa del Caminante del Sur', '', 'municipal', 'osc', 'deteccion;atencion_inmediata', 'Albergue de inspiración religiosa para personas migrantes en tránsito en Tapachula.'],
  ['CHS-OSC-NINEZ', 'Red por la Niñez de Los Altos, A.C.', '', 'estatal', 'osc', 'deteccion;atencion_mediano_plazo;atencion_largo_plazo', 'Trabajo comunitario con niñas, niños y adolescentes tsotsiles y tseltales que trabajan en la calle.'],
  ['CHS-OSC-SELVA', 'Colectivo Mujeres de la Selva, A.C.', '', 'municipal', 'osc', 'deteccion;canalizacion', 'Promotoras comunitarias en la región Selva y la ruta migratoria de Palenque.'],
].map(([id, nombre, siglas, nivel, sector, etapas, funcion]) => ({ id, nombre, siglas, nivel, sector, etapas, funcion }));

const marco = [
  ['CHS-LEY-2020', 'Ley para Prevenir y Combatir la Trata de Personas en el Estado de Chiapas', 'estatal', 'ley', '2020-08-05', 'Congreso del Estado de Chiapas', 'deteccion;valoracion;canalizacion;atencion_inmediata;atencion_mediano_plazo;atencion_largo_plazo;proteccion;acceso_justicia;reparacion', 'nna;mujeres_explotacion_sexual;personas_migrantes;personas_indigenas;explotacion_laboral', 'Disposiciones sobre la comisión interinstitucional y la atención a víctimas', 'vigente'],
  ['CHS-LEY-2009', 'Ley para Combatir, Prevenir y Sancionar la Trata de Personas en el Estado de Chiapas', 'estatal', 'ley', '2009-03-04', 'Congreso del Estado de Chiapas', 'deteccion;atencion_inmediata;acceso_justicia', 'nna;mujeres_explotacion_sexual;personas_migrantes', '', 'abrogado'],
  ['CHS-LVICT', 'Ley de Víctimas para el Estado de Chiapas', 'estatal', 'ley', '2015-08-12', 'Congreso del Estado de Chiapas', 'atencion_inmediata;atencion_mediano_plazo;acceso_justicia;reparacion', 'nna;mujeres_explotacion_sexual;personas_migrantes;personas_indigenas', 'Disposiciones sobre el registro y el fondo estatal', 'vigente'],
  ['CHS-LDNNA', 'Ley de los Derechos de Niñas, Niños y Adolescentes del Estado de Chiapas', 'estatal', 'ley', '2015-06-17', 'Congreso del Estado de Chiapas', 'valoracion;proteccion;situacion_migratoria;retorno', 'nna;nna_migrantes_no_acompanados;personas_indigenas', 'Disposiciones sobre niñez migrante y medidas de protección especial', 'vigente'],
  ['CHS-REG-2020', 'Reglamento de la Ley para Prevenir y Combatir la Trata de Personas en el Estado de Chiapas', 'estatal', 'reglamento', '2022-02-16', 'Poder Ejecutivo del Estado de Chiapas', 'canalizacion;atencion_inmediata;proteccion', 'nna;mujeres_explotacion_sexual;personas_migrantes', '', 'en_revision'],
  ['CHS-PROT-DET', 'Protocolo estatal para la detección, identificación y canalización de víctimas de trata de personas', 'estatal', 'protocolo', '2018-07-25', 'Comisión Interinstitucional para el Combate de la Trata de Personas', 'deteccion;valoracion;canalizacion', 'nna;mujeres_explotacion_sexual;personas_migrantes;personas_indigenas', '', 'en_revision'],
  ['CHS-PROT-NNA', 'Protocolo de atención a niñas, niños y adolescentes migrantes no acompañados o separados en el Estado de Chiapas', 'estatal', 'protocolo', '2019-10-09', 'Sistema DIF Chiapas', 'valoracion;atencion_inmediata;situacion_migratoria;retorno', 'nna_migrantes_no_acompanados', '', 'vigente'],
  ['CHS-PROG', 'Programa Estatal para Prevenir y Combatir la Trata de Personas', 'estatal', 'programa', '2021-11-10', 'Poder Ejecutivo del Estado de Chiapas', 'deteccion;atencion_mediano_plazo;atencion_largo_plazo', 'nna;mujeres_explotacion_sexual;personas_migrantes;personas_indigenas', '', 'vigente'],
  ['CHS-ACUERDO-FRONT', 'Acuerdo de coordinación para la atención de víctimas de trata en la región Soconusco', 'estatal', 'acuerdo', '2023-05-18', 'Comisión Interinstitucional para el Combate de la Trata de Personas', 'canalizacion;atencion_inmediata;situacion_migratoria', 'personas_migrantes;mujeres_explotacion_sexual;nna_migrantes_no_acompanados', '', 'vigente'],
  ['CHS-MUN-TAP', 'Reglamento municipal para la atención de personas migrantes de Tapachula', 'municipal', 'reglamento', '2017-09-27', 'Ayuntamiento de Tapachula', 'deteccion;canalizacion', 'personas_migrantes', '', 'vigente'],
].map(([id, instrumento, nivel, tipo, fecha_publicacion, emisor, etapas, perfiles, articulos, estatus]) => ({ id, instrumento, nivel, tipo, fecha_publicacion, emisor, etapas, perfiles, articulos, estatus }));

const herramientas = [
  ['CHS-H-FICHA', 'Ficha de detección de posibles víctimas de trata para primer respondiente', 'CHS-FCTP', 'deteccion', 'mujeres_explotacion_sexual;personas_migrantes;nna', 'no', 'parcial', '2021-04-01'],
  ['CHS-H-RUTA', 'Ruta estatal de atención a víctimas de trata de personas', 'CHS-CIE', 'canalizacion;atencion_inmediata', 'nna;mujeres_explotacion_sexual;personas_migrantes', 'no', 'parcial', '2022-09-01'],
  ['CHS-H-PLAN', 'Formato de plan de restitución de derechos para niñez migrante', 'CHS-PPNNA', 'valoracion;atencion_mediano_plazo', 'nna_migrantes_no_acompanados', 'no', 'si', '2020-02-01'],
  ['CHS-H-RIESGO', 'Cédula de valoración de riesgo para víctimas de trata (piloto)', 'CHS-FCTP', 'valoracion;proteccion', 'mujeres_explotacion_sexual;personas_migrantes', 'no', 'parcial', '2025-03-01'],
  ['CHS-H-REGISTRO', 'Formato de inscripción al Registro Estatal de Víctimas', 'CHS-CEEAV', 'reparacion', 'nna;mujeres_explotacion_sexual;personas_migrantes;personas_indigenas', 'sí', 'si', '2019-01-15'],
  ['CHS-H-CALLE', 'Guía de abordaje a niñas y niños indígenas en situación de calle', 'CHS-DIFM-SCLC', 'deteccion;valoracion', 'nna;personas_indigenas', 'no', 'si', ''],
  ['CHS-H-SALUD', 'Lineamiento de aviso a trabajo social ante posibles víctimas en unidades de salud', 'CHS-SSA', 'deteccion;atencion_inmediata', 'mujeres_explotacion_sexual;nna', 'no', 'no', '2024-06-01'],
].map(([id, herramienta, institucion_id, etapas, perfiles, publicada, en_uso, fecha]) => ({ id, herramienta, institucion_id, etapas, perfiles, publicada, en_uso, fecha }));

// Entrevistas: [institucion, sector, cargo, municipio, modalidad, fecha, grabación, cita, grupos]
const E = [
  ['INM', 'gobierno_federal', 'Jefatura de departamento de protección al migrante', 'Tapachula', 'presencial', '2026-03-03', 'sí', 'sí', 'inm'],
  ['INM', 'gobierno_federal', 'Agente federal de migración', 'Suchiate', 'presencial', '2026-03-04', 'no', 'no', 'inm'],
  ['COMAR', 'gobierno_federal', 'Oficial de elegibilidad', 'Tapachula', 'presencial', '2026-03-05', 'sí', 'sí', 'comar'],
  ['FGR-FEVIMTRA', 'gobierno_federal', 'Agente del Ministerio Público de la Federación', 'Tuxtla Gutiérrez', 'virtual', '2026-04-14', 'sí', 'no', 'fis'],
  ['CEAV', 'gobierno_federal', 'Asesora jurídica federal', 'Tuxtla Gutiérrez', 'virtual', '2026-04-16', 'sí', 'sí', 'ceav'],
  ['STPS', 'gobierno_federal', 'Inspector federal del trabajo', 'Tapachula', 'presencial', '2026-03-06', 'no', 'sí', 'trab'],
  ['OIM', 'organismo_internacional', 'Coordinación de protección', 'Tapachula', 'presencial', '2026-03-02', 'sí', 'sí', 'int'],
  ['ACNUR', 'organismo_internacional', 'Oficial de protección', 'Tapachula', 'presencial', '2026-03-09', 'sí', 'sí', 'int'],
  ['UNICEF', 'organismo_internacional', 'Especialista de protección de la niñez', 'Tuxtla Gutiérrez', 'virtual', '2026-04-20', 'sí', 'sí', 'int'],
  ['CONS-GT', 'organismo_internacional', 'Cónsul adscrito', 'Tapachula', 'presencial', '2026-03-10', 'no', 'sí', 'cons'],
  ['CONS-HN', 'organismo_internacional', 'Encargada de protección consular', 'Tapachula', 'presencial', '2026-03-10', 'sí', 'sí', 'cons'],
  ['CONS-SV', 'organismo_internacional', 'Oficial consular de protección', 'Tapachula', 'virtual', '2026-04-22', 'sí', 'no', 'cons'],
  ['CNDH', 'organismo_autonomo', 'Visitador adjunto', 'Tapachula', 'presencial', '2026-03-11', 'sí', 'sí', 'dh'],
  ['CHS-CEDH', 'organismo_autonomo', 'Visitadora general', 'Tuxtla Gutiérrez', 'presencial', '2026-03-23', 'sí', 'sí', 'dh'],
  ['CHS-CIE', 'gobierno_estatal', 'Secretaría técnica', 'Tuxtla Gutiérrez', 'presencial', '2026-03-23', 'sí', 'sí', 'cie'],
  ['CHS-FCTP', 'gobierno_estatal', 'Ministerio Público especializado', 'Tuxtla Gutiérrez', 'presencial', '2026-03-24', 'sí', 'no', 'fis'],
  ['CHS-FCTP', 'gobierno_estatal', 'Coordinación regional de investigación', 'Tapachula', 'presencial', '2026-03-12', 'no', 'no', 'fis'],
  ['CHS-FIM', 'gobierno_estatal', 'Ministerio Público', 'Tapachula', 'presencial', '2026-03-12', 'sí', 'sí', 'fis'],
  ['CHS-DIF', 'gobierno_estatal', 'Dirección de centros de asistencia social', 'Tuxtla Gutiérrez', 'presencial', '2026-03-25', 'sí', 'sí', 'dif'],
  ['CHS-PPNNA', 'gobierno_estatal', 'Subprocuraduría regional', 'Tapachula', 'presencial', '2026-03-13', 'sí', 'sí', 'dif'],
  ['CHS-PPNNA', 'gobierno_estatal', 'Psicóloga adscrita', 'San Cristóbal de las Casas', 'presencial', '2026-03-30', 'sí', 'sí', 'dif'],
  ['CHS-CEEAV', 'gobierno_estatal', 'Coordinadora de área', 'Tuxtla Gutiérrez', 'presencial', '2026-03-26', 'sí', 'sí', 'ceav'],
  ['CHS-SSA', 'gobierno_estatal', 'Jefatura de trabajo social hospitalario', 'Tapachula', 'presencial', '2026-03-16', 'no', 'sí', 'salud'],
  ['CHS-ST', 'gobierno_estatal', 'Inspectora del trabajo', 'Tapachula', 'virtual', '2026-04-23', 'sí', 'sí', 'trab'],
  ['CHS-SMUJ', 'gobierno_estatal', 'Coordinadora de módulo de atención', 'Tapachula', 'presencial', '2026-03-17', 'sí', 'sí', 'muj'],
  ['CHS-SSP', 'gobierno_estatal', 'Mando medio operativo', 'Tuxtla Gutiérrez', 'presencial', '2026-03-27', 'no', 'no', 'seg'],
  ['CHS-DIFM-TAP', 'gobierno_municipal', 'Procuradora municipal de protección', 'Tapachula', 'presencial', '2026-03-18', 'sí', 'sí', 'mun;dif'],
  ['CHS-DIFM-SCLC', 'gobierno_municipal', 'Coordinación de atención a niñez en calle', 'San Cristóbal de las Casas', 'presencial', '2026-03-31', 'sí', 'sí', 'mun;dif'],
  ['CHS-DIFM-PAL', 'gobierno_municipal', 'Trabajadora social', 'Palenque', 'virtual', '2026-04-27', 'sí', 'sí', 'mun'],
  ['CHS-MUN-TAP', 'gobierno_municipal', 'Dirección de área', 'Tapachula', 'presencial', '2026-03-18', 'sí', 'no', 'mun'],
  ['CHS-PM-COM', 'gobierno_municipal', 'Policía municipal de primer respondiente', 'Comitán de Domínguez', 'presencial', '2026-04-07', 'no', 'no', 'seg;mun'],
  ['CHS-OSC-DIGNIDAD', 'osc', 'Coordinadora de acompañamiento psicosocial', 'Tapachula', 'presencial', '2026-03-19', 'sí', 'sí', 'osc'],
  ['CHS-OSC-CAMINANTE', 'osc', 'Responsable de albergue', 'Tapachula', 'presencial', '2026-03-20', 'sí', 'sí', 'osc'],
  ['CHS-OSC-NINEZ', 'osc', 'Promotora comunitaria', 'San Cristóbal de las Casas', 'presencial', '2026-04-01', 'sí', 'sí', 'osc'],
  ['CHS-OSC-SELVA', 'osc', 'Coordinadora regional', 'Palenque', 'virtual', '2026-04-28', 'no', 'sí', 'osc'],
  ['CHS-ECOSUR', 'academia', 'Investigadora titular', 'San Cristóbal de las Casas', 'presencial', '2026-04-02', 'sí', 'sí', 'acad'],
  ['CHS-UNACH', 'academia', 'Docente investigador de la facultad de derecho', 'Tuxtla Gutiérrez', 'virtual', '2026-05-05', 'sí', 'sí', 'acad'],
];
const entrevistas = E.map(([institucion_id, sector, cargo, municipio, modalidad, fecha, g, c, grupos], i) => ({
  id: `CHS-E${String(i + 1).padStart(2, '0')}`, fecha, modalidad, institucion_id, sector, cargo, municipio,
  consentimiento_grabacion: g, consentimiento_cita: c, grupos: grupos.split(';'),
}));

const extractos = [COMUNES, COMUNES_2, CHIAPAS, CHIAPAS_2].flatMap(parseExtractos);
const segmentos = asignar(extractos, entrevistas, rnd, 'CHS', ['LGR', 'MAP', 'JCT']);

// Organizaciones (mapeo): [nombre, tipo, servicios, alcance, municipios, duración, costo, población, contacto]
const O = [
  ['Caminos de Dignidad, A.C.', 'osc', 'atencion_psicologica;asesoria_juridica;trabajo_social', 'regional', 'Tapachula;Huixtla;Suchiate', 'mediana', 'gratuito', 'mujeres_explotacion_sexual;personas_migrantes;lgbti', 'Tel. oficina 962 000 0101'],
  ['Albergue Casa del Caminante del Sur', 'religiosa', 'alojamiento;alimentacion;atencion_medica', 'municipal', 'Tapachula', 'corta', 'gratuito', 'personas_migrantes;nna_migrantes_no_acompanados', 'Tel. oficina 962 000 0102'],
  ['Red por la Niñez de Los Altos, A.C.', 'osc', 'educacion;atencion_psicologica;reintegracion;trabajo_social', 'regional', 'San Cristóbal de las Casas;Chamula;Zinacantán', 'larga', 'gratuito', 'nna;personas_indigenas', 'Tel. oficina 967 000 0103'],
  ['Colectivo Mujeres de la Selva, A.C.', 'osc', 'trabajo_social;asesoria_juridica;linea_ayuda', 'regional', 'Palenque;Ocosingo;Salto de Agua', 'mediana', 'gratuito', 'mujeres_explotacion_sexual;personas_indigenas', ''],
  ['Centro de asistencia social para niñas, niños y adolescentes migrantes (DIF Chiapas)', 'institucion_publica', 'alojamiento;alimentacion;atencion_psicologica;educacion;trabajo_social', 'regional', 'Tapachula', 'corta', 'gratuito', 'nna_migrantes_no_acompanados;nna', 'Tel. oficina 962 000 0105'],
  ['Casa Refugio para mujeres Soconusco', 'refugio', 'alojamiento;alimentacion;atencion_psicologica;asesoria_juridica;atencion_medica', 'estatal', 'Tapachula', 'mediana', 'gratuito', 'mujeres_explotacion_sexual', ''],
  ['Módulo de atención a mujeres de Tapachula (Secretaría de las Mujeres)', 'institucion_publica', 'atencion_psicologica;asesoria_juridica;trabajo_social', 'municipal', 'Tapachula', 'corta', 'gratuito', 'mujeres_explotacion_sexual;lgbti', 'Tel. oficina 962 000 0107'],
  ['Oficina de la OIM en Tapachula', 'organismo_internacional', 'retorno_asistido;atencion_psicologica;trabajo_social;alojamiento', 'binacional', 'Tapachula;Suchiate;Tuxtla Gutiérrez', 'corta', 'gratuito', 'personas_migrantes;mujeres_explotacion_sexual;explotacion_laboral;nna_migrantes_no_acompanados', 'Tel. oficina 962 000 0108'],
  ['Oficina de ACNUR en Tapachula', 'organismo_internacional', 'regularizacion_migratoria;asesoria_juridica;trabajo_social', 'regional', 'Tapachula;Palenque', 'mediana', 'gratuito', 'personas_migrantes', ''],
  ['Defensoría Migrante del Suchiate, A.C.', 'osc', 'asesoria_juridica;regularizacion_migratoria', 'municipal', 'Suchiate;Tapachula', 'corta', 'gratuito', 'personas_migrantes', 'Tel. oficina 962 000 0110'],
  ['Albergue Peregrinos del Soconusco', 'religiosa', 'alojamiento;alimentacion;trabajo_social', 'regional', 'Tapachula;Huehuetán', 'inmediata', 'gratuito', 'personas_migrantes;lgbti', ''],
  ['Casa de medio camino Nuevo Amanecer', 'casa_medio_camino', 'alojamiento;capacitacion_laboral;reintegracion;atencion_psicologica', 'estatal', 'Tuxtla Gutiérrez', 'larga', 'cuota_recuperacion', 'mujeres_explotacion_sexual;personas_migrantes', 'Tel. oficina 961 000 0112'],
  ['Clínica comunitaria Yaxal Te\' del Sur', 'osc', 'atencion_medica;atencion_psicologica', 'regional', 'San Cristóbal de las Casas;Teopisca', 'mediana', 'cuota_recuperacion', 'personas_indigenas;mujeres_explotacion_sexual', ''],
  ['Colectivo Jornaleros del Soconusco', 'osc', 'asesoria_juridica;trabajo_social;capacitacion_laboral', 'regional', 'Tapachula;Cacahoatán;Unión Juárez;Motozintla', 'mediana', 'gratuito', 'explotacion_laboral;personas_indigenas;personas_migrantes', 'Tel. oficina 962 000 0114'],
  ['Red de Intérpretes Comunitarias de Los Altos', 'osc', 'trabajo_social;asesoria_juridica', 'regional', 'San Cristóbal de las Casas;Chamula;Oxchuc;Tenejapa', 'inmediata', 'gratuito', 'personas_indigenas;nna', ''],
  ['Centro de atención a víctimas de la CEEAV, oficina regional costa', 'institucion_publica', 'asesoria_juridica;atencion_psicologica;trabajo_social', 'regional', 'Tapachula', 'larga', 'gratuito', 'nna;mujeres_explotacion_sexual;personas_migrantes;personas_indigenas;explotacion_laboral', 'Tel. oficina 962 000 0116'],
  ['Casa Hogar Santa Luisa de Comitán', 'religiosa', 'alojamiento;educacion;atencion_psicologica', 'municipal', 'Comitán de Domínguez', 'larga', 'cuota_recuperacion', 'nna;nna_migrantes_no_acompanados', ''],
  ['Fundación Frontera Diversa, A.C.', 'osc', 'atencion_psicologica;linea_ayuda;asesoria_juridica', 'regional', 'Tapachula;Tuxtla Gutiérrez', 'corta', 'gratuito', 'lgbti;personas_migrantes', 'Tel. oficina 962 000 0118'],
  ['Programa Puentes de Regreso, A.C.', 'osc', 'retorno_asistido;reintegracion', 'binacional', 'Tapachula;Suchiate', 'mediana', 'gratuito', 'personas_migrantes;nna_migrantes_no_acompanados', ''],
  ['Centro de capacitación para el trabajo Mujeres Emprendedoras del Soconusco', 'osc', 'capacitacion_laboral;reintegracion', 'municipal', 'Tapachula', 'larga', 'cuota_recuperacion', 'mujeres_explotacion_sexual;personas_migrantes', 'Tel. oficina 962 000 0120'],
  ['Línea de orientación a personas migrantes Frontera Sur', 'osc', 'linea_ayuda', 'binacional', 'Tapachula;Suchiate;Frontera Comalapa', 'inmediata', 'gratuito', 'personas_migrantes;mujeres_explotacion_sexual;nna_migrantes_no_acompanados', 'Línea 800 000 0121'],
  ['Albergue San Judas de Palenque', 'religiosa', 'alojamiento;alimentacion;atencion_medica', 'regional', 'Palenque', 'inmediata', 'gratuito', 'personas_migrantes;discapacidad_adultos_mayores', ''],
  ['Centro de Rehabilitación Integral para personas con discapacidad de Tuxtla (DIF municipal)', 'institucion_publica', 'atencion_medica;atencion_psicologica;trabajo_social', 'municipal', 'Tuxtla Gutiérrez', 'larga', 'cuota_recuperacion', 'discapacidad_adultos_mayores', 'Tel. oficina 961 000 0123'],
  ['Consultorio jurídico universitario de la UNACH', 'institucion_publica', 'asesoria_juridica', 'estatal', 'Tuxtla Gutiérrez;Tapachula', 'mediana', 'gratuito', 'personas_indigenas;mujeres_explotacion_sexual;personas_migrantes', ''],
];
const organizaciones = O.map(([nombre, tipo, servicios, alcance, municipios, duracion, costo, poblacion_objetivo, contacto_institucional], i) => ({
  id: `CHS-O${String(i + 1).padStart(2, '0')}`, nombre, tipo, servicios, alcance, municipios, duracion, costo, poblacion_objetivo, contacto_institucional,
}));

// Recomendaciones: [etapa, texto, institución, prioridad, plazo]
const R = [
  ['deteccion', 'Actualizar y publicar el protocolo estatal de detección conforme a la ley de 2020, con un apartado específico para la frontera sur, la niñez indígena en situación de calle y la explotación laboral agrícola.', 'CHS-CIE', 'alta', 'corto'],
  ['deteccion', 'Incorporar una pregunta filtro de indicadores de trata en los puntos de revisión y en las oficinas de regularización migratoria de Tapachula y Suchiate, con derivación inmediata a personal especializado.', 'INM', 'alta', 'corto'],
  ['deteccion', 'Programar inspecciones laborales conjuntas, sin aviso previo, en fincas cafetaleras durante la temporada de cosecha, con participación consular e intérpretes.', 'STPS', 'media', 'mediano'],
  ['valoracion', 'Adoptar una cédula única de valoración de riesgo que considere a la familia de la víctima en el país de origen y la movilidad de las redes entre ambos lados de la frontera.', 'CHS-FCTP', 'alta', 'corto'],
  ['valoracion', 'Conformar un padrón estatal de intérpretes de lenguas indígenas (tsotsil, tseltal, mam, k\'iche\') formados en atención a víctimas, disponible para fiscalía, DIF y salud.', 'CHS-CEDH', 'media', 'mediano'],
  ['valoracion', 'Instaurar la entrevista única con participación simultánea de las instituciones, en espacios adaptados, para evitar la revictimización de mujeres y niñez.', 'CHS-FGE', 'alta', 'mediano'],
  ['canalizacion', 'Formalizar mediante acuerdo la ruta regional del Soconusco, con enlaces y suplentes disponibles fuera de horario y tiempos máximos por paso.', 'CHS-CIE', 'alta', 'corto'],
  ['canalizacion', 'Implementar un formato de contrarreferencia que regrese a la institución u organización que canalizó, con el consentimiento de la víctima.', 'CHS-CEEAV', 'media', 'corto'],
  ['atencion_inmediata', 'Habilitar alojamiento de emergencia en Tapachula para mujeres víctimas y un espacio para hombres víctimas de explotación laboral.', 'CHS-SMUJ', 'alta', 'mediano'],
  ['atencion_inmediata', 'Constituir un fondo de ayuda inmediata de liberación ágil para alimentos, traslados y comunicación con familiares en las primeras horas.', 'CHS-CEEAV', 'media', 'corto'],
  ['atencion_mediano_plazo', 'Abrir una oficina de asesoría jurídica victimal con personal suficiente en la región costa, que acompañe de forma integrada los procesos penal, migratorio y de refugio.', 'CHS-CEEAV', 'alta', 'mediano'],
  ['atencion_mediano_plazo', 'Formar a psicólogas y psicólogos de salud y DIF en atención al trauma con enfoque intercultural y de movilidad humana.', 'CHS-SSA', 'media', 'mediano'],
  ['atencion_largo_plazo', 'Firmar convenios con el sector privado para la inserción laboral de víctimas con residencia por razones humanitarias y de sobrevivientes egresadas de refugios.', 'CHS-ST', 'media', 'mediano'],
  ['atencion_largo_plazo', 'Diseñar un programa de reintegración comunitaria para niñez indígena en situación de calle que incluya apoyos económicos a las familias en Los Altos.', 'CHS-DIF', 'alta', 'largo'],
  ['proteccion', 'Crear un refugio especializado en trata para mujeres adultas en la región Soconusco, operado con una organización de la sociedad civil.', 'CHS-CIE', 'alta', 'largo'],
  ['proteccion', 'Emitir lineamientos de confidencialidad que prohíban la difusión de imágenes de rescates y limiten el acceso a expedientes de víctimas.', 'CHS-SSP', 'alta', 'corto'],
  ['situacion_migratoria', 'Mantener una ventanilla preferente para víctimas de delito y expedir la condición de visitante por razones humanitarias con la constancia de la fiscalía, sin requisitos adicionales.', 'INM', 'alta', 'corto'],
  ['situacion_migratoria', 'Incorporar en el procedimiento de elegibilidad un módulo de detección de trata y la derivación a la fiscalía con consentimiento de la persona solicitante.', 'COMAR', 'media', 'mediano'],
  ['retorno', 'Establecer con los consulados de Guatemala, Honduras y El Salvador un procedimiento de retorno asistido con evaluación de riesgo en el lugar de origen y aviso previo a la institución receptora.', 'CONS-GT', 'media', 'mediano'],
  ['retorno', 'No autorizar ninguna repatriación de niñez víctima sin determinación del interés superior y sin informe de la autoridad de protección del país de origen.', 'CHS-PPNNA', 'alta', 'corto'],
  ['acceso_justicia', 'Ampliar el uso de la prueba anticipada y de la declaración por videoconferencia desde consulados para víctimas que retornan o continúan su trayecto.', 'CHS-FCTP', 'alta', 'mediano'],
  ['acceso_justicia', 'Emitir un criterio para que los casos de niñez indígena explotada en la vía pública se investiguen como posible trata y no solo como omisión de cuidados.', 'CHS-FGE', 'media', 'corto'],
  ['reparacion', 'Aceptar la constancia de la fiscalía o del consulado como documento suficiente para inscribir a víctimas extranjeras e indígenas en el registro estatal.', 'CHS-CEEAV', 'alta', 'corto'],
  ['reparacion', 'Incluir en la reparación a personas jornaleras el cálculo de los salarios no pagados y prever la entrega de compensaciones a través de los consulados.', 'CHS-CEEAV', 'media', 'mediano'],
  ['reparacion', 'Dar seguimiento público al cumplimiento de las recomendaciones en materia de trata como garantía de no repetición.', 'CHS-CEDH', 'baja', 'largo'],
];
const recomendaciones = R.map(([etapa, texto, institucion_id, prioridad, plazo], i) => ({ id: `CHS-R${String(i + 1).padStart(2, '0')}`, etapa, texto, institucion_id, prioridad, plazo }));

const n = {
  instituciones: writeCsv(dir + 'instituciones.csv', ['id', 'nombre', 'siglas', 'nivel', 'sector', 'etapas', 'funcion'], instituciones),
  marco: writeCsv(dir + 'marco-normativo.csv', ['id', 'instrumento', 'nivel', 'tipo', 'fecha_publicacion', 'emisor', 'etapas', 'perfiles', 'articulos', 'estatus'], marco),
  herramientas: writeCsv(dir + 'herramientas.csv', ['id', 'herramienta', 'institucion_id', 'etapas', 'perfiles', 'publicada', 'en_uso', 'fecha'], herramientas),
  entrevistas: writeCsv(dir + 'entrevistas.csv', ['id', 'fecha', 'modalidad', 'institucion_id', 'sector', 'cargo', 'municipio', 'consentimiento_grabacion', 'consentimiento_cita'], entrevistas),
  segmentos: writeCsv(dir + 'segmentos.csv', ['segmento_id', 'entrevista_id', 'codigo', 'etapa', 'valencia', 'perfil', 'extracto', 'codificador'], segmentos),
  organizaciones: writeCsv(dir + 'organizaciones.csv', ['id', 'nombre', 'tipo', 'servicios', 'alcance', 'municipios', 'duracion', 'costo', 'poblacion_objetivo', 'contacto_institucional'], organizaciones),
  recomendaciones: writeCsv(dir + 'recomendaciones.csv', ['id', 'etapa', 'texto', 'institucion_id', 'prioridad', 'plazo'], recomendaciones),
};
console.log(n);
