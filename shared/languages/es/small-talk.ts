import type { RepliedKind, SmallTalkPhrase } from "../types.ts";

/** Small talk in Spanish: see `worker/chat/small-talk.ts` for the notation. */
export const SMALL_TALK: readonly SmallTalkPhrase[] = [
  [
    "greeting",
    "(hola|holaa|holi|holis|hola hola|buenas|muy buenas|buenos días|muy buenos días|buen día|buenas tardes|buenas noches|qué tal|que tal|hola qué tal|saludos|cómo estás|cómo está|como estas|cómo están|cómo va|cómo va todo|que onda|qué onda|qué hubo|quiubo|qué pasa|epa|hola de nuevo|feliz navidad|feliz año|feliz año nuevo|todo bien|espero que estés bien|espero que esté bien)",
  ],
  [
    "thanks",
    "(gracias|muchas gracias|muchísimas gracias|mil gracias|gracias mil|miles de gracias|mil y mil gracias|infinitas gracias|gracias infinitas|gracias totales|te lo agradezco|se lo agradezco|os lo agradezco|les agradezco|le agradezco|te agradezco|se agradece|agradecido|agradecida|muy agradecido|muy agradecida|eternamente agradecido|muy amable|qué amable|que amable|muy amables|no gracias|gracias de nuevo|un millón de gracias|grax|grcs|grs|graciass|gracis|gracias gracias|eres un sol|muchas gracias de verdad|gracias igualmente)",
  ],
  [
    "goodbye",
    "(adiós|adios|hasta luego|hasta pronto|hasta mañana|hasta la próxima|hasta la vista|hasta otra|chau|chaito|nos vemos|cuídate|cuidate|cuídese|cuidese|feliz día|igualmente|lo mismo digo|tú también|tu también|usted también|un saludo|saludos cordiales|un abrazo|abrazos|besos|un beso|que te vaya bien|que le vaya bien|que vaya bien|me despido|eso es todo|es todo|eso era todo|era todo|eso sería todo|sería todo|nada más|por ahora es todo|eso es todo por ahora|con eso me basta|no necesito nada más|nada más por ahora|ya está todo)",
  ],
  [
    "goodbye",
    "(que tengas|que tenga|que tengan|que pases|que pase|que paséis|que pasen|que tengáis) [un|una] [muy] (buen|buena|lindo|linda|bonito|bonita|feliz|excelente|gran|genial|bello|bella|estupendo|estupenda) (día|tarde|noche|fin de semana|finde|semana|jornada|domingo|resto del día)",
  ],
  [
    "goodbye",
    "[muy] (buen|feliz|lindo|bonito|excelente|buena|linda|feliz|bonita|excelente) (fin de semana|finde|día|tarde|noche|semana|jornada|domingo)",
  ],
  [
    "acknowledgement",
    "(vale|va|perfecto|genial|muy bien|entendido|de acuerdo|claro|claro que sí|por supuesto|listo|excelente|estupendo|guay|ya veo|entiendo|lo entiendo|comprendo|lo comprendo|está bien|esta bien|todo claro|todo perfecto|dale|bárbaro|súper|buenísimo|buenisimo|ok vale|fenomenal|maravilloso|perfecto entonces|bien|sí|si|vale vale|ajá|aja|hecho|anotado|apuntado|tomo nota|recibido|fantástico|increíble|brutal|de lujo|de maravilla|chévere|bacán|chido|sin problema|sin problemas|no hay problema|ningún problema|no pasa nada|tranquilo|tranquila|perfecto perfecto|ah ya|ah vale|ah ok|bueno saberlo|es bueno saberlo|qué bueno saberlo|bueno es saberlo|está claro|me queda claro|queda claro|lo tengo|ya lo tengo|eres un crack|eres el mejor|eres la mejor|eres un genio|crack|máquina|genio|okey|vale gracias)",
  ],
  [
    "acknowledgement",
    "(qué|que|muy|súper|super|tan) (bien|bueno|buena|guay|genial|útil|chévere|padre|maravilla|lindo|bonito|amable|rápido|claro|interesante|práctico)",
  ],
  [
    "acknowledgement",
    "(está|esta|todo|eso está|eso es|es|fue|ha sido|eso fue|todo está|me parece|me parece muy|eso me parece|suena|eso suena|suena muy) [muy|súper|super|bastante|todo|perfectamente|genial] (bien|claro|perfecto|genial|útil|fantástico|estupendo|excelente|buenísimo|de lujo|clarísimo|lógico|razonable|bueno|correcto|entendido)",
  ],
  [
    "acknowledgement",
    "[eso|esto|tu respuesta|su respuesta|la respuesta] [me] (sirve|ha servido|sirvió|ayudó|ha ayudado|has ayudado|me ayudó|me ayuda|me has ayudado|me ha ayudado|me sirve|me sirvió|me ha servido|me ha quedado claro|me quedó claro|responde mi pregunta|responde a mi pregunta|resuelve mi duda|resolvió mi duda|me resolvió la duda|me aclara|me aclaró|aclara todo|lo aclara) [mucho|muchísimo|bastante|un montón]",
  ],
  ["acknowledgement", "[muy|súper|super|bastante] útil"],
  [
    "acknowledgement",
    "[eso|esto|es|era|eso es|eso era|esto es|esto era|es justo|era justo] [justo|exactamente|justamente|precisamente|todo|justo justo] lo que (necesitaba|necesito|quería|quería saber|buscaba|estaba buscando|necesitaba saber|me hacía falta|hacía falta|quería oír|esperaba|quería escuchar|necesitaba oír)",
  ],
  [
    "acknowledgement",
    "ya (lo entiendo|entiendo|entendí|lo entendí|veo|lo veo|lo tengo|está claro|me queda claro|queda claro|sé|lo sé|comprendo|lo comprendo|está|quedó claro|me quedó claro)",
  ],
  [
    "filler",
    "(mucho|muy|de nuevo|otra vez|a todos|amigo|amiga|entonces|bueno|pues|señor|señora|y|crack|máquina|tío|tía|bro|hermano|che|wey|güey|compa|jefe|maestro|campeón|campeona|guapo|guapa|colega|majo|maja|chicos|chicas|equipo|muchísimo|muchisimo|de verdad|en serio|de corazón|infinitamente|nuevamente|a ti|a usted|a vosotros|a ustedes|a ti también|por ahora|ah|oh|eh|también|tambien|pues nada|hombre|mujer|amigos|amigas)",
  ],
  [
    "filler",
    "por [tu|su|la|el|vuestra|tus|sus|las|los|toda la|todo el|tanta|tu tan|su tan] [rápida|amable|pronta|gran|buena|excelente|tan rápida] (ayuda|respuesta|respuestas|información|info|explicación|atención|tiempo|paciencia|amabilidad|aclaración|servicio|datos|todo|rapidez|apoyo|asistencia|molestia) [tan rápida|rápida|tan amable]",
  ],
  [
    "filler",
    "por (ayudarme|responder|contestar|atenderme|aclararlo|aclarármelo|explicármelo|explicarlo|todo|la info|responderme|contestarme)",
  ],
  [
    "greeting",
    "(estás ahí|estas ahi|sigues ahí|sigues ahi|hay alguien|hola hola|hola otra vez|hola de nuevo|buenas buenas|hola buenas|buenas de nuevo|qué hay|que hay|qué tal todo|que tal todo|qué tal estás|que tal estas|cómo andas|como andas|cómo vas|como vas|cómo te va|como te va|cómo estás hoy|cómo está usted)",
  ],
  [
    "acknowledgement",
    "(da igual|olvídalo|olvidalo|olvídelo|olvidelo|olvida eso|no importa|déjalo|dejalo|déjelo|dejelo|déjalo estar|bueno nada|nada|nada nada|pues nada|ya está|ya esta|ups|uy|vaya|ah bueno|ah vale|vale vale|okas|ajá|aja|lo pillo|ya lo pillo|pillado|lo capto|capto|ya capto|guay|qué guay|que guay|mola|qué bien|que bien|bien bien|genial genial|súper|buenísimo|de una|joya|copiado|entendido|vale entendido|vale genial|perfecto gracias)",
  ],
  [
    "acknowledgement",
    "(eres|es usted|sois|tú eres|tu eres|usted es) [muy|un|una|el|la|lo|súper|super|todo un|toda una|realmente|de verdad] (genial|crack|máquina|sol|amor|máximo|mejor|increíble|buenísimo|buenísima|majo|maja|amable|útil|fantástico|fantástica|lo máximo|el mejor|la mejor|lo más|un crack|una máquina|un sol|top|grande|un genio|genio)",
  ],
  [
    "acknowledgement",
    "(buen|gran|genial|lindo|majo|súper|super|muy buen) (bot|robot|chatbot|asistente)",
  ],
  [
    "about_assistant",
    "(eres|es|esto es|es esto|eres tú|eres tu|estoy hablando con|hablo con|estoy chateando con|estoy escribiendo a|estoy escribiendo con|le escribo a|te escribo a|me responde|me contesta|me está respondiendo|me atiende|tú eres|tu eres|entonces eres|usted es|es usted|sois|es un|es una|eres un|eres una) [un|una|el|la|solo un|solo una|de verdad un|de verdad una|realmente un|realmente una] (bot|robot|chatbot|ia|ai|inteligencia artificial|humano|humana|persona|persona real|persona de verdad|ser humano|máquina|maquina|ordenador|computadora|programa|chatgpt|gpt|openai|asistente|asistente virtual|asistente de ia|un humano|una persona|alguien real|alguien de verdad|humano o bot|bot o humano|humano o máquina|persona o bot|bot o persona) [con el que hablo|con quien hablo|con el que estoy hablando|el que responde|el que me responde|que me responde|al otro lado|aquí]",
  ],
  [
    "about_assistant",
    "(eres|es usted|tú eres|tu eres|sois) (real|de verdad|humano|humana|una persona|persona|un humano|un bot|un robot)",
  ],
  [
    "about_assistant",
    "(quién eres|quien eres|quién es usted|quien es usted|quién sois|quién habla|quien habla|con quién hablo|con quien hablo|con quién estoy hablando|con quien estoy hablando|con quién hablo yo|con quién tengo el gusto|quién me atiende|quien me atiende|quién me responde|quien me responde|quién contesta|qué eres|que eres|qué eres tú|qué sois|qué tipo de bot eres|qué ia eres|qué inteligencia artificial eres|qué puedes hacer|que puedes hacer|qué puedes hacer por mí|qué sabes hacer|que sabes hacer|qué más puedes hacer|en qué me puedes ayudar|en que me puedes ayudar|en qué puedes ayudarme|en qué me puede ayudar|en qué puede ayudarme|cómo me puedes ayudar|cómo puedes ayudarme|cómo me puede ayudar|qué te puedo preguntar|qué puedo preguntarte|qué le puedo preguntar|qué sabes|cómo funcionas|cómo funciona esto|cómo te llamas|como te llamas|cuál es tu nombre|cual es tu nombre|cuál es su nombre|tienes nombre|tienes un nombre|quién te hizo|quién te creó|quién te programó|me puedes ayudar|puedes ayudarme|me puede ayudar|puede ayudarme|me ayudas|me ayudas por favor)",
  ],
  [
    "filler",
    "(jaja|jeje|jiji|haha|lol|xd|hoy|ahora|por cierto|curiosidad|por curiosidad|solo por curiosidad|una pregunta|oye|oiga|eh|o no|o qué|por favor|porfa|porfi)",
  ],
  [
    "acknowledgement",
    "[vale|ok|bueno|pues|perfecto] (lo haré|lo hago|eso haré|eso hago|lo intento|lo intentaré|lo pruebo|lo probaré|voy a probar|voy a probarlo|voy a hacerlo|lo miro|lo miraré|le echo un vistazo|lo reviso|lo revisaré)",
  ],
  [
    "acknowledgement",
    "(eso|esto|ok eso) [me] (ayuda|ayuda mucho|me ayuda mucho|ayudó|ayuda bastante)",
  ],
  [
    "goodbye",
    "no [gracias] (eso es todo|es todo|eso era todo|era todo|nada más|eso sería todo|ya está|está todo) [gracias]",
  ],
  [
    "greeting",
    "[te|le|os] (puedo|podría) (preguntar|preguntarte|preguntarle|hacer una pregunta|hacerte una pregunta|hacerle una pregunta) [algo|una cosa]",
  ],
  ["greeting", "(tengo|tendría) (una pregunta|una duda|una consulta|unas preguntas|unas dudas)"],
  [
    "greeting",
    "(alguien lee esto|me oyes|me escuchas|me lees|me oye|me lee|me escucha|hay alguien leyendo|funciona el chat|prueba)",
  ],
  [
    "about_assistant",
    "o (un|una) [persona] (bot|persona|humano|robot|máquina|persona real|humana)",
  ],
  ["about_assistant", "(qué es este chat|que es este chat|qué es esto de chat|qué es este bot)"],
  [
    "acknowledgement",
    "[ah|vale|ok] [ahora|ya] (tiene sentido|tiene lógica|cobra sentido|lo tiene claro) [ahora]",
  ],
  ["acknowledgement", "[ya] (está|esta) todo (bien|claro|listo|resuelto|solucionado)"],
  ["acknowledgement", "(ya|entonces|entonces ya) (está|esta) [resuelto|solucionado|listo]"],
  ["acknowledgement", "(ha sido|fue|has sido|eres|es|han sido) de (gran|mucha|muchísima) ayuda"],
  [
    "thanks",
    "[te|le|os] agradezco [mucho|muchísimo] [la|tu|su|vuestra] [ayuda|atención|paciencia|respuesta]",
  ],
  ["filler", "(por eso|por esto|por ello|por la paciencia|por tu paciencia|por su paciencia)"],
  [
    "greeting",
    "(estoy|ando|todo|yo estoy|pues estoy) [muy|súper|super] (bien|genial|perfecto|estupendo|de maravilla) [gracias]",
  ],
  [
    "greeting",
    "(bien|muy bien|genial|todo bien|estupendo|perfecto) [gracias] (y tú|y usted|y vos|y tu|y vosotros|y ustedes|tú qué tal|y a ti)",
  ],
  [
    "greeting",
    "(qué tal|cómo va|cómo te va|cómo está yendo|cómo fue|cómo ha ido) (tu|su|el) (día|mañana|tarde|semana|finde)",
  ],
  [
    "greeting",
    "espero que (tengas|tenga|tengáis|tengan|pases|pase|paséis) (un|una) [muy] [buen|buena|bonito|bonita|feliz|gran|excelente] (día|tarde|noche|semana|fin de semana|jornada)",
  ],
  [
    "about_assistant",
    "(es|esto es|es esto) (un|una) (chat|conversación|persona|respuesta) (real|automático|automática|de verdad|en vivo|en directo|humano|humana)",
  ],
  [
    "filler",
    "o (automático|automática|un bot|ia|una persona|real|una máquina|un robot|es automático|es un bot|de verdad)",
  ],
  [
    "filler",
    "(por avisar|por avisarme|por el aviso|por decírmelo|por la aclaración|por aclararlo|por informarme|por la información|por contestar tan rápido)",
  ],

  // Which languages the assistant speaks: a verb of speaking and a language's name, or "idiomas".
  [
    "about_languages",
    "(hablas|habla|habláis|hablan|entiendes|entiende|escribes|escribe|respondes|responde|contestas|contesta|puedes hablar|puede hablar|puedes escribir|puede escribir|puedes responder|puede responder|puedes contestar|sabes hablar|sabe hablar|puedo hablar|puedo escribir|puedo escribirte|puedo escribirle|se puede hablar|se puede escribir) [también|tambien|algo de|otro idioma que] [en] (inglés|español|castellano|alemán|francés|danés|sueco|italiano|portugués|catalán|gallego|euskera|chino|árabe|otros idiomas|otras lenguas|varios idiomas|mi idioma|otro idioma|idiomas)",
  ],
  [
    "about_languages",
    "(qué|que|cuáles|cuales|cuántos|cuantos|en qué|en que|en cuántos|en cuantos) (idiomas|lenguas|idioma) (hablas|habla|entiendes|entiende|sabes|sabe|manejas|maneja|conoces|conoce|hablan|habláis|puedes hablar|puede hablar|soportas|respondes|responde|contestas|escribes|atiendes|atienden|hablas tú)",
  ],
  // About the assistant in other words: asking it to introduce itself, who made it.
  [
    "about_assistant",
    "(háblame|hábleme|cuéntame|cuénteme|dime|dígame|habla|cuenta) [un poco|algo|más|un poco más] (de ti|sobre ti|de usted|sobre usted|quién eres|de ti mismo|de ti misma|de vosotros)",
  ],
  ["about_assistant", "(preséntate|preséntese|presentate|presentese)"],
  [
    "about_assistant",
    "(quién|quien|qué empresa|que empresa) te (creó|creo|hizo|programó|programo|desarrolló|desarrollo|diseñó|diseño|entrenó|entreno|construyó|construyo|ha creado|ha hecho|ha programado)",
  ],
  [
    "about_assistant",
    "o (con) (un|una) [verdadera|verdadero|de verdad] (ia|bot|robot|persona|humano|humana|máquina|inteligencia artificial|programa|chatbot|ordenador|computadora)",
  ],
  [
    "about_assistant",
    "o (una|un) (ia|inteligencia artificial|programa|chatbot|ordenador|computadora)",
  ],
  // Whether anyone is at the other end: a greeting, whatever the grammar of requests reads in it.
  [
    "greeting",
    "(hay|está|esta|hay alguna persona|hay alguien|alguien|nadie) [alguien|nadie] (ahí|ahi|allí|alli|ahí fuera|por ahí|por ahi|al otro lado|conectado|despierto|en línea|en linea|aquí|aqui)",
  ],
  // A complaint that asks nothing: the last reply did not help, or the assistant is no use. A
  // topic or a question after it makes it a question; a request for a person is read first.
  [
    "complaint",
    "[eso|esto|la respuesta|tu respuesta|su respuesta|tú|tu|usted|este bot|este chat] no (me|nos) (ayudó|ayudo|ayuda|ha ayudado|sirvió|sirvio|sirve|ha servido|ayudaste|ayudas|has ayudado|ayudas en|resolvió|resolvio|resuelve|ha resuelto|aclaró|aclara|ha aclarado) [nada|mucho|para nada|de nada|en nada|mucho que digamos|realmente|la verdad]",
  ],
  [
    "complaint",
    "[tú|tu|usted|esto|eso|este bot|este chat] no (sirves|sirve|vales|vale|ayudas|ayuda) (para nada|de nada|nada|para mucho)",
  ],
  [
    "complaint",
    "(eres|es|esto es|eso es|la respuesta es|tu respuesta es|este bot es|este chat es|eres un|eres una) [muy|totalmente|completamente|super|bastante|un poco|realmente|un|una] (inútil|inutil|una pérdida de tiempo|una perdida de tiempo|malo|mala|pésimo|pésima|pesimo|horrible|absurdo|absurda|ridículo|ridícula|tonto|tonta|estúpido|estúpida|frustrante|incorrecto|incorrecta|desastre|un desastre|un fraude|una broma)",
  ],
  [
    "complaint",
    "[eso|esto|la respuesta|tu respuesta] no (es|era) [para nada|realmente] (lo que pregunté|lo que pregunte|lo que preguntaba|lo que buscaba|lo que necesitaba|lo que quería|lo que queria|lo que quería saber|lo que necesito|lo que busco|correcto|correcta|útil|util|la respuesta|mi pregunta|relevante|de ayuda)",
  ],
  ["complaint", "(qué|que|vaya) (inútil|inutil|frustrante|desastre|mal|respuesta más inútil)"],
  ["complaint", "(respuesta incorrecta|gracias por nada|inútil|inutil|pff|pfff|uf|uff)"],
  ["filler", "(pero|lamentablemente|perdón|perdon|lo siento|la verdad|sinceramente)"],
  // The ways "gracias" is spelt by ear ("grasias", "grazias").
  ["thanks", "[muchas|mil] (grasias|grazias|grasia|gracia|graxias|grax|grcs|grasiaas)"],
  // Waiting, and the visitor's own "you're welcome": an acknowledgement.
  [
    "acknowledgement",
    "[vale|ok|bueno|de acuerdo|perfecto|bien|muy bien|genial|claro|sí|si|entendido] [pues|entonces] (espero|esperaré|esperare|me espero|te espero|le espero|aquí espero|aqui espero|puedo esperar|quedo a la espera|quedo atento|quedo atenta|sin prisa|tómate tu tiempo|tomate tu tiempo|tómese su tiempo) [un poco|aquí|aqui|entonces|la respuesta|tu respuesta|su respuesta|un rato|un momento|tranquilo|tranquila]",
  ],
  [
    "acknowledgement",
    "(de nada|no hay de qué|no hay de que|no hay por qué|con gusto|un placer|es un placer|a la orden|para servirte)",
  ],

  // Round 5 (issue #19): pauses, apologies and "found it", as in English: a visitor who steps
  // away, looks something up or says sorry asks nothing yet; a pause, whose reply
  // gives them time ("Great!" read oddly after "sorry"). Only these words: a question or a
  // topic beside them still asks.
  [
    "pause",
    "[ok|vale|bueno|ah|oh] (espera|espere|esperá|esperame|espérame|espéreme|un momento|un momentito|un segundo|un segundito|un minuto|un minutito|momento|momentito|un momento por favor|ya vuelvo|ya regreso|ahora vuelvo|vuelvo enseguida|enseguida vuelvo|enseguida regreso|regreso enseguida|vuelvo en un momento|vuelvo en un minuto|aguarda|aguarde|aguardá)",
  ],
  [
    "pause",
    "(dame|deme|dame solo|déjame|dejame) un (segundo|segundito|momento|momentito|minuto|minutito)",
  ],
  [
    "pause",
    "[ok|vale|bueno|hmm|a ver] (déjame|dejame|déjeme|dejeme|voy a|tengo que|lo voy a|deja que|permíteme|permiteme) (revisar|ver|mirar|checar|chequear|pensarlo|pensar|revisarlo|verlo|mirarlo|consultarlo|checarlo|comprobar|comprobarlo|preguntarle a mi esposo|preguntarle a mi esposa|preguntar a mi pareja)",
  ],
  [
    "pause",
    "[ok|vale|bueno] (lo reviso|lo checo|lo miro|ya lo reviso|lo veo|lo pienso|lo voy a pensar|a ver)",
  ],
  [
    "pause",
    "[ay|uy|oh|ups] (perdón|perdon|perdona|perdone|disculpa|disculpe|disculpas|lo siento|lo siento mucho|mil disculpas|perdón por la molestia|disculpa la molestia|disculpe la molestia|perdón la molestia|mi error|error mío|me equivoqué)",
  ],
  [
    "pause",
    "[ya está|ya esta|ya|listo|ah|ok|vale|olvídalo|olvidalo|no importa|nada|bueno] [ya] (lo encontré|lo encontre|lo vi|lo he encontrado|lo tengo|lo resolví|lo resolvi|entendí|entendi|lo solucioné|lo solucione|encontré la respuesta|encontre la respuesta)",
  ],
  [
    "greeting",
    "espero que (estés|esté|estes|este|estén|esten|estéis) (teniendo|pasando) (un|una) [muy] [buen|buena|bonito|bonita|lindo|linda|excelente|gran|feliz|hermoso|hermosa] (día|dia|tarde|noche|semana|fin de semana)",
  ],
  [
    "greeting",
    "(alguien|alguien ahí|alguien ahi|alguien por ahí|alguien por ahi|alguien en línea|alguien en linea)",
  ],
  [
    "acknowledgement",
    "(órale|orale|ándale|andale|chido|chévere|chevere|bacán|bacan|de una|sale pues|va pues|copiado|joya|buenísimo|buenisimo)",
  ],

  // Round 5's check round (written after the rules above) showed two more kinds: a wish for the
  // visitor's day or week going well, and owning a mistake ("my fault", "c'est ma faute"), a
  // pause like an apology.
  [
    "greeting",
    "espero que (todo|tu día|tu dia|tu semana|su día|su dia|su semana|el día|el dia|la semana|tu fin de semana|su fin de semana|tu mañana|su mañana) (vaya|va|esté yendo|este yendo|marche|ande|esté|este|haya ido) [muy] (bien|genial|de maravilla|excelente|súper bien|super bien)",
  ],
  [
    "pause",
    "[ay|uy|ups|perdón|perdon|perdona|disculpa] (fue mi error|fue mi culpa|mi culpa|culpa mía|culpa mia|error mío|error mio|mi error|me equivoqué|me equivoque|me confundí|me confundi|leí mal|lei mal)",
  ],

  // Round 6 (test/fixtures/small-talk-round6.json, written blind) showed five more kinds, as in
  // English. Praise for the assistant or the site: a subject, an adverb ("la verdad",
  // "realmente"), an intensifier ("muy", "súper") and a word of praise, singular or plural ("sois
  // los mejores"); loving it ("me encanta"); a word of praise beside a noun of the site or the
  // chat. A thing the site sells ("me encanta esta chaqueta") is no such noun: a question.
  [
    "acknowledgement",
    "(eres|sois|es usted|son|son ustedes|tú eres|tu eres|usted es|vosotros sois|ustedes son|has sido|habéis sido|ha sido|este bot es|el bot es|esta web es|la web es|vuestra web es|tu web es|su web es|este chat es|el chat es|este sitio es|el sitio es|la página es|esta página es|vuestra página es|el servicio es|vuestro servicio es|este servicio es|el asistente es|este asistente es|esto es) [de verdad|realmente|sinceramente|en serio|la verdad|bastante|muy|súper|super|tan|todo un|toda una|un|una|unos|unas|el|la|los|las|lo|simplemente|sin duda|definitivamente|francamente] [muy|súper|super|bastante|realmente|tan|re|lo|un|una|unos|unas|el|la|los|las|más] (bueno|buena|buenos|buenas|genial|geniales|increíble|increíbles|mejor|mejores|el mejor|la mejor|los mejores|las mejores|crack|cracks|unos cracks|máquina|máquinas|unas máquinas|un crack|sol|soles|un sol|unos soles|majo|maja|majos|majas|amable|amables|útil|útiles|listo|lista|listos|listas|inteligente|inteligentes|fantástico|fantástica|fantásticos|fantásticas|estupendo|estupenda|estupendos|estupendas|top|lo máximo|lo más|máximo|buenísimo|buenísima|buenísimos|buenísimas|amor|un amor|un encanto|encanto|encantador|encantadora|encantadores|maravilloso|maravillosa|maravillosos|maravillosas|espectacular|espectaculares|brutal|brutales|la caña|la leche|un genio|unos genios|genio|genios|eficiente|eficientes|rápido|rápida|rápidos|rápidas|grande|grandes|un grande|unos grandes|excelente|excelentes|perfecto|perfecta|perfectos|perfectas|chévere|chéveres|bacán|bacanes|chido|chida|chidos|padre|padrísimo|de lujo|de diez|un diez|lo más grande|simpático|simpática|simpáticos|majísimo|majísima|majísimos|un lujo|un puntazo|la bomba|una pasada|la hostia|muy bueno|muy buena|muy buenos|bueno en esto|buena en esto|buenos en esto)",
  ],
  [
    "acknowledgement",
    "[la verdad es que|la verdad|pues|sinceramente|en serio|de verdad|realmente|a mí|ay|jo|uf] (me encanta|me encantan|me encantas|me encantáis|me gusta|me gustas|me gustáis|me fascina|me fascinas|me flipa|me flipas|me mola|me molas|me chifla|me chiflas|me gusta mucho|me gusta muchísimo|me gusta un montón|me encanta mucho|me encanta muchísimo|me encanta todo|me ha encantado|me ha gustado|me ha gustado mucho|me encantó|me gustó|me gustó mucho|me chifló|lo amo|lo adoro|os quiero|os adoro|te adoro|os amo|amo esto|adoro esto|me encanta esto|me encanta esta web|me encanta la web) [mucho|muchísimo|un montón|demasiado|tanto|esto|este sitio|esta web|este bot|el bot|la web|tu web|vuestra web|su web|la página|esta página|vuestra página|el chat|este chat|este asistente|el asistente|la idea|esta idea|el servicio|este servicio|vuestro servicio|tu página|todo|cómo funciona|lo rápido que es|de verdad|la verdad|en serio]",
  ],
  [
    "acknowledgement",
    "[qué|menudo|menuda|vaya|es un|es una|un|una|muy|súper|super|el|la] [muy|súper|super|tan] (buen|buena|gran|genial|excelente|estupendo|estupenda|fantástico|fantástica|increíble|bonito|bonita|útil|práctico|práctica|mejor) (bot|robot|chatbot|asistente|trabajo|servicio|sitio|web|página|chat|idea|atención|aplicación|app|herramienta|equipo|respuesta|experiencia|curro|pedazo de bot|página web|sitio web) [tenéis|tienes|tiene|tienen|de verdad|eh|que tenéis|que tienes]",
  ],
  [
    "acknowledgement",
    "(nada mal|no está nada mal|no está mal|no estás nada mal|no estás mal|nada mal la verdad|no está mal la verdad|bastante bien|muy buena esa|buenísima|qué crack|vaya crack|menudo crack|qué máquina|qué pasada|una pasada|qué maravilla|olé|ole|bravo|chapó|de diez|un diez|de lujo|brutal|top)",
  ],
  [
    "filler",
    "(la verdad es que|la verdad|realmente|sinceramente|honestamente|francamente|en serio|de verdad|sin duda|eh|jo|vamos|en fin)",
  ],
  // Insults to the bot: a complaint, handed to a person as "eres inútil" is. A noun of the chat
  // and a word of scorn either side ("bot tonto", "maldito robot", "qué bot más inútil"), "qué
  // pesado esto", "me estás hartando".
  [
    "complaint",
    "[qué|que|menudo|menuda|vaya|eres un|eres una|eres el|eres la|eres el peor|eres la peor|es un|es una|este|esta|el|la|maldito|maldita|pinche|puto|puta|estúpido|estúpida|mal|mierda de|pedazo de|so|tú|tu|vaya mierda de] (bot|robot|chatbot|ia|inteligencia artificial|máquina|maquina|asistente|programa|cacharro|chat|trasto|sistema|ordenador|computadora|aparato|bots|robots) [más|de|tan|muy|súper|super|bastante|totalmente|completamente] (tonto|tonta|inútil|inutil|estúpido|estúpida|estupido|idiota|malo|mala|torpe|pésimo|pésima|pesimo|absurdo|absurda|lento|lenta|pesado|pesada|de mierda|patético|patética|penoso|penosa|cutre|ridículo|ridícula|lamentable|mierda|basura|chungo|chunga|bobo|boba|tarado|tarada|burro|burra|imbécil|memo|mema|zoquete|cansino|cansina|desastroso|desastrosa|horrible|de pacotilla|de juguete|de los cojones|del demonio|que no sirve|que no sirve para nada|que no entiende nada|que no sabe nada)",
  ],
  [
    "complaint",
    "[qué|menudo|menuda|vaya|eres un|eres una|es un|es una|este|esta|el|la] (maldito|maldita|pinche|puto|puta|estúpido|estúpida|mal|mierda de|pedazo de|condenado|dichoso|dichosa|tonto|tonta|inútil|jodido|jodida|triste|patético|patética|asqueroso) (bot|robot|chatbot|ia|máquina|maquina|asistente|programa|cacharro|chat|trasto|sistema|ordenador|computadora|aparato)",
  ],
  [
    "complaint",
    "(eres|eres un|eres una|eres un poco|eres muy|menudo|menuda|vaya|qué|tú|tu|so|pedazo de|eres el|eres la|eres tonto o|eres idiota o) (idiota|imbécil|tonto|tonta|estúpido|estúpida|inútil|burro|burra|bobo|boba|tarado|tarada|memo|mema|payaso|payasa|cretino|cretina|zoquete|torpe|lerdo|lerda|mierda|basura|un chiste|una broma|un desastre|un fraude|un cero a la izquierda|el peor|la peor|lo peor|un inútil|una inútil|un idiota|una idiota|un tonto|una tonta|un estúpido|un burro|un payaso|una mierda|una basura|una birria|una porquería)",
  ],
  ["complaint", "(idiota|imbécil|estúpido|estúpida|tarado|tarada|cretino|cretina)"],
  [
    "complaint",
    "(qué|que|muy|tan|eres|eres muy|eres tan|es muy|es|esto es|esto es muy|esto es tan|estás|estás muy|estás siendo|qué|madre mía qué|dios qué|uf qué|pff qué) (pesado|pesada|pesadito|pesadita|pesadísimo|pesadísima|pesadez|cansino|cansina|cansado|molesto|molesta|irritante|desesperante|exasperante|insoportable|frustrante|rollo|fastidio|lata|coñazo|tostón|petardo|pesadilla|horror|agobiante|tedioso|tediosa|plasta|pelma|rayante|raro y inútil) [esto|eres|es esto|este bot|el bot|este chat|el chat|de bot|de chat|de robot|tío|hombre|que eres|estás|por favor|macho|colega|eh]",
  ],
  [
    "complaint",
    "(me|ya me) (estás hartando|estás cansando|estás mareando|estás poniendo nervioso|estás poniendo nerviosa|estás desesperando|estás agobiando|estás rayando|tienes harto|tienes harta|tienes hasta las narices|tienes frito|tienes frita|tienes negro|tienes negra|sacas de quicio|sacas de mis casillas|desesperas|hartas|cansas|agobias|rayas|mareas|pones de los nervios|estás tomando el pelo|tomas el pelo) [ya|eh|tío|macho|de verdad|en serio]",
  ],
  [
    "complaint",
    "(qué rollo|que rollo|qué fastidio|que fastidio|qué lata|qué coñazo|qué pesadez|qué tostón|vaya rollo|menudo rollo|vaya tela|qué cruz|qué horror|vaya horror|no me jodas|venga ya|es una broma|esto es una broma|menuda broma|qué broma|una mierda|qué mierda|vaya mierda|menuda mierda|esto es una mierda|es una mierda|qué asco|vaya asco|qué basura|menuda basura|vaya basura|no vales para nada|no vales nada|vaya tontería|qué tontería|menuda tontería)",
  ],
  // A slip: the wrong button, a message sent too soon. A pause, as an apology is.
  [
    "pause",
    "[ay|uy|ups|oops|perdón|perdon|perdona|disculpa|disculpe|vaya|huy|upsi|ay perdón|uy perdón|ups perdón|lo siento] [perdón|perdon|perdona|disculpa|lo siento] [yo] (me equivoqué de botón|me equivoque de boton|me equivoqué de botón|me he equivocado de botón|me equivoqué de tecla|me he equivocado de tecla|me equivoqué de chat|me he equivocado de chat|me equivoqué de ventana|me he equivocado de ventana|me equivoqué de pestaña|me equivoqué de conversación|me he equivocado de conversación|me equivoqué de persona|me he equivocado de persona|me equivoqué de página|me equivoqué de web|me confundí de botón|me confundí de tecla|me confundí de chat|me confundí de ventana|me he confundido de botón|me he confundido de chat|me he confundido de ventana|botón equivocado|tecla equivocada|chat equivocado|ventana equivocada|pestaña equivocada|conversación equivocada|le di sin querer|le di al botón sin querer|le di por error|le di al botón equivocado|le di a enviar sin querer|le di a enviar antes de tiempo|le di a enter sin querer|le di a intro sin querer|le di antes de tiempo|se me fue el dedo|se me escapó el dedo|se me escapó|se envió sin querer|se ha enviado sin querer|se envió solo|se ha enviado solo|se mandó sin querer|se mandó solo|lo envié sin querer|lo mandé sin querer|lo envié por error|lo mandé por error|lo envié antes de tiempo|lo mandé antes de tiempo|envié sin querer|mandé sin querer|pulsé sin querer|toqué sin querer|pulsé por error|toqué por error|pulsé el botón equivocado|toqué el botón equivocado|sin querer|por error|error de dedo|error mío al teclear|errata|una errata|fue sin querer|fue un error|ha sido sin querer|ha sido un error|no era para ti|no era para usted|no iba para ti|no iba para usted|ese mensaje no era para ti|me adelanté|me he adelantado) [perdón|perdon|sorry|jaja|jeje|ups]",
  ],
  // A bare "no" answers "¿Hay algo más en lo que pueda ayudarte?": a goodbye
  // (worker/chat/small-talk.ts says why, and reads it as a negation before an acknowledgement,
  // which Spanish writes it as: "no entiendo", "no está claro"). The longer answers that say the
  // visitor is fine are goodbyes of their own.
  ["no", "(no|nop|nope|no no|no no no|nones|nel|pues no|para nada no|qué va|que va|ni modo)"],
  [
    "goodbye",
    "(no|nop|nope) [gracias|muchas gracias] (todo bien|todo perfecto|todo claro|ya está todo|estoy servido|estoy servida|ya estoy|ya estoy servido|ya estoy servida|de momento no|por ahora no|por el momento no|ahora no|hoy no|ya no|nada|nada más|nada de momento|nada por ahora|con eso tengo|con eso me vale|con eso me sirve|me vale así|así está bien|así estoy bien) [gracias]",
  ],
  // Greetings round 6 showed: slang ("wenas"), a season's wish, and asking back after answering
  // "how are you".
  [
    "greeting",
    "(wenas|güenas|guenas|wena|wenas wenas|wenas tardes|wenas noches|wenos días|wenos dias|buenas buenas|holiwi|holiwis|holi holi|hola holi|qué pasa tío|wey hola|hola wey|aló|alo)",
  ],
  [
    "greeting",
    "[y] [que tengas|que tengáis|que tenga|os deseo|te deseo|le deseo|les deseo|les deseamos|os deseamos|te deseamos|muy|un|una] (feliz|felices|próspero|próspera|buen|buena|buenas|feliz y próspero) (navidad|navidades|fiestas|año|año nuevo|pascua|pascuas|nochebuena|nochevieja|día de reyes|reyes|día de la madre|día del padre|san valentín|halloween|puente|verano|vacaciones|entrada de año|salida y entrada de año|navidad y próspero año nuevo|navidad y feliz año nuevo|navidad y feliz año|fiestas y feliz año|año nuevo y feliz navidad) [a todos|a todas|a ti|a vosotros|a usted|a ustedes|para todos|para ti|a todo el equipo|al equipo|también|igualmente]",
  ],
  [
    "greeting",
    "(y tú|y tu|y usted|y vos|y a ti|y a usted|y vosotros|y ustedes|tú qué tal|y tú qué tal|y tú qué tal estás|y tú cómo estás|y usted cómo está|y tú cómo vas|y tú cómo andas|y a ti cómo te va|y a ti qué tal|qué tal tú|cómo estás tú|y por ahí|y por allí|y tú qué|y vosotros qué tal|y ustedes qué tal|y tú bien|y usted bien)",
  ],
];

/**
 * The replies to small talk in Spanish, one per kind: they invite a question and promise nothing;
 * a pause's gives the visitor time, the answer about the assistant says what it is and that a
 * person is a request away, the one about languages names the six it writes in (answers come
 * from the help centre), and a complaint gets none: the judge hands it to a person.
 */
export const SMALL_TALK_REPLIES: Readonly<Record<RepliedKind, string>> = {
  greeting: "¡Hola! ¿En qué puedo ayudarte?",
  thanks: "¡De nada! ¿Hay algo más en lo que pueda ayudarte?",
  goodbye: "¡Adiós! Si surge algo más, pregunta cuando quieras.",
  acknowledgement: "¡Genial! ¿Hay algo más en lo que pueda ayudarte?",
  pause: "No pasa nada, tómate tu tiempo. Aquí estoy si necesitas algo más.",
  about_assistant:
    "Soy el asistente de IA de este sitio: respondo a partir de su centro de ayuda y puedo pasarte con una persona cuando quieras.",
  about_languages:
    "Escribo en español, inglés, danés, alemán, francés y sueco; mis respuestas salen del centro de ayuda de este sitio, en tu idioma si está disponible. También puedo pasarte con una persona.",
};
