// Extractos sintéticos propios de Chihuahua (frontera norte). Redactados por el equipo; no son citas reales.
// Sembraron UNA SOLA VEZ data/chihuahua/segmentos.csv. Formato: CODIGO[@etapa]|valencia|perfil|pista|texto
export const CHIHUAHUA = `
# --- Detección
DET-01|b|nna_actividades_delictivas|seg|Cuando detenemos a un adolescente vendiendo droga o de halcón, lo presentamos como adolescente en conflicto con la ley; no hay un protocolo que diga que primero hay que ver si es víctima.
DET-01|b|explotacion_laboral|trab|La inspección en los campos de Delicias no tiene una guía para detectar trata; revisamos seguridad social, jornada y salario, y hasta ahí.
DET-01|r|personas_indigenas|cie|El protocolo estatal de detección se aprobó, pero no tiene nada sobre pueblos indígenas, y la mitad de los casos laborales son de gente de la sierra.
DET-01|a|nna_actividades_delictivas|fis|La fiscalía de adolescentes ya aplica una ficha de indicadores de reclutamiento antes de decidir cómo procede.
DET-01|bp|personas_migrantes|int|En el módulo de recepción de personas repatriadas del puente se hace una pregunta sobre trabajo forzado o deudas en Estados Unidos a todas las personas.
DET-02|b|personas_indigenas|mun|Las mujeres rarámuri que piden korima en la calle son parte de su cultura; el problema es que no sabemos distinguir cuándo hay alguien detrás que se queda con el dinero.
DET-02|b|mujeres_explotacion_sexual|salud|En el centro de Juárez hay muchachas muy jóvenes con tatuajes iguales, que llegan a consulta con la misma mujer; el personal de salud no lo relaciona con explotación.
DET-02|r|nna_actividades_delictivas|dif|Los adolescentes que trabajan para un grupo traen dinero, celular nuevo y dejan la escuela; los indicadores están ahí, pero se leen como problema de conducta.
DET-02|r|explotacion_laboral|trab|En los campos de manzana de Cuauhtémoc el pago es por caja y el contratista descuenta transporte, comida y hospedaje; la deuda crece sin que nadie la vea.
DET-02|a|personas_indigenas|dh|Se hizo una guía de indicadores con enfoque intercultural que ya se usa en las oficinas de la comisión en la sierra.
DET-02|bp|mujeres_explotacion_sexual|osc|En los recorridos nocturnos por el centro de Juárez las promotoras reconocen a las muchachas que cambian de zona cada semana; eso es una señal que aprendimos a leer.
DET-03|b|nna_actividades_delictivas|seg|A los policías municipales nadie les ha explicado que un niño usado por el crimen organizado es víctima de trata según la ley.
DET-03|b|explotacion_laboral|trab|Tenemos pocos inspectores para todo el estado y ninguno ha recibido formación sobre trabajo forzoso.
DET-03|r||mun|Juárez es muy grande; capacitar a todo el personal de los centros comunitarios y de las estaciones de policía requiere un plan de años.
DET-03|a|personas_migrantes|inm|El personal que recibe a los repatriados en el puente ya tomó un taller sobre indicadores de explotación laboral en Estados Unidos.
DET-03|bp|nna_actividades_delictivas|acad|Con la universidad se formó a orientadores de secundarias de Juárez para detectar el reclutamiento; ellos replican con los maestros.
DET-04|b|nna_actividades_delictivas|fis|Para la mayoría de los agentes el niño que vende droga es un delincuente, no una víctima; cuesta mucho que se vea como trata.
DET-04|b|explotacion_laboral|trab|Se confunde la explotación laboral con un incumplimiento de la ley laboral; se pone una multa al patrón y el caso se cierra.
DET-04|r|personas_indigenas|dh|No todo korima es explotación; pero si criminalizamos la práctica cultural, las familias dejan de confiar en las instituciones.
DET-04|a|nna_actividades_delictivas|cie|El consejo aprobó un criterio para que el uso de adolescentes en actividades delictivas se analice siempre como posible trata.
DET-05|b|mujeres_explotacion_sexual|fis|En los operativos a bares del centro se revisan licencias; si hay menores, se cierra el lugar, pero las muchachas se mueven a otro el mismo día.
DET-05|b|explotacion_laboral|trab|A los campos de la sierra no se puede entrar; hay zonas controladas por grupos armados donde ni siquiera los inspectores van.
DET-05|r|nna_actividades_delictivas|seg|En los cateos a casas de seguridad aparecen adolescentes; la prioridad operativa es el arma y la droga, no la entrevista con el menor.
DET-05|a|explotacion_laboral|trab|Las inspecciones en la temporada de cosecha ya se hacen junto con la comisión de pueblos indígenas y un intérprete.
DET-05|bp|explotacion_laboral|trab|Las inspecciones se programan sin aviso y en horario de trabajo, acompañadas por personal de atención a víctimas y de la fiscalía.
DET-06|b|personas_indigenas|osc|En los asentamientos rarámuri de la ciudad se sabe quién recluta para los campos, pero nadie denuncia porque de eso viven.
DET-06|r|nna_actividades_delictivas|acad|Las familias saben que los grupos reclutan a sus hijos en las redes sociales y en los videojuegos, pero no tienen a quién acudir sin ponerse en riesgo.
DET-06|a|mujeres_explotacion_sexual|mun|La línea municipal de atención a mujeres ya tiene una opción específica para ofertas de trabajo sospechosas.
DET-06|bp|personas_indigenas|osc|Los gobernadores indígenas de los asentamientos de la ciudad participan en las pláticas; cuando llega un reclutador, ellos avisan.
DET-06|bp|nna|dif|Los centros comunitarios del DIF en colonias del suroriente de Juárez tienen personal que conoce a los niños y detecta cuando alguien nuevo empieza a rondar.
TRV-02@deteccion|b||seg|La policía municipal de Juárez tiene mucha rotación; la mitad del personal que capacitamos hace dos años ya no está.
TRV-05@deteccion|b|personas_indigenas|trab|En los campos de Delicias no hay quién hable rarámuri en la inspección; los trabajadores contestan que sí a todo.
TRV-05@deteccion|r|lgbti|osc|En Juárez hay mujeres trans migrantes y mexicanas explotadas en la misma zona que las demás, pero ningún programa las busca.
TRV-03@deteccion|b||fis|La unidad especializada de la zona norte tiene muy pocos agentes para una ciudad del tamaño de Juárez.
TRV-04@deteccion|b||cie|No hay una cifra estatal de personas detectadas; cada institución tiene la suya y ninguna coincide.
# --- Valoración
VAL-01|b|nna_actividades_delictivas|fis|La entrevista al adolescente detenido la hace el mismo agente que lo detuvo; no va a decir que lo obligaron.
VAL-01|b|explotacion_laboral|trab|La entrevista a los jornaleros se hace frente al mayordomo o al contratista; nadie dice nada delante de él.
VAL-01|r|personas_migrantes|inm|Las personas repatriadas llegan cansadas, con prisa por irse; hay que hacer la entrevista en pocos minutos y eso no permite profundizar.
VAL-01|a|mujeres_explotacion_sexual|fis|En el Centro de Justicia para las Mujeres ya hay un espacio privado para las entrevistas de identificación.
VAL-01|bp|nna|dif|La entrevista a niñas y niños la hace la psicóloga de la procuraduría con una guía breve, en un cuarto con juguetes, y el ministerio público observa.
VAL-02|b|nna_actividades_delictivas|fis|Un adolescente que sale del grupo está en riesgo de muerte; la valoración de riesgo que usamos no mide eso.
VAL-02|b|mujeres_explotacion_sexual|ceav|Se valora el riesgo de la víctima, pero no de sus hijos, que muchas veces son la forma en que la red la controla.
VAL-02|r|personas_migrantes|int|Las personas que esperan cruzar a Estados Unidos están en riesgo por el tiempo que pasan en Juárez; cada semana cambia su situación.
VAL-02|a|nna_actividades_delictivas|dif|La procuraduría incluyó en su valoración preguntas sobre amenazas del grupo a la familia y sobre deudas con ellos.
VAL-02|bp|mujeres_explotacion_sexual|fis|La valoración de riesgo se hace con la víctima, no sobre ella: se le pregunta qué le da miedo y qué la haría sentir segura.
VAL-03|b|personas_indigenas|fis|No hay intérpretes de rarámuri en la fiscalía de la zona norte; se pide a la comisión de pueblos indígenas y tarda días.
VAL-03|r|personas_indigenas|dh|El rarámuri tiene variantes; un intérprete de Guachochi no siempre entiende bien a alguien de otra región de la sierra.
VAL-03|a|personas_indigenas|dh|La comisión de pueblos indígenas tiene ya una lista de intérpretes certificados disponibles por teléfono para la fiscalía.
VAL-03|bp|personas_indigenas|osc|Con las mujeres rarámuri la entrevista la hace una promotora de su comunidad, con su forma de hablar y a su ritmo.
VAL-04|b|nna_actividades_delictivas|dif|Cuando el adolescente tiene causa penal, la procuraduría casi no interviene; la determinación del interés superior queda fuera del proceso.
VAL-04|b|nna_migrantes_no_acompanados|dif|Los niños mexicanos repatriados solos desde Estados Unidos llegan en la noche; la valoración se hace rápido para entregarlos a un familiar.
VAL-04|r|nna|dif|Cuando la explotación viene de la propia familia, decidir si el niño regresa a casa o va a un centro de asistencia es lo más difícil.
VAL-04|a|nna_migrantes_no_acompanados|dif|El módulo de repatriación del DIF en el puente ya entrevista a cada niño en privado antes de entregarlo.
VAL-04|bp|nna_actividades_delictivas|dif|Se hace una sesión de caso entre la procuraduría, la defensoría de adolescentes y el juez especializado para definir el plan de restitución.
VAL-05|b|mujeres_explotacion_sexual|osc|Una joven tuvo que repetir su historia en la policía, en la fiscalía, en el centro de justicia y en el juzgado en la misma semana.
VAL-05|r|nna_actividades_delictivas|fis|El adolescente declara como imputado y después como víctima; eso es confuso para él y para todos.
VAL-05|a|nna|fis|Ya se graba la entrevista inicial de niñas y niños para no volver a llamarlos a declarar.
TRV-01@valoracion|r|explotacion_laboral|cie|La secretaría del trabajo detecta, pero no tiene facultades para identificar víctimas; tiene que esperar a la fiscalía.
TRV-05@valoracion|r|lgbti|dh|Las personas LGBTI no quieren decir su orientación o identidad en la entrevista por miedo a ser discriminadas, y eso cambia toda la valoración del riesgo.
# --- Canalización
CAN-01|b|explotacion_laboral|trab|Cuando encontramos trabajadores explotados en un campo de Delicias no existe una ruta; llamamos a quien conocemos.
CAN-01|b|nna_actividades_delictivas|seg|No hay a dónde canalizar a un adolescente que quiere salir de un grupo criminal; el único camino es el sistema de justicia para adolescentes.
CAN-01|r||cie|La ruta estatal funciona en Juárez y en la capital; en Cuauhtémoc, Delicias o Nuevo Casas Grandes todo depende del personal que esté.
CAN-01|a|nna|dif|El consejo aprobó un flujograma de canalización para niñez víctima, con tiempos máximos para cada paso.
CAN-01|bp|personas_migrantes|int|Tenemos una ruta pactada con el instituto de migración: cuando detectan a un repatriado con indicios de explotación, nos llaman y lo recibimos en el mismo puente.
CAN-02|b|personas_indigenas|osc|La comisión de pueblos indígenas no estaba en el directorio de atención a víctimas; teníamos que llamar a alguien conocido.
CAN-02|r||mun|Con el cambio de administración municipal se fueron todos los enlaces; el directorio de la ruta quedó vacío.
CAN-02|a||cie|Cada integrante del consejo nombró un enlace operativo y uno suplente, y la lista se actualiza cada trimestre.
CAN-03|b|nna_migrantes_no_acompanados|dif|Entregamos a los niños repatriados a sus familias en otros estados y nunca volvemos a saber de ellos.
CAN-03|r|mujeres_explotacion_sexual|osc|Canalizamos a las mujeres al centro de justicia y no nos regresan ninguna información; no sabemos si las atendieron.
CAN-03|bp||cie|La secretaría técnica del consejo lleva una bitácora de canalizaciones entre dependencias y la revisa en cada sesión.
CAN-04|b|nna_actividades_delictivas|fis|Si el adolescente no declara contra el grupo, no se le reconoce como víctima y no entra a ningún programa.
CAN-04|r|explotacion_laboral|ceav|Los jornaleros quieren que les paguen lo que les deben, no denunciar; y sin denuncia la comisión no puede hacer casi nada por ellos.
CAN-04|a|mujeres_explotacion_sexual|muj|El instituto de las mujeres recibe a víctimas sin denuncia y las acompaña hasta que ellas deciden qué hacer.
CAN-05|b|explotacion_laboral|trab|Los jornaleros los traen de otros estados; cuando se rescata a alguien de Veracruz o de Oaxaca, coordinarse con su estado tarda semanas.
CAN-05|b|personas_migrantes|inm|Para los mexicanos explotados en Estados Unidos la coordinación es con el consulado de allá y con la cancillería, y acá solo recibimos a la persona en el puente.
CAN-05|r|nna_actividades_delictivas|fis|Los adolescentes reclutados en Juárez los llevan a otros municipios o a otros estados; el caso queda partido entre varias fiscalías.
CAN-05|a|personas_migrantes|int|Se hizo un mecanismo con organizaciones de El Paso para canalizar de un lado a otro a víctimas que cruzan la frontera.
CAN-05|bp|explotacion_laboral|trab|Con la secretaría del trabajo del estado de origen se coordinó el regreso de un grupo de jornaleros con su pago completo.
TRV-04@canalizacion|b|nna_actividades_delictivas|dif|El expediente del adolescente en el sistema de justicia y el de la procuraduría no se comunican; cada uno empieza de cero.
# --- Atención inmediata
AIN-01|b|explotacion_laboral|trab|No hay alojamiento para hombres víctimas de explotación laboral; los hemos tenido que mandar a un albergue para migrantes.
AIN-01|b|nna_actividades_delictivas|dif|Un adolescente que sale de un grupo criminal no puede quedarse en un centro de asistencia cualquiera; ahí lo pueden encontrar.
AIN-01|r|personas_indigenas|dif|Las familias rarámuri no quieren que separen a los niños de sus madres; el alojamiento tiene que ser para toda la familia.
AIN-01|a|mujeres_explotacion_sexual|muj|El instituto de las mujeres tiene un convenio con un refugio de Juárez para aceptar víctimas de trata las primeras noches.
AIN-01|bp|personas_migrantes|osc|La casa de acogida separa un área para víctimas de trata, con entrada distinta y reglas de visitas propias.
AIN-02|b|nna_actividades_delictivas|salud|Los adolescentes que salen de los grupos llegan con adicciones; la desintoxicación no se da en los servicios de urgencia.
AIN-02|r|personas_indigenas|salud|La atención médica a mujeres rarámuri tiene que respetar su forma de entender la salud; si no, simplemente se van.
AIN-02|a|mujeres_explotacion_sexual|salud|El hospital de la mujer en Juárez ya tiene un protocolo de atención para víctimas de violencia sexual que también se aplica en casos de trata.
AIN-02|bp|nna|dif|La psicóloga de guardia de la procuraduría acude al lugar del rescate y acompaña a los niños en el traslado.
AIN-03|b|explotacion_laboral|trab|Los trabajadores salen del campo con lo que traen puesto; ni la empresa ni el gobierno cubren el regreso a su comunidad.
AIN-03|r|personas_migrantes|inm|Los repatriados llegan sin dinero, sin teléfono y a veces sin zapatos; la atención inmediata tiene que cubrir eso antes de preguntar nada.
AIN-03|bp|personas_migrantes|int|En el puente se entrega un paquete de llegada con ropa, un teléfono prestado y transporte a un albergue, antes de cualquier entrevista.
AIN-04|b|nna_migrantes_no_acompanados|dif|Las repatriaciones de niños por el puente suceden hasta de madrugada y el personal de guardia es mínimo.
AIN-04|a|mujeres_explotacion_sexual|fis|El Centro de Justicia para las Mujeres atiende las veinticuatro horas y ya recibe casos de trata fuera de horario.
# --- Mediano plazo
AMP-01|b|nna_actividades_delictivas|dif|No hay terapeutas que sepan trabajar con adolescentes que vivieron violencia extrema dentro de un grupo criminal.
AMP-01|r|personas_indigenas|dif|La atención psicológica para personas rarámuri tiene que ser en su lengua y con su visión; no basta con traducir la terapia.
AMP-01|a|mujeres_explotacion_sexual|muj|El instituto de las mujeres abrió un grupo de apoyo para sobrevivientes de explotación sexual en Juárez.
AMP-01|bp|nna_actividades_delictivas|osc|Trabajamos con deporte y música con adolescentes que salieron de los grupos; ahí encuentran otra forma de pertenecer.
AMP-02|b|explotacion_laboral|ceav|Nadie asesora a los jornaleros sobre lo que pueden reclamar por la vía laboral; la asesoría jurídica solo ve lo penal.
AMP-02|a|explotacion_laboral|trab|La procuraduría de la defensa del trabajo ya acompaña a las víctimas de explotación laboral para reclamar salarios caídos.
AMP-02|bp|nna_actividades_delictivas|osc|Una abogada de la organización acompaña al adolescente tanto en su causa penal como en su proceso como víctima.
AMP-03|b|nna_actividades_delictivas|dif|Los centros de asistencia no aceptan a adolescentes con antecedentes de participación en grupos criminales; dicen que ponen en riesgo a los demás.
AMP-03|r|mujeres_explotacion_sexual|osc|Las mujeres con hijos no pueden quedarse mucho tiempo en el refugio; las reglas no permiten que los hijos mayores se queden con ellas.
AMP-03|a|nna|dif|El DIF estatal tiene ya un centro de asistencia especializado para adolescentes víctimas de explotación en la capital.
AMP-04|b||ceav|La comisión ejecutiva estatal tiene oficina en Juárez y en Chihuahua; en el resto del estado, la víctima tiene que viajar.
AMP-04|r|personas_indigenas|dh|Los programas de atención a víctimas casi no tienen presupuesto para ir a la sierra; todo está en las ciudades.
AMP-04|a||ceav|Se abrió una oficina regional de atención a víctimas en Cuauhtémoc, que cubre también la zona serrana.
# --- Largo plazo
ALP-01|b|nna_actividades_delictivas|trab|Un joven que estuvo en un grupo criminal tiene antecedentes y nadie lo contrata; regresar al grupo se vuelve la única opción.
ALP-01|b|personas_migrantes|trab|Las personas repatriadas tienen experiencia laboral en Estados Unidos, pero sin documentos mexicanos no pueden entrar a un empleo formal.
ALP-01|r|personas_indigenas|osc|Las opciones de empleo para jornaleros rarámuri son las mismas que los llevaron a la explotación; no hay alternativa en la sierra.
ALP-01|a|mujeres_explotacion_sexual|trab|La bolsa de trabajo estatal ya tiene un convenio con la industria maquiladora para contratar a mujeres egresadas de refugios.
ALP-01|bp|nna_actividades_delictivas|osc|Con empresas de Juárez hicimos un programa de aprendices para jóvenes que salieron de grupos; tienen un tutor en la empresa.
ALP-02|b|nna_actividades_delictivas|dif|El proyecto de vida de un adolescente que sale de un grupo tiene que contemplar que no puede volver a su colonia, y eso casi nunca se planea.
ALP-02|r|personas_migrantes|int|Muchos repatriados tienen a su familia en Estados Unidos; su proyecto de vida está allá, y eso complica cualquier plan aquí.
ALP-02|a|personas_indigenas|dh|Los planes de reintegración para familias rarámuri ya se hacen con las autoridades tradicionales de su comunidad.
ALP-03|b|explotacion_laboral|trab|Una vez que el jornalero regresa a su comunidad en la sierra, no hay forma de darle seguimiento; no hay señal telefónica.
ALP-03|r|nna|dif|El seguimiento a los niños reintegrados lo tiene que hacer el DIF municipal, y en municipios pequeños es una sola persona para todo.
ALP-03|bp|nna_actividades_delictivas|osc|Cada joven tiene un mentor que le da seguimiento durante un año después de salir del programa, aunque se cambie de ciudad.
ALP-04|b|nna_actividades_delictivas|dif|Regresar al adolescente a su colonia es regresarlo al lugar donde el grupo lo reclutó; la familia no puede protegerlo.
ALP-04|r|personas_indigenas|osc|La comunidad recibe bien a quien regresa del campo, pero nadie habla de lo que pasó y el reclutador sigue viniendo cada temporada.
ALP-04|a|nna|dif|Se empezó a reubicar a familias completas en otros municipios cuando el riesgo de regreso a la colonia es alto.
# --- Protección
PRO-01|b|nna_actividades_delictivas|fis|Las medidas de protección no sirven contra un grupo que controla la colonia; la familia tiene que irse de la ciudad.
PRO-01|b|mujeres_explotacion_sexual|fis|Las medidas se dictan pero las patrullas pasan una vez por semana; la víctima no se siente protegida.
PRO-01|r|personas_migrantes|fis|Las personas migrantes no tienen domicilio fijo en Juárez; las medidas de protección llegan a un albergue del que ya se fueron.
PRO-01|a|nna_actividades_delictivas|fis|Se ha logrado reubicar a adolescentes y sus familias a otros estados con apoyo del mecanismo federal de protección.
PRO-01|bp|mujeres_explotacion_sexual|ceav|El plan de seguridad se hace con la víctima y se revisa cada mes: rutas, horarios, a quién llamar.
PRO-02|b|explotacion_laboral|cie|No hay un refugio para hombres víctimas de trata en todo el estado; se improvisa en albergues de migrantes.
PRO-02|b|nna_actividades_delictivas|dif|No existe un espacio especializado y seguro para adolescentes que salen de grupos criminales.
PRO-02|r|mujeres_explotacion_sexual|muj|Los refugios para mujeres víctimas de violencia familiar no son suficientes y no tienen protocolos para redes de trata.
PRO-02|a|mujeres_explotacion_sexual|cie|El consejo impulsa un refugio especializado en trata en Juárez en convenio con una organización de la sociedad civil.
PRO-03|b|nna_actividades_delictivas|seg|Se han difundido en redes sociales fotos de adolescentes detenidos; eso los marca ante el grupo como informantes o como enemigos.
PRO-03|r||cie|Las instituciones comparten expedientes completos por correo; no hay un procedimiento para proteger los datos de las víctimas.
PRO-03|bp|nna|dif|La procuraduría usa iniciales y un número de registro interno en todos los oficios que salen sobre niñas y niños.
PRO-04|b|mujeres_explotacion_sexual|fis|Las redes que explotan a las mujeres en Juárez están ligadas a grupos armados; las víctimas saben que denunciar puede costarles la vida.
PRO-04|r|explotacion_laboral|trab|Los contratistas amenazan a los jornaleros con no volver a darles trabajo a ellos ni a nadie de su comunidad.
PRO-04|a|nna_actividades_delictivas|fis|Las audiencias de adolescentes víctimas se hacen ya por videoconferencia desde un lugar resguardado.
TRV-03@proteccion|r|nna_actividades_delictivas|fis|Proteger a un adolescente que sale de un grupo implica mover a toda su familia, y no hay presupuesto para eso.
# --- Situación migratoria
MIG-01|b|personas_migrantes|inm|Las víctimas extranjeras en Juárez quieren cruzar a Estados Unidos; la tarjeta por razones humanitarias no les interesa porque no quieren quedarse.
MIG-01|r|personas_migrantes|osc|Obtener la condición por razones humanitarias en Juárez tarda; mientras tanto la víctima no puede trabajar y vuelve a quedar expuesta.
MIG-01|a|personas_migrantes|inm|La oficina de Juárez ya otorga la condición de visitante por razones humanitarias a víctimas con la sola constancia de la fiscalía.
MIG-01|bp|personas_migrantes|int|Acompañamos a las víctimas al trámite migratorio con todos los documentos listos y con cita previa; así sale en días y no en meses.
MIG-02|b|personas_migrantes|comar|La oficina de la comisión de refugiados en el norte tiene poco personal; las solicitudes de las víctimas esperan como todas las demás.
MIG-02|r|personas_migrantes|int|Muchas víctimas están esperando una cita de asilo en Estados Unidos y no quieren pedir refugio en México; hay que respetar su decisión y protegerlas mientras tanto.
MIG-02|a|personas_migrantes|comar|Se incorporó una pregunta de detección de trata en el registro de solicitantes de la oficina de Juárez.
MIG-03|b|personas_migrantes|dh|Después del incendio en la estación migratoria de Juárez la desconfianza hacia las autoridades es enorme; las víctimas no se acercan.
MIG-03|r|personas_migrantes|inm|En los operativos de verificación no hay personal para separar a posibles víctimas de las personas que simplemente no tienen documentos.
MIG-03|a|nna_migrantes_no_acompanados|dif|Los niños migrantes extranjeros que se encuentran en Juárez ya van directo a un centro de asistencia del DIF, no a una estancia migratoria.
MIG-04|b|personas_migrantes|dh|Las personas mexicanas deportadas llegan sin identificación; sin ella no pueden cobrar un giro, ni rentar, ni trabajar.
MIG-04|a|personas_migrantes|mun|El registro civil instaló un módulo en el puente para expedir actas de nacimiento a personas repatriadas.
MIG-04|bp|personas_migrantes|int|En una sola mañana se tramitan acta, identificación y constancia de registro de población a las personas repatriadas que son víctimas.
# --- Retorno
RET-01|b|explotacion_laboral|trab|Los jornaleros de otros estados se regresan solos en cuanto pueden, sin apoyo ni registro; nadie sabe si llegaron.
RET-01|r|personas_migrantes|int|Las víctimas centroamericanas que están en Juárez no quieren regresar; para ellas el retorno es volver al peligro del que huyeron.
RET-01|a|personas_migrantes|int|Ya existe un procedimiento de retorno asistido desde Juárez, con vuelo y recepción en el país de origen.
RET-01|bp|explotacion_laboral|trab|El retorno de los jornaleros a la sierra se hizo con el pago completo de su salario y una visita de seguimiento del personal de la comisión indígena.
RET-02|b|personas_migrantes|cons|En Juárez no hay consulados centroamericanos con suficiente personal; muchas gestiones se hacen a distancia desde la capital del país.
RET-02|a|personas_migrantes|cons|El consulado de Guatemala atiende a distancia y ya asigna un enlace para los casos de trata que le reporta la fiscalía de Juárez.
RET-03|b|nna_migrantes_no_acompanados|dif|A los niños mexicanos repatriados desde Estados Unidos se les entrega a quien se presente como familiar, con muy poca verificación.
RET-03|r|nna_migrantes_no_acompanados|dif|Los niños de otros estados pasan días en el módulo del puente hasta que llega alguien de su DIF de origen.
RET-03|a|nna_migrantes_no_acompanados|dif|El DIF estatal ya pide al DIF de origen un estudio de la familia antes de entregar a un niño repatriado con indicios de trata.
RET-03|bp|nna_migrantes_no_acompanados|int|Se acompaña a cada niño repatriado hasta su estado de origen, con una persona del DIF y una carta de canalización para el DIF que lo recibe.
RET-04|b|nna_actividades_delictivas|dif|A los adolescentes de Juárez que fueron usados por grupos y luego deportados los regresamos a la misma colonia donde los reclutaron.
RET-04|r|personas_migrantes|int|La evaluación de riesgo antes del retorno necesita información de las comunidades de origen que casi nunca tenemos.
RET-05@retorno|b|personas_migrantes|inm|Los repatriados pasan por el puente en grupos; nadie les pregunta si trabajaron en condiciones de explotación en Estados Unidos.
RET-05@retorno|r|explotacion_laboral|int|Hay mexicanos que fueron explotados en granjas o en la construcción en Estados Unidos y llegan deportados; para las autoridades mexicanas no son víctimas de nada.
RET-05@retorno|a|personas_migrantes|inm|El módulo de repatriación ya canaliza a las personas con indicios de trata a la comisión de víctimas.
RET-05@retorno|bp|personas_migrantes|osc|Con las organizaciones de El Paso nos avisan cuando va a ser deportada una persona que fue víctima de explotación; la esperamos en el puente.
# --- Acceso a la justicia
JUS-01|b|nna_actividades_delictivas|fis|Al adolescente se le procesa por el delito que cometió y nadie abre una investigación por trata contra quienes lo reclutaron.
JUS-01|b|explotacion_laboral|trab|Las denuncias por explotación laboral se quedan en la fiscalía como incumplimiento de pago; no se investiga la trata.
JUS-01|r|mujeres_explotacion_sexual|fis|Las víctimas desaparecen del proceso; en Juárez es muy fácil que la red las mueva a otra ciudad o al otro lado de la frontera.
JUS-01|a|mujeres_explotacion_sexual|fis|La unidad de trata de la zona norte ya tiene agentes de investigación asignados solo a estos casos.
JUS-01|bp|explotacion_laboral|fis|La fiscalía y la secretaría del trabajo hicieron una investigación conjunta en un campo agrícola, y la inspección sirvió como prueba.
JUS-02|b|personas_indigenas|ceav|Los asesores jurídicos no conocen los sistemas normativos indígenas; no saben cómo explicar el proceso a una familia rarámuri.
JUS-02|r|nna_actividades_delictivas|ceav|El adolescente tiene defensor como imputado, pero como víctima nadie le asigna un asesor jurídico.
JUS-02|a|nna|ceav|La comisión estatal ya asigna asesores jurídicos especializados en niñez a los casos de trata.
JUS-03|b|nna_actividades_delictivas|fis|El uso de menores en actividades delictivas está en la ley general de trata, pero casi no se ha aplicado; se prefiere acusar por delincuencia organizada o por narcomenudeo.
JUS-03|r|mujeres_explotacion_sexual|fis|Muchos casos se clasifican como lenocinio, que tiene penas menores; para acreditar la trata hace falta probar la finalidad de explotación.
JUS-03|a|nna_actividades_delictivas|fis|Se obtuvo una vinculación a proceso por trata en la modalidad de utilización de menores en actividades delictivas.
JUS-04|b|explotacion_laboral|dh|No recordamos una sentencia por trata con fines de explotación laboral en el estado; los casos no llegan a juicio.
JUS-04|r|mujeres_explotacion_sexual|fis|Los juicios en Juárez tardan mucho por la carga de los tribunales; la víctima pierde la paciencia y se retira.
JUS-04|a|mujeres_explotacion_sexual|fis|Se obtuvieron sentencias condenatorias en casos de explotación sexual de adolescentes en el centro de Juárez.
JUS-05|b|nna_actividades_delictivas|fis|Los adolescentes no quieren declarar contra el grupo en una audiencia pública; nadie garantiza que no se sepa.
JUS-05|a|nna|fis|Las salas de los juzgados de Juárez ya tienen equipo para que niñas y niños declaren desde otra habitación.
JUS-05|bp|personas_migrantes|fis|Se tomó prueba anticipada a una víctima que iba a cruzar a Estados Unidos para su cita de asilo, y su declaración se pudo usar en el juicio.
# --- Reparación
REP-01|b|explotacion_laboral|ceav|Los jornaleros de la sierra no tienen acta de nacimiento ni credencial; inscribirlos en el registro de víctimas es casi imposible.
REP-01|r|nna_actividades_delictivas|ceav|Un adolescente con proceso penal no se inscribe en el registro de víctimas aunque haya sido reclutado; se le ve solo como responsable.
REP-01|a|personas_indigenas|ceav|El registro estatal ya acepta constancias de las autoridades tradicionales para identificar a víctimas indígenas.
REP-02|b|explotacion_laboral|ceav|La compensación a jornaleros explotados debería incluir los salarios que no se pagaron, y casi nunca se calcula así.
REP-02|r|mujeres_explotacion_sexual|ceav|El fondo estatal tiene pocos recursos y muchas víctimas de otros delitos; las de trata esperan años.
REP-02|bp|explotacion_laboral|trab|En un caso se logró que la empresa pagara a los trabajadores todos los salarios y prestaciones antes de la sentencia, como reparación anticipada.
REP-03|b|nna_actividades_delictivas|dh|La rehabilitación de los adolescentes usados por grupos criminales no se ordena como parte de la reparación; se ve como parte de su castigo.
REP-03|a|personas_indigenas|dh|Una recomendación de la comisión estatal incluyó medidas de satisfacción acordadas con la comunidad rarámuri afectada.
REP-04|b|explotacion_laboral|trab|Las empresas agrícolas que tuvieron casos siguen contratando con los mismos intermediarios; no hay ninguna garantía de que no se repita.
REP-04|r|nna_actividades_delictivas|cie|La no repetición en el caso de los adolescentes implica cambiar las condiciones de las colonias; eso rebasa a cualquier institución.
REP-04|a|explotacion_laboral|trab|Se creó un padrón de contratistas agrícolas autorizados para la temporada de cosecha en la región centro-sur.
REP-04|bp|mujeres_explotacion_sexual|cie|El consejo publicó un acuerdo con compromisos de no repetición después de un caso de explotación de adolescentes en el centro de Juárez.
`;
export const CHIHUAHUA_2 = `
DET-01|b|personas_migrantes|osc|Los albergues de Juárez reciben a cientos de personas a la semana y no hay un instrumento común para detectar trata en el registro de ingreso.
DET-02|b|nna_actividades_delictivas|seg|Si el muchacho trae radio y está parado en la esquina todo el día, lo vemos como halcón, no como alguien a quien le pagan o lo amenazan para estar ahí.
DET-03|a|explotacion_laboral|trab|Los inspectores de la región centro-sur tomaron un curso sobre los indicadores de trabajo forzoso con casos de los campos del estado.
DET-04|a|personas_indigenas|dh|En la capacitación a policías se explicó qué es el korima y cuándo hay que sospechar de explotación; eso bajó las detenciones arbitrarias.
DET-05|r|mujeres_explotacion_sexual|seg|Los operativos se hacen de noche en los bares, con mucho ruido y mucha gente; así es imposible que una muchacha se acerque a decir algo.
DET-06|r|mujeres_explotacion_sexual|acad|Las ofertas de trabajo engañosas se publican en redes sociales para jóvenes de las colonias del suroriente; nadie monitorea eso.
DET-06|a|nna_actividades_delictivas|acad|Las escuelas secundarias de dos colonias de Juárez ya tienen una ruta interna para avisar a la procuraduría cuando detectan reclutamiento.
VAL-01|r|personas_indigenas|trab|Con los jornaleros rarámuri la entrevista tiene que hacerse fuera del campo y con alguien de confianza, y eso casi nunca se puede organizar.
VAL-02|r|explotacion_laboral|fis|El riesgo para los jornaleros no termina en el campo; el contratista sabe de qué comunidad vienen y los puede buscar allá.
VAL-03|b|personas_indigenas|salud|En el hospital de Guachochi hay intérprete en el turno matutino, pero las urgencias llegan en la noche.
VAL-04|r|nna_migrantes_no_acompanados|dif|Con los adolescentes que cruzaron solos varias veces, es muy difícil saber si trabajan para quienes pasan gente o si van por su cuenta.
VAL-05|bp|mujeres_explotacion_sexual|fis|En el centro de justicia las entrevistas se hacen con una sola persona facilitadora y el resto del equipo observa desde otra sala.
CAN-01|r|personas_migrantes|inm|Los repatriados con indicios de explotación en Estados Unidos no encajan en ninguna ruta estatal; no son extranjeros ni fueron explotados en México.
CAN-02|b|nna_actividades_delictivas|mun|Nadie sabe a quién llamar cuando un adolescente pide ayuda para salir de un grupo; cada quien improvisa.
CAN-03|r|explotacion_laboral|trab|Mandamos los casos a la fiscalía y no sabemos si hubo investigación; los jornaleros ya regresaron a la sierra.
CAN-03|a|nna|dif|La procuraduría envía ahora un reporte de seguimiento a la institución que canalizó a un niño, con su consentimiento.
CAN-04|bp|nna_actividades_delictivas|osc|El programa recibe a los adolescentes sin pedirles denuncia; la decisión de declarar llega después, cuando ya se sienten seguros.
AIN-01|r|personas_migrantes|osc|Los albergues de migrantes de Juárez están llenos por temporadas; hay semanas en que no hay lugar para una víctima nueva.
AIN-02|bp|explotacion_laboral|salud|Una brigada médica acude a los campos con la inspección y atiende a los trabajadores en el mismo lugar, con intérprete.
AIN-03|a|personas_indigenas|dh|La comisión de pueblos indígenas cubre ya el traslado de regreso a su comunidad de las personas rescatadas de los campos.
AIN-04|b|explotacion_laboral|trab|Las inspecciones terminan tarde y el personal de atención a víctimas ya no está disponible; los trabajadores se quedan sin apoyo esa noche.
AIN-04|r|nna_actividades_delictivas|fis|Los adolescentes son detenidos de noche y pasan horas en la barandilla antes de que alguien de la procuraduría los vea.
AMP-01|b|personas_migrantes|osc|Las personas que esperan en Juárez su cita de asilo no pueden iniciar un proceso terapéutico; no saben si estarán aquí la próxima semana.
AMP-02|r|mujeres_explotacion_sexual|ceav|La víctima necesita asesoría sobre la custodia de sus hijos tanto como sobre el proceso penal, y eso no lo cubre nadie.
AMP-03|bp|mujeres_explotacion_sexual|osc|En la casa de medio camino las mujeres viven con sus hijos, trabajan y van ahorrando para su propia vivienda.
AMP-04|b|nna_actividades_delictivas|dif|No hay presupuesto para programas de mediano plazo con adolescentes que salen de grupos; todo es por proyecto y dura un año.
ALP-01|r|explotacion_laboral|trab|Los programas de empleo temporal duran unos meses y luego el jornalero tiene que volver a buscar al mismo contratista.
ALP-02|bp|nna_actividades_delictivas|osc|Los jóvenes escriben su propio plan con metas de escuela, trabajo y familia, y lo revisan con su mentor cada mes.
ALP-03|a|mujeres_explotacion_sexual|ceav|La comisión ejecutiva estatal estableció visitas de seguimiento durante un año a las mujeres que egresan de un refugio.
ALP-04|b|personas_migrantes|inm|Los repatriados llegan a una ciudad que no conocen; muchos crecieron en Estados Unidos y no tienen familia aquí.
ALP-04|bp|personas_indigenas|osc|La reintegración de las familias rarámuri se hace con la comunidad: se celebran reuniones con las autoridades tradicionales antes del regreso.
PRO-01|r|explotacion_laboral|trab|A los jornaleros que denuncian no se les da ninguna medida de protección; se piensa que, como son adultos, no corren riesgo.
PRO-02|bp|nna|dif|El centro de asistencia especializado tiene un protocolo de seguridad con la policía estatal y una ubicación reservada.
PRO-03|a|mujeres_explotacion_sexual|fis|Se emitió un acuerdo para que ningún boletín de prensa de la fiscalía incluya fotos ni datos de las víctimas.
PRO-04|bp|nna_actividades_delictivas|osc|Cuando un joven entra al programa, se revisa con él su seguridad digital: redes sociales, ubicación del teléfono, contactos.
MIG-01|b|personas_migrantes|osc|Las víctimas extranjeras tienen que ir a la oficina de migración varias veces para el mismo trámite; cada visita es un riesgo para ellas.
MIG-02|bp|personas_migrantes|int|En las jornadas de orientación legal en los albergues se explica a las personas que pueden ser víctimas y solicitantes de asilo al mismo tiempo.
MIG-03|bp|personas_migrantes|int|Las posibles víctimas detectadas en los operativos son trasladadas a un albergue de la sociedad civil y no a instalaciones migratorias.
MIG-04|r|personas_migrantes|cons|Para centroamericanos en Juárez tramitar un pasaporte implica viajar a otra ciudad donde esté su consulado, y no tienen cómo.
RET-02|r|personas_migrantes|cons|Los consulados de Estados Unidos avisan de las deportaciones, pero no informan si la persona fue víctima de explotación allá.
RET-02|bp|personas_migrantes|inm|El consulado mexicano en El Paso comparte con las instituciones de Juárez, con consentimiento de la persona, la información de víctimas que serán repatriadas.
RET-04|a|nna_actividades_delictivas|dif|Antes de regresar a un adolescente a su colonia, la procuraduría hace una visita para revisar si el grupo sigue ahí.
RET-04|bp|explotacion_laboral|dh|Antes del regreso de los jornaleros a su comunidad se habló con el gobernador indígena para que la comunidad supiera qué había pasado y los recibiera.
JUS-01|r|personas_indigenas|fis|Para investigar en la sierra hay que entrar con escolta; muchas diligencias se quedan sin hacer.
JUS-02|bp|mujeres_explotacion_sexual|ceav|La asesora jurídica prepara a la víctima para el juicio oral con una visita previa a la sala vacía.
JUS-03|bp|nna_actividades_delictivas|fis|Se formó una mesa con la fiscalía de adolescentes para revisar cada caso de adolescente detenido y ver si hay elementos de trata.
JUS-05|r|explotacion_laboral|fis|Los jornaleros ya están en su comunidad cuando llega la audiencia; traerlos desde la sierra cuesta días y dinero.
REP-01|bp|personas_migrantes|ceav|Se inscribió en el registro a personas repatriadas que fueron víctimas de trata en Estados Unidos, para que pudieran recibir atención aquí.
REP-02|a|nna|ceav|El fondo estatal cubrió los gastos de escolarización de niñas víctimas como parte de la reparación.
REP-03|bp|nna_actividades_delictivas|osc|La medida de rehabilitación para un joven fue una beca de estudios y acompañamiento terapéutico, y se eligió con él.
REP-03|r|mujeres_explotacion_sexual|ceav|Las víctimas quieren que se reconozca públicamente que no fueron culpables, pero casi nunca se pide una medida de satisfacción así.
`;
