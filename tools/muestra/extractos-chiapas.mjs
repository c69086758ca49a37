// Extractos sintéticos propios de Chiapas (frontera sur). Redactados por el equipo; no son citas reales.
// Sembraron UNA SOLA VEZ data/chiapas/segmentos.csv. Formato: CODIGO[@etapa]|valencia|perfil|pista|texto
export const CHIAPAS = `
# --- Detección
DET-01|b|personas_migrantes|inm|En el punto de revisión pasan cientos de personas al día; no hay forma de aplicar una entrevista de detección a cada una con el personal que tenemos.
DET-01|b|mujeres_explotacion_sexual|seg|En los operativos a bares de la costa se revisan permisos y salud, pero nadie pregunta a las muchachas cómo llegaron ni quién les cobra.
DET-01|r||cie|El protocolo estatal se quedó en borrador cuando cambió la ley en 2020 y todavía no se actualiza con las nuevas atribuciones.
DET-01|a|personas_migrantes|inm|En la oficina de Tapachula ya se aplica una guía breve de detección durante la entrevista de regularización; antes solo se preguntaba por la ruta.
DET-01|bp|personas_migrantes|int|En las ventanillas de atención a migrantes se colocó una pregunta filtro sobre deudas y documentos; si la respuesta es positiva, pasa con personal especializado.
DET-02|b|mujeres_explotacion_sexual|salud|Las chicas centroamericanas llegan al centro de salud por la tarjeta sanitaria, acompañadas por la encargada del bar, y nadie se da cuenta de que la encargada es la que paga y la que decide.
DET-02|b|explotacion_laboral|trab|En las fincas el indicador más claro es la deuda con el contratista, pero los inspectores lo ven como algo normal de la temporada del café.
DET-02|r|personas_indigenas|dif|Que un niño tsotsil venda artesanías en la calle no es por sí mismo trata; lo difícil es ver cuándo hay un adulto que lo controla y se queda con el dinero.
DET-02|r|personas_migrantes|osc|Las personas migrantes deben dinero a quien las cruzó; separar esa deuda del tráfico de una deuda de explotación cuesta trabajo incluso a nosotros.
DET-02|a|mujeres_explotacion_sexual|salud|Las promotoras de salud de la jurisdicción ya anotan en la hoja de consulta si la mujer tiene sus documentos y si puede salir sola.
DET-02|bp|nna|osc|Hicimos con las niñas y niños de la calle un dibujo de las señales de alerta, en tsotsil y en español, y lo usamos en las pláticas del mercado.
DET-03|b||seg|La policía estatal rota muchísimo en la región Soconusco; capacitamos a un grupo y a los tres meses ya los mandaron a la zona Altos.
DET-03|b|personas_migrantes|inm|Los agentes de nuevo ingreso llegan a la frontera sin ninguna formación en trata; aprenden en el camino, con lo que les dicen los compañeros.
DET-03|r||mun|Los ayuntamientos cambian cada tres años y con ellos todo el personal; la capacitación municipal se pierde con cada administración.
DET-03|a||fis|La fiscalía contra la trata dio talleres a los agentes de la región costa, y ya hubo dos canalizaciones que empezaron por un agente que supo preguntar.
DET-03|bp||int|Hicimos la formación en la misma frontera, en el cruce del río, con los agentes que realmente ven a las personas, y no en un hotel de la capital.
DET-04|b|personas_migrantes|seg|Para muchos elementos, si es migrante y viene con un pollero, es tráfico y punto; nadie piensa que la deuda puede terminar en explotación.
DET-04|b|nna|mun|El trabajo de los niños en los cruceros se ve como costumbre; se les retira de la calle como falta al reglamento, pero no se pregunta quién los manda.
DET-04|r|mujeres_explotacion_sexual|muj|Hay mujeres que deciden trabajar en bares y hay mujeres que son explotadas en los mismos bares; el reto es escucharlas para saber la diferencia, no suponerla.
DET-04|a||fis|Ya no se abren carpetas solo por tráfico cuando hay indicios de explotación; se pide a la unidad especializada que revise desde el inicio.
DET-05|b|mujeres_explotacion_sexual|fis|Los operativos en zonas de tolerancia se anuncian prácticamente con días de anticipación; cuando llegamos, las más jóvenes ya no están.
DET-05|b|explotacion_laboral|trab|La inspección laboral del estado no entra a las fincas más grandes; dicen que es de jurisdicción federal, y la federal no tiene vehículos para llegar a la sierra.
DET-05|r|personas_migrantes|inm|En los rescates de grupos grandes de migrantes en tractocamiones no hay tiempo ni espacio para entrevistar a cada persona por separado.
DET-05|a|personas_migrantes|inm|En los últimos rescates en carretera se separó a mujeres y niños para entrevistarlos aparte, con personal del DIF presente.
DET-05|bp|explotacion_laboral|trab|Hicimos inspecciones conjuntas con el consulado en la temporada de cosecha, y los trabajadores hablaron más porque había alguien de su país.
DET-06|b|personas_migrantes|osc|Los albergues para migrantes detectan casos todo el tiempo, pero las personas no quieren que se reporte porque temen que las deporten.
DET-06|r|personas_indigenas|acad|En las comunidades de Los Altos la gente sabe quién se lleva a los muchachos a trabajar al norte, pero desconfía de la autoridad y no lo dice.
DET-06|a|nna|mun|En San Cristóbal los comerciantes del andador ya conocen al personal del DIF municipal y nos avisan cuando llega un niño nuevo que nadie conoce.
DET-06|bp|personas_migrantes|osc|Las defensoras comunitarias recorren el parque central de Tapachula en las tardes; ahí es donde se hacen las ofertas de trabajo a las recién llegadas.
DET-06|bp|mujeres_explotacion_sexual|int|La línea de ayuda para personas migrantes recibe mensajes de mujeres que ya están en una casa y no pueden salir; de ahí salieron varios rescates.
TRV-02@deteccion|b|personas_migrantes|inm|En la estación cambian a los agentes con frecuencia por la carga de trabajo; el que aprendió a identificar casos se va a otra delegación.
TRV-05@deteccion|b|personas_indigenas|dh|En Los Altos el personal no habla tsotsil ni tseltal, y la primera conversación ya se pierde ahí.
TRV-05@deteccion|r|lgbti|osc|Hay mujeres trans de Honduras que cruzan huyendo de la violencia y aquí terminan en la explotación; nadie las busca porque no entran en ningún programa.
TRV-03@deteccion|b||fis|La unidad especializada tiene una sola camioneta para toda la región costa y la frontera; si hay un operativo, se detiene todo lo demás.
# --- Valoración
VAL-01|b|personas_migrantes|inm|La entrevista se hace en la estación migratoria, con ruido, con otras personas detenidas alrededor; ahí nadie cuenta lo que le pasó.
VAL-01|b|mujeres_explotacion_sexual|fis|Cuando el agente es hombre y la víctima es una joven que viene de un bar, la entrevista casi siempre sale mal; ella no va a contar nada.
VAL-01|r|personas_migrantes|comar|En la solicitud de refugio aparecen relatos de trata, pero nuestro formato no está pensado para identificarla ni para avisar a la fiscalía.
VAL-01|a|personas_migrantes|inm|Se adaptó un espacio en la oficina de regularización para entrevistas privadas, con una psicóloga de la cooperación internacional.
VAL-01|bp|mujeres_explotacion_sexual|osc|Primero ofrecemos un café, ropa limpia y un lugar para dormir; la entrevista se hace al día siguiente, cuando la mujer ya sabe que está a salvo.
VAL-02|b|personas_migrantes|fis|No se valora el riesgo que corre la familia en Honduras o en Guatemala; solo se piensa en la víctima que tenemos aquí.
VAL-02|r|mujeres_explotacion_sexual|ceav|La red se mueve entre los dos lados del río, y cualquier valoración de riesgo tiene que considerar que el tratante puede cruzar cuando quiera.
VAL-02|a|nna|dif|La procuraduría ya incluye en la valoración inicial de los niños no acompañados una pregunta sobre quién los esperaba en México.
VAL-03|b|personas_indigenas|fis|Para una víctima que habla mam o k'iche', del lado guatemalteco, no hay intérprete en toda la fiscalía; hemos tenido que pedir ayuda al consulado.
VAL-03|b|personas_indigenas|dif|A los niños tseltales los entrevistan en español y ellos dicen que sí a todo; luego resulta que no entendieron nada.
VAL-03|r|personas_migrantes|comar|Tenemos solicitantes de Haití y de países africanos; conseguir intérprete de criollo o de francés para una entrevista delicada es muy difícil.
VAL-03|a|personas_indigenas|dh|Ya hay un padrón de intérpretes en lenguas indígenas que la defensoría comparte con la fiscalía cuando lo piden.
VAL-03|bp|personas_indigenas|osc|Trabajamos con intérpretes que son mujeres de las mismas comunidades y que fueron formadas en el tema; las niñas se sienten en confianza con ellas.
VAL-04|b|nna_migrantes_no_acompanados|dif|Los adolescentes no acompañados de Honduras dicen que son mayores para que no los manden al DIF, y nadie tiene forma de comprobar la edad.
VAL-04|b|nna_migrantes_no_acompanados|dif|La procuraduría tiene muy pocas personas para toda la región costa; los planes de restitución se quedan atrasados semanas.
VAL-04|r|nna|dif|Con los niños que venden en la calle el interés superior choca con la economía familiar; sacarlos de la calle sin apoyo a la familia no resuelve nada.
VAL-04|a|nna_migrantes_no_acompanados|dif|Desde que la ley prohíbe que los niños estén en estaciones migratorias, la procuraduría llega más rápido a hacer la valoración.
VAL-04|bp|nna_migrantes_no_acompanados|int|Hacemos una junta de caso con la procuraduría, el consulado y el albergue antes de decidir cualquier cosa sobre un niño no acompañado.
VAL-05|b|personas_migrantes|osc|Las mujeres rescatadas pasan por migración, por la fiscalía, por el DIF y por el consulado, y a cada uno le cuentan la misma historia.
VAL-05|r|mujeres_explotacion_sexual|fis|Queremos hacer una sola entrevista, pero la defensa impugna si no hay varias declaraciones formales.
VAL-05|a|nna|dif|Ahora las entrevistas a niñas y niños se hacen en la sala lúdica del DIF y ya no en la agencia del ministerio público.
TRV-01@valoracion|b|personas_migrantes|inm|No queda claro quién declara formalmente que alguien es víctima: migración dice que la fiscalía, la fiscalía dice que primero migración documente a la persona.
# --- Canalización
CAN-01|b|personas_migrantes|inm|Cuando identificamos a una posible víctima extranjera, la ruta es llamar a la fiscalía, pero la fiscalía de Tapachula no siempre tiene a alguien disponible.
CAN-01|b|personas_indigenas|mun|En Palenque no hay fiscalía especializada; si aparece un caso, hay que llevar a la persona hasta Tuxtla o esperar a que vengan.
CAN-01|r||cie|La ruta estatal está pensada desde Tuxtla; no contempla que la mayoría de los casos aparecen en la frontera.
CAN-01|a|personas_migrantes|int|Se acordó una ruta específica para la región Soconusco con la fiscalía, el DIF, migración y los consulados, y ya se usa.
CAN-01|bp|nna_migrantes_no_acompanados|dif|Para los niños no acompañados hay una ruta clara: el agente de migración avisa a la procuraduría y en menos de un día están en el centro de asistencia.
CAN-02|b|personas_migrantes|osc|Los números de las instituciones cambian con cada administración; tenemos que preguntar a otras organizaciones a quién se llama ahora.
CAN-02|r|personas_migrantes|cons|El consulado se entera de los casos días después, cuando la persona ya pasó por tres instituciones.
CAN-02|a|personas_migrantes|cons|Ya estamos en el grupo de enlaces con la fiscalía y migración; nos avisan cuando hay connacionales posibles víctimas.
CAN-02|bp||cie|La comisión publicó internamente un directorio con enlace y suplente por dependencia, y lo revisa en cada sesión.
CAN-03|b|personas_migrantes|comar|Mandamos casos a la fiscalía y nunca recibimos respuesta; ni siquiera sabemos si se abrió una investigación.
CAN-03|r|nna|dif|Los DIF municipales canalizan a los niños al estatal y después nadie les cuenta qué pasó; ellos son los que conocen a la familia.
CAN-03|a|personas_migrantes|int|Con las fichas de seguimiento compartidas, la organización que canaliza recibe un aviso cuando la víctima ya fue atendida.
CAN-04|b|personas_migrantes|inm|Para dar la condición de estancia por razones humanitarias se pide que la fiscalía informe que la persona es víctima, y eso amarra la atención a la denuncia.
CAN-04|r|mujeres_explotacion_sexual|osc|Muchas mujeres no quieren denunciar porque el tratante es su pareja o alguien de su pueblo; si la atención depende de eso, se quedan sin nada.
CAN-04|a|personas_migrantes|ceav|La comisión de víctimas ya recibe canalizaciones de organizaciones aunque todavía no haya denuncia, y registra a la persona como víctima de manera provisional.
CAN-05|b|personas_migrantes|cons|La coordinación con las autoridades de Guatemala existe en papel, pero para un caso concreto todo depende de que el cónsul conozca a alguien.
CAN-05|r|personas_migrantes|fis|Las víctimas que se van al norte siguen su camino y el caso queda aquí; no hay manera de canalizarlas a otro estado si ya se fueron.
CAN-05|a|personas_migrantes|cons|Existe un mecanismo binacional con Guatemala para los casos de niñez y ya resolvimos varios sin que los niños pasaran por la estación.
CAN-05|bp|personas_migrantes|int|Para víctimas que deciden seguir su ruta se les da una carta con los contactos de las organizaciones aliadas en los estados del norte.
TRV-04@canalizacion|r|personas_migrantes|inm|Migración, la fiscalía y el DIF registramos a la misma persona con nombres distintos o con errores de escritura, y después no se puede seguir el caso.
# --- Atención inmediata
AIN-01|b|mujeres_explotacion_sexual|fis|En Tapachula no hay un refugio para mujeres víctimas de trata; la fiscalía las aloja en un hotel mientras se resuelve algo.
AIN-01|b|explotacion_laboral|trab|Cuando sacamos a un grupo de trabajadores de una finca no hay dónde ponerlos; son hombres adultos y ningún albergue los quiere.
AIN-01|r|personas_migrantes|osc|Los albergues para migrantes están saturados desde hace años; meter a una víctima ahí es ponerla junto a quienes la pueden reconocer.
AIN-01|a|nna_migrantes_no_acompanados|dif|El centro de asistencia para niñas y niños migrantes amplió su capacidad y ya no se rechaza a ningún niño por falta de cama.
AIN-01|bp|mujeres_explotacion_sexual|int|Con una red de casas de acogida pequeñas se evita concentrar a las víctimas en un solo lugar que la red ya conoce.
AIN-02|b|personas_migrantes|salud|Las víctimas extranjeras llegan al hospital sin ningún papel y el sistema no las deja registrar; la atención se da, pero como si fuera una urgencia sin expediente.
AIN-02|r|mujeres_explotacion_sexual|salud|Las mujeres que vienen de bares muchas veces tienen infecciones no atendidas y embarazos; se requiere atención ginecológica inmediata y no siempre hay.
AIN-02|a||salud|La jurisdicción sanitaria de la costa designó un médico de enlace para los casos que canaliza la fiscalía.
AIN-02|bp|nna_migrantes_no_acompanados|int|Un equipo móvil de salud mental acude a los centros de asistencia en las primeras horas, antes de cualquier entrevista.
AIN-03|b|explotacion_laboral|trab|Los jornaleros rescatados no tienen ni para comer ese día; el patrón no les pagó la temporada y nadie tiene presupuesto para apoyarlos.
AIN-03|r|personas_migrantes|cons|Lo primero que pide la víctima es hablar con su familia; a veces pasan días antes de que alguien le preste un teléfono.
AIN-03|a|personas_migrantes|int|Se entregan tarjetas de apoyo económico a víctimas migrantes para que cubran sus necesidades durante las primeras semanas.
AIN-04|b|personas_migrantes|inm|Las detecciones en los puntos de revisión suceden de madrugada; a esa hora no contesta nadie de la fiscalía ni del DIF.
AIN-04|r||dif|El personal de guardia del DIF estatal atiende todo el estado desde Tuxtla; cuando el caso es en la frontera, llegan muchas horas después.
AIN-04|bp|nna_migrantes_no_acompanados|dif|La procuraduría tiene una guardia en Tapachula con teléfono disponible las veinticuatro horas para recibir a niños no acompañados.
# --- Mediano plazo
AMP-01|b|personas_migrantes|ceav|No hay psicólogos que entiendan el contexto de las mujeres centroamericanas; la terapia se hace con modelos que no tienen que ver con su historia.
AMP-01|r|personas_indigenas|dif|La atención psicológica para niñas indígenas tiene que hacerse en su lengua y con su forma de entender el daño; eso no lo tenemos.
AMP-01|a|mujeres_explotacion_sexual|muj|Se abrió un grupo terapéutico para mujeres sobrevivientes en Tapachula, coordinado con una organización local.
AMP-01|bp|nna|osc|Usamos el juego y el arte con los niños que trabajaban en la calle; ahí cuentan lo que no dicen en la entrevista.
AMP-02|b|personas_migrantes|ceav|La asesoría jurídica estatal está en Tuxtla; para una víctima en Ciudad Hidalgo, ver a su asesor implica un viaje que no puede pagar.
AMP-02|r|personas_migrantes|comar|La víctima tiene abiertos tres procesos a la vez: el penal, el migratorio y el de refugio, y cada uno con su abogado o sin ninguno.
AMP-02|a|personas_migrantes|osc|Ahora una sola abogada de la organización acompaña los trámites migratorios y el proceso penal, y la víctima entiende mejor qué está pasando.
AMP-03|b|mujeres_explotacion_sexual|osc|Las mujeres se van del albergue a las pocas semanas porque necesitan mandar dinero a sus hijos que se quedaron en su país.
AMP-03|r|nna_migrantes_no_acompanados|dif|Los adolescentes no acompañados se escapan del centro de asistencia para seguir al norte; no podemos retenerlos, y se quedan expuestos otra vez.
AMP-03|a|nna_migrantes_no_acompanados|dif|El centro de asistencia abrió un modelo de puertas abiertas para adolescentes, con actividades y salidas acompañadas, y bajaron las fugas.
AMP-04|b||ceav|La comisión estatal de víctimas tiene oficina en la costa, pero con dos personas para toda la región; no se da abasto.
AMP-04|r||cie|El presupuesto para atención a víctimas depende de la cooperación internacional; cuando termina un proyecto, termina el servicio.
AMP-04|a||muj|La secretaría de las mujeres contrató personal para el módulo de Tapachula con recursos propios, ya no solo con proyectos.
# --- Largo plazo
ALP-01|b|personas_migrantes|trab|Sin la tarjeta de residencia la víctima no puede tener un empleo formal; el trámite tarda y mientras tanto trabaja en la informalidad, otra vez expuesta.
ALP-01|r|personas_indigenas|osc|Los programas de empleo están pensados para la ciudad; para las jóvenes que regresan a su comunidad en Los Altos no hay opciones.
ALP-01|a|personas_migrantes|int|Se hizo un convenio con empresas de la zona para contratar a personas con residencia por razones humanitarias, incluidas víctimas.
ALP-01|bp|mujeres_explotacion_sexual|osc|Un grupo de sobrevivientes abrió una cooperativa de alimentos en Tapachula con capital semilla; algunas ya dan empleo a otras mujeres.
ALP-02|b|personas_migrantes|osc|Muchas víctimas no saben si se quedarán en México, si seguirán al norte o si regresarán; así es muy difícil construir un proyecto de vida.
ALP-02|r|nna|dif|Para los adolescentes que trabajaban en la calle el proyecto de vida tiene que incluir a la familia, y la familia muchas veces no participa.
ALP-02|a|nna_migrantes_no_acompanados|dif|Se incorporó la escolarización a distancia en el centro de asistencia para que los adolescentes no pierdan el ciclo escolar.
ALP-03|b|personas_migrantes|int|En cuanto la víctima sale de Tapachula hacia otro estado, el seguimiento se pierde por completo.
ALP-03|r|nna|dif|Los DIF municipales no tienen vehículo para visitar a las familias en las comunidades; el seguimiento se hace por teléfono o no se hace.
ALP-03|bp|mujeres_explotacion_sexual|osc|Mantenemos contacto con las mujeres egresadas por un grupo de mensajería con reglas de seguridad; ellas mismas avisan si alguien está en riesgo.
ALP-04|b|personas_indigenas|dif|Algunas familias de la zona Altos mandan a los niños a vender a la ciudad con un tercero; reintegrarlos sin trabajar con la comunidad es devolverlos al mismo circuito.
ALP-04|r|mujeres_explotacion_sexual|cons|Las mujeres que regresan a su comunidad en Honduras cargan el estigma de haber trabajado en bares, aunque hayan sido víctimas.
ALP-04|a|personas_indigenas|osc|Con las autoridades comunitarias se hicieron asambleas sobre las ofertas de trabajo engañosas, y ahora avisan cuando un reclutador llega al pueblo.
# --- Protección
PRO-01|b|mujeres_explotacion_sexual|fis|La red que explota a las mujeres en la costa tiene gente en los dos lados del río; una medida de protección aquí no sirve si la familia está en Guatemala.
PRO-01|r|personas_migrantes|fis|Las medidas de protección piden un domicilio, y las víctimas migrantes no tienen domicilio; cambian de lugar cada semana.
PRO-01|a|personas_migrantes|fis|Se coordinó con la policía municipal de Tapachula para rondines en los lugares donde se alojan víctimas bajo protección.
PRO-01|bp|mujeres_explotacion_sexual|int|Cuando la víctima está en riesgo alto se le traslada a otra entidad con apoyo del refugio federal, con un plan de seguridad hecho con ella.
PRO-02|b|mujeres_explotacion_sexual|cie|Chiapas no tiene un refugio especializado en trata para mujeres adultas; se recurre al refugio federal, que está lejos y tiene lugares limitados.
PRO-02|r|explotacion_laboral|trab|No existe ningún espacio de protección para hombres víctimas de explotación laboral; es como si no existieran.
PRO-02|a|nna|dif|El DIF estatal destinó un área del centro de asistencia a adolescentes víctimas de explotación, separada de los demás.
PRO-03|b|personas_migrantes|osc|En las redes sociales de algunas corporaciones se han publicado fotos de rescates de migrantes donde se ven las caras de mujeres y niños.
PRO-03|r|personas_migrantes|inm|El expediente migratorio de la víctima lo pueden consultar muchas personas dentro del instituto; no hay un nivel de reserva especial.
PRO-03|bp|mujeres_explotacion_sexual|fis|En la unidad especializada cada víctima tiene una clave y su nombre solo aparece en un sobre cerrado del expediente.
PRO-04|b|mujeres_explotacion_sexual|fis|Las mujeres nos dicen que los tratantes saben en qué albergue están; la frontera es pequeña y todo se sabe.
PRO-04|r||dh|El personal de las organizaciones en Tapachula ha recibido amenazas por acompañar casos de trata, y no hay un mecanismo que los proteja.
PRO-04|a|personas_migrantes|fis|Las víctimas que declaran ya se trasladan a otra ciudad mientras avanza el proceso, y eso ha bajado las retractaciones.
TRV-01@proteccion|r|personas_migrantes|cie|La protección de una víctima extranjera depende de cinco instituciones de tres niveles de gobierno; si una falla, todo falla.
# --- Situación migratoria
MIG-01|b|personas_migrantes|inm|Para dar la condición por razones humanitarias piden el oficio de la fiscalía, y la fiscalía tarda en mandarlo; mientras, la persona sigue irregular.
MIG-01|b|mujeres_explotacion_sexual|osc|A muchas mujeres se les dio una tarjeta por razones humanitarias de un año, pero el proceso penal dura más y luego no se les renueva.
MIG-01|r|personas_migrantes|inm|La demanda de tarjetas por razones humanitarias en Tapachula es enorme; las víctimas de trata compiten en la misma fila con miles de solicitantes.
MIG-01|a|personas_migrantes|inm|Se abrió una ventanilla preferente para víctimas de delito en la oficina de trámites de Tapachula.
MIG-01|bp|personas_migrantes|int|Acompañamos a la víctima a la oficina de migración con el oficio de la fiscalía ya listo, y el trámite sale el mismo día.
MIG-02|b|personas_migrantes|comar|Hay víctimas que además de la trata tienen un temor fundado en su país, pero como ya están en el proceso de víctima, nadie les ofrece el refugio.
MIG-02|b|personas_migrantes|comar|La oficina de Tapachula recibe la mayor parte de las solicitudes del país; los plazos para resolver se alargan muchísimo.
MIG-02|r|personas_migrantes|int|Hay que explicar a la víctima las diferencias entre la residencia por razones humanitarias y el reconocimiento como refugiada, y casi nadie lo hace bien.
MIG-02|a|personas_migrantes|comar|Ya se marca en el sistema cuando una persona solicitante es posible víctima de trata, para darle prioridad en la entrevista.
MIG-02|bp|personas_migrantes|int|En la entrevista de elegibilidad se aplica un módulo de detección de trata diseñado con la comisión de refugiados.
MIG-03|b|nna_migrantes_no_acompanados|osc|Aunque la ley lo prohíbe, todavía nos enteramos de adolescentes que pasan la noche en la estación antes de que llegue la procuraduría.
MIG-03|r|personas_migrantes|inm|Si la persona no dice que es víctima en la primera entrevista, se le trata como cualquier persona en situación irregular y puede ser devuelta.
MIG-03|a|nna_migrantes_no_acompanados|dif|Los niños no acompañados ya van directo a los centros de asistencia del DIF y no a la estación migratoria.
MIG-03|bp|personas_migrantes|int|Con el instituto se pactó que las posibles víctimas que se detectan en la estación pasen de inmediato a un albergue de la sociedad civil.
MIG-04|b|personas_migrantes|cons|Sacar un pasaporte cuesta y tarda; muchas víctimas no tienen ni el acta de nacimiento para iniciar el trámite.
MIG-04|r|personas_migrantes|cons|Para las personas de Haití o de países sin consulado en Chiapas, conseguir un documento de identidad es casi imposible.
MIG-04|a|personas_migrantes|cons|El consulado ya expide documentos de identidad gratuitos para connacionales víctimas de trata con solo la constancia de la fiscalía.
MIG-04|bp|personas_migrantes|cons|Hicimos jornadas de documentación en los albergues de Tapachula junto con el instituto de migración y la oficina de refugiados.
# --- Retorno
RET-01|b|personas_migrantes|inm|En la práctica, el retorno de una víctima a veces se hace por el mismo mecanismo que una deportación, en el mismo autobús.
RET-01|r|personas_migrantes|int|El retorno tiene que ser voluntario e informado, pero muchas mujeres aceptan volver porque no ven otra opción aquí; eso no es del todo voluntario.
RET-01|a|personas_migrantes|int|El retorno asistido ya incluye un acompañamiento hasta la comunidad y un apoyo para los primeros meses.
RET-01|bp|mujeres_explotacion_sexual|int|Antes de cada retorno hay una sesión con la víctima para revisar su plan de seguridad y a quién puede llamar si algo sale mal.
RET-02|b|personas_migrantes|cons|El consulado se entera del retorno cuando la persona ya está en la frontera; no nos dan tiempo de preparar la recepción.
RET-02|r|personas_migrantes|cons|Las víctimas no siempre quieren que su consulado sepa; temen que su familia se entere o que las autoridades de su país las culpen.
RET-02|a|personas_migrantes|cons|Los consulados de Guatemala, Honduras y El Salvador en Tapachula se reúnen con la fiscalía para revisar los casos pendientes.
RET-02|bp|personas_migrantes|cons|Cuando una connacional decide regresar, el consulado coordina con la institución de protección de su país para que la reciban en el puesto fronterizo.
RET-03|b|nna_migrantes_no_acompanados|dif|Los niños se repatrían muy rápido, sin saber si en su casa está la persona que los entregó a la red.
RET-03|r|nna_migrantes_no_acompanados|dif|La determinación del interés superior antes de repatriar se hace en días, cuando debería tomar semanas de trabajo con la familia.
RET-03|a|nna_migrantes_no_acompanados|dif|La procuraduría ya no firma ninguna repatriación de un niño víctima sin un informe de la autoridad de protección del país de origen.
RET-03|bp|nna_migrantes_no_acompanados|int|Se hacen videollamadas entre el niño, su familia y la autoridad de protección de su país antes de decidir el retorno.
RET-04|b|mujeres_explotacion_sexual|fis|La red que captó a la mujer sigue operando en su pueblo; devolverla sin más es exponerla a que la vuelvan a captar.
RET-04|r|personas_migrantes|int|Las condiciones de violencia en algunas zonas de Honduras y El Salvador hacen que el retorno no sea seguro para muchas víctimas.
RET-04|a|personas_migrantes|int|Se incorporó una evaluación de riesgo en el lugar de origen con información de las organizaciones socias del otro país.
RET-05@retorno|r|personas_indigenas|dif|También tenemos chiapanecos que regresan del norte después de haber sido explotados en campos agrícolas; nadie los recibe como víctimas.
TRV-03@retorno|b|personas_migrantes|cons|El consulado no tiene partida para pagar el traslado de una víctima a su comunidad; lo cubrimos con donaciones o con la cooperación.
# --- Acceso a la justicia
JUS-01|b|personas_migrantes|fis|Las víctimas migrantes quieren seguir su camino; si la investigación dura meses, se van y el caso se cae.
JUS-01|b|mujeres_explotacion_sexual|osc|En la agencia le preguntaron a una muchacha por qué no se había escapado antes; salió de ahí sin querer volver.
JUS-01|r||fis|La fiscalía contra la trata concentra los casos en Tuxtla y en Tapachula; en el resto del estado la denuncia la recibe un ministerio público sin formación.
JUS-01|a|mujeres_explotacion_sexual|fis|Se formó un grupo de investigación financiera que sigue el dinero de los bares; eso ya permitió asegurar bienes.
JUS-01|bp|personas_migrantes|fis|Se toma la denuncia en el albergue, con la víctima tranquila y acompañada, y no en la agencia.
JUS-02|b|personas_indigenas|ceav|Los asesores jurídicos no hablan lenguas indígenas y dependen del mismo intérprete que usa la fiscalía.
JUS-02|r|personas_migrantes|ceav|Cuando la víctima ya regresó a su país, el asesor jurídico pierde contacto con ella y no puede informarle cómo va el proceso.
JUS-02|a|personas_migrantes|ceav|La asesoría jurídica estatal designó una persona para la región costa que se dedica solo a víctimas migrantes.
JUS-03|b|nna|fis|Los casos de niños indígenas vendiendo para un adulto se clasifican como omisión de cuidados o como explotación laboral infantil, casi nunca como trata.
JUS-03|r|explotacion_laboral|fis|La explotación laboral en fincas es muy difícil de probar como trata; los patrones dicen que pagaron y tienen listas de raya firmadas.
JUS-03|a|mujeres_explotacion_sexual|fis|Con la ley de 2020 se armonizaron los tipos penales con la ley general y ya no hay tanta discusión sobre qué ley aplicar.
JUS-04|b||fis|En los juzgados de la costa casi no hay jueces con experiencia en trata; los procesos se alargan con diferimientos.
JUS-04|r|mujeres_explotacion_sexual|dh|Cuando hay sentencia, casi siempre es contra la encargada del bar, que muchas veces fue víctima antes; los dueños no llegan a juicio.
JUS-04|a|mujeres_explotacion_sexual|fis|En el último año hubo sentencias condenatorias en casos que empezaron con una detección en el punto de revisión.
JUS-05|r|personas_migrantes|fis|La prueba anticipada requiere que el juez y la defensa estén disponibles rápido; con la carga de trabajo, eso casi no se logra antes de que la víctima se vaya.
JUS-05|a|nna|fis|Ya hay un protocolo para que los niños declaren acompañados de la procuraduría y en una sala adaptada.
JUS-05|bp|personas_migrantes|int|Con apoyo de los consulados, una víctima que ya había regresado a su país declaró por videoconferencia desde su consulado.
# --- Reparación
REP-01|b|personas_migrantes|ceav|El registro estatal de víctimas pide CURP o un documento de identidad mexicano; una víctima extranjera recién rescatada no tiene ninguno.
REP-01|r|personas_indigenas|ceav|Muchas familias indígenas no saben que existe el registro, y el personal no va a las comunidades a explicarlo.
REP-01|a|personas_migrantes|ceav|Se aceptó la constancia de la fiscalía como documento suficiente para inscribir a víctimas extranjeras en el registro.
REP-02|b|personas_migrantes|ceav|Para cobrar una compensación la víctima necesita una cuenta bancaria, y sin documento migratorio vigente no se la abren.
REP-02|r|mujeres_explotacion_sexual|ceav|La reparación llega años después, cuando la mujer ya está en su país; localizarla para entregarla es otro problema.
REP-02|bp|personas_migrantes|cons|Se logró que una compensación se entregara a través del consulado a una víctima que ya había regresado a Guatemala.
REP-03|b|personas_indigenas|dh|La rehabilitación debería incluir a la comunidad, sobre todo en los pueblos indígenas, y eso nunca se contempla.
REP-03|a|mujeres_explotacion_sexual|ceav|Se ordenó como medida de rehabilitación la atención psicológica de largo plazo para las víctimas de un caso en la costa.
REP-04|b||dh|Las recomendaciones de la comisión de derechos humanos sobre trata se aceptan, pero el cumplimiento es muy lento.
REP-04|a|personas_migrantes|cie|Después de un caso grave en la frontera se reformó el procedimiento de revisión en los puntos de control para incluir la detección de trata.
REP-04|bp|mujeres_explotacion_sexual|dh|Se hizo un acto público de reconocimiento con las víctimas que lo aceptaron, y se publicaron los compromisos de las instituciones.
`;
export const CHIAPAS_2 = `
DET-02|b|nna|mun|En el crucero de Tuxtla vemos a los mismos niños cada día, con la misma señora que los vigila desde la esquina; eso lo sabemos todos y nadie hace nada.
DET-02|a|explotacion_laboral|trab|En la temporada de café ya se revisa si a los trabajadores guatemaltecos les retuvieron la tarjeta de trabajador fronterizo.
DET-03|a|personas_migrantes|inm|Todo el personal de la oficina de regularización tomó el curso de detección con casos prácticos de la frontera sur.
DET-04|r|personas_migrantes|comar|Muchas solicitantes cuentan que pagaron para cruzar y luego las pusieron a trabajar para pagar; no sabemos si eso es tráfico, trata o las dos cosas.
DET-05|r|nna|seg|En los operativos en los mercados se recoge a los niños que venden, pero a los adultos que los traen nadie los detiene.
DET-06|b|nna|acad|Las comunidades de Los Altos ven normal que los niños trabajen con parientes en la ciudad; hablar de trata ahí genera rechazo.
DET-06|a|mujeres_explotacion_sexual|salud|Las enfermeras de los centros de salud de la costa ya reportan a trabajo social cuando una menor llega a consulta desde un bar.
TRV-04@deteccion|b|personas_migrantes|cie|No sabemos cuántas posibles víctimas se detectan en la frontera; cada institución cuenta distinto y nadie suma.
VAL-01|r|nna_migrantes_no_acompanados|dif|Los adolescentes centroamericanos llegan instruidos para no decir nada; la primera entrevista casi siempre es un relato aprendido.
VAL-02|b|nna|dif|El riesgo de los niños de la calle se valora solo en el momento; no se mira qué pasa con ellos en la noche, cuando regresan al cuarto donde duermen.
VAL-02|bp|personas_migrantes|int|La valoración de riesgo incluye siempre una llamada segura con la familia en el país de origen, si la víctima lo autoriza.
VAL-05|b|nna|dif|Al mismo niño lo entrevistan la policía municipal, el DIF municipal, la procuraduría y el ministerio público; para el cuarto ya no dice nada.
VAL-05|bp|personas_migrantes|osc|Pedimos a la fiscalía que la entrevista se haga en el albergue y con nuestra psicóloga presente, y así se ha hecho en los últimos casos.
TRV-01@valoracion|a|nna_migrantes_no_acompanados|dif|La mesa de niñez migrante de la región costa revisa cada semana los casos con indicios de trata.
CAN-01|b|explotacion_laboral|trab|Cuando la inspección encuentra trabajo forzoso en una finca no hay a quién canalizar; la ruta está pensada para mujeres y niños.
CAN-02|a|personas_indigenas|dh|Se agregó al directorio de la comisión a las autoridades comunitarias y a los intérpretes disponibles en cada región.
CAN-03|b|personas_migrantes|cons|Canalizamos connacionales a albergues de la fiscalía y luego no sabemos si siguen ahí o si ya se fueron.
CAN-04|bp|personas_migrantes|ceav|Las organizaciones pueden canalizar directo a la comisión de víctimas con un formato corto, sin oficio ni denuncia previa.
CAN-05|r|nna|dif|Hay niños chiapanecos explotados en otros estados, en el centro y en el norte; traerlos de regreso requiere acuerdos con DIF que no siempre contestan.
AIN-01|r|nna|dif|Los centros de asistencia de Tuxtla y Tapachula están llenos; cuando llegan niños de la calle de San Cristóbal hay que buscarles lugar en otro municipio.
AIN-02|b|personas_indigenas|salud|En los hospitales de Los Altos no hay personal que hable tsotsil en todos los turnos; la atención de crisis se hace por señas.
AIN-03|bp|personas_migrantes|osc|Las víctimas reciben un teléfono con saldo y los números del albergue y del consulado; así no dependen de nadie para pedir ayuda.
AIN-04|a|personas_migrantes|fis|La fiscalía tiene ya una guardia de víctimas en Tapachula los fines de semana, para los casos de la frontera.
AMP-01|b|explotacion_laboral|ceav|Los hombres que salieron de las fincas no quieren hablar con una psicóloga; dicen que lo que necesitan es trabajo y su pago.
AMP-02|bp|personas_migrantes|int|Hay un abogado de la cooperación que explica a la víctima, en una sola cita, los tres procesos que tiene abiertos y qué sigue en cada uno.
AMP-03|b|nna|dif|Los niños indígenas pasan meses en el centro de asistencia esperando que se resuelva su situación, lejos de su lengua y de su comunidad.
AMP-04|b|nna|dif|La procuraduría municipal de San Cristóbal tiene una abogada y una psicóloga para toda la zona; no alcanzan para los casos de calle.
ALP-01|b|explotacion_laboral|trab|Los jornaleros que denunciaron ya no consiguen trabajo en otras fincas; se corre la voz entre los patrones.
ALP-02|bp|nna|osc|Con los adolescentes que vendían en la calle armamos talleres de oficio que ellos mismos eligieron, y varios ya tienen un ingreso propio.
ALP-03|a|personas_migrantes|cons|El consulado da seguimiento a las víctimas retornadas durante un año con la institución de protección de su país.
ALP-04|bp|nna|dif|Se trabaja con la familia durante meses antes del regreso del niño, con apoyos para que los padres tengan un ingreso y el niño vaya a la escuela.
PRO-01|b|nna|dif|Las medidas de protección para los niños de la calle se dictan, pero al día siguiente el niño ya está otra vez en el mismo crucero.
PRO-02|b|personas_migrantes|osc|Las organizaciones de Tapachula hacemos de refugio sin serlo, sin seguridad ni personal especializado.
PRO-02|bp|mujeres_explotacion_sexual|osc|El albergue tiene un protocolo de seguridad acordado con la fiscalía: quién entra, quién sale y a quién se llama si algo pasa.
PRO-03|a|personas_migrantes|inm|Se restringió el acceso al expediente de las víctimas a un grupo pequeño de personal en la oficina de Tapachula.
PRO-04|b|personas_indigenas|dh|En algunas comunidades quien denunció a un reclutador tuvo que irse del pueblo; nadie lo protegió.
MIG-01|b|nna_migrantes_no_acompanados|dif|Los adolescentes no acompañados esperan meses su documento; sin él no pueden salir del centro de asistencia ni inscribirse a la escuela.
MIG-02|a|personas_migrantes|int|Con el apoyo de la agencia de refugiados se instaló personal en las oficinas de la comisión de refugiados para identificar a víctimas de trata.
MIG-03|b|personas_migrantes|seg|Cuando encontramos migrantes en una casa de seguridad los entregamos a migración, y ahí empieza un trámite que no es de víctima sino de persona detenida.
MIG-04|b|nna_migrantes_no_acompanados|cons|Los niños no traen acta de nacimiento y la consulta a los registros de su país tarda; mientras tanto no existe legalmente para nadie.
RET-01|b|explotacion_laboral|cons|Los trabajadores agrícolas guatemaltecos quieren volver a su casa lo antes posible; se van antes de que se les ofrezca cualquier cosa.
RET-02|b|personas_migrantes|cons|A veces el consulado ni siquiera sabe que un connacional fue identificado como víctima; se entera por la familia.
RET-03|r|nna|dif|Cuando el niño chiapaneco fue explotado en otro estado, su regreso depende de que el DIF de allá lo traiga; se pasan semanas.
RET-04|b|personas_migrantes|cons|No hay información sobre la situación de seguridad en las comunidades de origen; el retorno se decide sin saber qué le espera a la persona.
RET-05@retorno|b|explotacion_laboral|trab|Los jornaleros chiapanecos que regresan de los campos del norte después de meses sin paga no aparecen en ningún registro de víctimas.
JUS-01|b|explotacion_laboral|fis|Los trabajadores agrícolas no denuncian porque el contratista es de su misma comunidad y conoce a su familia.
JUS-02|bp|mujeres_explotacion_sexual|osc|Una abogada de la organización y la asesora jurídica pública van juntas a todas las audiencias; la víctima nunca está sola.
JUS-03|r|personas_migrantes|fis|Cuando hay traslado de migrantes y luego explotación, se discute si el caso es federal o del fuero común, y en esa discusión se pierde tiempo.
JUS-05|b|mujeres_explotacion_sexual|fis|La víctima tiene que estar en la misma sala que la defensa del acusado; para una muchacha que viene de un bar, eso es aterrador.
REP-01|b|nna|ceav|Los niños de la calle casi nunca se inscriben en el registro de víctimas porque sus casos no se investigan como trata.
REP-02|r|explotacion_laboral|trab|Los salarios que no se pagaron a los jornaleros deberían formar parte de la reparación, y eso casi nunca se calcula.
REP-03|r|personas_migrantes|ceav|Las medidas de rehabilitación se ordenan en México, pero la víctima ya está en su país; nadie sabe cómo cumplirlas allá.
`;
