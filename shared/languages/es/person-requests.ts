import type { PersonRequestGrammar } from "../types.ts";

/** How visitors ask for a person in Spanish: see `shared/person-request.ts` for the notation. */
export const PERSON_REQUESTS: PersonRequestGrammar = {
  I: "alguien|una persona|alguna persona|un humano|un ser humano",
  S: "humano|humanos|persona|alguien|agente|asesor|asesora|operador|operadora|representante|supervisor|supervisora|encargado|encargada|responsable|gerente|ser humano|atencion al cliente",
  P: "I|S|personas|agentes|asesores|empleado|empleada|empleados|jefe|soporte|ventas|facturacion|contabilidad|equipo|companero|companeros|companera|tecnico|especialista|atencion al cliente|servicio|departamento|departamento comercial|departamento de ventas|equipo comercial|equipo de ventas",
  R: "(persona|personas|humano|humanos|alguien|agente|asesor|gente) (real|reales|de verdad|de carne|de carne y hueso)",
  T: "hablar|comentar|comentarlo|comentarle|explicar|explicarle|(?<!(ayer|ya|yo|antes|hoy|cuando) )hable|hablo|ablar|hablarle|chatear|conversar|escribir|escribirle|tratar|comunicarme|comunicar|charlar|consultar|consultarlo|consultarle|consultarla|aclarar|aclararlo|revisarlo|hablar por telefono|hablarlo",
  C: "pasar|pasas|pasa|pase|pasen|poner|pones|pone|ponga|transferir|transfiere|comunicar|comunica|conectar|conecta|derivar|deriva",
  B: "(bot|bots|robot|robots|chatbot|ia)(?! (protection|detection|traffic|filter))",
  M: "maquina|computadora",
  F: "por favor|porfa|ya|ahora|hola|gracias",
  A: "un|una|el|la",
  O: "I (de su|de sus|de vuestro|de tu|del)",
  W: "veterinario|veterinaria|mecanico|mecanica|florista|peluquero|peluquera|estilista|barbero|entrenador|entrenadora|coach|profesor|profesora|maestro|maestra|tutor|tutora|instructor|instructora|monitor|monitora|medico|medica|doctor|doctora|dentista|odontologo|odontologa|enfermero|enfermera|farmaceutico|farmaceutica|optico|optica|optometrista|fisioterapeuta|fisio|terapeuta|psicologo|psicologa|abogado|abogada|notario|contador|contadora|contable|gestor|gestora|asesor|asesora|consultor|consultora|fontanero|plomero|electricista|tecnico|tecnica|instalador|instaladora|fotografo|fotografa|chef|cocinero|cocinera|panadero|panadera|disenador|disenadora|arquitecto|arquitecta|guia|conductor|conductora|chofer|dueno|duena|propietario|propietaria|gerente|director|directora|jefe|jefa|encargado|encargada|especialista|experto|experta|nutricionista|cerrajero|cerrajera|carpintero|carpintera|ebanista|albanil|pintor|pintora|jardinero|jardinera|paisajista|cristalero|tecnico de calefaccion|agente inmobiliario|agente inmobiliaria|administrador|administradora|administrador de fincas|casero|casera|arrendador|matrona|comadrona|osteopata|podologo|podologa|logopeda|dermatologo|dermatologa|pediatra|cirujano|cirujana|esteticista|manicurista|tatuador|tatuadora|maquilladora|maquillador|costurera|modista|sastre|joyero|joyera|relojero|carnicero|carnicera|catering|sumiller|camarero|camarera|recepcionista|secretaria|secretario|coordinador|coordinadora|jefe de obra|contratista|organizador de bodas|organizadora de bodas|wedding planner|organizadora|organizador|dietista|educador|educadora|adiestrador|adiestradora|peluquero canino|peluquera canina|cuidador|cuidadora|socorrista|traductor|traductora|procurador|procuradora|comercial|vendedor|vendedora|agente comercial|director comercial|directora comercial|conserje|profe|tasador|tasadora|perito|aparejador|aparejadora|psicologo|psicologa|fisioterapeuta|quiropractico|quiropractica|higienista|optometrista|profesor de musica|profesora de musica|profesor de yoga|profesora de yoga|instructor de autoescuela|albanil|fotografo de bodas|interiorista|decorador|decoradora",
  V: "veterinarios|mecanicos|floristas|peluqueros|peluqueras|entrenadores|profesores|profesoras|maestros|tutores|instructores|monitores|medicos|doctores|dentistas|enfermeros|farmaceuticos|fisioterapeutas|terapeutas|abogados|contadores|gestores|asesores|consultores|tecnicos|instaladores|fotografos|arquitectos|especialistas|expertos|cerrajeros|carpinteros|pintores|jardineros|paisajistas|agentes inmobiliarios|administradores|matronas|osteopatas|podologos|psicologos|psicologas|esteticistas|tatuadores|camareros|coordinadores|contratistas|organizadores|organizadoras|dietistas|nutricionistas|educadores|adiestradores|cuidadores|traductores|comerciales|vendedores|guias|fisios|profes|chefs|cocineros|monitoras|profesores|veterinarias|dentistas|fotografas|peluqueras|entrenadoras|fontaneros|plomeros|electricistas|albaniles|disenadores|disenadoras|notarios|optometristas|logopedas|pediatras|cirujanos|estilistas|barberos|panaderos|conductores|asesoras|responsables|encargados|encargadas|jefes|gerentes",
  H: "la direccion|direccion|gerencia|la gerencia|un superior|su superior|tu superior|el dueno|la duena|el jefe|la jefa|alguien de mas arriba|alguien con mas autoridad",
  U: "secretaria|recepcion|oficina|despacho|academia|clinica|equipo|taller|estudio|agencia|tienda|centro|escuela",
  N: "otro|otra|otros|otras|varios|varias|cada|todos|todas|nuevo|nueva|nuestros|mis",
  x: [
    "R",
    "T ~2(con|a) ~P",
    "(I (con quien|con la que|con el que|a quien)|con quien) ~T",
    "(paseme|pasame|pasarme|pongame|ponme|ponerme|transfierame|transfiereme|transferirme|comuniqueme|comunicame|conecteme|conectame|derivame|derivarme|pasalo|paselo|pasala|derivalo) (con|a) ~P",
    "me ~1C (con|a) ~P",
    "(escalar|escalen|escale|escala|escalalo|escalelo|deriven) ~P",
    "(llamame|llameme|llamenme|llamadme|llamarme|contactarme|contacteme|contactenme|escribame|escribirme|escribanme)|me ~2(llamen|llame|contacten|contacte|devuelvan|devuelva|atienda|atiendan|escriban|escriba)|que me (llamara|llamaran|contactara|contactaran|escribiera|atendiera)|I ~2(mandar|enviar|mande|envie) ~1(un )?(correo|mail|email|mensaje)|(llamar|contactar|contactar con) (a )?(I|(un|una) S)|(queja|quejarme|quejar|reclamacion|reclamar|reclamo) ~3(ante|con|a|al) ~1P|(?=me )(?<!(el|la) (?!P )[^ ]+ )me [^ ]+ (llamar|contactar|atender|escribir|devolver)",
    "I que ~3(ayudar|ayude|atienda|atender)|ayuda de ~1S",
    "(quiero|quisiera|prefiero) que (un|una|alguien) ~1P",
    "(quiero|necesito|quisiera|deseo|busco|exijo|pido|denme|deme|dame|consigueme|consigame|traeme|traigame|buscame|busqueme|prefiero) (que )?(un |una |a |al |con )?S",
    "(no|nada de|sin|basta de) (un |una |el |la |mas |con )?B|no ~T ~(B|M)",
    "B (no sirve|no ayuda|no entiende|es inutil)",
    "(puede|podria|pueden|podrian|quiero|necesito|hay|busco|que|favor) ~2O|^O( [^ ]+)?( F)*$|O ~2(puede|podria|disponible|libre|ayudar|llamar|contactar)|I ahi",
    "(algun|alguna|un|una|alguien) ~1S (disponible|libre|en linea)",
    "^(F )*(A )?S( F)*$",
    // The business's own people ("con el veterinario", "con su profesora") and those above the
    // assistant ("la dirección"): talked to, put in touch with, calling back, or named alone. Not
    // after "hay que / debo / cuánto cuesta" ("¿hay que hablar con el médico antes?" asks for
    // advice).
    "(?<!(hay que|debo|deberia|tengo que|tendria que|cuesta|cuestan|cobran por|mejor|conviene|necesario|recomendable|preferible) ([^ ]+ ){0,1})(?!hable |hablo )T ~1(con|a|al) ((el |la |un |una |su |sus |tu |vuestro |vuestra )?W(?! (plan|cuenta|perfil|curso|paquete|modo))|(alguno de sus|alguna de sus|uno de sus|una de sus|alguno de vuestros) V|H)",
    "(pongame|ponme|ponerme|ponernos|ponganme|poneme|pongan|ponga|pon|poner) ~1(me |nos )?en contacto|(entrar|estar) en contacto con ~1(P|W|H)",
    "(escalar|escalen|escale|escala|escalalo|escalelo|elevar|eleve|elevenlo|elevalo|trasladar|traslade|pasar|pase) ~3(a|al) (la |el |un |una |su )?H",
    "(puede|podria|pueden|podrian) (el|la|su) W ~2(llamarme|contactarme|escribirme|devolverme la llamada)|(el|la|su) W ~1me ~1(puede|podria) (llamar|contactar|escribir)",
    "^(F )*(un |una |el |la )?(?!(guia|optica|chef|jefe|experto|experta|director|conductor|monitor) )W( F)+$|^(F )*(un|una) (?!(guia|optica|chef|jefe|experto|experta|director|conductor|monitor) )W( F)*$",
    "(el|la|su|un|una|algun|alguna) W ~2(disponible|libre) para ~1(hablar|charlar|una llamada|atenderme)|(paseme|pasame|pasarme|pongame|ponme|ponerme|transfierame|transfiereme|comuniqueme|comunicame|conecteme|conectame|derivame|derivarme|me ~1C) (con|a|al) (el |la |un |una |su )?W|(queja|quejarme|quejar|reclamacion|reclamar|reclamo) ~3(ante|con|a|al) (H|(el|la) W|(?<=al )W)|(puedo|podria|quiero|quisiera|necesito) (contactar|contactar con|comunicarme con|llamar a|llamar al) (el |la |al |un |una |su )?W|(quiero|quisiera|necesito|me gustaria|pido|solicito) (una |un )?(cita telefonica|llamada|conversacion|charla|videollamada) (telefonica )?con (el|la|un|una|su) W",
    // Round 5: one of them wished to call back ("que la dentista me devolviera la llamada"), an
    // escalation asked for ("escalen esto"; not "¿cómo escalo una incidencia?").
    "que (el |la |su |un |una |alguno de sus |alguna de sus |uno de sus |una de sus )?(W|V) ~2me ((llame|llamen|llamara|llamaran|devuelva|devuelvan|devolviera|devolvieran|contacte|contacten|contactara|escriba|escriban|escribiera)(?= |$)|(mande|manden|mandara|envie|envien|enviara) (un |una )?(correo|mail|email|e-mail|mensaje|whatsapp))",
    "(escalen|escale|escala|escalar|escalenlo|escalelo|escalalo|eleven|eleve|elevar) (esto|esta|este|mi [^ ]+|el caso|la queja|la reclamacion|la incidencia|mi caso|el asunto|el tema)(?= |$)|(escalenlo|escalelo|escalalo|elevenlo|elevelo)(?= |$)",
    // Round 6: a meeting or video call asked for with one of them ("¿sería posible una reunión
    // con su arquitecta?"), an appointment only with a talk for its purpose ("una cita con el
    // arquitecto para revisar los planos"; "una cita con la dentista" books a treatment); a talk
    // of a moment with one of several ("chatear un momento con alguno de los profesores"); asked
    // for a minute or to call back; to get in touch ("que la encargada se pusiera en contacto
    // conmigo"); the visitor's case seen by a superior ("quiero que mi caso lo vea un superior").
    "(posible|puedo|podria|podemos|podriamos|quiero|quisiera|querria|necesito|me gustaria|nos gustaria|pido|solicito|organizar|concertar|agendar|programar|tener|hacer) ~3(reunion|reunirme|reunirnos|videollamada|videoconferencia|llamada|encuentro) con ~1(el |la |los |las |su |sus |vuestro |vuestra |tu |un |una |alguno de (sus|los|vuestros) |alguna de (sus|las|vuestras) |uno de (sus|los) |una de (sus|las) )?(W|V|H)(?= |$)|(cita|entrevista|hora) (telefonica |por video )?con ~1(el |la |su |vuestro |vuestra |un |una )?(W|V|H) ~4para ~2(hablar|revisar|comentar|ver|tratar|explicar|aclarar|charlar|conversar|repasar|mirar)(?= |$)",
    "(?<!(hay que|debo|deberia|tengo que|tendria que|cuesta|cuestan|cobran por|mejor|conviene|necesario|recomendable|preferible) ([^ ]+ ){0,1})(?!hable |hablo )T (un momento|un momentito|un rato|un minuto|unos minutos|un segundo|brevemente|rapidamente|un poco|cinco minutos|dos minutos) ~1(con|a|al) ((el |la |un |una |su |sus |tu |vuestro |vuestra )?W|(alguno de (sus|los|vuestros)|alguna de (sus|las|vuestras)|uno de (sus|los)|una de (sus|las)) V|H)(?= |$)|(?<!(hay que|debo|deberia|tengo que|tendria que|cuesta|cuestan|mejor|conviene) ([^ ]+ ){0,1})(?!hable |hablo )T ~1(con|a) (alguno de los|alguna de las|uno de los|una de las) V(?= |$)",
    "(tendria|tiene|podria) (el|la|su|vuestro|vuestra) W (un momento|un minuto|unos minutos|cinco minutos|tiempo|un rato) para ~2(T|una llamada|llamarme|atenderme)(?= |$)|(puede|podria|pueden|podrian) (el|la|su|un|una|alguien del|alguien de la) ~1(W|S|P) ~1(devolver la llamada|devolverme la llamada|volver a llamar|llamar de vuelta)(?= |$)",
    "que (el |la |su |un |una |alguien |alguno de sus |alguna de sus )?~1(W|H|S|P) ~2(se )?(ponga|pongan|pusiera|pusieran|comunique|comuniquen|comunicara|comunicaran) ~1(en contacto )?conmigo|que (mi caso|mi queja|mi reclamacion|mi consulta|mi problema|mi incidencia|esto|el caso|el tema|mi [^ ]+) (lo |la )?(vea|revise|lleve|mire|atienda|trate|gestione|estudie|valore) ((un|una|el|la|su|alguien) ~1S|H)(?= |$)|(quiero|quisiera|necesito|prefiero|pido) que (un|una|el|la|su) (S|H) ~1(vea|revise|mire|atienda|trate|gestione|estudie|valore|lleve) (mi|el|este|esta|esto)(?= |$)",
    // A wish to talk to one just named ("¿está la dueña? quisiera hablar con ella"), a topic
    // between the talk and the person in a request's frame ("me gustaría tratar el tema del
    // presupuesto con su interiorista"; not "¿hay que hablar de la dieta con el veterinario?").
    "(quiero|quisiera|necesito|puedo|podria|me gustaria|querria) (hablar|hablarlo|comentarlo|charlar) con (ella|ellas|ellos)(?= |$)|(quiero|quisiera|necesito|puedo|podria|podemos|me gustaria|nos gustaria|querria) (T) ~4con (el |la |su |vuestro |vuestra |un |una |alguno de sus |alguna de sus )?(W|V|H)(?= |$)",
    // Round 7, general frames over specific strings. Any contact verb with the visitor as its
    // object after "puede/podría", whose subject is one of the business's people or a part of
    // it, alone or coordinated ("¿podría su profesora o la secretaría ponerse en contacto
    // conmigo?"); not "¿el técnico se pondrá en contacto conmigo?", a question about a routine.
    "(?<!(como|cuando|por que|donde) )(puede|podria|pueden|podrian|podrias|puedes) ([^ ]+ ){0,3}(W|V|U|S)( (o|y|u) ([^ ]+ ){1,4}?| )~1(llamarme|contactarme|escribirme|devolverme la llamada|ponerse en contacto conmigo|ponerse en contacto|comunicarse conmigo|contactar conmigo|mandarme un (correo|mensaje|email|whatsapp)|enviarme un (correo|mensaje|email|whatsapp))(?= |$)(?! (cuando|si|en cuanto|una vez|en caso)( |$))",
    // A meeting or appointment with someone of the business ("una reunión con alguien de la
    // agencia para hablar de…"), asked for; an appointment and meeting in person only with a
    // talk for its purpose ("una cita con la dentista" books a treatment).
    "(posible|puedo|podria|podemos|podriamos|quiero|quisiera|querria|queremos|quisieramos|necesito|necesitamos|me gustaria|nos gustaria|pido|solicito|organizar|concertar|agendar|programar|tener|hacer) ~3(reunion|videollamada|videoconferencia|llamada|reunirme|reunirnos) con ~1(alguien|una persona|alguno de (sus|vuestros) [^ ]+|alguna de (sus|vuestras) [^ ]+|uno de (sus|vuestros) [^ ]+|una de (sus|vuestras) [^ ]+) (de|del|en) (la |el |los |las |su |vuestro |vuestra )?[^ ]+(?= |$)|(posible|puedo|podria|podemos|podriamos|quiero|quisiera|querria|queremos|necesito|me gustaria|nos gustaria|pido|solicito|concertar|agendar|pedir|tener) ~3(cita|entrevista|quedar|verme|vernos|ver|encuentro) con ~1(alguien|una persona|alguno de (sus|vuestros) [^ ]+|alguna de (sus|vuestras) [^ ]+|uno de (sus|vuestros) [^ ]+|una de (sus|vuestras) [^ ]+) ~4para ~2(hablar|revisar|comentar|ver|tratar|explicar|aclarar|charlar|conversar|repasar|mirar|preparar|planificar|organizar)(?= |$)",
    // A person contrasted with a machine: an answer wished from a human ("una respuesta de una
    // persona"), a visitor who has been talking to one ("llevo diez minutos hablando con una
    // máquina"; not "¿estoy hablando con un bot?", a question about the assistant).
    "(quiero|quisiera|necesito|prefiero|preferiria|me gustaria|deseo|exijo|pido) ~2(una |la )?(respuesta|contestacion|atencion) (de|por parte de) (una |un )(persona|humano|ser humano|persona real|empleado|empleada)(?= |$)|(llevo|sigo|harto de|harta de|cansado de|cansada de) ~3(hablando|hablar|chateando|chatear|escribiendo|escribir) (con|a) (una |un |la |el |esta |este )?(M|B)(?= |$)",
    // Someone on the phone ("¿me pone con alguien al teléfono?").
    "(pase|ponga|pasen|pongan|pasame|ponme|poner|pasar|tener|hablar con) (a )?(I|(un |una )?P|(el |la |un |una |su )W) al telefono(?= |$)",
    // Someone wished to call ("me gustaría que alguien me llamara"), and the one in charge of
    // something, however said ("hablar con quien se encarga de las reservas").
    "(quiero|quisiera|querria|me gustaria|nos gustaria|necesito|prefiero|preferiria|pido|pedir|ruego|solicito|podrian hacer|haga|hagan|posible|agradeceria|agradezco|favor) que (alguien|algun P|alguna P|un P|una P) ~1(me|nos) (llame|llamen|llamara|llamaran|contacte|contacten|contactara|escriba|escribiera|devuelva|devolviera)(?= |$)|T (con|a) (quien|quienes|el que|la que) (se encarga|se encargue|lleva|lleve|gestiona|gestione|se ocupa|se ocupe|maneja|lo lleva|es responsable)(?= |$)",
    // The one who served the visitor, described ("hablar con la chica que me cortó el pelo").
    "T ~1(con|a) (la|el|al) (chica|chico|senora|senor|senorita|muchacha|muchacho|persona|chaval|hombre|mujer|empleado|empleada|dependienta|dependiente) que (me|nos|vino|estuvo|atendio|hizo|arreglo)(?= |$)",
    // Round 8: one of the business's people asked after as there ("¿está el peluquero?
    // quiero comentarle…", "¿está el dueño hoy?"), at the message's end or before a new clause;
    // not "¿cuándo está la veterinaria?" (the hours), nor "¿está la veterinaria abierta?".
    "(?<!(como|donde|cuando|que tal|a que hora|si) ([^ ]+ )?)(esta|estan) ((el|la|los|las|vuestro|vuestra|tu|su) ([^ ]+ )?(W|V)|H)( (por ahi|por aqui|ahi|ahora|hoy|disponible|libre))?(?= (quiero|quisiera|queria|necesito|me|podria|puedo|para|quisieramos|tengo)( |$)|$)",
  ].join("|"),
};
