// Sembró UNA SOLA VEZ los datos sintéticos de muestra de data/chihuahua/ (instituciones, marco normativo,
// herramientas, entrevistas, segmentos, organizaciones, recomendaciones). Los CSV resultantes son la
// fuente de verdad: se editan a mano; NO vuelva a ejecutar este script sobre datos reales.
// Todas las personas son ficticias; los cargos no identifican a nadie.
import { prng, writeCsv, parseExtractos, asignar } from './lib.mjs';
import { COMUNES, COMUNES_2 } from './extractos-comunes.mjs';
import { CHIHUAHUA, CHIHUAHUA_2 } from './extractos-chihuahua.mjs';

const dir = new URL('../../data/chihuahua/', import.meta.url).pathname;
const rnd = prng(808);

const instituciones = [
  ['CHH-CONSEJO', 'Consejo para la Prevención, Combate y Erradicación de la Trata de Personas y Protección, Atención y Asistencia a las Víctimas del Estado de Chihuahua (Secretaría Técnica)', 'Consejo Estatal', 'estatal', 'gobierno_estatal', 'canalizacion;proteccion;reparacion', 'Coordina a las instituciones integrantes, aprueba rutas y protocolos y da seguimiento a los acuerdos.'],
  ['CHH-FGE', 'Fiscalía General del Estado de Chihuahua', 'FGE', 'estatal', 'gobierno_estatal', 'deteccion;valoracion;proteccion;acceso_justicia', 'Investiga y persigue los delitos del fuero común; opera fiscalías de distrito en las zonas norte, centro, sur y occidente.'],
  ['CHH-UIDT', 'Unidad de Investigación de Delitos de Trata de Personas, Fiscalía General del Estado de Chihuahua', 'UIDT', 'estatal', 'gobierno_estatal', 'deteccion;valoracion;canalizacion;proteccion;acceso_justicia', 'Unidad especializada con sede en Ciudad Juárez y Chihuahua; investiga la trata en todas sus modalidades.'],
  ['CHH-FEM', 'Fiscalía Especializada en Atención a Mujeres Víctimas del Delito por Razones de Género y a la Familia', 'FEM', 'estatal', 'gobierno_estatal', 'valoracion;atencion_inmediata;acceso_justicia', 'Atiende a mujeres víctimas de delitos por razones de género; opera los centros de justicia para las mujeres.'],
  ['CHH-FEAVOD', 'Fiscalía Especializada en Atención a Víctimas y Ofendidos del Delito', 'FEAVOD', 'estatal', 'gobierno_estatal', 'atencion_inmediata;atencion_mediano_plazo;proteccion', 'Brinda atención psicológica, trabajo social y medidas de protección a víctimas del delito.'],
  ['CHH-CEAVE', 'Comisión Ejecutiva de Atención a Víctimas del Estado de Chihuahua', 'CEAVE', 'estatal', 'gobierno_estatal', 'atencion_mediano_plazo;acceso_justicia;reparacion', 'Asesoría jurídica victimal, registro estatal de víctimas y fondo estatal de ayuda, asistencia y reparación.'],
  ['CHH-DIF', 'Sistema para el Desarrollo Integral de la Familia del Estado de Chihuahua', 'DIF Estatal', 'estatal', 'gobierno_estatal', 'atencion_inmediata;atencion_mediano_plazo;atencion_largo_plazo;retorno', 'Opera centros de asistencia social y el módulo de atención a niñez repatriada en Ciudad Juárez.'],
  ['CHH-PPNNA', 'Procuraduría de Protección de Derechos de Niñas, Niños y Adolescentes del Estado de Chihuahua', 'PPNNA', 'estatal', 'gobierno_estatal', 'valoracion;canalizacion;proteccion;retorno', 'Determina el interés superior, elabora planes de restitución y dicta medidas de protección especial.'],
  ['CHH-SSA', 'Secretaría de Salud del Estado de Chihuahua', 'SSA', 'estatal', 'gobierno_estatal', 'deteccion;atencion_inmediata;atencion_mediano_plazo', 'Atención médica y de salud mental; hospitales de Juárez, Chihuahua y la región serrana.'],
  ['CHH-STPS', 'Secretaría del Trabajo y Previsión Social del Estado de Chihuahua', 'STPS Estatal', 'estatal', 'gobierno_estatal', 'deteccion;canalizacion;atencion_largo_plazo;reparacion', 'Inspección del trabajo de jurisdicción local, procuraduría de la defensa del trabajo y programas de empleo.'],
  ['CHH-ICHM', 'Instituto Chihuahuense de las Mujeres', 'ICHMujeres', 'estatal', 'gobierno_estatal', 'atencion_inmediata;atencion_mediano_plazo;canalizacion', 'Centros de atención a mujeres y vinculación con refugios para mujeres en situación de violencia.'],
  ['CHH-COEPI', 'Comisión Estatal para los Pueblos Indígenas', 'COEPI', 'estatal', 'gobierno_estatal', 'valoracion;atencion_inmediata;atencion_largo_plazo', 'Intérpretes y traductores de lenguas indígenas; enlace con autoridades tradicionales rarámuri, ódami, o\'oba y warijó.'],
  ['CHH-SSPE', 'Secretaría de Seguridad Pública del Estado de Chihuahua', 'SSPE', 'estatal', 'gobierno_estatal', 'deteccion;proteccion', 'Operativos, cateos en coordinación con la fiscalía y cumplimiento de medidas de protección.'],
  ['CHH-CEDH', 'Comisión Estatal de los Derechos Humanos de Chihuahua', 'CEDH', 'estatal', 'organismo_autonomo', 'deteccion;valoracion;reparacion', 'Recibe quejas, emite recomendaciones y capacita a servidores públicos; oficinas en Juárez y en la sierra.'],
  ['CHH-DIFM-JRZ', 'Sistema DIF municipal de Juárez', 'DIF Juárez', 'municipal', 'gobierno_municipal', 'deteccion;atencion_inmediata;atencion_largo_plazo', 'Centros comunitarios en colonias del suroriente y procuraduría municipal de protección.'],
  ['CHH-DDH-JRZ', 'Dirección de Derechos Humanos del Municipio de Juárez', '', 'municipal', 'gobierno_municipal', 'deteccion;canalizacion', 'Atiende a personas migrantes y repatriadas y canaliza casos a instancias estatales y federales.'],
  ['CHH-SSPM-JRZ', 'Secretaría de Seguridad Pública Municipal de Juárez', 'SSPM', 'municipal', 'gobierno_municipal', 'deteccion', 'Policía municipal; primer respondiente en el centro histórico y en las colonias.'],
  ['CHH-DIFM-CUA', 'Sistema DIF municipal de Cuauhtémoc', 'DIF Cuauhtémoc', 'municipal', 'gobierno_municipal', 'deteccion;atencion_largo_plazo', 'Atiende a familias jornaleras y a población indígena en la región agrícola del occidente.'],
  ['CHH-DIFM-NCG', 'Sistema DIF municipal de Nuevo Casas Grandes', 'DIF Nuevo Casas Grandes', 'municipal', 'gobierno_municipal', 'deteccion;canalizacion', 'Primer contacto en la región noroeste y en la ruta hacia la frontera.'],
  ['CHH-UACJ', 'Universidad Autónoma de Ciudad Juárez', 'UACJ', 'estatal', 'academia', 'deteccion;atencion_largo_plazo', 'Universidad pública; investigación sobre juventudes, violencia y migración en la frontera.'],
  ['CHH-COLEF', 'El Colegio de la Frontera Norte, sede Ciudad Juárez', 'COLEF', 'estatal', 'academia', 'deteccion;retorno', 'Centro público de investigación sobre migración de retorno y mercados laborales fronterizos.'],
  ['CHH-OSC-PASO', 'Red Paso Seguro por la Niñez, A.C.', '', 'municipal', 'osc', 'deteccion;atencion_mediano_plazo;atencion_largo_plazo', 'Programas de prevención y de salida para adolescentes reclutados por grupos delictivos en Ciudad Juárez.'],
  ['CHH-OSC-SIERRA', 'Kuira Sierra, A.C.', '', 'estatal', 'osc', 'deteccion;atencion_largo_plazo', 'Acompañamiento a comunidades rarámuri de la sierra y de los asentamientos urbanos; derechos laborales de jornaleros.'],
  ['CHH-OSC-ACOGIDA', 'Casa de Acogida Frontera Norte', '', 'municipal', 'osc', 'atencion_inmediata;atencion_mediano_plazo', 'Albergue para personas migrantes y repatriadas en Ciudad Juárez con área para víctimas.'],
  ['CHH-OSC-DESIERTO', 'Mujeres del Desierto, A.C.', '', 'municipal', 'osc', 'deteccion;atencion_mediano_plazo;acceso_justicia', 'Recorridos de calle, acompañamiento psicosocial y jurídico a mujeres jóvenes en el centro de Ciudad Juárez.'],
].map(([id, nombre, siglas, nivel, sector, etapas, funcion]) => ({ id, nombre, siglas, nivel, sector, etapas, funcion }));

const marco = [
  ['CHH-LEY-2017', 'Ley para la Prevención, Combate y Erradicación de la Trata de Personas y Protección, Atención y Asistencia a las Víctimas en el Estado de Chihuahua', 'estatal', 'ley', '2017-10-14', 'Congreso del Estado de Chihuahua', 'deteccion;valoracion;canalizacion;atencion_inmediata;atencion_mediano_plazo;atencion_largo_plazo;proteccion;acceso_justicia;reparacion', 'nna;mujeres_explotacion_sexual;personas_migrantes;personas_indigenas;explotacion_laboral;nna_actividades_delictivas', 'Disposiciones sobre el Consejo y la atención a víctimas', 'vigente'],
  ['CHH-REG-2017', 'Reglamento de la Ley para la Prevención, Combate y Erradicación de la Trata de Personas del Estado de Chihuahua', 'estatal', 'reglamento', '2019-06-15', 'Poder Ejecutivo del Estado de Chihuahua', 'canalizacion;atencion_inmediata;proteccion', 'nna;mujeres_explotacion_sexual;explotacion_laboral', 'Integración y funcionamiento del Consejo', 'vigente'],
  ['CHH-LVICT', 'Ley de Víctimas para el Estado de Chihuahua', 'estatal', 'ley', '2016-05-21', 'Congreso del Estado de Chihuahua', 'atencion_inmediata;atencion_mediano_plazo;acceso_justicia;reparacion', 'nna;mujeres_explotacion_sexual;personas_indigenas;personas_migrantes', 'Disposiciones sobre el registro y el fondo estatal', 'vigente'],
  ['CHH-LDNNA', 'Ley de los Derechos de Niñas, Niños y Adolescentes del Estado de Chihuahua', 'estatal', 'ley', '2015-06-24', 'Congreso del Estado de Chihuahua', 'valoracion;proteccion;retorno', 'nna;nna_migrantes_no_acompanados;nna_actividades_delictivas', 'Disposiciones sobre medidas de protección especial', 'vigente'],
  ['CHH-LPI', 'Ley de Derechos de los Pueblos Indígenas del Estado de Chihuahua', 'estatal', 'ley', '2013-06-29', 'Congreso del Estado de Chihuahua', 'valoracion;atencion_largo_plazo;acceso_justicia', 'personas_indigenas', 'Derecho a intérprete y a la consulta', 'vigente'],
  ['CHH-PROT-DET', 'Protocolo estatal de detección, identificación y canalización de víctimas de trata de personas', 'estatal', 'protocolo', '2021-03-10', 'Consejo Estatal contra la Trata de Personas', 'deteccion;valoracion;canalizacion', 'nna;mujeres_explotacion_sexual;explotacion_laboral;personas_migrantes', '', 'vigente'],
  ['CHH-PROT-ADOL', 'Protocolo de atención a adolescentes víctimas de reclutamiento y utilización por grupos delictivos', 'estatal', 'protocolo', '2024-08-21', 'Procuraduría de Protección de Derechos de NNA del Estado de Chihuahua', 'deteccion;valoracion;atencion_mediano_plazo;proteccion', 'nna_actividades_delictivas', '', 'en_revision'],
  ['CHH-LIN-JORN', 'Lineamientos para la inspección de condiciones de trabajo de personas jornaleras agrícolas', 'estatal', 'lineamiento', '2022-01-26', 'Secretaría del Trabajo y Previsión Social del Estado de Chihuahua', 'deteccion;canalizacion', 'explotacion_laboral;personas_indigenas;nna', '', 'vigente'],
  ['CHH-PROG', 'Programa Estatal para la Prevención, Combate y Erradicación de la Trata de Personas', 'estatal', 'programa', '2022-10-05', 'Poder Ejecutivo del Estado de Chihuahua', 'deteccion;atencion_mediano_plazo;atencion_largo_plazo;reparacion', 'nna;mujeres_explotacion_sexual;explotacion_laboral;personas_indigenas;nna_actividades_delictivas', '', 'vigente'],
  ['CHH-ACUERDO-REP', 'Acuerdo de coordinación para la recepción de personas mexicanas repatriadas con indicios de trata', 'estatal', 'acuerdo', '2023-09-13', 'Consejo Estatal contra la Trata de Personas', 'canalizacion;retorno', 'personas_migrantes;nna_migrantes_no_acompanados', '', 'vigente'],
  ['CHH-MUN-JRZ', 'Reglamento de Atención a Personas en Contexto de Movilidad del Municipio de Juárez', 'municipal', 'reglamento', '2020-02-22', 'Ayuntamiento de Juárez', 'deteccion;canalizacion', 'personas_migrantes', '', 'vigente'],
].map(([id, instrumento, nivel, tipo, fecha_publicacion, emisor, etapas, perfiles, articulos, estatus]) => ({ id, instrumento, nivel, tipo, fecha_publicacion, emisor, etapas, perfiles, articulos, estatus }));

const herramientas = [
  ['CHH-H-CEDULA', 'Cédula de detección de indicadores de trata para primer respondiente', 'CHH-UIDT', 'deteccion', 'mujeres_explotacion_sexual;nna;explotacion_laboral', 'sí', 'parcial', '2021-03-10'],
  ['CHH-H-FLUJO-NNA', 'Flujograma de canalización de niñez víctima de trata', 'CHH-CONSEJO', 'canalizacion', 'nna;nna_actividades_delictivas', 'no', 'si', '2024-02-01'],
  ['CHH-H-RECLUT', 'Ficha de indicadores de reclutamiento y utilización de adolescentes', 'CHH-PPNNA', 'deteccion;valoracion', 'nna_actividades_delictivas', 'no', 'parcial', '2024-08-21'],
  ['CHH-H-JORN', 'Guía de inspección con enfoque de trabajo forzoso para campos agrícolas', 'CHH-STPS', 'deteccion', 'explotacion_laboral;personas_indigenas', 'no', 'parcial', '2022-01-26'],
  ['CHH-H-REPAT', 'Entrevista de recepción en el módulo de repatriación (preguntas sobre explotación laboral)', 'INM', 'deteccion;retorno', 'personas_migrantes;nna_migrantes_no_acompanados', 'no', 'si', '2023-09-13'],
  ['CHH-H-INTERP', 'Directorio de intérpretes certificados en lenguas indígenas', 'CHH-COEPI', 'valoracion;acceso_justicia', 'personas_indigenas', 'no', 'si', ''],
  ['CHH-H-REGISTRO', 'Formato de inscripción al Registro Estatal de Víctimas', 'CHH-CEAVE', 'reparacion', 'nna;mujeres_explotacion_sexual;personas_indigenas;explotacion_laboral', 'sí', 'si', '2018-04-01'],
  ['CHH-H-CJM', 'Protocolo de atención en los Centros de Justicia para las Mujeres', 'CHH-FEM', 'valoracion;atencion_inmediata', 'mujeres_explotacion_sexual;lgbti', 'sí', 'si', '2019-11-25'],
].map(([id, herramienta, institucion_id, etapas, perfiles, publicada, en_uso, fecha]) => ({ id, herramienta, institucion_id, etapas, perfiles, publicada, en_uso, fecha }));

const E = [
  ['INM', 'gobierno_federal', 'Jefatura del módulo de repatriación', 'Juárez', 'presencial', '2026-04-07', 'sí', 'sí', 'inm'],
  ['INM', 'gobierno_federal', 'Agente federal de migración', 'Juárez', 'presencial', '2026-04-07', 'no', 'no', 'inm'],
  ['COMAR', 'gobierno_federal', 'Oficial de protección', 'Juárez', 'virtual', '2026-05-12', 'sí', 'sí', 'comar'],
  ['FGR-FEVIMTRA', 'gobierno_federal', 'Agente del Ministerio Público de la Federación', 'Chihuahua', 'virtual', '2026-05-14', 'sí', 'no', 'fis'],
  ['CEAV', 'gobierno_federal', 'Asesor jurídico federal', 'Chihuahua', 'virtual', '2026-05-15', 'sí', 'sí', 'ceav'],
  ['STPS', 'gobierno_federal', 'Inspectora federal del trabajo', 'Delicias', 'presencial', '2026-04-21', 'no', 'sí', 'trab'],
  ['OIM', 'organismo_internacional', 'Coordinación de protección', 'Juárez', 'presencial', '2026-04-06', 'sí', 'sí', 'int'],
  ['ACNUR', 'organismo_internacional', 'Asociada de protección', 'Juárez', 'presencial', '2026-04-08', 'sí', 'sí', 'int'],
  ['UNICEF', 'organismo_internacional', 'Especialista de protección de la niñez', 'Chihuahua', 'virtual', '2026-05-19', 'sí', 'sí', 'int'],
  ['CONS-GT', 'organismo_internacional', 'Cónsul adscrita', 'Juárez', 'virtual', '2026-05-20', 'no', 'sí', 'cons'],
  ['CONS-HN', 'organismo_internacional', 'Oficial de protección consular', 'Juárez', 'virtual', '2026-05-21', 'sí', 'no', 'cons'],
  ['CHH-CEDH', 'organismo_autonomo', 'Visitador de la oficina regional', 'Juárez', 'presencial', '2026-04-09', 'sí', 'sí', 'dh'],
  ['CHH-CEDH', 'organismo_autonomo', 'Visitadora adscrita a la región serrana', 'Guachochi', 'virtual', '2026-05-26', 'sí', 'sí', 'dh'],
  ['CHH-CONSEJO', 'gobierno_estatal', 'Secretaría técnica', 'Chihuahua', 'presencial', '2026-04-14', 'sí', 'sí', 'cie'],
  ['CHH-UIDT', 'gobierno_estatal', 'Ministerio Público especializado', 'Juárez', 'presencial', '2026-04-09', 'sí', 'no', 'fis'],
  ['CHH-UIDT', 'gobierno_estatal', 'Coordinación de la unidad', 'Chihuahua', 'presencial', '2026-04-15', 'no', 'no', 'fis'],
  ['CHH-FEM', 'gobierno_estatal', 'Coordinadora de área del centro de justicia para las mujeres', 'Juárez', 'presencial', '2026-04-10', 'sí', 'sí', 'fis'],
  ['CHH-FEAVOD', 'gobierno_estatal', 'Psicóloga de atención a víctimas', 'Chihuahua', 'presencial', '2026-04-15', 'sí', 'sí', 'ceav;fis'],
  ['CHH-CEAVE', 'gobierno_estatal', 'Dirección de asesoría jurídica', 'Chihuahua', 'presencial', '2026-04-16', 'sí', 'sí', 'ceav'],
  ['CHH-DIF', 'gobierno_estatal', 'Responsable del módulo de niñez repatriada', 'Juárez', 'presencial', '2026-04-13', 'sí', 'sí', 'dif'],
  ['CHH-PPNNA', 'gobierno_estatal', 'Subprocuradora de protección', 'Chihuahua', 'presencial', '2026-04-16', 'sí', 'sí', 'dif'],
  ['CHH-PPNNA', 'gobierno_estatal', 'Abogada de la delegación zona norte', 'Juárez', 'presencial', '2026-04-13', 'sí', 'sí', 'dif'],
  ['CHH-SSA', 'gobierno_estatal', 'Jefatura de trabajo social hospitalario', 'Juárez', 'presencial', '2026-04-10', 'no', 'sí', 'salud'],
  ['CHH-STPS', 'gobierno_estatal', 'Inspector del trabajo', 'Cuauhtémoc', 'presencial', '2026-04-22', 'sí', 'sí', 'trab'],
  ['CHH-STPS', 'gobierno_estatal', 'Procuradora de la defensa del trabajo', 'Delicias', 'presencial', '2026-04-21', 'sí', 'no', 'trab'],
  ['CHH-ICHM', 'gobierno_estatal', 'Coordinadora de centro de atención', 'Juárez', 'presencial', '2026-04-08', 'sí', 'sí', 'muj'],
  ['CHH-COEPI', 'gobierno_estatal', 'Enlace de intérpretes y traductores', 'Chihuahua', 'presencial', '2026-04-17', 'sí', 'sí', 'dh'],
  ['CHH-SSPE', 'gobierno_estatal', 'Mando medio operativo', 'Chihuahua', 'presencial', '2026-04-17', 'no', 'no', 'seg'],
  ['CHH-DIFM-JRZ', 'gobierno_municipal', 'Coordinadora de centros comunitarios', 'Juárez', 'presencial', '2026-04-14', 'sí', 'sí', 'dif;mun'],
  ['CHH-DDH-JRZ', 'gobierno_municipal', 'Dirección de área', 'Juárez', 'presencial', '2026-04-14', 'sí', 'sí', 'mun'],
  ['CHH-SSPM-JRZ', 'gobierno_municipal', 'Agente de policía de proximidad', 'Juárez', 'presencial', '2026-04-15', 'no', 'no', 'seg;mun'],
  ['CHH-DIFM-CUA', 'gobierno_municipal', 'Trabajadora social', 'Cuauhtémoc', 'presencial', '2026-04-22', 'sí', 'sí', 'mun;dif'],
  ['CHH-DIFM-NCG', 'gobierno_municipal', 'Procurador municipal de protección', 'Nuevo Casas Grandes', 'virtual', '2026-05-27', 'sí', 'sí', 'mun'],
  ['CHH-OSC-PASO', 'osc', 'Coordinador de programa', 'Juárez', 'presencial', '2026-04-08', 'sí', 'sí', 'osc'],
  ['CHH-OSC-SIERRA', 'osc', 'Promotora comunitaria', 'Chihuahua', 'presencial', '2026-04-20', 'sí', 'sí', 'osc'],
  ['CHH-OSC-ACOGIDA', 'osc', 'Responsable de albergue', 'Juárez', 'presencial', '2026-04-09', 'sí', 'sí', 'osc'],
  ['CHH-OSC-DESIERTO', 'osc', 'Coordinadora de acompañamiento', 'Juárez', 'virtual', '2026-05-28', 'no', 'sí', 'osc'],
  ['CHH-UACJ', 'academia', 'Profesora investigadora', 'Juárez', 'presencial', '2026-04-10', 'sí', 'sí', 'acad'],
  ['CHH-COLEF', 'academia', 'Investigador de la sede regional', 'Juárez', 'virtual', '2026-06-02', 'sí', 'sí', 'acad'],
];
const entrevistas = E.map(([institucion_id, sector, cargo, municipio, modalidad, fecha, g, c, grupos], i) => ({
  id: `CHH-E${String(i + 1).padStart(2, '0')}`, fecha, modalidad, institucion_id, sector, cargo, municipio,
  consentimiento_grabacion: g, consentimiento_cita: c, grupos: grupos.split(';'),
}));

const extractos = [COMUNES, COMUNES_2, CHIHUAHUA, CHIHUAHUA_2].flatMap(parseExtractos);
const segmentos = asignar(extractos, entrevistas, rnd, 'CHH', ['AVS', 'RMO', 'LGR']);

const O = [
  ['Refugio "Alas" & Casa | *Luz* <A.C.>', 'refugio', 'alojamiento;alimentacion;atencion_psicologica;asesoria_juridica;atencion_medica', 'estatal', 'Juárez;Chihuahua', 'mediana', 'gratuito', 'mujeres_explotacion_sexual;nna', ''],
  ['Red Paso Seguro por la Niñez, A.C.', 'osc', 'atencion_psicologica;educacion;capacitacion_laboral;reintegracion', 'municipal', 'Juárez', 'larga', 'gratuito', 'nna_actividades_delictivas;nna', 'Tel. oficina 656 000 0001'],
  ['Kuira Sierra, A.C.', 'osc', 'asesoria_juridica;trabajo_social;reintegracion', 'regional', 'Chihuahua;Guachochi;Bocoyna;Carichí', 'larga', 'gratuito', 'personas_indigenas;explotacion_laboral', 'Tel. oficina 614 000 0002'],
  ['Casa de Acogida Frontera Norte', 'albergue', 'alojamiento;alimentacion;atencion_medica;trabajo_social', 'municipal', 'Juárez', 'corta', 'gratuito', 'personas_migrantes;nna_migrantes_no_acompanados;lgbti', 'Tel. oficina 656 000 0003'],
  ['Mujeres del Desierto, A.C.', 'osc', 'atencion_psicologica;asesoria_juridica;linea_ayuda', 'municipal', 'Juárez', 'mediana', 'gratuito', 'mujeres_explotacion_sexual;lgbti', ''],
  ['Centro de asistencia social especializado para adolescentes (DIF Estatal)', 'institucion_publica', 'alojamiento;alimentacion;educacion;atencion_psicologica;trabajo_social', 'estatal', 'Chihuahua', 'larga', 'gratuito', 'nna;nna_actividades_delictivas', 'Tel. oficina 614 000 0006'],
  ['Módulo de atención a niñez repatriada del DIF Estatal', 'institucion_publica', 'alojamiento;alimentacion;trabajo_social;retorno_asistido', 'binacional', 'Juárez', 'inmediata', 'gratuito', 'nna_migrantes_no_acompanados', 'Tel. oficina 656 000 0007'],
  ['Centro de Justicia para las Mujeres de Ciudad Juárez', 'institucion_publica', 'atencion_psicologica;asesoria_juridica;atencion_medica;trabajo_social;alojamiento', 'regional', 'Juárez', 'corta', 'gratuito', 'mujeres_explotacion_sexual;lgbti', 'Tel. oficina 656 000 0008'],
  ['Oficina de la OIM en Ciudad Juárez', 'organismo_internacional', 'retorno_asistido;atencion_psicologica;trabajo_social;regularizacion_migratoria', 'binacional', 'Juárez', 'corta', 'gratuito', 'personas_migrantes;explotacion_laboral;mujeres_explotacion_sexual', 'Tel. oficina 656 000 0009'],
  ['Oficina de ACNUR en Ciudad Juárez', 'organismo_internacional', 'regularizacion_migratoria;asesoria_juridica', 'regional', 'Juárez;Chihuahua', 'mediana', 'gratuito', 'personas_migrantes', ''],
  ['Albergue Esperanza del Norte', 'religiosa', 'alojamiento;alimentacion;atencion_medica', 'municipal', 'Juárez', 'corta', 'gratuito', 'personas_migrantes;discapacidad_adultos_mayores', ''],
  ['Casa de medio camino Nueva Aurora', 'casa_medio_camino', 'alojamiento;capacitacion_laboral;reintegracion;atencion_psicologica', 'estatal', 'Chihuahua', 'larga', 'cuota_recuperacion', 'mujeres_explotacion_sexual', 'Tel. oficina 614 000 0012'],
  ['Colectivo Jornaleros Unidos de Delicias', 'osc', 'asesoria_juridica;trabajo_social', 'regional', 'Delicias;Meoqui;Saucillo;Camargo', 'mediana', 'gratuito', 'explotacion_laboral;personas_indigenas', ''],
  ['Centro comunitario Ochérame de Cuauhtémoc', 'osc', 'educacion;alimentacion;trabajo_social', 'municipal', 'Cuauhtémoc', 'larga', 'gratuito', 'personas_indigenas;nna', 'Tel. oficina 625 000 0014'],
  ['Programa de salida de jóvenes Otra Ruta', 'osc', 'atencion_psicologica;capacitacion_laboral;reintegracion', 'municipal', 'Juárez', 'larga', 'gratuito', 'nna_actividades_delictivas', ''],
  ['Fundación Frontera Diversa Norte, A.C.', 'osc', 'atencion_psicologica;linea_ayuda;asesoria_juridica', 'binacional', 'Juárez', 'corta', 'gratuito', 'lgbti;personas_migrantes', 'Tel. oficina 656 000 0016'],
  ['Línea de ayuda Frontera Segura', 'osc', 'linea_ayuda', 'estatal', 'Juárez;Chihuahua;Cuauhtémoc;Delicias;Nuevo Casas Grandes', 'inmediata', 'gratuito', 'mujeres_explotacion_sexual;nna;explotacion_laboral;personas_migrantes', 'Línea 800 000 0017'],
  ['Centro de atención a víctimas de la CEAVE, oficina regional Cuauhtémoc', 'institucion_publica', 'asesoria_juridica;atencion_psicologica;trabajo_social', 'regional', 'Cuauhtémoc;Guachochi;Bocoyna', 'larga', 'gratuito', 'personas_indigenas;explotacion_laboral;nna', 'Tel. oficina 625 000 0018'],
  ['Consultorio jurídico universitario de la UACJ', 'institucion_publica', 'asesoria_juridica', 'municipal', 'Juárez', 'mediana', 'gratuito', 'mujeres_explotacion_sexual;personas_migrantes;nna_actividades_delictivas', ''],
  ['Casa Hogar San Felipe de Nuevo Casas Grandes', 'religiosa', 'alojamiento;educacion;alimentacion', 'regional', 'Nuevo Casas Grandes;Casas Grandes;Janos', 'larga', 'cuota_recuperacion', 'nna;nna_migrantes_no_acompanados', ''],
  ['Programa de empleo para personas repatriadas (bolsa de trabajo estatal)', 'institucion_publica', 'capacitacion_laboral;reintegracion', 'estatal', 'Juárez;Chihuahua', 'mediana', 'gratuito', 'personas_migrantes;explotacion_laboral', 'Tel. oficina 656 000 0021'],
  ['Centro de rehabilitación y atención a adicciones Renacer Juvenil', 'osc', 'alojamiento;atencion_medica;atencion_psicologica', 'municipal', 'Juárez', 'mediana', 'cuota_recuperacion', 'nna_actividades_delictivas;nna', ''],
  ['Asociación de Defensa de Personas Mayores y con Discapacidad del Norte', 'osc', 'asesoria_juridica;trabajo_social', 'municipal', 'Chihuahua', 'mediana', 'gratuito', 'discapacidad_adultos_mayores', 'Tel. oficina 614 000 0023'],
  ['Refugio para mujeres y sus hijas e hijos de la región centro-sur', 'refugio', 'alojamiento;alimentacion;atencion_psicologica;asesoria_juridica;educacion', 'regional', 'Delicias;Hidalgo del Parral;Camargo', 'mediana', 'gratuito', 'mujeres_explotacion_sexual;nna', ''],
];
const organizaciones = O.map(([nombre, tipo, servicios, alcance, municipios, duracion, costo, poblacion_objetivo, contacto_institucional], i) => ({
  id: `CHH-O${String(i + 1).padStart(2, '0')}`, nombre, tipo, servicios, alcance, municipios, duracion, costo, poblacion_objetivo, contacto_institucional,
}));

const R = [
  ['deteccion', 'Incorporar en el protocolo estatal de detección un apartado sobre reclutamiento y utilización de adolescentes por grupos delictivos, para que se analicen como posibles víctimas antes que como responsables.', 'CHH-CONSEJO', 'alta', 'corto'],
  ['deteccion', 'Realizar inspecciones sin aviso previo en campos agrícolas de Delicias, Cuauhtémoc y la región centro-sur durante las temporadas de cosecha, con intérpretes de lenguas indígenas y personal de atención a víctimas.', 'CHH-STPS', 'alta', 'corto'],
  ['deteccion', 'Formar a la policía municipal de Juárez y a orientadores escolares en los indicadores de trata, incluida la distinción entre korima y explotación de personas indígenas.', 'CHH-SSPM-JRZ', 'media', 'mediano'],
  ['valoracion', 'Adoptar una valoración de riesgo específica para adolescentes que salen de grupos delictivos, que considere a la familia y la colonia de residencia.', 'CHH-PPNNA', 'alta', 'corto'],
  ['valoracion', 'Garantizar intérprete de rarámuri y otras lenguas indígenas en todas las entrevistas de identificación, mediante una guardia telefónica coordinada por la COEPI.', 'CHH-COEPI', 'alta', 'mediano'],
  ['valoracion', 'Separar la entrevista de identificación como víctima de las diligencias como imputado en el caso de adolescentes detenidos.', 'CHH-FGE', 'media', 'mediano'],
  ['canalizacion', 'Incluir en la ruta estatal la canalización de personas mexicanas repatriadas con indicios de explotación en el extranjero y de hombres víctimas de explotación laboral.', 'CHH-CONSEJO', 'alta', 'corto'],
  ['canalizacion', 'Establecer acuerdos de canalización con las entidades de origen de personas jornaleras y con organizaciones de El Paso, con enlaces designados.', 'CHH-STPS', 'media', 'mediano'],
  ['atencion_inmediata', 'Habilitar alojamiento de emergencia para hombres víctimas de explotación laboral y para adolescentes en riesgo por su salida de grupos delictivos.', 'CHH-DIF', 'alta', 'mediano'],
  ['atencion_inmediata', 'Cubrir traslados de regreso, alimentos y comunicación con familiares de las personas jornaleras rescatadas desde el primer día.', 'CHH-CEAVE', 'media', 'corto'],
  ['atencion_mediano_plazo', 'Crear un programa de atención psicológica especializada para adolescentes que vivieron violencia extrema en grupos delictivos, con componente de atención a adicciones.', 'CHH-SSA', 'alta', 'mediano'],
  ['atencion_mediano_plazo', 'Ampliar la asesoría jurídica victimal a la vía laboral para que las víctimas de explotación reclamen salarios y prestaciones.', 'CHH-CEAVE', 'media', 'mediano'],
  ['atencion_largo_plazo', 'Impulsar programas de aprendices con empresas de Juárez para jóvenes que salen de grupos delictivos, con tutoría y seguimiento de un año.', 'CHH-STPS', 'media', 'largo'],
  ['atencion_largo_plazo', 'Construir los planes de reintegración de familias rarámuri con las autoridades tradicionales de sus comunidades.', 'CHH-COEPI', 'media', 'largo'],
  ['proteccion', 'Establecer un refugio especializado en trata en Ciudad Juárez en convenio con organizaciones civiles, con espacios para mujeres con hijas e hijos.', 'CHH-CONSEJO', 'alta', 'largo'],
  ['proteccion', 'Prever recursos para la reubicación de familias de adolescentes en riesgo y coordinar con el mecanismo federal de protección.', 'CHH-FGE', 'alta', 'mediano'],
  ['situacion_migratoria', 'Otorgar la condición de visitante por razones humanitarias a víctimas extranjeras en Ciudad Juárez con la constancia de la fiscalía y en una sola visita.', 'INM', 'media', 'corto'],
  ['situacion_migratoria', 'Expedir en el punto de repatriación actas de nacimiento e identificaciones a personas mexicanas repatriadas que son víctimas.', 'CHH-DDH-JRZ', 'media', 'corto'],
  ['retorno', 'Verificar la idoneidad de familiares antes de entregar a niñas y niños repatriados con indicios de trata y solicitar estudio familiar al DIF de origen.', 'CHH-DIF', 'alta', 'corto'],
  ['retorno', 'Incorporar una valoración de riesgo de la colonia o comunidad de origen antes del retorno de adolescentes y de personas jornaleras.', 'CHH-PPNNA', 'media', 'mediano'],
  ['acceso_justicia', 'Investigar por trata, en la modalidad de utilización de menores en actividades delictivas, a quienes reclutan adolescentes, en lugar de procesar solo a los adolescentes.', 'CHH-UIDT', 'alta', 'corto'],
  ['acceso_justicia', 'Conformar equipos conjuntos de fiscalía e inspección laboral para que las actas de inspección sirvan como prueba en casos de explotación laboral.', 'CHH-UIDT', 'media', 'mediano'],
  ['reparacion', 'Aceptar constancias de autoridades tradicionales como documento de identificación para inscribir a víctimas indígenas en el registro estatal.', 'CHH-CEAVE', 'media', 'corto'],
  ['reparacion', 'Crear un padrón de contratistas agrícolas autorizados y vincular su registro con el cumplimiento de reparaciones como garantía de no repetición.', 'CHH-STPS', 'media', 'largo'],
  ['reparacion', 'Dar seguimiento a la reparación integral de adolescentes reclutados, con medidas de rehabilitación educativa y psicológica.', 'CHH-CEDH', 'baja', 'largo'],
];
const recomendaciones = R.map(([etapa, texto, institucion_id, prioridad, plazo], i) => ({ id: `CHH-R${String(i + 1).padStart(2, '0')}`, etapa, texto, institucion_id, prioridad, plazo }));

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
