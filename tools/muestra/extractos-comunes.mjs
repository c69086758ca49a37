// Extractos sintéticos (redactados por el equipo, no proceden de entrevistas reales) que podrían
// decir funcionarias y funcionarios de cualquier entidad. Sembraron UNA SOLA VEZ segmentos.csv.
// Formato: CODIGO[@etapa]|valencia|perfil|pista|texto
export const COMUNES = `
# --- Detección
DET-01|b||fis|Aquí no tenemos un protocolo propio para identificar; cada agente lo hace como cree que se hace, según lo que aprendió en el curso que le tocó.
DET-01|b||mun|En el municipio nunca nos han bajado un protocolo. Si la policía encuentra algo raro, lo presenta como falta administrativa y ahí se queda.
DET-01|r||dif|El reto es que el protocolo nacional existe, pero nadie lo ha aterrizado a lo que hace el DIF en el día a día.
DET-01|a||cie|Ya se aprobó en la comisión un formato único de detección; falta que cada dependencia lo adopte de manera formal.
DET-02|b||salud|En urgencias vemos a muchachas que llegan acompañadas de un hombre que contesta por ellas, pero el personal no relaciona eso con la trata.
DET-02|r|explotacion_laboral|trab|Los inspectores sí saben ver cuando no hay contrato o no se paga el salario, lo que les cuesta es ver la deuda o la retención de papeles como indicador de trata.
DET-02|a||osc|Ahora el personal de primer contacto ya pregunta si la persona puede salir libremente o si alguien le guarda sus documentos; hace unos años eso no se preguntaba.
DET-02|bp||int|Hicimos una tarjeta de bolsillo con los once indicadores de trabajo forzoso y la repartimos en las oficinas de atención; la gente la usa de verdad.
DET-03|b||seg|Los cursos son de un día, en línea, y muchas veces los toma quien tiene tiempo, no quien está en la calle haciendo revisiones.
DET-03|b||fis|Capacitaron a los ministerios públicos de la unidad, pero los de las agencias de barandilla, que son los que reciben primero, no saben nada del tema.
DET-03|r||ceav|Necesitamos una capacitación que no sea solo teórica; que el personal practique con casos cómo hacer las preguntas sin asustar a la persona.
DET-03|a||dh|Este año la comisión de derechos humanos incluyó la trata en su programa de formación a policías municipales y ya se dieron varias réplicas.
DET-03|bp||osc|Con la universidad armamos un diplomado para personal de primer contacto con prácticas supervisadas, y quienes lo terminan se vuelven enlaces en su oficina.
DET-04|b|mujeres_explotacion_sexual|fis|Muchas veces, cuando se trata de mujeres adultas en bares, se asume que están ahí por su voluntad y no se investiga si hay explotación.
DET-04|b||seg|Los elementos confunden mucho trata con tráfico; si ven a un grupo de personas migrantes en una casa, lo reportan como tráfico y no se hace ninguna otra pregunta.
DET-04|r|explotacion_laboral|trab|Es difícil distinguir dónde termina una mala condición laboral y dónde empieza la trata; no tenemos criterios claros para eso.
DET-04|a||cie|En las mesas de trabajo ya se discutió la diferencia entre trata, tráfico y explotación laboral, y se hizo una guía corta para aclararlo.
DET-05|b||seg|En los operativos llegan muchas corporaciones al mismo tiempo y nadie tiene claro quién debe hacer la entrevista; las víctimas terminan tratadas como detenidas.
DET-05|r|explotacion_laboral|trab|Las inspecciones se programan con anticipación y a veces el patrón ya sabe que vamos; cuando llegamos, no hay menores ni nadie que se queje.
DET-05|a||fis|En los últimos operativos ya participó personal de atención a víctimas desde el inicio, y eso cambió mucho la forma en que se aborda a las personas.
DET-06|b||osc|Las organizaciones detectamos casos, pero cuando los reportamos nos piden pruebas como si fuéramos el ministerio público.
DET-06|r||acad|Las escuelas y los centros de salud podrían detectar mucho más, pero nadie les ha dicho qué hacer cuando sospechan algo.
DET-06|bp||osc|Tenemos promotoras comunitarias que hablan la lengua y conocen a las familias; ellas son las que nos avisan cuando una joven desaparece después de una oferta de trabajo.
DET-06|a||mun|El DIF municipal ya tiene una línea de reporte y la gente del mercado empezó a llamar cuando ve a niños trabajando hasta tarde.
TRV-02@deteccion|b||fis|Cada vez que se capacita a un grupo, a los pocos meses la mitad ya se cambió de área o de adscripción, y hay que empezar de nuevo.
TRV-05@deteccion|r|lgbti|osc|A las mujeres trans casi nadie las considera posibles víctimas; se les ve como personas que ejercen el trabajo sexual y ya.
TRV-05@deteccion|r|discapacidad_adultos_mayores|dif|Hemos tenido casos de personas con discapacidad puestas a pedir dinero, y el personal no sabía si era trata o un asunto familiar.
# --- Valoración
VAL-01|b||fis|No hay un espacio privado para entrevistar; la persona declara en el mismo pasillo donde están los demás usuarios.
VAL-01|r||ceav|La entrevista de identificación la hace cada institución con su propio formato, y cuando llega la víctima a otra oficina le vuelven a preguntar todo.
VAL-01|a||dif|Ya usamos una entrevista inicial breve que solo busca saber si la persona está en riesgo inmediato; lo demás se pregunta después, con calma.
VAL-01|bp||int|Antes de entrevistar explicamos para qué sirve la información y que puede negarse a contestar; eso genera confianza y las personas hablan más.
VAL-02|b||fis|No existe un instrumento de valoración de riesgo para trata; se usa el de violencia familiar, que no mide lo que pasa con una red.
VAL-02|r||ceav|El riesgo se valora una sola vez, al principio, y nadie lo actualiza aunque cambie la situación de la víctima.
VAL-02|a||fis|Con apoyo de la cooperación internacional se adaptó una cédula de valoración de riesgo que ya se está piloteando en la unidad especializada.
VAL-03|b|personas_indigenas|fis|Cuando la persona habla una lengua indígena, a veces pasan días antes de conseguir un intérprete, y mientras tanto no se le puede tomar la declaración.
VAL-03|r|personas_indigenas|dh|El intérprete no siempre está capacitado en el tema; traduce palabra por palabra y la víctima no entiende qué le están preguntando.
VAL-04|b|nna|dif|La procuraduría no tiene suficiente personal para hacer el plan de restitución de derechos de cada niño; se hace tarde o se hace muy general.
VAL-04|r|nna|dif|Determinar el interés superior de un adolescente que no quiere regresar con su familia es de lo más complicado que nos toca.
VAL-04|a|nna|dif|Ahora hay un equipo multidisciplinario que revisa cada caso de niñez antes de decidir a dónde va; antes lo decidía una sola persona.
VAL-05|b||osc|A una muchacha la entrevistaron cuatro instituciones distintas en dos días; al final ya no quiso hablar con nadie.
VAL-05|r||fis|Queremos evitar que declare varias veces, pero el sistema nos obliga a tomar entrevistas para diferentes momentos del proceso.
VAL-05|bp||fis|Se habilitó una sala con cámara de Gesell y ahí se hace una sola entrevista con todas las instituciones viendo desde el otro lado.
TRV-01@valoracion|r||cie|La identificación formal depende de que el ministerio público reconozca a la persona como víctima, y eso tarda; mientras, las demás instituciones no saben si la pueden atender.
# --- Canalización
CAN-01|b||mun|No hay una ruta escrita. Sabemos a quién llamar porque nos conocemos, pero si cambia la persona, se pierde el contacto.
CAN-01|r||cie|La ruta existe en papel, pero no dice qué hacer en fin de semana ni en los municipios donde no hay fiscalía especializada.
CAN-01|a||cie|La comisión validó un flujograma de canalización que ya se compartió con todas las dependencias integrantes.
CAN-02|b||osc|El directorio que nos dieron tenía teléfonos que ya no existen y nombres de personas que se fueron hace años.
CAN-02|bp||int|Cada institución designó una persona enlace con suplente; cuando hay un caso, se escribe al grupo y en minutos alguien responde.
CAN-02|r||dif|Necesitamos que los enlaces tengan facultades para decidir; si todo se consulta con el jefe, se pierde el tiempo que la víctima no tiene.
CAN-03|b||osc|Canalizamos y nunca sabemos qué pasó con la persona; no hay contrarreferencia de ningún tipo.
CAN-03|r||ceav|Nos llegan oficios de canalización sin la información mínima, y tenemos que volver a entrevistar a la víctima para saber qué necesita.
CAN-03|a||dif|Empezamos a usar una hoja de contrarreferencia que regresa firmada a la institución que canalizó, con lo que se hizo.
CAN-04|b||fis|Hay instituciones que no atienden a una víctima si no trae copia de su denuncia, y muchas no quieren denunciar al principio.
CAN-04|bp||ceav|Se acordó que la atención inmediata no depende de la denuncia; la persona recibe ayuda y después decide si quiere acudir al ministerio público.
CAN-05|r||fis|Cuando la víctima fue captada en otro estado, no sabemos bien a quién corresponde el caso y se pasan el expediente de un lado a otro.
CAN-05|b||ceav|Con otras entidades todo es por oficio y por correo institucional; una canalización a otro estado puede tardar semanas.
TRV-04@canalizacion|b||cie|Cada institución lleva su propio registro y no hay manera de saber si la misma víctima ya pasó por otra dependencia.
TRV-01@canalizacion|a||cie|Desde que la comisión sesiona de forma regular, los titulares se conocen y se destraban las canalizaciones más rápido.
# --- Atención inmediata
AIN-01|b||dif|No hay un lugar para las primeras horas; a veces la víctima se queda en la oficina de la fiscalía hasta la noche porque no hay a dónde llevarla.
AIN-01|r|mujeres_explotacion_sexual|muj|Los refugios para mujeres víctimas de violencia no siempre aceptan casos de trata porque dicen que ponen en riesgo a las demás usuarias.
AIN-01|a||dif|Se habilitaron dos habitaciones de tránsito en un centro asistencial para las primeras setenta y dos horas.
AIN-02|b||salud|La atención psicológica de crisis depende de que haya una psicóloga en turno, y en la noche no hay.
AIN-02|a||salud|En el hospital ya hay un código interno para avisar a trabajo social cuando llega una posible víctima, sin que se entere quien la acompaña.
AIN-02|bp||osc|Tenemos un kit de primer contacto con ropa, artículos de higiene y un teléfono para llamar a la familia; parece poco, pero cambia mucho la primera noche.
AIN-03|b||fis|No hay recursos para lo básico: comida, ropa, un pasaje. A veces el propio personal pone de su bolsa.
AIN-03|r||ceav|Los apoyos de ayuda inmediata existen en la ley, pero el trámite para liberarlos tarda más que la emergencia.
AIN-04|b||dif|Si el caso llega un viernes en la tarde, prácticamente nadie responde hasta el lunes.
AIN-04|a||fis|Se estableció una guardia de atención a víctimas los fines de semana, aunque todavía con muy poco personal.
# --- Mediano plazo
AMP-01|b||ceav|Hay psicólogos, pero no especializados en trauma complejo; la atención se vuelve de contención y no de recuperación.
AMP-01|r||osc|Las víctimas dejan la terapia cuando tienen que trabajar; los horarios de atención no se adaptan a su vida.
AMP-01|bp||osc|Trabajamos con grupos de apoyo entre pares, con mujeres que ya pasaron por el proceso; eso ayuda más que muchas sesiones individuales.
AMP-02|b||ceav|Los asesores jurídicos llevan demasiados expedientes; a una víctima de trata la ven una vez al mes, si bien le va.
AMP-02|a||ceav|Ya se asignó un asesor jurídico fijo para los casos de trata y la víctima sabe a quién buscar.
AMP-03|b||osc|Los albergues tienen reglas pensadas para estancias cortas, y una víctima de trata necesita meses para estabilizarse.
AMP-03|r||dif|Cuando el adolescente cumple dieciocho años dentro del centro asistencial, tiene que salir, y no hay a dónde mandarlo.
AMP-04|b||cie|No hay presupuesto etiquetado para la atención a víctimas de trata; todo sale de programas generales.
AMP-04|r||ceav|Cada año se reduce la plantilla de la comisión y los casos de trata compiten con todos los demás delitos.
# --- Largo plazo
ALP-01|b||trab|Para entrar a un programa de empleo piden comprobante de domicilio e identificación, y la víctima no tiene ni uno ni otro.
ALP-01|a||trab|Se firmó un convenio para que las víctimas canalizadas entren a la bolsa de trabajo sin los requisitos habituales.
ALP-01|bp||osc|Una empresa local aceptó contratar a mujeres egresadas del refugio con acompañamiento durante los primeros meses, y varias siguen ahí.
ALP-02|r||osc|El proyecto de vida se hace, pero muchas veces lo escribe el personal y no la víctima; no se respeta lo que ella quiere.
ALP-02|a||dif|Ahora el proyecto de vida se construye con el adolescente desde que ingresa, y no solo cuando está por egresar.
ALP-03|b||ceav|Cuando la víctima sale del refugio se pierde el contacto; nadie tiene la tarea de darle seguimiento.
ALP-03|r||osc|El seguimiento lo hacemos por teléfono y por mensajes, sin presupuesto, porque sabemos que los primeros meses fuera son los de mayor riesgo.
ALP-04|b|nna|dif|A veces el niño regresa con la misma familia que lo entregó; no hay una valoración seria del entorno antes de reintegrarlo.
ALP-04|r||dh|La comunidad estigmatiza a quien regresa, sobre todo a las mujeres; la reintegración no es solo volver a la casa.
# --- Protección
PRO-01|b||fis|Las medidas de protección se dictan, pero no hay quién las cumpla; la policía no tiene elementos para rondines.
PRO-01|r||fis|Las medidas se piensan para violencia familiar; para una red de trata no sirve de mucho una orden de restricción.
PRO-01|a||fis|Con el nuevo acuerdo, las medidas se notifican a la secretaría de seguridad el mismo día que se dictan.
PRO-02|b||cie|No hay un refugio especializado en la entidad; cuando se necesita, se pide espacio en el refugio federal o en otro estado.
PRO-02|r|nna|dif|Los centros asistenciales no están preparados para adolescentes que vienen de explotación; se mezclan con niños que llegaron por otras causas.
PRO-03|b||osc|Se han filtrado fotos de operativos con las caras de las víctimas; eso las pone en riesgo y destruye la confianza.
PRO-03|r||cie|Compartimos información por mensajería instantánea porque es lo más rápido, pero sabemos que no es seguro.
PRO-03|bp||int|Usamos claves en lugar de nombres en todos los registros que se comparten entre instituciones.
PRO-04|b||fis|La red sabe dónde vive la familia de la víctima; muchas retiran su declaración por miedo a lo que les pueda pasar a sus hijos.
PRO-04|r||dh|Los propios servidores públicos reciben amenazas; en algunos municipios nadie quiere hacerse cargo de estos casos.
# --- Situación migratoria
MIG-01|b|personas_migrantes|inm|La condición de visitante por razones humanitarias se otorga, pero la tarjeta tarda y sin ella la persona no puede trabajar ni moverse.
MIG-01|a|personas_migrantes|inm|Ya se emiten las tarjetas por razones humanitarias para víctimas en la misma oficina, sin mandar el trámite a otra ciudad.
MIG-02|r|personas_migrantes|int|Algunas víctimas necesitan protección internacional, pero nadie les explica que pueden solicitar refugio además de ser víctimas.
MIG-03|b|personas_migrantes|osc|Todavía nos ha tocado encontrar posibles víctimas dentro de la estación migratoria, presentadas como cualquier otra persona.
MIG-04|b|personas_migrantes|cons|Muchas víctimas llegan sin ningún documento; el pasaporte lo tiene el tratante o se perdió en el camino.
# --- Retorno
RET-01|r|personas_migrantes|int|El retorno tiene que ser voluntario, y a veces la víctima cambia de opinión varias veces; los tiempos institucionales no ayudan.
RET-01|bp|personas_migrantes|int|Antes del retorno se hace un contacto con una organización en el lugar de origen, para que alguien la reciba en la terminal.
RET-04|b||int|No se evalúa el riesgo en el lugar de origen; se regresa a la persona al mismo lugar donde fue captada.
RET-04|r||cons|Nos piden garantizar que la víctima estará segura al volver, pero no tenemos información sobre la red en su comunidad.
# --- Acceso a la justicia
JUS-01|b||fis|Muchas carpetas se abren por otro delito y luego nadie las revisa con perspectiva de trata.
JUS-01|r||fis|Sin la declaración de la víctima casi no podemos avanzar, y sin protección la víctima no quiere declarar; es un círculo.
JUS-02|b||ceav|La víctima llega a la audiencia sin haber visto nunca a su asesor jurídico.
JUS-02|a||ceav|Ahora el asesor jurídico acompaña desde la primera entrevista en la fiscalía y no solo en las audiencias.
JUS-03|b||fis|Los casos se reclasifican a lenocinio o a corrupción de menores porque es más fácil probarlos, y la víctima pierde derechos.
JUS-03|r||dh|Los jueces todavía piden que se demuestre el sometimiento físico, como si el engaño o el abuso de la vulnerabilidad no bastaran.
JUS-04|b||fis|Son muy pocos los casos que llegan a sentencia; la mayoría se queda en investigación.
JUS-05|bp||fis|Se ha usado la prueba anticipada para que la víctima declare una sola vez ante el juez y pueda regresar a su lugar de origen.
JUS-05|r||fis|La víctima tiene que volver a declarar meses después, y para entonces ya está lejos o ya no quiere saber nada del proceso.
# --- Reparación
REP-01|b||ceav|Para inscribirse en el registro estatal de víctimas piden requisitos que la persona extranjera o indígena no puede cumplir.
REP-01|a||ceav|Se simplificó el formato de inscripción al registro y ya se puede llenar en la misma fiscalía.
REP-02|b||ceav|El fondo estatal casi no tiene recursos; la compensación queda en papel aunque haya sentencia.
REP-02|r||ceav|Las sentencias ordenan la reparación, pero los sentenciados se declaran insolventes y el fondo no alcanza para cubrirla.
REP-03|r||dh|La reparación se entiende solo como dinero; casi nunca se piensa en la rehabilitación o en una disculpa pública.
REP-04|r||cie|Las garantías de no repetición implican cambiar cómo trabajamos, y eso cuesta más que cualquier compensación.
REP-04|a||dh|Una recomendación de la comisión de derechos humanos llevó a capacitar a todo el personal de una corporación municipal.
`;
export const COMUNES_2 = `
DET-01|a||fis|La unidad ya tiene una lista de verificación de indicadores que se llena en cada denuncia por delitos sexuales o laborales.
DET-02|b|nna|dif|Los maestros ven que un alumno falta mucho o llega con dinero que no se explica, pero no saben que eso puede ser una señal.
DET-03|r||salud|El personal de salud rota por turnos y por contratos eventuales; capacitar a todos los turnos es casi imposible.
DET-05|bp||fis|Antes de cada operativo se hace una reunión de planeación donde se decide quién atiende a las víctimas y quién se ocupa de los probables responsables.
DET-06|r||osc|La denuncia anónima llega, pero nadie nos dice si se investigó; la comunidad deja de reportar porque siente que no pasa nada.
TRV-03@deteccion|r||mun|No hay presupuesto para imprimir materiales ni para hacer recorridos; la detección depende de la buena voluntad del personal.
VAL-01|r|nna|dif|Los niños tardan en confiar; una sola entrevista en las primeras horas casi nunca alcanza para saber lo que vivieron.
VAL-02|bp||int|La valoración de riesgo se revisa cada vez que cambia algo importante: una audiencia, un traslado, una llamada sospechosa.
VAL-05|a||ceav|Se acordó compartir la entrevista inicial entre instituciones, con el consentimiento de la víctima, para no repetirla.
TRV-05@valoracion|b|lgbti|fis|A las personas trans se les registra con el nombre de su documento aunque pidan otro; desde ahí se rompe la confianza.
TRV-05@valoracion|r|discapacidad_adultos_mayores|dif|Cuando la víctima tiene una discapacidad intelectual, nadie sabe cómo hacer la entrevista de manera adecuada.
CAN-01|b||dh|Cada institución cree que la siguiente en la ruta es otra; la víctima termina yendo y viniendo entre oficinas.
CAN-03|bp||cie|En cada sesión ordinaria se revisan los casos canalizados entre dependencias y se anotan los pendientes con responsable.
CAN-04|r||dh|Todavía hay personal que cree que si la víctima no denuncia es porque no es víctima.
TRV-02@canalizacion|b||ceav|Cuando cambia el enlace de una institución, las canalizaciones se quedan detenidas hasta que alguien averigua quién lo sustituyó.
AIN-01|bp||ceav|Se firmó un convenio con un hotel para alojamiento de emergencia con reglas de confidencialidad claras para el personal.
AIN-02|r||salud|La víctima no quiere revisión médica completa en el primer momento; hay que respetar eso y volver a ofrecerla después.
AIN-03|a||dif|El DIF ya tiene un fondo revolvente pequeño para cubrir alimentos, ropa y traslados de las primeras horas.
AIN-04|r||ceav|El personal de guardia existe, pero no tiene facultades para autorizar un gasto; todo espera al lunes.
AMP-01|a||ceav|Ya se cuenta con una psicóloga capacitada en trauma asignada a los casos de trata, aunque todavía es insuficiente.
AMP-02|r||osc|La víctima necesita asesoría no solo penal, también familiar, laboral o migratoria, y nadie la da completa.
AMP-02|bp||osc|Hacemos una reunión mensual entre la asesoría jurídica pública y las abogadas de las organizaciones para revisar juntas los casos.
AMP-03|bp||osc|La casa de medio camino permite que la víctima salga a trabajar y regrese a dormir; es el paso que faltaba entre el refugio y la vida independiente.
AMP-04|bp||cie|La comisión logró que la atención a víctimas de trata tuviera una partida específica en el presupuesto del año siguiente.
ALP-01|r||trab|Los cursos de capacitación no están pensados para personas con baja escolaridad; las víctimas se inscriben y abandonan.
ALP-02|bp||osc|El proyecto de vida se revisa con la víctima cada mes, y ella decide qué metas cambiar.
ALP-03|a||dif|Se estableció un seguimiento de seis meses después del egreso para todas las niñas y niños víctimas.
ALP-04|a||osc|Antes del regreso a casa se hacen visitas a la familia para preparar la reintegración y hablar del estigma.
PRO-01|r||ceav|Cuando la víctima cambia de domicilio, las medidas de protección no la siguen; hay que tramitarlas otra vez.
PRO-02|a||cie|Hay un proyecto aprobado para abrir un refugio especializado con participación de una organización civil.
PRO-03|b||ceav|Los oficios de canalización circulan con el nombre completo de la víctima, su domicilio y hasta la historia de lo que le pasó.
PRO-03|a||cie|Se aprobó un lineamiento interno para compartir solo la información mínima necesaria entre las dependencias.
PRO-04|bp||fis|Se usan audiencias a puerta cerrada y se resguarda el domicilio de la víctima en todas las actuaciones.
MIG-01|r|personas_migrantes|osc|La víctima no siempre entiende que la condición por razones humanitarias es temporal y qué tiene que hacer para cambiarla a residencia.
MIG-03|r|personas_migrantes|dh|En los operativos migratorios se detiene primero y se pregunta después; la detección de víctimas llega tarde.
MIG-04|a|personas_migrantes|inm|Para víctimas sin pasaporte ya se acepta la constancia consular como documento de identidad en el trámite migratorio.
RET-01|b|personas_migrantes|int|Los trámites para el retorno asistido tardan semanas; la víctima se desespera y se va por su cuenta.
RET-02|r|personas_migrantes|cons|Los consulados atienden a muchas personas con muy poco personal; los casos de trata compiten con todo lo demás.
RET-03|b|nna_migrantes_no_acompanados|int|La repatriación de niños se hace en grupos, con un procedimiento pensado para muchos y no para el caso de un niño víctima.
RET-04|bp||int|Antes del retorno se revisa con la víctima si quiere volver a su misma comunidad o a otra ciudad donde tenga redes de apoyo.
JUS-01|a||fis|Se capacitó a las policías de investigación en entrevista a víctimas y ya se nota en la calidad de las primeras diligencias.
JUS-02|bp||ceav|La víctima y su asesor jurídico se reúnen antes de cada audiencia para preparar lo que va a pasar y resolver dudas.
JUS-03|a||fis|La fiscalía emitió un criterio interno para que ningún caso con indicios de trata se reclasifique sin revisión de la unidad especializada.
JUS-04|r||dh|Los procesos duran años y la víctima pierde el interés; cuando llega la sentencia, ya nadie sabe dónde está.
JUS-04|bp||fis|Se litigan los casos con un equipo mixto de fiscal, asesor jurídico y psicóloga, que prepara a la víctima para el juicio oral.
JUS-05|b||fis|No todas las salas tienen equipo para declarar a distancia o con biombo; la víctima ve de frente al acusado.
REP-01|r||ceav|El registro de víctimas no distingue bien los casos de trata; quedan como otros delitos y no se sabe cuántos son.
REP-02|a||ceav|Se pagó por primera vez una compensación subsidiaria del fondo estatal a una víctima de trata.
REP-03|b||ceav|Las medidas de satisfacción casi nunca se piden en la audiencia; el ministerio público se concentra en la pena.
REP-03|bp||dh|La víctima participó en el diseño de su propia medida de satisfacción, y eso tuvo mucho más sentido para ella.
REP-04|b||cie|Los programas de prevención se anuncian, pero no se evalúa si cambian algo; no hay garantía real de no repetición.
TRV-01@reparacion|r||cie|La reparación depende de tres instituciones que no se hablan entre sí: la fiscalía, el poder judicial y la comisión de víctimas.
TRV-04@acceso_justicia|b||fis|La estadística de la fiscalía no separa bien las modalidades de explotación; no sabemos cuántos casos son laborales y cuántos sexuales.
TRV-05@atencion_mediano_plazo|r|lgbti|osc|Los albergues para mujeres no reciben a mujeres trans, y los de hombres no son seguros para ellas.
TRV-05@atencion_inmediata|b|discapacidad_adultos_mayores|dif|Los espacios de atención no tienen rampas ni personal que conozca lengua de señas.
TRV-01@atencion_largo_plazo|r||cie|La reintegración necesita a educación, trabajo, salud y vivienda, y esas dependencias casi no participan en la comisión.
TRV-03@proteccion|b||fis|No hay recursos para trasladar a una víctima en riesgo a otra ciudad; a veces se hace en el vehículo particular de alguien del personal.
TRV-02@atencion_mediano_plazo|r||ceav|Cuando cambia la psicóloga del caso la víctima tiene que empezar de nuevo, y muchas abandonan.
TRV-04@situacion_migratoria|r|personas_migrantes|inm|El sistema del instituto registra la condición migratoria, pero no permite marcar que la persona es víctima de trata.
`;
