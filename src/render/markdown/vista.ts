/**
 * The templates' view of the analysis: the `Analysis` (src/analyse/types.ts) with Spanish
 * field names, as the analysts who edit `templates/` read and write them
 * (`analisis.entrevistas.total`, `analisis.cobertura.herramientas.fecha_corte`).
 *
 * The interfaces below are the contract of every template. Their doc comments are written in
 * Spanish on purpose: `npm run docs:plantillas` (tools/docs-plantillas.ts) turns them into the
 * analysts' field reference, docs/plantillas-campos.md, and a test fails when that file is stale
 * or when a field of the view has no doc comment. Layout rules the generator relies on: one
 * `export interface` per shape, each field on one line preceded by its `/** … *\/` comment.
 *
 * Naming conventions (also stated in the generated reference):
 * - snake_case Spanish names; lists of counts by a category are `por_<categoría>`;
 * - a vocabulary key and its printed name: `sector` / `sector_nombre` (`clave` / `nombre` in rows);
 * - a number and its es-MX text: `n` / `n_texto`, `pct` / `pct_texto`;
 * - dates: `fecha_…` is the text to print ("24 de noviembre de 2026"), `fecha_…_iso` the ISO date;
 * - no field that prints a value is named like a helper (`{{numero}}` would call the helper),
 *   hence `nombre` (not `etiqueta`), `num`, `fecha_documento`, `titulo_corto`;
 * - victim counts are always `Conteo`s (small-cell suppression): print them with {{conteo …}}.
 *
 * The view is a pure mapping: no figure is computed here (the analysis does that), so the
 * reports are byte-identical to what the English paths produced.
 */
import type { FlowchartFigure, FlowchartSummary } from '../../flowcharts/docx.js';
import type {
  Analysis, BoolMatrix, Category, ChapterBundle, ChartSeries, ChartSpec, CodeFinding, CodePicture, CountMatrix, CountRow, Excerpt,
  Headline, InstitutionCount, InstitutionRef, InstrumentItem, OrganisationItem, ProfileCoverage, RecommendationGroup,
  RecommendationItem, StageBundle, StageCoverage, SuppressedCount, SuppressedRow, SuppressedTable, ToolItem,
} from '../../analyse/types.js';
import { Conteo } from './conteo.js';

// ---------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------

/** Una categoría de una tabla de frecuencias (por sector, por municipio, por tipo…). */
export interface FilaConteo {
  /** Clave del vocabulario, id o el propio valor (p. ej., el nombre de un municipio). */
  clave: string;
  /** Nombre de la categoría tal como se imprime. */
  nombre: string;
  /** Número de casos de la categoría. */
  n: number;
  /** `n` con formato es-MX («1,234»). */
  n_texto: string;
  /** Porcentaje sobre el total de la tabla, de 0 a 100 (0 si el total es 0). */
  pct: number;
  /** Porcentaje con formato («12.5 %»; «—» si el total es 0 o el conteo está oculto). */
  pct_texto: string;
  /**
   * Verdadero si el conteo se oculta para proteger a las personas entrevistadas
   * (`proyecto.yaml` → `privacidad.entrevistas`): imprima `n_texto` («menos de 3», «3 o más»), nunca `n`.
   */
  suprimido: boolean;
}

/** Encabezado de una fila o columna de una matriz. */
export interface Categoria {
  /** Clave del vocabulario o id. */
  clave: string;
  /** Nombre que se imprime. */
  nombre: string;
}

/** Matriz de conteos (filas × columnas), para {{tabla_matriz …}}. */
export interface MatrizConteo {
  /** Encabezados de las columnas. */
  columnas: Categoria[];
  /** Filas con sus valores. */
  filas: FilaMatrizConteo[];
  /** Total de cada columna, en el orden de `columnas`. */
  totales_columna: number[];
  /** Total de la matriz. */
  total: number;
}

/** Una fila de una `MatrizConteo`. */
export interface FilaMatrizConteo {
  /** Clave de la fila. */
  clave: string;
  /** Nombre de la fila. */
  nombre: string;
  /** Conteo de cada columna (`valores[j]` corresponde a `columnas[j]`). */
  valores: number[];
  /** Total de la fila. */
  total: number;
  /** Porcentaje de cada columna sobre el total de la fila (0–100). */
  pct_fila: number[];
  /** `pct_fila` con formato («12.5 %»); `valores="pct_fila_texto"` en {{tabla_matriz}}. */
  pct_fila_texto: string[];
  /** Porcentaje de cada columna sobre el total de la matriz (0–100). */
  pct_total: number[];
  /** `pct_total` con formato («12.5 %»). */
  pct_total_texto: string[];
}

/** Matriz de sí/no (p. ej., instrumento × etapa); {{tabla_matriz}} marca con «X» los sí. */
export interface MatrizSiNo {
  /** Encabezados de las columnas. */
  columnas: Categoria[];
  /** Filas con sus valores. */
  filas: FilaMatrizSiNo[];
  /** Cuántas filas tienen «sí» en cada columna. */
  totales_columna: number[];
}

/** Una fila de una `MatrizSiNo`. */
export interface FilaMatrizSiNo {
  /** Clave o id de la fila. */
  clave: string;
  /** Nombre de la fila. */
  nombre: string;
  /** Sí/no de cada columna. */
  valores: boolean[];
  /** Cuántas columnas tienen «sí» en esta fila. */
  total: number;
}

/**
 * Conteo de víctimas tras la supresión de celdas pequeñas. Su valor nunca llega a la
 * plantilla: se imprime con {{conteo x}} (o {{plural x "víctima" "víctimas"}}).
 */
export interface ConteoVictimas {
  /** Lo que se imprime: la cifra con formato, o «<5» / «C» cuando se suprime. */
  texto: string;
  /** Verdadero cuando la cifra se suprimió. */
  suprimido: boolean;
}

/** Una categoría de una tabla de víctimas (por año, sexo o grupo de edad). */
export interface FilaSuprimida {
  /** Clave de la categoría (el año, la clave del sexo…). */
  clave: string;
  /** Nombre de la categoría. */
  nombre: string;
  /** Víctimas de la categoría (con supresión). */
  conteo: ConteoVictimas;
}

/** Tabla de víctimas de doble entrada con supresión primaria y secundaria. */
export interface TablaSuprimida {
  /** Encabezados de las filas (p. ej., años). */
  filas: Categoria[];
  /** Encabezados de las columnas (p. ej., sexos). */
  columnas: Categoria[];
  /** `celdas[i][j]`: víctimas de `filas[i]` × `columnas[j]`. */
  celdas: ConteoVictimas[][];
  /** Total de cada fila. */
  totales_fila: ConteoVictimas[];
  /** Total de cada columna. */
  totales_columna: ConteoVictimas[];
  /** Total de la tabla. */
  total: ConteoVictimas;
}

// ---------------------------------------------------------------------------
// General data, cut dates
// ---------------------------------------------------------------------------

/** Datos generales del documento (estado.yaml y proyecto.yaml). */
export interface DatosGenerales {
  /** Identificador del estado (nombre de su carpeta en data/). */
  slug: string;
  /** Nombre del estado (estado.yaml → `nombre`). */
  estado: string;
  /** Clave INEGI del estado. */
  clave_inegi: number;
  /** Comisión o consejo interinstitucional del estado. */
  cie: DatosCie;
  /** Fecha del documento como texto («24 de noviembre de 2026»). */
  fecha_documento: string;
  /** Fecha del documento (AAAA-MM-DD). */
  fecha_documento_iso: string;
  /** Versión del documento. */
  version: string;
  /** `borrador` o `final`. */
  estatus: 'borrador' | 'final';
  /** Verdadero cuando el estado usa datos de muestra (estado.yaml → `datos_de_muestra`). */
  datos_muestra: boolean;
  /** Umbral de supresión de cifras pequeñas (proyecto.yaml → `privacidad.umbral_supresion`). */
  umbral_supresion: number;
}

/** La comisión o consejo interinstitucional (CIE) del estado. */
export interface DatosCie {
  /** Nombre completo. */
  nombre: string;
  /** Siglas, si se declararon (opcional: léalas con (opcional analisis.general.cie "siglas")). */
  siglas?: string;
  /** Las siglas cuando existen; si no, el nombre completo. */
  nombre_corto: string;
}

/** Fechas de corte de cada fuente. */
export interface Cortes {
  /** Corte de las entrevistas. */
  entrevistas: FechaCorte;
  /** Corte de las estadísticas oficiales. */
  estadisticas: FechaCorte;
  /** Corte de la revisión del marco normativo. */
  marco_normativo: FechaCorte;
  /** Corte de la revisión de herramientas oficiales. */
  herramientas: FechaCorte;
  /** Corte del mapeo de organizaciones. */
  organizaciones: FechaCorte;
}

/** Una fecha de corte; ambos campos faltan si la fuente no la declara. */
export interface FechaCorte {
  /** La fecha como texto («24 de noviembre de 2026»). */
  texto?: string;
  /** La fecha AAAA-MM-DD. */
  iso?: string;
}

// ---------------------------------------------------------------------------
// Interviews
// ---------------------------------------------------------------------------

/** Las entrevistas del trabajo de campo (capítulo «metodologia»). */
export interface Entrevistas {
  /** Número de entrevistas. */
  total: number;
  /** Número de instituciones distintas entrevistadas. */
  instituciones: number;
  /** Entrevistas por sector. */
  por_sector: FilaConteo[];
  /** Instituciones entrevistadas (sin conteos, en orden alfabético, salvo que `instituciones_con_conteo`). */
  por_institucion: InstitucionEntrevistada[];
  /** Verdadero si se publica el número de entrevistas de cada institución (`privacidad.entrevistas.instituciones_con_conteo`). */
  instituciones_con_conteo: boolean;
  /** Verdadero si las citas llevan el número de la entrevista (`privacidad.entrevistas.numerar_citas`). */
  citas_numeradas: boolean;
  /** Entrevistas que debe tener un sector para que una cita lo nombre (`privacidad.entrevistas.umbral_sector`). */
  umbral_sector: number;
  /** Conteos de entrevistas menores que este número se imprimen «menos de N» (`privacidad.entrevistas.umbral_conteo`). */
  umbral_conteo: number;
  /** Entrevistas por modalidad (presencial, virtual), en el orden del vocabulario. */
  por_modalidad: FilaConteo[];
  /** Entrevistas por municipio. */
  por_municipio: FilaConteo[];
  /** Entrevistas con consentimiento para citar (consentimiento_cita = sí). */
  con_consentimiento_cita: number;
  /** Porcentaje de entrevistas con consentimiento para citar («75.0 %»). */
  con_consentimiento_cita_pct_texto: string;
  /** Entrevistas con consentimiento para grabar. */
  con_consentimiento_grabacion: number;
  /** Periodo de trabajo de campo declarado en estado.yaml (`periodo_campo`). */
  periodo: Periodo;
  /** Fecha de la primera entrevista registrada (AAAA-MM-DD; falta si no hay entrevistas). */
  primera_fecha_iso?: string;
  /** Fecha de la última entrevista registrada (AAAA-MM-DD; falta si no hay entrevistas). */
  ultima_fecha_iso?: string;
  /** Fecha de corte de las entrevistas, como texto. */
  fecha_corte: string;
  /** Fecha de corte de las entrevistas (AAAA-MM-DD). */
  fecha_corte_iso: string;
}

/** Un periodo con inicio y fin. */
export interface Periodo {
  /** Inicio, como texto. */
  inicio: string;
  /** Fin, como texto. */
  fin: string;
  /** Inicio (AAAA-MM-DD). */
  inicio_iso: string;
  /** Fin (AAAA-MM-DD). */
  fin_iso: string;
  /** El periodo completo como texto («entre el 3 y el 28 de febrero de 2026»). */
  texto: string;
}

/** Una institución entrevistada, con su número de entrevistas. */
export interface InstitucionEntrevistada {
  /** Id de la institución (instituciones.csv). */
  id: string;
  /** Nombre de la institución. */
  nombre: string;
  /** Siglas, si existen (opcional). */
  siglas?: string;
  /** Las siglas cuando existen; si no, el nombre. */
  nombre_corto: string;
  /** Clave del sector. */
  sector: string;
  /** Nombre del sector. */
  sector_nombre: string;
  /** Entrevistas realizadas con la institución (no lo imprima: imprima `n_texto`). */
  n: number;
  /** `n` con formato, «menos de 3», «3 o más», o vacío si no se publican conteos por institución. */
  n_texto: string;
  /** Verdadero si `n_texto` no es el número exacto. */
  suprimido: boolean;
}

// ---------------------------------------------------------------------------
// Coded fragments (findings)
// ---------------------------------------------------------------------------

/** Los fragmentos codificados de las entrevistas (hallazgos). */
export interface Fragmentos {
  /** Número de fragmentos codificados. */
  total: number;
  /** Máximo de citas que se conservan por código y por etapa. */
  limite_citas: number;
  /** Máximo de códigos en cada lista de «principales». */
  limite_principales: number;
  /** Etapa (todas) × tipo de hallazgo. */
  etapa_por_tipo: MatrizConteo;
  /** Fragmentos por tipo de hallazgo (barrera, reto, avance, buena práctica), con ceros. */
  por_tipo: FilaConteo[];
  /** Perfil de víctima (solo los que aparecen) × etapa; excluye fragmentos sin perfil. */
  perfil_por_etapa: MatrizConteo;
  /** Fragmentos con perfil, por perfil de víctima. */
  por_perfil: FilaConteo[];
  /** Barreras más mencionadas (todas las etapas). */
  principales_barreras: Hallazgo[];
  /** Retos más mencionados. */
  principales_retos: Hallazgo[];
  /** Avances más mencionados. */
  principales_avances: Hallazgo[];
  /** Buenas prácticas más mencionadas. */
  principales_buenas_practicas: Hallazgo[];
  /** Fragmentos de entrevistas sin consentimiento para citar (se cuentan; su texto nunca se publica). */
  no_citables: number;
}

/** Un código (barrera, reto, avance…) con sus menciones y citas de ejemplo. */
export interface Hallazgo {
  /** Código del libro de códigos. */
  codigo: string;
  /** Nombre del código (libro-codigos.csv); el código mismo si falta. */
  nombre: string;
  /** Descripción del código (opcional: (opcional this "descripcion")). */
  descripcion?: string;
  /** Fragmentos codificados con él (en la etapa o en total). */
  n: number;
  /** `n` con formato. */
  n_texto: string;
  /** Número de entrevistas distintas en que aparece. */
  entrevistas: number;
  /** Citas con consentimiento (hasta `limite_citas`). */
  citas: Cita[];
  /** Fragmentos del código en entrevistas sin consentimiento para citar: se cuentan, no se muestran. */
  no_citables: number;
}

/** Un código de una etapa, una sola vez, con su balance entre tipos de hallazgo. */
export interface CodigoEtapa {
  /** Código del libro de códigos. */
  codigo: string;
  /** Nombre del código. */
  nombre: string;
  /** Descripción del código (opcional). */
  descripcion?: string;
  /** Fragmentos del código en la etapa, de todos los tipos. */
  n: number;
  /** `n` con formato. */
  n_texto: string;
  /** Entrevistas distintas en que aparece. */
  entrevistas: number;
  /** Tipos de hallazgo con que se codificó: el de más entrevistas primero. */
  por_tipo: TipoCodigo[];
  /** Clave del tipo de hallazgo principal (el primero de `por_tipo`). */
  tipo_principal: string;
  /** `dificultad` si pesa más como barrera o reto; `fortaleza` si como avance o buena práctica. */
  lado: 'dificultad' | 'fortaleza';
  /** Verdadero si se señaló a la vez como dificultad y como fortaleza (evidencia mixta). */
  mixto: boolean;
  /** Verdadero en la primera etapa del mecanismo en que aparece el código: su definición se da entonces y no se repite en las siguientes. */
  primera_mencion: boolean;
  /** El balance en una frase: «se señaló como barrera en 5 entrevistas y como avance en 3». */
  balance: string;
  /** Citas con consentimiento del código en la etapa. */
  citas: Cita[];
  /** Fragmentos sin consentimiento para citar: se cuentan, no se muestran. */
  no_citables: number;
}

/** Un tipo de hallazgo de un código en una etapa. */
export interface TipoCodigo {
  /** Clave del tipo de hallazgo (vocabulario «valencia»). */
  tipo: string;
  /** Nombre en minúsculas para la prosa («barrera», «buena práctica»). */
  nombre: string;
  /** Fragmentos. */
  n: number;
  /** Entrevistas distintas. */
  entrevistas: number;
}

/** Una cita anonimizada, solo de entrevistas con consentimiento para citar; se imprime con {{cita …}}. */
export interface Cita {
  /** Id del fragmento. */
  id_fragmento: string;
  /** Texto de la cita. */
  texto: string;
  /** Clave de la etapa. */
  etapa: string;
  /** Clave del tipo de hallazgo (vocabulario «valencia»). */
  tipo: string;
  /** Código del libro de códigos. */
  codigo: string;
  /** Clave del perfil de víctima (opcional). */
  perfil?: string;
  /** Atribución anonimizada («Persona entrevistada, Gobierno estatal (entrevista 3)»): sin nombres ni cargos. */
  atribucion: string;
  /** Clave del sector de la institución. */
  sector: string;
  /** Nombre del sector de la institución. */
  sector_nombre: string;
  /** Número ordinal de la entrevista (por fecha); nunca su id. */
  numero_entrevista: number;
}

// ---------------------------------------------------------------------------
// Coverage
// ---------------------------------------------------------------------------

/** Marco normativo, herramientas oficiales y perfiles de víctimas. */
export interface Cobertura {
  /** Instrumentos del marco normativo. */
  normativa: CoberturaNormativa;
  /** Herramientas oficiales (protocolos, formatos, rutas). */
  herramientas: CoberturaHerramientas;
  /** Cruce de perfiles de víctimas y etapas. */
  perfiles: CoberturaPerfiles;
}

/** El marco normativo revisado. */
export interface CoberturaNormativa {
  /** Número de instrumentos. */
  total: number;
  /** Instrumentos vigentes. */
  vigentes: number;
  /** Fecha de corte, como texto. */
  fecha_corte: string;
  /** Fecha de corte (AAAA-MM-DD). */
  fecha_corte_iso: string;
  /** Instrumentos por ámbito (internacional → municipal), fecha y nombre. */
  lista: Instrumento[];
  /** Instrumento × etapa (filas en el orden de `lista`). */
  matriz: MatrizSiNo;
  /** Instrumentos por ámbito, con ceros. */
  por_ambito: FilaConteo[];
  /** Instrumentos por tipo. */
  por_tipo: FilaConteo[];
  /** Instrumentos que regulan cada etapa (todas las etapas). */
  por_etapa: CoberturaEtapa[];
  /** Etapas que ningún instrumento regula. */
  etapas_sin_cobertura: Categoria[];
  /** Ámbito × etapa. */
  ambito_por_etapa: MatrizConteo;
}

/** Un instrumento normativo. */
export interface Instrumento {
  /** Id del instrumento. */
  id: string;
  /** Nombre. */
  nombre: string;
  /** Clave del ámbito (internacional, federal, estatal, municipal). */
  ambito: string;
  /** Nombre del ámbito. */
  ambito_nombre: string;
  /** Clave del tipo de instrumento. */
  tipo: string;
  /** Nombre del tipo de instrumento. */
  tipo_nombre: string;
  /** Fecha de publicación, como texto. */
  fecha_publicacion: string;
  /** Fecha de publicación (AAAA-MM-DD). */
  fecha_publicacion_iso: string;
  /** Quién lo emite. */
  emisor: string;
  /** Claves de las etapas que regula. */
  etapas: string[];
  /** Nombres de las etapas que regula. */
  etapas_nombres: string[];
  /** Claves de los perfiles de víctimas que nombra. */
  perfiles: string[];
  /** Nombres de los perfiles que nombra. */
  perfiles_nombres: string[];
  /** Artículos aplicables (opcional). */
  articulos?: string;
  /** Clave del estatus (vigente…). */
  estatus: string;
  /** Nombre del estatus. */
  estatus_nombre: string;
}

/** Las herramientas oficiales revisadas. */
export interface CoberturaHerramientas {
  /** Número de herramientas. */
  total: number;
  /** Herramientas publicadas. */
  publicadas: number;
  /** Herramientas por uso (sí, parcial, no). */
  por_uso: FilaConteo[];
  /** Fecha de corte, como texto (opcional: (opcional analisis.cobertura.herramientas "fecha_corte")). */
  fecha_corte?: string;
  /** Fecha de corte (AAAA-MM-DD; opcional). */
  fecha_corte_iso?: string;
  /** Herramientas por primera etapa y nombre. */
  lista: Herramienta[];
  /** Herramienta × etapa. */
  matriz: MatrizSiNo;
  /** Herramientas de cada etapa (todas las etapas). */
  por_etapa: CoberturaEtapa[];
  /** Etapas sin herramienta. */
  etapas_sin_cobertura: Categoria[];
  /** Herramientas que nombran cada perfil de víctima. */
  por_perfil: FilaConteo[];
  /** Herramientas que no nombran ningún perfil (generales). */
  generales: number;
}

/** Una herramienta oficial (protocolo, cédula, formato, ruta). */
export interface Herramienta {
  /** Id de la herramienta. */
  id: string;
  /** Nombre. */
  nombre: string;
  /** Id de la institución responsable. */
  institucion_id: string;
  /** Nombre de la institución responsable. */
  institucion: string;
  /** Siglas (o nombre) de la institución responsable. */
  institucion_corta: string;
  /** Claves de las etapas que cubre. */
  etapas: string[];
  /** Nombres de las etapas que cubre. */
  etapas_nombres: string[];
  /** Claves de los perfiles que nombra. */
  perfiles: string[];
  /** Nombres de los perfiles que nombra. */
  perfiles_nombres: string[];
  /** Verdadero si está publicada. */
  publicada: boolean;
  /** «Sí» o «No». */
  publicada_texto: string;
  /** Uso: `si`, `parcial` o `no`. */
  en_uso: 'si' | 'parcial' | 'no';
  /** Nombre del uso («Sí», «Parcial», «No»). */
  en_uso_nombre: string;
  /** Fecha de la herramienta (AAAA-MM-DD; opcional). */
  fecha_iso?: string;
}

/** Cuántos instrumentos o herramientas cubren una etapa. */
export interface CoberturaEtapa {
  /** Clave de la etapa. */
  etapa: string;
  /** Nombre de la etapa. */
  nombre: string;
  /** Número de instrumentos o herramientas. */
  n: number;
  /** Sus nombres. */
  nombres: string[];
}

/** Perfil de víctima × etapa. */
export interface CoberturaPerfiles {
  /** Todos los perfiles. */
  filas: Categoria[];
  /** Todas las etapas. */
  columnas: Categoria[];
  /** `celdas[i][j]`: cobertura del perfil `filas[i]` en la etapa `columnas[j]`. */
  celdas: CeldaCoberturaPerfil[][];
  /** Combinaciones de perfil y etapa sin instrumento ni herramienta específicos del perfil. */
  sin_cobertura_especifica: number;
}

/** Cobertura de un perfil en una etapa. */
export interface CeldaCoberturaPerfil {
  /** Instrumentos de la etapa que nombran el perfil o ninguno (generales). */
  instrumentos: number;
  /** De ellos, los que nombran el perfil. */
  instrumentos_especificos: number;
  /** Herramientas de la etapa que nombran el perfil o ninguno. */
  herramientas: number;
  /** De ellas, las que nombran el perfil. */
  herramientas_especificas: number;
  /** Verdadero si hay al menos un instrumento o herramienta. */
  cubierta: boolean;
}

// ---------------------------------------------------------------------------
// Official statistics
// ---------------------------------------------------------------------------

/** Estadísticas oficiales de víctimas (SESNSP, fuero común): todas las cifras con supresión. */
export interface Estadisticas {
  /** Verdadero si hay datos del estado. */
  hay_datos: boolean;
  /** Nombre de la fuente. */
  fuente: string;
  /** Archivo de la fuente. */
  archivo: string;
  /** Fecha de corte, como texto. */
  fecha_corte: string;
  /** Fecha de corte (AAAA-MM-DD). */
  fecha_corte_iso: string;
  /** Umbral de supresión. */
  umbral: number;
  /** Años con datos. */
  anios: number[];
  /** Primer año (opcional). */
  primer_anio?: number;
  /** Último año (opcional). */
  ultimo_anio?: number;
  /** Periodo como texto («2015–2025»); vacío sin datos. */
  periodo: string;
  /** Víctimas en el periodo. */
  total: ConteoVictimas;
  /** Víctimas por año. */
  por_anio: FilaSuprimida[];
  /** Víctimas por sexo. */
  por_sexo: FilaSuprimida[];
  /** Víctimas por grupo de edad. */
  por_grupo_edad: FilaSuprimida[];
  /** Año × sexo. */
  anio_por_sexo: TablaSuprimida;
  /** Año × grupo de edad. */
  anio_por_grupo_edad: TablaSuprimida;
  /** Verdadero si alguna cifra publicada se suprimió (imprima `nota`). */
  hay_suprimidos: boolean;
  /** Nota para tablas con cifras suprimidas. */
  nota: string;
  /** Nota breve para gráficas. */
  nota_grafica: string;
}

// ---------------------------------------------------------------------------
// Organisations
// ---------------------------------------------------------------------------

/** El mapeo de organizaciones que brindan servicios a víctimas. */
export interface Organizaciones {
  /** Número de organizaciones. */
  total: number;
  /** Fecha de corte, como texto (opcional). */
  fecha_corte?: string;
  /** Fecha de corte (AAAA-MM-DD; opcional). */
  fecha_corte_iso?: string;
  /** Por tipo de organización. */
  por_tipo: FilaConteo[];
  /** Por servicio (una organización cuenta una vez por servicio). */
  por_servicio: FilaConteo[];
  /** Por población objetivo. */
  por_poblacion: FilaConteo[];
  /** Por alcance territorial. */
  por_alcance: FilaConteo[];
  /** Por costo. */
  por_costo: FilaConteo[];
  /** Por duración de la atención. */
  por_duracion: FilaConteo[];
  /** Las organizaciones, por nombre. */
  lista: Organizacion[];
}

/** Una organización del mapeo. */
export interface Organizacion {
  /** Id. */
  id: string;
  /** Nombre. */
  nombre: string;
  /** Clave del tipo. */
  tipo: string;
  /** Nombre del tipo. */
  tipo_nombre: string;
  /** Claves de los servicios. */
  servicios: string[];
  /** Nombres de los servicios. */
  servicios_nombres: string[];
  /** Servicios como texto («a, b y c»). */
  servicios_texto: string;
  /** Clave del alcance. */
  alcance: string;
  /** Nombre del alcance. */
  alcance_nombre: string;
  /** Municipios donde trabaja. */
  municipios: string[];
  /** Municipios como texto. */
  municipios_texto: string;
  /** Clave de la duración. */
  duracion: string;
  /** Nombre de la duración. */
  duracion_nombre: string;
  /** Clave del costo. */
  costo: string;
  /** Nombre del costo. */
  costo_nombre: string;
  /** Claves de los perfiles que atiende. */
  poblacion: string[];
  /** Nombres de los perfiles que atiende. */
  poblacion_nombres: string[];
  /** Población objetivo como texto. */
  poblacion_texto: string;
  /** Contacto institucional público (opcional). */
  contacto?: string;
}

// ---------------------------------------------------------------------------
// Recommendations
// ---------------------------------------------------------------------------

/** Las recomendaciones del diagnóstico. */
export interface Recomendaciones {
  /** Número de recomendaciones. */
  total: number;
  /** Por etapa, prioridad (alta primero), plazo e id. */
  lista: Recomendacion[];
  /** Etapas con al menos una recomendación. */
  por_etapa: GrupoRecomendaciones[];
  /** Por institución responsable (más recomendaciones primero). */
  por_institucion: GrupoRecomendaciones[];
  /** Por prioridad (alta, media, baja), con ceros. */
  por_prioridad: FilaConteo[];
  /** Por plazo (corto, mediano, largo), con ceros. */
  por_plazo: FilaConteo[];
  /** Prioridad × etapa. */
  prioridad_por_etapa: MatrizConteo;
  /** Prioridad × plazo. */
  prioridad_por_plazo: MatrizConteo;
}

/** Una recomendación. */
export interface Recomendacion {
  /** Id. */
  id: string;
  /** Número en el orden de `lista` (se imprime «R{{num}}»: «R1», «R2»…). */
  num: number;
  /** Clave de la etapa. */
  etapa: string;
  /** Nombre de la etapa. */
  etapa_nombre: string;
  /** Texto de la recomendación. */
  texto: string;
  /** Id de la institución responsable. */
  institucion_id: string;
  /** Nombre de la institución responsable. */
  institucion: string;
  /** Siglas (o nombre) de la institución responsable. */
  institucion_corta: string;
  /** `alta`, `media` o `baja`. */
  prioridad: 'alta' | 'media' | 'baja';
  /** Nombre de la prioridad. */
  prioridad_nombre: string;
  /** `corto`, `mediano` o `largo`. */
  plazo: 'corto' | 'mediano' | 'largo';
  /** Nombre del plazo («Corto plazo»…). */
  plazo_nombre: string;
}

/** Recomendaciones agrupadas (por etapa o por institución). */
export interface GrupoRecomendaciones {
  /** Clave del grupo (etapa o id de institución). */
  clave: string;
  /** Nombre del grupo. */
  nombre: string;
  /** Número de recomendaciones. */
  n: number;
  /** Las recomendaciones del grupo. */
  recomendaciones: Recomendacion[];
}

// ---------------------------------------------------------------------------
// Stages and chapters
// ---------------------------------------------------------------------------

/** Una institución del mapeo institucional. */
export interface Institucion {
  /** Id (instituciones.csv). */
  id: string;
  /** Nombre. */
  nombre: string;
  /** Siglas (opcional). */
  siglas?: string;
  /** Las siglas cuando existen; si no, el nombre. */
  nombre_corto: string;
  /** Clave del ámbito (federal, estatal, municipal). */
  ambito: string;
  /** Nombre del ámbito. */
  ambito_nombre: string;
  /** Clave del sector. */
  sector: string;
  /** Nombre del sector. */
  sector_nombre: string;
}

/** Todo lo que un capítulo de etapa imprime sobre una etapa del mecanismo. */
export interface Etapa {
  /** Clave de la etapa (deteccion, valoracion…). */
  etapa: string;
  /** Lugar de la etapa en el mecanismo (1 = detección); sirve a {{variante e.orden …}}. */
  orden: number;
  /** Nombre de la etapa. */
  nombre: string;
  /** Fragmentos codificados de la etapa. */
  fragmentos: number;
  /** Fragmentos por tipo de hallazgo, con ceros. */
  por_tipo: FilaConteo[];
  /** Barreras de la etapa. */
  barreras: Hallazgo[];
  /** Retos de la etapa. */
  retos: Hallazgo[];
  /** Avances de la etapa. */
  avances: Hallazgo[];
  /** Buenas prácticas de la etapa. */
  buenas_practicas: Hallazgo[];
  /** Cada código de la etapa una sola vez, con su balance (más fragmentos primero); filtre con (filtrar e.codigos "lado" "dificultad"). */
  codigos: CodigoEtapa[];
  /** Los `codigos` que pesan más como barrera o reto. */
  codigos_dificultad: CodigoEtapa[];
  /** Los `codigos` que pesan más como avance o buena práctica. */
  codigos_fortaleza: CodigoEtapa[];
  /** Los `codigos_dificultad` que también se señalaron como avance o buena práctica (evidencia mixta). */
  codigos_dificultad_mixtos: CodigoEtapa[];
  /** Citas con consentimiento de la etapa (barreras primero). */
  citas: Cita[];
  /** Fragmentos de la etapa sin consentimiento para citar. */
  no_citables: number;
  /** Fragmentos de la etapa por perfil de víctima. */
  por_perfil: FilaConteo[];
  /** Instrumentos normativos que la regulan. */
  instrumentos: Instrumento[];
  /** Herramientas oficiales de la etapa. */
  herramientas: Herramienta[];
  /** Las herramientas de la etapa que no aparecen en una etapa anterior del mecanismo (se describen aquí). */
  herramientas_nuevas: Herramienta[];
  /** Las herramientas de la etapa ya descritas en una etapa anterior del mecanismo (basta nombrarlas). */
  herramientas_descritas: Herramienta[];
  /** Fragmentos de la etapa clasificados como avance o buena práctica. */
  fragmentos_fortaleza: number;
  /** Recomendaciones de la etapa. */
  recomendaciones: Recomendacion[];
  /** Instituciones que intervienen en la etapa. */
  instituciones: Institucion[];
  /** Verdadero cuando no hay nada de la etapa (ni fragmentos, ni instrumentos, ni herramientas, ni recomendaciones). */
  vacia: boolean;
}

/** Un capítulo de etapas (detección, valoración…): el `bloque` de su plantilla. */
export interface Capitulo {
  /** Nombre del capítulo. */
  nombre: string;
  /** Las etapas que abarca. */
  etapas: Etapa[];
  /** Fragmentos codificados de sus etapas. */
  fragmentos: number;
  /** Fragmentos por tipo de hallazgo. */
  por_tipo: FilaConteo[];
  /** Número de recomendaciones de sus etapas. */
  recomendaciones: number;
}

// ---------------------------------------------------------------------------
// Executive summary
// ---------------------------------------------------------------------------

/** Cifras del resumen ejecutivo. */
export interface Resumen {
  /** Entrevistas. */
  entrevistas: number;
  /** Instituciones entrevistadas. */
  instituciones: number;
  /** Sectores entrevistados. */
  sectores: number;
  /** Municipios de las entrevistas. */
  municipios: number;
  /** Fragmentos codificados. */
  fragmentos: number;
  /** Fragmentos de barreras. */
  barreras: number;
  /** Fragmentos de retos. */
  retos: number;
  /** Fragmentos de avances. */
  avances: number;
  /** Fragmentos de buenas prácticas. */
  buenas_practicas: number;
  /** Instrumentos normativos. */
  instrumentos: number;
  /** Herramientas oficiales. */
  herramientas: number;
  /** Herramientas publicadas. */
  herramientas_publicadas: number;
  /** Organizaciones. */
  organizaciones: number;
  /** Recomendaciones. */
  recomendaciones: number;
  /** Recomendaciones de prioridad alta. */
  recomendaciones_prioridad_alta: number;
  /** Etapa con más fragmentos de barreras (opcional: falta sin fragmentos). */
  etapa_mas_barreras?: EtapaMasBarreras;
  /** Las tres barreras más mencionadas. */
  principales_barreras: Hallazgo[];
  /** Nombres de las etapas sin instrumento normativo. */
  etapas_sin_instrumento: string[];
  /** Víctimas en el periodo de las estadísticas. */
  victimas_total: ConteoVictimas;
  /** Periodo de las estadísticas como texto. */
  victimas_periodo: string;
  /** Último año con datos y sus víctimas (opcional). */
  victimas_ultimo_anio?: VictimasAnio;
  /** Oraciones listas para el resumen y la presentación. */
  puntos: string[];
}

/** La etapa con más barreras. */
export interface EtapaMasBarreras {
  /** Clave de la etapa. */
  etapa: string;
  /** Nombre de la etapa. */
  nombre: string;
  /** Fragmentos de barreras. */
  n: number;
}

/** Las víctimas de un año. */
export interface VictimasAnio {
  /** El año. */
  anio: number;
  /** Víctimas del año. */
  conteo: ConteoVictimas;
}

// ---------------------------------------------------------------------------
// Charts
// ---------------------------------------------------------------------------

/** Una gráfica; se imprime con {{grafica "id"}}. */
export interface Grafica {
  /** Identificador (`grafica:<id>`, `{#fig:<id>}`). */
  id: string;
  /** Tipo de gráfica (bar, horizontalBar, stackedBar, stackedHorizontalBar, line, doughnut). */
  tipo: string;
  /** Título breve (el de la diapositiva). */
  titulo_corto: string;
  /** Pie de figura, sin «Figura N.». */
  leyenda: string;
  /** Texto alternativo que describe los datos. */
  texto_alternativo: string;
  /** Línea de fuente completa («Fuente: elaboración propia con base en …»). */
  fuente: string;
  /** Etiquetas de las categorías. */
  etiquetas: string[];
  /** Series de datos. */
  series: SerieGrafica[];
  /** Nota bajo la figura (opcional). */
  nota?: string;
  /** Título del eje de categorías (opcional). */
  titulo_eje_x?: string;
  /** Título del eje de valores (opcional). */
  titulo_eje_y?: string;
  /** Capítulo que muestra la figura (opcional). */
  capitulo?: string;
  /** Mostrar valores sobre las barras (opcional). */
  mostrar_valores?: boolean;
  /** Color de cada etiqueta (opcional). */
  colores_nombres?: string[];
  /** Verdadero cuando no hay nada que graficar (opcional). */
  vacia?: boolean;
}

/** Una serie de una gráfica. */
export interface SerieGrafica {
  /** Nombre de la serie. */
  nombre: string;
  /** Un valor por etiqueta; null = no se grafica (p. ej., cifras suprimidas). */
  valores: (number | null)[];
  /** Color de la serie (opcional). */
  color?: string;
}

// ---------------------------------------------------------------------------
// Flowcharts
// ---------------------------------------------------------------------------

/** Los flujogramas del estado, como figuras del anexo. */
export interface Flujogramas {
  /** El documento de flujogramas independiente. */
  documento: DocumentoFlujogramas;
  /** Un flujograma por perfil (vacía si el estado no tiene). */
  lista: Flujograma[];
}

/** El documento de flujogramas independiente. */
export interface DocumentoFlujogramas {
  /** Título del documento. */
  nombre: string;
  /** Nombre del archivo. */
  archivo: string;
}

/** Un flujograma de un perfil de víctima. */
export interface Flujograma {
  /** Clave del perfil. */
  perfil: string;
  /** Nombre del perfil («Niñas, niños y adolescentes»). */
  perfil_nombre: string;
  /** Título del flujograma. */
  nombre: string;
  /** Versión. */
  version: string;
  /** Estatus. */
  estatus: string;
  /** Fecha de la versión, como está en el archivo del flujograma. */
  fecha_version: string;
  /** Número de pasos. */
  pasos: number;
  /** Número de partes en que se divide para imprimirse. */
  partes: number;
  /** Una figura por parte. */
  figuras: FiguraFlujograma[];
}

/** Una figura (parte) de un flujograma. */
export interface FiguraFlujograma {
  /** Dirección de la imagen (`flujograma:<id>`). */
  url: string;
  /** Identificador de la figura, sin `fig:`. */
  id: string;
  /** Texto alternativo. */
  texto_alternativo: string;
  /** Pie de figura. */
  leyenda: string;
  /** Línea de fuente. */
  fuente: string;
}

// ---------------------------------------------------------------------------
// The view and the template context
// ---------------------------------------------------------------------------

/** El análisis del estado: `analisis` en las plantillas. */
export interface VistaAnalisis {
  /** Datos generales del documento, el estado y su CIE. */
  general: DatosGenerales;
  /** Fechas de corte de cada fuente. */
  cortes: Cortes;
  /** Entrevistas. */
  entrevistas: Entrevistas;
  /** Fragmentos codificados (hallazgos). */
  fragmentos: Fragmentos;
  /** Marco normativo, herramientas y perfiles. */
  cobertura: Cobertura;
  /** Estadísticas oficiales de víctimas. */
  estadisticas: Estadisticas;
  /** Organizaciones. */
  organizaciones: Organizaciones;
  /** Recomendaciones. */
  recomendaciones: Recomendaciones;
  /** Cada etapa por su clave: `analisis.por_etapa.deteccion`. */
  por_etapa: Record<string, Etapa>;
  /** Las mismas etapas como lista, en el orden del mecanismo. */
  etapas: Etapa[];
  /** Cada capítulo de etapas por su nombre (deteccion, valoracion, canalizacion, atencion, proteccion, acceso-justicia). */
  capitulos: Record<string, Capitulo>;
  /** Cifras del resumen ejecutivo. */
  resumen: Resumen;
  /** Cada gráfica por su id: `analisis.graficas.[entrevistas-por-sector].fuente`. */
  graficas: Record<string, Grafica>;
  /** Las gráficas en el orden en que aparecen en el informe. */
  lista_graficas: Grafica[];
}

/** Lo que ve cada plantilla del diagnóstico (templates/diagnostico/*.md.hbs). */
export interface ContextoPlantilla {
  /** El análisis del estado. */
  analisis: VistaAnalisis;
  /** estado.yaml tal como está escrito (sus campos ya están en español). */
  estado: Record<string, unknown>;
  /** proyecto.yaml tal como está escrito. */
  proyecto: Record<string, unknown>;
  /** Identificador del estado (nombre de su carpeta). */
  slug: string;
  /** Nombre del capítulo que se genera. */
  capitulo: string;
  /** Claves de las etapas del capítulo (vacía si no es capítulo de etapas). */
  etapas: string[];
  /** El capítulo de etapas (`analisis.capitulos[capitulo]`); null en los demás capítulos. */
  bloque: Capitulo | null;
  /** La narrativa del estado para el capítulo (data/<estado>/narrativa/<capitulo>.md); se inserta con {{{narrativa}}}. */
  narrativa: string;
  /**
   * Si la narrativa del capítulo tiene subtítulos propios (`##`): lo que la plantilla escribe
   * después de ella va bajo un subtítulo suyo, para no quedar dentro de la última sección de la narrativa.
   */
  narrativa_con_secciones: boolean;
  /** Flujogramas del estado. */
  flujogramas: Flujogramas;
}

// ---------------------------------------------------------------------------
// Mapping
// ---------------------------------------------------------------------------

/** Drops the keys whose value is undefined: a missing optional field stays missing (strict templates). */
function definidos<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

const conteo = (c: SuppressedCount): ConteoVictimas => new Conteo(c);
const categoria = (c: Category): Categoria => ({ clave: c.key, nombre: c.label });
const filaConteo = (r: CountRow): FilaConteo => ({ clave: r.key, nombre: r.label, n: r.n, n_texto: r.nText, pct: r.pct, pct_texto: r.pctText, suprimido: r.suppressed === true });
export const filas = (rs: CountRow[]): FilaConteo[] => rs.map(filaConteo);

export function matrizConteo(m: CountMatrix): MatrizConteo {
  return {
    columnas: m.columns.map(categoria),
    filas: m.rows.map((r) => ({
      clave: r.key, nombre: r.label, valores: r.values, total: r.total,
      pct_fila: r.pctOfRow, pct_fila_texto: r.pctOfRowText, pct_total: r.pctOfTotal, pct_total_texto: r.pctOfTotalText,
    })),
    totales_columna: m.colTotals,
    total: m.total,
  };
}

function matrizSiNo(m: BoolMatrix): MatrizSiNo {
  return {
    columnas: m.columns.map(categoria),
    filas: m.rows.map((r) => ({ clave: r.key, nombre: r.label, valores: r.values, total: r.count })),
    totales_columna: m.colCounts,
  };
}

const filaSuprimida = (r: SuppressedRow): FilaSuprimida => ({ clave: r.key, nombre: r.label, conteo: conteo(r.count) });

function tablaSuprimida(t: SuppressedTable): TablaSuprimida {
  return {
    filas: t.rows.map(categoria),
    columnas: t.columns.map(categoria),
    celdas: t.cells.map((r) => r.map(conteo)),
    totales_fila: t.rowTotals.map(conteo),
    totales_columna: t.colTotals.map(conteo),
    total: conteo(t.total),
  };
}

const cita = (e: Excerpt): Cita => definidos({
  id_fragmento: e.segmentId, texto: e.text, etapa: e.stage, tipo: e.valence, codigo: e.code, perfil: e.profile,
  atribucion: e.attribution, sector: e.sector, sector_nombre: e.sectorLabel, numero_entrevista: e.interviewNumber,
});

const hallazgo = (c: CodeFinding): Hallazgo => definidos({
  codigo: c.code, nombre: c.label, descripcion: c.description, n: c.n, n_texto: c.nText, entrevistas: c.interviews,
  citas: c.excerpts.map(cita), no_citables: c.withheld,
});

const codigoEtapa = (c: CodePicture, first: boolean): CodigoEtapa => definidos({
  codigo: c.code, nombre: c.label, descripcion: c.description, n: c.n, n_texto: c.nText, entrevistas: c.interviews,
  por_tipo: c.byValence.map((v) => ({ tipo: v.valence, nombre: v.label, n: v.n, entrevistas: v.interviews })),
  tipo_principal: c.main, lado: c.side, mixto: c.mixed, primera_mencion: first, balance: c.pictureText, citas: c.excerpts.map(cita), no_citables: c.withheld,
});

const institucionEntrevistada = (i: InstitutionCount): InstitucionEntrevistada => definidos({
  id: i.id, nombre: i.name, siglas: i.siglas, nombre_corto: i.shortName, sector: i.sector, sector_nombre: i.sectorLabel, n: i.n, n_texto: i.nText, suprimido: i.suppressed === true,
});

const institucion = (i: InstitutionRef): Institucion => definidos({
  id: i.id, nombre: i.name, siglas: i.siglas, nombre_corto: i.shortName, ambito: i.level, ambito_nombre: i.levelLabel, sector: i.sector, sector_nombre: i.sectorLabel,
});

const instrumento = (i: InstrumentItem): Instrumento => definidos({
  id: i.id, nombre: i.name, ambito: i.level, ambito_nombre: i.levelLabel, tipo: i.type, tipo_nombre: i.typeLabel,
  fecha_publicacion: i.dateText, fecha_publicacion_iso: i.date, emisor: i.issuer, etapas: i.stages, etapas_nombres: i.stageLabels,
  perfiles: i.profiles, perfiles_nombres: i.profileLabels, articulos: i.articles, estatus: i.status, estatus_nombre: i.statusLabel,
});

const herramienta = (t: ToolItem): Herramienta => definidos({
  id: t.id, nombre: t.name, institucion_id: t.institutionId, institucion: t.institution, institucion_corta: t.institutionShort,
  etapas: t.stages, etapas_nombres: t.stageLabels, perfiles: t.profiles, perfiles_nombres: t.profileLabels,
  publicada: t.published, publicada_texto: t.publishedText, en_uso: t.inUse, en_uso_nombre: t.inUseLabel, fecha_iso: t.date,
});

const coberturaEtapa = (s: StageCoverage): CoberturaEtapa => ({ etapa: s.stage, nombre: s.label, n: s.n, nombres: s.names });

const organizacion = (o: OrganisationItem): Organizacion => definidos({
  id: o.id, nombre: o.name, tipo: o.type, tipo_nombre: o.typeLabel, servicios: o.services, servicios_nombres: o.serviceLabels,
  servicios_texto: o.servicesText, alcance: o.reach, alcance_nombre: o.reachLabel, municipios: o.municipalities,
  municipios_texto: o.municipalitiesText, duracion: o.duration, duracion_nombre: o.durationLabel, costo: o.cost,
  costo_nombre: o.costLabel, poblacion: o.population, poblacion_nombres: o.populationLabels, poblacion_texto: o.populationText,
  contacto: o.contact,
});

export function perfiles(p: ProfileCoverage): CoberturaPerfiles {
  return {
    filas: p.rows.map(categoria),
    columnas: p.columns.map(categoria),
    celdas: p.cells.map((r) => r.map((c) => ({
      instrumentos: c.instruments, instrumentos_especificos: c.specificInstruments,
      herramientas: c.tools, herramientas_especificas: c.specificTools, cubierta: c.covered,
    }))),
    sin_cobertura_especifica: p.gapsSpecific,
  };
}

const fechaCorte = (c: { date?: string; text?: string }): FechaCorte => definidos({ texto: c.text, iso: c.date });

export function grafica(s: ChartSpec): Grafica {
  return definidos({
    id: s.id, tipo: s.kind, titulo_corto: s.title, leyenda: s.caption, texto_alternativo: s.alt, fuente: s.source, etiquetas: s.labels,
    series: s.series.map((x: ChartSeries): SerieGrafica => definidos({ nombre: x.name, valores: x.values, color: x.color })),
    nota: s.note, titulo_eje_x: s.xAxisTitle, titulo_eje_y: s.yAxisTitle, capitulo: s.chapter, mostrar_valores: s.showValues,
    colores_nombres: s.labelColors, vacia: s.empty,
  });
}

function resumen(h: Headline): Resumen {
  return definidos({
    entrevistas: h.interviews, instituciones: h.institutions, sectores: h.sectors, municipios: h.municipalities,
    fragmentos: h.segments, barreras: h.barriers, retos: h.challenges, avances: h.advances, buenas_practicas: h.goodPractices,
    instrumentos: h.instruments, herramientas: h.tools, herramientas_publicadas: h.toolsPublished, organizaciones: h.organisations,
    recomendaciones: h.recommendations, recomendaciones_prioridad_alta: h.highPriorityRecommendations,
    etapa_mas_barreras: h.stageMostBarriers && { etapa: h.stageMostBarriers.stage, nombre: h.stageMostBarriers.label, n: h.stageMostBarriers.n },
    principales_barreras: h.topBarriers.map(hallazgo),
    etapas_sin_instrumento: h.stagesWithoutInstrument,
    victimas_total: conteo(h.victimsTotal),
    victimas_periodo: h.victimsPeriodText,
    victimas_ultimo_anio: h.victimsLastYear && { anio: h.victimsLastYear.year, conteo: conteo(h.victimsLastYear.count) },
    puntos: h.bullets,
  });
}

/** The templates' view of `analysis` (plain data; victim counts are already `Conteo`s). */
export function vistaAnalisis(a: Analysis): VistaAnalisis {
  const recomendacion = new Map<RecommendationItem, Recomendacion>();
  const rec = (r: RecommendationItem): Recomendacion => {
    let v = recomendacion.get(r);
    if (!v) {
      v = {
        id: r.id, num: r.number, etapa: r.stage, etapa_nombre: r.stageLabel, texto: r.text, institucion_id: r.institutionId,
        institucion: r.institution, institucion_corta: r.institutionShort, prioridad: r.priority, prioridad_nombre: r.priorityLabel,
        plazo: r.horizon, plazo_nombre: r.horizonLabel,
      };
      recomendacion.set(r, v);
    }
    return v;
  };
  const grupo = (g: RecommendationGroup): GrupoRecomendaciones => ({ clave: g.key, nombre: g.label, n: g.n, recomendaciones: g.items.map(rec) });
  // A code's definition and a tool's description are given once, in the first stage (mechanism
  // order, which is the chapters' order) where they appear; later stages name them only.
  const firstStageOfCode = new Map<string, StageBundle>();
  const firstStageOfTool = new Map<string, StageBundle>();
  for (const st of a.stages) {
    for (const c of st.codes) if (!firstStageOfCode.has(c.code)) firstStageOfCode.set(c.code, st);
    for (const t of st.tools) if (!firstStageOfTool.has(t.id)) firstStageOfTool.set(t.id, st);
  }
  const etapas = new Map<StageBundle, Etapa>();
  const etapa = (s: StageBundle): Etapa => {
    let v = etapas.get(s);
    if (!v) {
      const tools = s.tools.map((t) => ({ t, v: herramienta(t) }));
      const codigos = s.codes.map((c) => codigoEtapa(c, firstStageOfCode.get(c.code) === s));
      v = {
        etapa: s.stage, orden: a.stages.indexOf(s) + 1, nombre: s.label, fragmentos: s.segments, por_tipo: filas(s.byValence),
        barreras: s.barriers.map(hallazgo), retos: s.challenges.map(hallazgo), avances: s.advances.map(hallazgo),
        buenas_practicas: s.goodPractices.map(hallazgo), codigos,
        codigos_dificultad: codigos.filter((c) => c.lado === 'dificultad'), codigos_fortaleza: codigos.filter((c) => c.lado === 'fortaleza'),
        codigos_dificultad_mixtos: codigos.filter((c) => c.lado === 'dificultad' && c.mixto),
        citas: s.excerpts.map(cita), no_citables: s.withheldExcerpts,
        por_perfil: filas(s.byProfile), instrumentos: s.instruments.map(instrumento), herramientas: tools.map((x) => x.v),
        herramientas_nuevas: tools.filter((x) => firstStageOfTool.get(x.t.id) === s).map((x) => x.v),
        herramientas_descritas: tools.filter((x) => firstStageOfTool.get(x.t.id) !== s).map((x) => x.v),
        fragmentos_fortaleza: s.byValence.filter((r) => r.key === 'avance' || r.key === 'buena_practica').reduce((n, r) => n + r.n, 0),
        recomendaciones: s.recommendations.map(rec), instituciones: s.institutions.map(institucion), vacia: s.empty,
      };
      etapas.set(s, v);
    }
    return v;
  };
  const capitulo = (c: ChapterBundle): Capitulo => ({
    nombre: c.name, etapas: c.stages.map(etapa), fragmentos: c.segments, por_tipo: filas(c.byValence), recomendaciones: c.recommendations,
  });
  const m = a.meta;
  const i = a.interviews;
  const s = a.segments;
  const n = a.coverage.normative;
  const t = a.coverage.tools;
  const st = a.statistics;
  const o = a.organisations;
  const r = a.recommendations;
  const graficas = a.charts.map(grafica);
  return {
    general: {
      slug: m.slug, estado: m.state, clave_inegi: m.inegi,
      cie: definidos({ nombre: m.cie.nombre, siglas: m.cie.siglas, nombre_corto: m.cie.shortName }),
      fecha_documento: m.documentDateText, fecha_documento_iso: m.documentDate, version: m.version, estatus: m.status,
      datos_muestra: m.sampleData, umbral_supresion: m.threshold,
    },
    cortes: {
      entrevistas: fechaCorte(a.cuts.entrevistas),
      estadisticas: fechaCorte(a.cuts.estadisticas),
      marco_normativo: fechaCorte(a.cuts.marco_normativo),
      herramientas: fechaCorte(a.cuts.herramientas),
      organizaciones: fechaCorte(a.cuts.organizaciones),
    },
    entrevistas: definidos({
      total: i.total, instituciones: i.institutions, por_sector: filas(i.bySector), por_institucion: i.byInstitution.map(institucionEntrevistada),
      instituciones_con_conteo: i.institutionCountsShown, citas_numeradas: i.quotesNumbered, umbral_sector: i.sectorThreshold, umbral_conteo: i.countThreshold,
      por_modalidad: filas(i.byModality), por_municipio: filas(i.byMunicipality),
      con_consentimiento_cita: i.withQuoteConsent, con_consentimiento_cita_pct_texto: i.withQuoteConsentPctText,
      con_consentimiento_grabacion: i.withRecordingConsent,
      periodo: { inicio: i.period.startText, fin: i.period.endText, inicio_iso: i.period.start, fin_iso: i.period.end, texto: i.period.text },
      primera_fecha_iso: i.firstDate, ultima_fecha_iso: i.lastDate, fecha_corte: i.cutDateText, fecha_corte_iso: i.cutDate,
    }),
    fragmentos: {
      total: s.total, limite_citas: s.excerptLimit, limite_principales: s.topLimit,
      etapa_por_tipo: matrizConteo(s.stageByValence), por_tipo: filas(s.byValence),
      perfil_por_etapa: matrizConteo(s.profileByStage), por_perfil: filas(s.byProfile),
      principales_barreras: s.topBarriers.map(hallazgo), principales_retos: s.topChallenges.map(hallazgo),
      principales_avances: s.topAdvances.map(hallazgo), principales_buenas_practicas: s.topGoodPractices.map(hallazgo),
      no_citables: s.withheldExcerpts,
    },
    cobertura: {
      normativa: {
        total: n.total, vigentes: n.inForce, fecha_corte: n.cutDateText, fecha_corte_iso: n.cutDate,
        lista: n.list.map(instrumento), matriz: matrizSiNo(n.matrix), por_ambito: filas(n.byLevel), por_tipo: filas(n.byType),
        por_etapa: n.byStage.map(coberturaEtapa), etapas_sin_cobertura: n.stagesWithout.map(categoria), ambito_por_etapa: matrizConteo(n.levelByStage),
      },
      herramientas: definidos({
        total: t.total, publicadas: t.published, por_uso: filas(t.byUse), fecha_corte: t.cutDateText, fecha_corte_iso: t.cutDate,
        lista: t.list.map(herramienta), matriz: matrizSiNo(t.matrix), por_etapa: t.byStage.map(coberturaEtapa),
        etapas_sin_cobertura: t.stagesWithout.map(categoria), por_perfil: filas(t.byProfile), generales: t.general,
      }),
      perfiles: perfiles(a.coverage.profiles),
    },
    estadisticas: definidos({
      hay_datos: st.hasData, fuente: st.source, archivo: st.file, fecha_corte: st.cutDateText, fecha_corte_iso: st.cutDate,
      umbral: st.threshold, anios: st.years, primer_anio: st.firstYear, ultimo_anio: st.lastYear, periodo: st.periodText,
      total: conteo(st.total), por_anio: st.byYear.map(filaSuprimida), por_sexo: st.bySex.map(filaSuprimida),
      por_grupo_edad: st.byAgeBand.map(filaSuprimida), anio_por_sexo: tablaSuprimida(st.yearBySex),
      anio_por_grupo_edad: tablaSuprimida(st.yearByAgeBand), hay_suprimidos: st.anySuppressed, nota: st.note, nota_grafica: st.chartNote,
    }),
    organizaciones: definidos({
      total: o.total, fecha_corte: o.cutDateText, fecha_corte_iso: o.cutDate, por_tipo: filas(o.byType), por_servicio: filas(o.byService),
      por_poblacion: filas(o.byPopulation), por_alcance: filas(o.byReach), por_costo: filas(o.byCost), por_duracion: filas(o.byDuration),
      lista: o.list.map(organizacion),
    }),
    recomendaciones: {
      total: r.total, lista: r.list.map(rec), por_etapa: r.byStage.map(grupo), por_institucion: r.byInstitution.map(grupo),
      por_prioridad: filas(r.byPriority), por_plazo: filas(r.byHorizon),
      prioridad_por_etapa: matrizConteo(r.priorityByStage), prioridad_por_plazo: matrizConteo(r.priorityByHorizon),
    },
    por_etapa: Object.fromEntries(Object.entries(a.byStage).map(([k, b]) => [k, etapa(b)])),
    etapas: a.stages.map(etapa),
    capitulos: Object.fromEntries(Object.entries(a.chapters).map(([k, c]) => [k, capitulo(c)])),
    resumen: resumen(a.headline),
    graficas: Object.fromEntries(graficas.map((g) => [g.id, g])),
    lista_graficas: graficas,
  };
}

/** The flowcharts of the annex as the templates see them. */
export function vistaFlujogramas(f: { documento: { titulo: string; archivo: string }; lista: FlowchartSummary[] }): Flujogramas {
  const figura = (x: FlowchartFigure): FiguraFlujograma => ({ url: x.url, id: x.id, texto_alternativo: x.alt, leyenda: x.caption, fuente: x.source });
  return {
    documento: { nombre: f.documento.titulo, archivo: f.documento.archivo },
    lista: f.lista.map((s) => ({
      perfil: s.perfil, perfil_nombre: s.perfilNombre, nombre: s.titulo, version: s.version, estatus: s.estatus, fecha_version: s.fecha,
      pasos: s.pasos, partes: s.partes, figuras: s.figuras.map(figura),
    })),
  };
}
