import type { OffTopicFrames } from "../types.ts";

/**
 * Spanish words that mark a message as being about something no small business's help
 * centre covers (weather, sport, films, jokes, homework, code, recipes, shares, elections,
 * trivia, translation, dropping the assistant's instructions); see `LanguageData.offTopic`.
 */
export const OFF_TOPIC = `
    tiempo pronóstico lluvia llover llueve nieve nevar soleado temperatura tormenta fútbol
    futbol baloncesto tenis golf liga olímpicos torneo campeonato ganó juega partido gol
    película películas pelicula cine netflix serie series tele actor famoso canción letra
    álbum chiste chistes adivinanza poema horóscopo lotería deberes tarea matemáticas mates
    ecuación derivada integral teorema pitágoras redacción python javascript java sql css
    html programación programar código función receta recetas tarta pasta pizza tortilla
    acciones bolsa cripto bitcoin invertir dividendo elecciones presidente ministro
    congreso política capital población historia guerra traduce traducir japonés chino
    instrucciones prompt pirata tren
    curriculum cv vuelo vuelos avión aeropuerto
    calorías
    fortnite minecraft playstation xbox nintendo concierto conciertos cantante química biología fotosíntesis fiebre gripe covid trump biden putin openai gpt espaguetis sushi hamburguesa
    taxi luna amanecer atardecer
    guitarra piano violín batería ukelele haiku futbolista futbolistas resfriado peli pelis
    router wifi modem ps5 ps4 gta aliens extraterrestres ovni ovnis adelgazar adelgazo chatgpt ethereum dogecoin ibuprofeno paracetamol aspirina antibioticos antibióticos ajedrez
    instagram tiktok snapchat facebook youtube youtuber influencer seguidores impresora casino póker apuestas tinder religión dios biblia iglesia budismo islam cristianismo zodiaco abogado divorcio universidad balonmano voleibol motivadora motivadoras motivacional
    hipoteca hipotecas euríbor jubilación proteínas tos
    hormigas cucarachas avispas pulgas chinches moho fontanero electricista
    mareas marea misa misas eucaristía irpf iphone goyas
    roblox robux pokemon pokémon zelda valorant genshin skyrim overwatch hearthstone pubg wordle warzone
    selectividad ebau evau euromillones bonoloto primitiva quiniela empadronamiento empadronarme
    inquilino inquilina
    visado
    hipo
    bache baches
    procrastinar procrastinación
    biblioteca`;

/**
 * The business addressed and its own places and times that a visitor asks the opening hours of
 * ("when does the kitchen close"): never another place's hours, however unknown the word is to
 * the knowledge base.
 */
const OWN_PLACES =
  "vosotros|vuestro|vuestra|os|ustedes|tienda|local|clínica|consulta|taller|estudio|oficina|academia|gimnasio|salón|nosotros|almacén|cocina|bar|restaurante|cafetería|terraza|recepción|mostrador|piscina|sauna|spa|parking|aparcamiento|rebajas|inscripciones|inscripción|reservas|temporada|campamento|sala|panadería|exposición|caja|taquilla|bufé|buffet|desayuno|brunch";

/** Shapes of off-topic messages whose words alone don't tell; see `LanguageData.offTopicFrames`. */
export const OFF_TOPIC_FRAMES: OffTopicFrames = {
  sumWords:
    "cómo como se cuánto cuántos cuanto cuantos es son da dan calcula calcular igual a el resultado de me dices puedes decir hace cuál cual la resuelve resolver ecuación la",
  operators: `
    más
    menos
    por
    multiplicado por
    dividido por
    dividido entre
    entre
    al cuadrado = × 2
    al cubo = × 3
    elevado a
    raíz cuadrada de = √
    % de = ×
    por ciento de = ×`,
  things: `peli pelis película películas libro libros novela serie series canción canciones podcast juego juegos restaurante restaurantes móvil móviles teléfono smartphone coche coches portátil ordenador cascos auriculares hotel hoteles tablet tablets aspiradora aspiradoras nevera frigorífico lavadora lavavajillas microondas cámara cámaras consola consolas smartwatch altavoz altavoces tele televisión televisor freidora airfryer airpods`,
  patterns: [
    "la capital de",
    "cuántos habitantes",
    "cuántos (?:km|kilómetros|kilometros|millas) hay (?:de|desde|entre|hasta) (?<places>.+)",
    "a cuántos (?:km|kilómetros) (?:está|queda) (?<places>.+)",
    "qué distancia hay (?:de|entre|desde) (?<places>.+)",
    "cuánto mide (?<thing>.+)",
    "cuántos años tiene (?!que )(?<thing>.+)",
    "quién (?:inventó|descubrió|pintó|es el presidente)",
    "qué hora es en",
    "qué tiempo (?:hace|hará|va a hacer)",
    "^(?!.* si )(?:.* )?va a (?<topic>llover|nevar)",
    "(?:a qué hora|cuándo) juega",
    "(?:recomiéndame|recomiéndeme|recomienda|recomiendas|recomendarme|recomendar) (?:una |un |unas |unos |alguna |algún )?(?:buena |buen |buenas |buenos )?(?:[^ ]+ ){0,2}{things}",
    "qué {things} me (?:compro|recomiendas|pongo|leo|veo)",
    "(?:qué|cuál|cuáles) {things} (?:me compro|comprar|ver|leer|es mejor|son mejores)",
    "cómo (?:se hace|hago|se escribe|escribo|cocino|preparo|se prepara|se cocina) (?!(?:un |una |el |la |mi )?(?:reseña|reclamación|opinión|valoración))(?:un |una |el |la |mi )?(?<thing>.+)",
    "cómo (?:reinicio|reseteo|formateo|actualizo|desbloqueo) (?:mi|el|la|un|una) (?<thing>.+)",
    `^(?!(?:.* )?(?:${OWN_PLACES})(?: |$))(?:.* )?a qué hora (?:abre|cierra) (?<thing>.+)`,
    "(?:mejor|mejores) {things} (?:en|de|cerca)",
    "cómo se dice",
    "qué significa (?:.+ )?en (?:inglés|francés|alemán|italiano|japonés|chino)",
    "qué (?:día|fecha) es hoy",
    "quién ganó",
    "escrib(?:e|eme|ir) (?:un |una )?(?:correo|email|mail|carta|mensaje) (?:a|para) (?<thing>.+)",
    "(?<topic>adelgazar)",
    "perder (?<topic>peso)",
    "en qué año (?<thing>.+)",
    "cuántos (?:países|estados|planetas) (?:hay|tiene)",
    "(?:qué|cuál) {things} (?:tiene|es) (?:el|la) (?:mejor|más barato|más barata|más rápido)",
    "(?:dame|búscame|enséñame) (?:un |una |unos |unas )?(?:buen |buena |buenos |buenas )?(?:[^ ]+ ){0,2}{things}",
    "sentido de la vida",
    "(?:hará|va a hacer) (?:sol|calor|frío|buen tiempo|mal tiempo)",
    "(?:planear|organizar|planificar) (?:un |mi |nuestro )?(?:viaje|fin de semana|escapada) (?:a|en) (?<thing>.+)",
    "qué es más (?:grande|pequeño|alto|viejo|rápido|pesado) (?<thing>.+)",
    "cómo va el partido",
    "cuéntame un cuento",
    "cómo se hacen (?<thing>.+)",
    "quién (?:dirigió|cantó|canta|escribió la canción)",
    "(?:dime|cuéntame) algo (?:gracioso|divertido)",
    "cuántos (?:gramos|kilos|litros|centímetros|cm|metros|pulgadas|onzas) (?:tiene|hay en|son) (?:un |una )?(?<thing>.+)",
    "qué nombre le pongo a (?:mi|un|una) (?<thing>.+)",
    "(?:previsión|pronóstico) del tiempo",
    "(?:felicitación|felicitaciones|mensaje) de (?<topic>cumpleaños|boda|navidad)",
    "tipo de cambio",
    "a cuánto está el (?:dólar|euro|dolar)",
    "qué (?:hago|preparo|cocino|como) (?:de|para) (?:cena|comer|comida|desayuno)",
    "(?:explícame|me explicas|explica) cómo funcionan? (?<thing>.+)",
    "quién es el mejor (?<thing>.+) (?:de la historia|del mundo)",
    "cuándo (?:empieza|comienza|termina) (?:el verano|el invierno|la primavera|el otoño)",
    // Una factura para la declaración de la renta is the business's own.
    "^(?!(?:.* )?(?:factura|facturas|recibo|recibos|justificante|certificado|vosotros|vuestro|vuestra|os|usted)(?: |$))(?:.* )?declaración de la renta",
    "qué significa (?<thing>.+)",
    "(?:aprendo|aprender|aprende) (?:a tocar )?(?<topic>inglés|francés|alemán|italiano|chino|japonés|guitarra|piano)",
    "más (?:rápido|rápida|grande|alto|alta|pequeño|viejo|largo|rico) del mundo",
    "hace (?:frío|calor|sol) en (?<thing>.+)",
    "(?:escríbeme|escribe|cuéntame) un cuento",
    "mi (?:novia|novio|pareja|mujer|marido|esposa|esposo) me (?:dejo|ha dejado|engaña|engano|enganó|dejó)",
    "(?:recuperar|recupero|volver con) (?:a )?mi ex",
    "que (?:ver|visitar|hacer) en (?!caso)(?<places>[^ ]+)",
    "jefe final",
    "(?:nueva|proxima|ultima) temporada de (?<thing>.+)",
    "(?:bajar|perder) (?:de )?peso",
    "a quien (?:debo |deberia |tengo que )?votar",
    "que (?:opinas|piensas) (?:de|del|sobre) (?<thing>.+)",
    "me duele (?:mucho )?(?:la |el )?(?<thing>cabeza|estomago|barriga|garganta)",
    "(?:pedir|pido|pedirle) (?:un )?aumento",
    "persona mas rica del mundo",
    "traduce (?:.+ )?al (?:ingles|aleman|frances|italiano|chino|japones|portugues)",
    "(?:que|cual) es mejor(?: para mi)?,? (?<thing>.+) o [^ ]+",
    "es mejor (?<thing>.+) o [^ ]+",
    "que (?:puedo|debo|tengo que) (?:ver|visitar|hacer) en (?!caso)(?<places>[^ ]+)",
    "(?:carta de presentacion|entrevista de trabajo)",
    "mi (?:mujer|marido|esposa|esposo|novia|novio|pareja) y yo (?:discutimos|peleamos|nos peleamos)",
    "(?:significa|significado) .*(?:soñar|sonar|sueño|sueno|soñe|sone)",
    "masa madre",
    "tu (?<thing>[^ ]+) favorit[oa]",
    "seguro (?:de|del) (?:coche|hogar|vida|casa)",
    "como funciona(?:n)? (?<thing>.+)",
    "diferencia entre (?<thing>.+)",
    "(?:organizar|organizo|planear|planificar) (?:un |una |mi )(?<thing>.+)",
    "escribe(?:me)? (?:un |una )(?<thing>.+)",
    "(?:recomiendas|recomienda|recomiendame|recomendar) (?:un |una )?(?:buen |buena )?(?<thing>[^ ]+) en [^ ]+",
    "velocidad de (?<thing>.+)",
    "como (?:saco|solicito|renuevo) (?:el |la |un |una )?(?<thing>.+)",
    // Round 6 (issue #19), kinds rather than messages: the day's news, a word's meaning or
    // spelling, role-play and dropped rules, the assistant itself, a partner's behaviour, life's
    // questions, daily amounts, another product's trouble, geography and history. Where a thing
    // is named (`thing`), the site's own things stay its own (docs/knowledge-base.md).
    "(?:que|cuales son las) noticias (?:hay|de hoy)|noticias de hoy|ultimas noticias|que (?:pasa|ha pasado|esta pasando) en el mundo",
    "que significa la palabra|otra palabra para|sinonimo de|se escribe con (?:b|v|h|y|ll|c|s|z|g|j|x)|como se escribe la palabra|en esta (?:frase|oracion)|ortografia",
    "haz de cuenta|haz como si|finge que|imagina que eres|actua como (?:un|una|mi)|a partir de ahora eres|juega a ser",
    "(?:olvida|ignora|olvidate de) (?:todas )?(?:tus|las) (?:instrucciones|reglas|indicaciones)",
    "(?:eres|es usted) (?:un |una )?(?:robot|bot|humano|humana|persona de verdad|persona real|inteligencia artificial|ia|consciente|mas listo|mas inteligente)|tienes (?:sentimientos|emociones|alma)",
    "(?:novia|novio|pareja|mujer|marido|esposa|esposo) (?:nunca|no) me (?:escucha|contesta|responde|escribe|llama|quiere)",
    "(?:debo|deberia) (?:dejarlo|dejarla|perdonarlo|perdonarla|dejar a mi)",
    "por que (?:existimos|estamos aqui|vivimos|morimos)|libre albedrio|despues de la muerte|existe dios",
    "cuant[oa]s? (?:(?:litros|vasos|gramos|tazas|raciones|pastillas|comprimidos|mg) de )?(?<thing>(?:[^ ]+ ){0,2}[^ ]+) (?:debo|deberia|hay que|tengo que|necesito) (?:comer|beber|tomar|caminar)",
    "cuantas horas (?:[^ ]+ ){0,3}dormir",
    "mi (?!cuenta|pedido|usuario|contrasena|perfil|pago|factura|codigo|tarjeta|suscripcion|reserva|cita)(?<thing>[^ ]+) no (?:me deja|funciona|carga|enciende|conecta|arranca|suena|se conecta|se enciende|se carga|imprime)",
    "(?:ciudad|pais|montana|rio|lago|oceano|isla|desierto|edificio|planeta) mas (?:grande|alto|alta|largo|larga|antiguo|antigua|poblado|poblada|profundo|profunda)",
    "cuando (?:fue|fueron|se) (?:.+ )?(?:ocupad[oa]|liberad[oa]|conquistad[oa]|inventad[oa]|descubiert[oa]|abolid[oa])",
    "cuant(?:os|as) (?:pies|pulgadas|millas|yardas|onzas|libras|galones) (?:son|hay en|tiene|equivalen a)",
    "con quien (?:esta saliendo|sale)",
    // Round 7 (issue #19), kinds rather than messages: a partner who stopped answering, the
    // weather asked in more words, pests, mould and stains at home, why the sky or sea is as it
    // is, when a country joined the EU or NATO, buying or renting a home, saving or investing,
    // school subjects' homework, unit conversions, spelling doubts, another device that is slow
    // or won't start (two words for the device). Things and topics stay the site's where it
    // names them (docs/knowledge-base.md).
    "(?:novia|novio|pareja|mujer|marido|esposa|esposo|ex) (?:ya no|no|nunca) me (?:escucha|contesta|responde|escribe|llama|habla|quiere|hace caso)|(?:novia|novio|pareja|ex) (?:ha dejado|dejo) de (?:hablarme|escribirme|contestarme|llamarme)",
    "(?:quito|quitar|eliminar|elimino|saco|sacar|deshacerme de|deshacerse de|acabar con|matar) (?:una |la |las |los |unas |el |un )?(?<topic>mancha|manchas|hormigas|cucarachas|ratones|ratas|avispas|pulgas|chinches|polillas|moho|cal)",
    "por que (?:el |la |los |las )?(?<topic>cielo|mar|hierba|cesped|sol|luna|estrellas|sangre|oceano) (?:es|son|esta|estan) (?:azul|verde|salado|salada|rojo|roja|redondo|redonda|amarillo)",
    "cuando (?:entro|ingreso|se unio|salio|se incorporo|fue admitida|fue admitido) (?:.+ )?(?:en |a |de )?(?:la |el )?(?<topic>ue|otan|onu|union europea|eurozona)",
    "(?:comprar o alquilar|alquilar o comprar) (?:un |una |mi |el |la )?(?<thing>[^ ]+)",
    "(?:ahorrar|amortizar) (?:[^ ]+ ){0,3}o invertir|invertir (?:[^ ]+ ){0,3}o (?:ahorrar|amortizar)",
    "(?<topic>(?:deberes|tarea|trabajo|examen|redaccion|comentario de texto) (?:de|del) (?:historia|mates|matematicas|lengua|ingles|fisica|quimica|biologia|geografia|filosofia|literatura))",
    "cuant(?:os|as) (?:[^ ]+ ){1,2}(?:son|hay en|tiene|equivalen a|es) (?:(?:un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|veinte|cien|mil|[0-9.,]+) )?(?:millas?|pies|pulgadas?|yardas?|onzas?|libras?|galones|galon|fahrenheit|celsius|kilometros?|km|metros?)$",
    "(?:convertir|convierte|pasar|pasa) (?:de )?(?:[^ ]+ ){1,3}a (?:millas|pies|pulgadas|onzas|libras|galones|fahrenheit|celsius|kilometros|km|metros|centimetros|cm|kilos|kg|gramos|litros)",
    "se escribe (?:.+ )?o [^ ]+|(?:lleva|va con|se pone) tilde|con o sin (?:tilde|h|acento)",
    "mi (?!cuenta|pedido|usuario|contrasena|perfil|pago|factura|codigo|tarjeta|suscripcion|reserva|cita|envio|paquete)(?<thing>[^ ]+ [^ ]+) no (?:me deja|funciona|carga|enciende|conecta|arranca|suena|se conecta|se enciende)",
    "mi (?!cuenta|pedido|usuario|contrasena|perfil|pago|factura|codigo|tarjeta|suscripcion|reserva|cita|envio|paquete|app|aplicacion|web|pagina|carrito)(?<thing>[^ ]+(?: [^ ]+)?) (?:va|esta|se ha vuelto|funciona) (?:muy |super |demasiado )?(?:lento|lenta|caliente|ruidoso|ruidosa)",
    // Round 7, the kinds a near-miss read as a service question lets through (offer.ts,
    // `readsAsService`): cooking times, flights, buying advice for consumer goods, DIY on a car,
    // a noise a thing makes, what a pet may eat, a series' seasons, a blocked drain, conversions
    // written the short way. The thing, topic or places stay the site's where it names them.
    "cuanto tiempo (?:tengo que |hay que |se tarda en |tarda en |para |debo |se debe |se tiene que |tiene que )?(?:cocer|cocinar|hervir|hornear|asar|freir|estar) (?:un |una |el |la |los |las )?(?<thing>[^ ]+(?: [^ ]+)?)",
    "(?:vuelo|vuelos|billete de avion|billetes de avion) (?:baratos? |low cost |directos? )?(?:a|para|hacia|desde) (?<places>.+)",
    "(?:duracion del vuelo|horas de vuelo) (?:a|hasta|hacia) (?<places>.+)",
    "(?:mejor|mejores|buen|buena|buenos|buenas|barato|barata) (?:[^ ]+ )?{things} (?:para|por menos de|calidad precio)",
    "(?:cambio|cambiar|arreglo|arreglar|reparo|reparar|parcheo|parchear|reviso|revisar) (?:[^ ]+ ){0,3}(?:del|de mi|al|a mi|en mi|en el|de un) (?<topic>coche|carro|auto|moto|furgoneta)",
    "mi (?<thing>[^ ]+) hace (?:un |unos )?(?:ruido|ruidos) (?:raro|raros|extraño|extraños)",
    "(?:los perros|los gatos|mi perro|mi gato|los conejos|un perro|un gato) (?:pueden|puede) (?:comer|beber|tomar) (?<thing>[^ ]+)",
    "cuant(?:as|os) (?:temporadas|capitulos|episodios|libros|peliculas) (?:tiene|de|hay de) (?<thing>.+)",
    "(?:desatascar|desatasco|desatasca|destapar|destapo|atascado|atascada) (?:el |la |un |una )?(?<topic>vater|water|inodoro|fregadero|lavabo|desague|wc|retrete|ducha)",
    // Round 8 (issue #19), kinds rather than messages: an alarm or timer to set, when a ferry,
    // train or bus leaves, a self-employed person's income tax, renewing an ID card or passport,
    // tide times and mass times, the weather in a named town, a dripping tap or a puncture, home
    // remedies, cooking an egg, a recipe for a named dish (a vet's "receta" is a prescription:
    // the dish is checked), a team's result, a mountain's height, life after death, a partner
    // who won't have children, code in a language, a mobile plan, a pet that is ill, awards.
    // Each checks the knowledge base for what it asks about.
    "^(?:puedes |podrias |me )?(?:pon|ponme|poner|pones|programa|programame|activa|activame) (?:una |un |la |el |mi )?(?<topic>alarma|temporizador|despertador|recordatorio|cronometro|cuenta atras)",
    "^(?:puedes )?(?:despiertame|despertarme)",
    "(?:a que hora|cuando) (?:sale|salen|llega|llegan|pasa|pasan) (?:el |la |los |las )?(?:ultimo |ultima |proximo |proxima |primer |primera |siguiente )?(?<topic>ferry|ferri|barco|tren|trenes|ave|alvia|avion|vuelo)",
    "(?:horario|horarios) (?:del |de los |de la |de )(?<topic>ferry|ferri|barco|tren|trenes|ave|mareas|marea|misa|misas)",
    "^(?!(?:.* )?(?:factura|facturas|recibo|recibos|justificante|certificado|vosotros|vuestro|vuestra|os|usted)(?: |$))(?:.* )?(?<topic>marea alta|marea baja|declaracion de la renta|impuesto sobre la renta|modelo 130)",
    "(?:impuestos|cuota|cotizacion|cotiza|paga) (?:un |una |como |siendo )?(?<topic>autonomo|autonoma|autonomos|freelance)",
    "(?:renovar|renuevo|renueva|renovacion del|renovacion de la|sacar|saco|saca|pedir) (?:el |la |mi |un |una )?(?:nuevo |nueva )?(?<topic>dni|pasaporte|carnet de conducir|carne de conducir|nie|tarjeta sanitaria)",
    "(?:tiempo|lluvia|llover|llovera|nevar|nevara) (?:[^ ]+ ){0,4}en (?!casa|el |la |los |las |caso )(?<places>[^ ]+)(?: (?:este fin de semana|el fin de semana|este finde|el finde|mañana|hoy|esta noche|esta tarde|pasado mañana|la semana que viene|el sabado|el domingo|el lunes|el viernes))?$",
    "(?<topic>grifo|grifos|cisterna) (?:que )?(?:gotea|gotean|pierde agua|no para)",
    "^(?!.*(?:podeis|pueden|puede|arreglais|reparais) )(?:.* )?(?:cambiar|cambio|cambia|arreglar|arreglo|arregla|reparar|parchear|parcheo) (?:una |la |el |mi )?(?<topic>rueda|ruedas|neumatico|pinchazo|camara)(?: pinchada| pinchado)?",
    "(?<topic>remedio casero|remedios caseros|remedio de la abuela|remedios de la abuela)",
    "(?:para|contra) (?:el |la |los |un |una )?(?<topic>resfriado|catarro|dolor de cabeza|dolor de garganta|resaca|migrana|tos|dolor de muelas|dolor de oido)$",
    "^(?!.* (?:vuestro|vuestra|vuestros|vuestras|su|sus)(?: |$))(?:.* )?(?:cuanto tiempo|cuantos minutos) (?:se |hay que |tengo que |tarda en |tarda un |debo )?(?:cuece|cocer|hervir|hierve|cocinar|freir|asar|cocino) (?:un |una |el |la |los |las )?(?<topic>huevo|huevos|pasta|arroz|patatas|pollo|macarrones|espaguetis|lentejas|garbanzos)",
    "^(?!.*(?:teneis|tienen|tiene usted|vendeis|venden|ofreceis) )(?:.* )?receta (?:de |del |de la |para )(?!vuestr[^ ]+ |tu |tus |su |sus )(?:un |una |el |la |los |las )?(?<thing>.+)",
    "(?:como|cuanto) (?:quedo|quedaron|ha quedado|acabo|termino|va) (?:el |la )?(?<thing>[^ ]+)(?: de)? (?:ayer|anoche|hoy|el domingo|el sabado|esta noche|en la liga|en champions)",
    "(?:montana|montanas|pico|cumbre|rio|lago) (?:mas )?(?:alto|alta|largo|larga|grande|profundo) (?:de|del)",
    "(?:despues de|tras) (?:la )?(?:morir|muerte|la muerte)|vida despues de la muerte|existe dios|libre albedrio",
    "(?:novia|novio|pareja|mujer|marido|esposa|esposo) no quiere (?:tener hijos|casarse|vivir juntos|vivir conmigo|comprometerse|boda)",
    "(?:consulta|query|bucle|funcion|lista|array|clase|script|codigo|programa) (?:[^ ]+ ){0,3}(?:en|de|con) (?<topic>python|javascript|java|typescript|sql|php|excel|html|css)",
    "(?<topic>tarifa movil|tarifas moviles|tarifa de movil|compania telefonica|companias telefonicas|operador movil|fibra optica|tarifa de fibra)",
    "^(?!.* (?:cita|reservar|reserva|cancelar|anular|podeis|puedes|pueden|vuestro|vuestra|os)(?: |$))(?:.* )?(?:mi )(?<topic>perro|perra|gato|gata|cachorro|gatito|conejo|hamster|periquito|caballo|cobaya) (?:vomita|ha vomitado|cojea|tose|no come|tiene diarrea|esta malo|esta mala|esta enfermo|esta enferma|sangra|estornuda)",
    "quien (?:gano|gana|ganara|se llevo) (?:el |la |los |un |una )?(?:goya|goyas|oscar|oscars|premio nobel|nobel|balon de oro|eurovision|premio planeta)",
    // Round 9 (issue #19), kinds rather than messages: another company's order, bill or
    // contract (a marketplace, a phone or energy company: never a carrier or a way to pay, which
    // are the site's), a neighbour's noise or tree, a landlord, dating, a game named or its
    // level, the lottery's numbers, what's on in a town the site never names, how long an animal
    // lives, a song's lyrics. Each checks the
    // knowledge base for what it names (`topic`, `thing`, `places`).
    "(?:mi|mis) (?:pedido |paquete |cuenta |suscripcion |factura )?(?:de |en |con )?(?<topic>amazon|ebay|aliexpress|temu|shein|zalando|vinted|etsy|wallapop|leboncoin|kleinanzeigen|blocket|tradera|dba|cdiscount|netflix|spotify|disney plus|hbo|airbnb|uber|movistar|vodafone|orange|jazztel|yoigo|digi|masmovil|pepephone|lowi|simyo|endesa|iberdrola|naturgy)(?: |$)",
    "(?:pedido|pedidos|paquete|cuenta|suscripcion|contrato|factura|envio|reembolso|compra|tarifa|fibra|permanencia) (?:de |en |con |a )(?<topic>amazon|ebay|aliexpress|temu|shein|zalando|vinted|etsy|wallapop|leboncoin|kleinanzeigen|blocket|tradera|dba|cdiscount|netflix|spotify|disney plus|hbo|airbnb|uber|movistar|vodafone|orange|jazztel|yoigo|digi|masmovil|pepephone|lowi|simyo|endesa|iberdrola|naturgy)",
    "^(?!(?:.* )?(?:podeis|haceis|ofreceis|teneis|vuestro|vuestra|vuestros|vuestras|usted|ustedes|os|paquete|pedido|envio|recoger|factura|instalacion)(?: |$))(?:.* )?(?:mi|con mi|de mi|a mi) (?<topic>compania telefonica|compania de telefono|compania de movil|compania de luz|compania electrica|compania de la luz|compania de gas|operadora|proveedor de internet)",
    "^(?!(?:.* )?(?:factura|facturas|recibo|recibos|justificante|certificado|vosotros|vuestro|vuestra|os|usted)(?: |$))(?:.* )?declaracion de la (?<topic>renta)",
    "^(?!(?:.* )?(?:podeis|haceis|ofreceis|teneis|vuestro|vuestra|vuestros|vuestras|usted|ustedes|os|paquete|pedido|envio|recoger|factura|instalacion)(?: |$))(?:.* )?(?:vecino|vecinos|vecina|vecinas) (?:[^ ]+ ){0,4}(?<topic>ruido|ruidos|musica|fiesta|fiestas|ladra|ladrando|ladrar|arbol|arboles|seto|ramas|valla|humo|fuma)",
    "^(?!(?:.* )?(?:podeis|haceis|ofreceis|teneis|vuestro|vuestra|vuestros|vuestras|usted|ustedes|os|paquete|pedido|envio|recoger|factura|instalacion)(?: |$))(?:.* )?(?:mi|el|la|nuestro|nuestra) (?<topic>casero|casera|arrendador|arrendadora)",
    "^(?!(?:.* )?(?:podeis|haceis|ofreceis|teneis|vuestro|vuestra|vuestros|vuestras|usted|ustedes|os|paquete|pedido|envio|recoger|factura|instalacion)(?: |$))(?:.* )?(?:no me devuelve|no me quiere devolver|no devuelve|devolverme) (?:la )?(?<topic>fianza)",
    "(?:le gusto|le intereso|le molo) a (?:un chico|una chica|el|ella|mi crush)|(?:ligar con|conquistar a|declararme a) (?:un|una|el|la|mi)|que le (?:digo|escribo) a (?:un chico|una chica|mi crush)|primera cita (?:con (?:un chico|una chica|el|ella)|romantica)",
    "(?<topic>candy crush|clash royale|clash of clans|brawl stars|league of legends|call of duty|among us|animal crossing|mario kart|elden ring|counter strike|the sims|los sims|les sims|die sims|pokemon go|grand theft auto)",
    "(?:numero|numeros) premiados? (?:[^ ]+ ){0,3}(?<topic>loteria|bonoloto|primitiva|euromillones)",
    "(?<topic>loteria) de navidad",
    "el gordo de (?<topic>navidad)",
    "^(?!(?:.* )?(?:podeis|haceis|ofreceis|teneis|vuestro|vuestra|vuestros|vuestras|usted|ustedes|os|paquete|pedido|envio|recoger|factura|instalacion)(?: |$))(?:.* )?(?:que fiestas|fiestas|eventos|conciertos|festivales|que hacer|que ver|que se puede hacer) (?:[^ ]+ ){0,4}en (?!la |el |los |las |vuestr|su |casa |tienda |caso |enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|primavera|verano|otoño|invierno|[0-9])(?<places>[^ ]+)",
    "(?:cuantos anos|cuanto tiempo) (?:vive|viven|puede vivir) (?:un |una |el |la |los |las )?(?<thing>[^ ]+)",
    "(?:letra|la letra) (?:de|del) (?!vuestr|su |la factura|el pedido)(?<thing>.+)",
    // Round 10 (issue #19), kinds rather than messages: the weather asked with a pronoun or a day
    // after the town, local transport's times (bus, tram, metro, local trains, a numbered line),
    // the on-duty pharmacy or doctor, a film or book to watch or read tonight, how many legs an
    // animal has and why it does what it does, travelling safely somewhere, a symptom and what to
    // take for it, a word's meaning, a name for a pet or a baby, a summary or essay for school.
    // Each checks the knowledge base for what it names (`topic`, `thing`, `places`), and those
    // that read as the visitor's own life stand aside when the message asks the business itself.
    "^(?!(?:.* )?(?:vosotros|vuestro|vuestra|vuestros|vuestras|os|usted|ustedes|sois|teneis|podeis|haceis|pedido|paquete|reserva|cita|clase|si|cancela|cancelais|cancelan|tienda|clinica|consulta|taller|academia|local)(?: |$))(?:.* )?(?:a que hora|cuando) (?:sale|salen|llega|llegan|pasa|pasan) (?:el |la |los |las )?(?:ultimo |ultima |proximo |proxima |primer |primera |siguiente )?(?<topic>cercanias|metro|autobus|autobuses|bus|buho|tranvia|rodalies|euskotren|metro ligero|emt|interurbano)",
    "^(?!(?:.* )?(?:vosotros|vuestro|vuestra|vuestros|vuestras|os|usted|ustedes|sois|teneis|podeis|haceis|pedido|paquete|reserva|cita|clase|si|cancela|cancelais|cancelan|tienda|clinica|consulta|taller|academia|local)(?: |$))(?:.* )?(?:horario|horarios) (?:del |de los |de la |de )(?<topic>cercanias|metro|autobus|autobuses|bus|tranvia|rodalies|emt|buho|interurbano)",
    "^(?!(?:.* )?(?:vosotros|vuestro|vuestra|vuestros|vuestras|os|usted|ustedes|sois|teneis|podeis|haceis|pedido|paquete|reserva|cita|clase|si|cancela|cancelais|cancelan|tienda|clinica|consulta|taller|academia|local)(?: |$))(?:.* )?linea [0-9a-z]+ (?:del |de )(?<topic>metro|autobus|bus|tranvia|cercanias|emt)",
    "^(?!(?:.* )?(?:vosotros|vuestro|vuestra|vuestros|vuestras|os|usted|ustedes|sois|teneis|podeis|haceis|pedido|paquete|reserva|cita|clase|si|cancela|cancelais|cancelan|tienda|clinica|consulta|taller|academia|local)(?: |$))(?:.* )?(?<topic>farmacia|farmacias|medico|medicos|dentista|veterinario|veterinaria) (?:de guardia|de turno|abierta ahora|abierta hoy|abiertas ahora|abiertas hoy|24 horas)",
    "{things} (?:para ver|que ver|para leer|para jugar|para escuchar)(?! sobre | acerca )",
    "^(?!(?:.* )?(?:vosotros|vuestro|vuestra|vuestros|vuestras|os|usted|ustedes|sois|teneis|podeis|haceis|pedido|paquete|reserva|cita|clase|si|cancela|cancelais|cancelan|tienda|clinica|consulta|taller|academia|local)(?: |$))(?:.* )?que (?:puedo|podemos|me recomiendas) ver (?:esta noche|hoy|en netflix|este finde|este fin de semana)",
    "(?:cuantas|cuantos) (?:patas|piernas|ojos|dientes|corazones|alas|huesos|estomagos|brazos|tentaculos) (?:tiene|tienen) (?:un |una |el |la |los |las )?(?<thing>[^ ]+)",
    "^(?!(?:.* )?(?:admitis|admiten|admite|llevar|traer|entrar|vosotros|vuestro|vuestra|permiten|permitis|permitidos)(?: |$))(?:.* )?por que (?:[^ ]+ ){0,2}(?<topic>gatos|gato|perros|perro|pajaros|abejas|vacas|caballos|cebras|jirafas|serpientes|arañas|flamencos|buhos|pinguinos|tiburones|ballenas|delfines|elefantes|hormigas|ranas|loros|moscas|mosquitos|gallinas|cerdos|ovejas|murcielagos|camellos|pulpos|ardillas)",
    "(?:seguro|peligroso|arriesgado) (?:viajar|ir|volar|irse) (?:a |al |en |por )(?<places>[^ ]+)",
    "mejor (?:epoca|momento|mes) (?:del año )?para (?:viajar a|ir a|visitar) (?<places>[^ ]+)",
    "^(?!(?:.* )?(?:vosotros|vuestro|vuestra|vuestros|vuestras|os|usted|ustedes|sois|teneis|podeis|haceis|pedido|paquete|reserva|cita|clase|si|cancela|cancelais|cancelan|tienda|clinica|consulta|taller|academia|local)(?: |$))(?:.* )?(?:tengo|llevo con|llevo) (?:un |una |mucho |mucha )?(?<topic>fiebre|tos|gripe|resfriado|catarro|migraña|migrañas|jaqueca|diarrea|nauseas|mareos|sarpullido|insomnio|acidez|resaca|dolor de cabeza|dolor de garganta|dolor de espalda|dolor de barriga|dolor de estomago|dolor de oidos) desde (?:hace|ayer|anoche|esta)",
    "^(?!(?:.* )?(?:vosotros|vuestro|vuestra|vuestros|vuestras|os|usted|ustedes|sois|teneis|podeis|haceis|pedido|paquete|reserva|cita|clase|si|cancela|cancelais|cancelan|tienda|clinica|consulta|taller|academia|local)(?: |$))(?:.* )?(?:que|qué) (?:puedo |debo |me )?(?:tomar|tomarme|tomaria|tomo) (?:para|contra) (?:el |la |los |las |un |una |mi )?(?<topic>fiebre|tos|gripe|resfriado|catarro|migraña|migrañas|jaqueca|diarrea|nauseas|mareos|sarpullido|insomnio|acidez|resaca|dolor de cabeza|dolor de garganta|dolor de espalda|dolor de barriga|dolor de estomago|dolor de oidos)",
    "^(?!(?:.* )?(?:vosotros|vuestro|vuestra|vuestros|vuestras|os|usted|ustedes|sois|teneis|podeis|haceis|pedido|paquete|reserva|cita|clase|si|cancela|cancelais|cancelan|tienda|clinica|consulta|taller|academia|local)(?: |$))(?:.* )?(?:ir al|voy al|ir a|llamar al|acudir al) (?<topic>medico|ambulatorio|centro de salud|urgencias|medico de cabecera)",
    "nombre (?:para|a) (?:mi|un|una|nuestro|nuestra) (?:nuevo |nueva )?(?<thing>[^ ]+)",
    "^(?!(?:.* )?(?:vosotros|vuestro|vuestra|vuestros|vuestras|os|usted|ustedes|sois|teneis|podeis|haceis|pedido|paquete|reserva|cita|si|cancela|cancelais|cancelan|tienda|clinica|consulta|taller|academia|local)(?: |$))(?:.* )?para (?:la |el |mi |los |mis )?(?<topic>clase|cole|colegio|instituto|tfg|tfm|selectividad|evau|deberes|examen de [^ ]+)$",
    "^(?!(?:.* )?(?:mi|mis|vuestro|vuestra|su|sus)(?: |$))(?:.* )?(?:resumen|resume|resumeme|hazme un resumen) (?:de |del |de la |de los )(?<thing>[^ ]+(?: [^ ]+)?)",
    // Round 10, a second pass of kinds written from what visitors ask a chat (not from a fixture):
    // blocking one's bank card, tipping, sunset, the best car or phone, a pet's bad habit, a
    // grammar check, the richest person, whether a food is bad for you, a flight's refund from an
    // airline, time differences, hiccups, a tweet or caption to write, a wobbly table, where to
    // watch the match, learning to code, a screenshot on a named device, how long to get somewhere.
    "^(?!(?:.* )?(?:vosotros|vuestro|vuestra|vuestros|vuestras|os|usted|ustedes|pedido|reserva|pago|pagar|pagado|compra|reembolso)(?: |$))(?:.* )?(?:bloquear|bloqueo|desbloquear|desbloqueo|cancelar|anular) (?:mi |la |una )?tarjeta (?:del banco|de credito|de debito|bancaria|visa)",
    "(?:cuanta|cuanto|que) (?<topic>propina)",
    "(?:a que hora|cuando) (?:se pone|sale|se esconde) el (?<topic>sol)",
    "^(?!(?:.* )?(?:vosotros|vendeis|teneis|vuestro|vuestra|para mi|pedido)(?: |$))(?:.* )?(?:(?:cual es|que es) (?:el |la )?mejor (?:[^ ]+ )?{things}|(?:el|la) mejor {things} (?:[^ ]+ )?(?:del mercado|que hay))",
    "(?:que|como) (?:mi |el )?(?<topic>gato|perro|cachorro|gatito) (?:deje|no) (?:de )?(?:arañar|morder|ladrar|mear|tirar|morderlo)",
    "(?:corrige|corregir|revisa|revisar|corrigeme|revisame) (?:la |mi |el )?(?<topic>gramatica|ortografia|puntuacion)",
    "(?:persona|hombre|mujer) (?:mas rica|mas famosa|mas alta|mas vieja) del mundo",
    "^(?!(?:.* )?(?:vuestro|vuestra|vuestros|vuestras|vosotros)(?: |$))(?:.* )?es (?:malo|mala|bueno|buena|sano|sana|peligroso) (?:para la salud )?(?:el |la |los |las |tomar |comer |beber )(?<thing>[^ ]+)$",
    "(?:reembolso|indemnizacion|retraso|equipaje|maleta) (?:de |con |en )(?<topic>ryanair|easyjet|lufthansa|eurowings|vueling|iberia|air france|klm|british airways|norwegian|sas|wizz air|wizzair|transavia|volotea|condor|tuifly)",
    "(?<topic>ryanair|easyjet|lufthansa|eurowings|vueling|iberia|air france|klm|british airways|norwegian|sas|wizz air|wizzair|transavia|volotea|condor|tuifly) (?:reembolso|vuelo|indemnizacion|equipaje|retraso|tarjeta de embarque)",
    "diferencia (?<topic>horaria)",
    "(?:escribe|escribeme|hazme|invéntate|inventate) (?:un |una )(?:gracioso |graciosa |corto |corta |buen |buena )?(?<topic>tweet|tuit|pie de foto|eslogan|brindis|discurso|rap|adivinanza|frase para ligar)",
    "donde (?:puedo ver|ver|echan|dan|televisan) (?:el |la |los )?(?<topic>partido|final|carrera|combate|gran premio|derbi|clasico|mundial)",
    "aprender a programar",
    "(?<topic>captura de pantalla|pantallazo) (?:en|con) (?:un |una |mi )?(?:mac|macbook|iphone|ipad|pc|windows|android|samsung|ordenador|portatil|movil)",
    "cuanto (?:se tarda|tiempo se tarda|tardo) (?:andando|en coche|caminando|en avion|en bici) (?:de [^ ]+ )?a (?<places>[^ ]+)$",
    // Round 10, a third pass: the council's services (bins, potholes, voting, a parking fine), the
    // police's number, converting a sum of money, making one's own website, falling asleep, an
    // excuse for work, a table at a restaurant, tying a tie. Topics checked as before.
    "^(?!(?:.* )?(?:pagar|pago|pagado|precio|cuesta|factura|vosotros|vuestro|vuestra)(?: |$))(?:.* )?[0-9.,]+ (?:euros?|dolares?|libras?|pesos?) (?:en|a) (?:dolares|euros|libras|pesos|yenes)$",
    "camion de la (?<topic>basura)|recogida de (?:basura|enseres|residuos)",
    "voto por correo|votar por correo|voto por correo|colegio electoral|mesa electoral|censo electoral",
    "numero (?:de la|del|de los) (?<topic>policia|guardia civil|bomberos|policia local)",
    "^(?!(?:.* )?(?:vosotros|vuestro|vuestra|con|usted)(?: |$))(?:.* )?(?:creo|crear|hago|hacer|monto|montar) (?:mi |una )propia (?<topic>pagina web|pagina|web|app|tienda online|blog)",
    "(?:dormirme|me duermo|quedarme dormido|conciliar el sueño) (?:rapido|antes|enseguida|mas rapido)",
    "excusa para (?:llegar tarde|faltar|no ir)|pedir (?:un dia libre|el dia libre|dias libres) (?:al|a mi) (?:jefe|jefa)",
    "nudo de la (?<topic>corbata)|(?:hacer|atar) (?:el |un )nudo de (?:la )?corbata",
    "(?:recurro|recurrir|pagar|pago) (?:una |la |mi )?(?<topic>multa) (?:de|por) (?:aparcamiento|trafico|velocidad|la ora)",
    // Round 11 (issue #19), kinds rather than messages: another shop's or a public office's opening
    // hours (checked: a dentist or a gym keeps its own), where to buy or which consumer goods to get,
    // life and career advice, who wrote, composed or painted something, a shape's area or an average,
    // role-play without rules, the news asked as 'en las noticias'. Topics, things, places checked.
    "^(?!(?:.* )?(?:vosotros|vuestro|vuestra|vuestros|vuestras|os|usted|ustedes|abris|cerrais|pedido|paquete|envio|tienda)(?: |$))(?:.* )?(?:a que hora|hasta que hora|cuando|desde que hora) (?:cierra|abre|cierran|abren|esta abierto|esta abierta) (?:el |la |los |las )?(?<topic>mercadona|carrefour|lidl|aldi|alcampo|eroski|consum|el corte ingles|corte ingles|hipercor|ikea|primark|zara|decathlon|leroy merlin|media markt|mediamarkt|correos|la oficina de correos|el banco|banco|el ayuntamiento|ayuntamiento|la biblioteca|biblioteca|el supermercado|supermercado|la piscina|piscina|el punto limpio|punto limpio|la gasolinera|gasolinera|hacienda|la seguridad social|el sepe|sepe|el centro de salud|centro de salud|el dentista|el gimnasio|la peluqueria)",
    "^(?!(?:.* )?(?:vosotros|vuestro|vuestra|vuestros|vuestras|os|usted|ustedes|abris|cerrais|pedido|paquete|envio|tienda)(?: |$))(?:.* )?(?:esta|estan) (?:abierto|abierta|abiertos|cerrado|cerrada) (?:el |la |los )?(?<topic>mercadona|carrefour|lidl|aldi|alcampo|eroski|consum|el corte ingles|corte ingles|hipercor|ikea|primark|zara|decathlon|leroy merlin|media markt|mediamarkt|correos|la oficina de correos|el banco|banco|el ayuntamiento|ayuntamiento|la biblioteca|biblioteca|el supermercado|supermercado|la piscina|piscina|el punto limpio|punto limpio|la gasolinera|gasolinera|hacienda|la seguridad social|el sepe|sepe|el centro de salud|centro de salud|el dentista|el gimnasio|la peluqueria)",
    "^(?!(?:.* )?(?:vosotros|vuestro|vuestra|vuestros|vuestras|os|usted|ustedes|abris|cerrais|pedido|paquete|envio|tienda)(?: |$))(?:.* )?(?:el |la )?(?<topic>mercadona|carrefour|lidl|aldi|alcampo|eroski|consum|el corte ingles|corte ingles|hipercor|ikea|primark|zara|decathlon|leroy merlin|media markt|mediamarkt|correos|la oficina de correos|el banco|banco|el ayuntamiento|ayuntamiento|la biblioteca|biblioteca|el supermercado|supermercado|la piscina|piscina|el punto limpio|punto limpio|la gasolinera|gasolinera|hacienda|la seguridad social|el sepe|sepe|el centro de salud|centro de salud|el dentista|el gimnasio|la peluqueria) (?:abre|cierra|esta abierto|esta abierta|esta cerrado|esta cerrada) (?:hoy|manana|esta tarde|esta noche|el domingo|los domingos|el sabado|los sabados|festivos|los festivos|en agosto|a mediodia)",
    "horarios? (?:de apertura )?(?:de |del |de la )(?:el |la )?(?<topic>mercadona|carrefour|lidl|aldi|alcampo|eroski|consum|el corte ingles|corte ingles|hipercor|ikea|primark|zara|decathlon|leroy merlin|media markt|mediamarkt|correos|la oficina de correos|el banco|banco|el ayuntamiento|ayuntamiento|la biblioteca|biblioteca|el supermercado|supermercado|la piscina|piscina|el punto limpio|punto limpio|la gasolinera|gasolinera|hacienda|la seguridad social|el sepe|sepe|el centro de salud|centro de salud|el dentista|el gimnasio|la peluqueria)",
    "^(?!(?:.* )?(?:vosotros|vuestro|vuestra|vuestros|vuestras|os|usted|ustedes)(?: |$))(?:.* )?(?:donde (?:compro|comprar|puedo comprar|se puede comprar|consigo|conseguir|puedo conseguir|encuentro|encontrar|me compro)|mejor sitio para comprar|mejor web para comprar) (?:un |una |unos |unas |el |la |los |las )?(?:buen |buena |buenos |buenas |nuevo |nueva )?(?:[^ ]+ ){0,3}{things}",
    "^(?!(?:.* )?(?:vosotros|vuestro|vuestra|vuestros|vuestras|vendeis|para mi|para vuestro|para vuestra)(?: |$))(?:.* )?(?:que|cual|cuales) {things}(?: [^ ]+){0,3} (?:me recomiendas|me recomienda|recomiendas|me aconsejas|me compro|es mejor|son mejores|es el mejor|es la mejor)",
    "^(?!(?:.* )?(?:vosotros|vuestro|vuestra|vuestros|vuestras|os|clase|clases|curso|cursos|sesion|sesiones|profesor|profesora|entrenador|entrenadora|entrenamiento|ayudar|ayuda)(?: |$))(?:.* )?(?:superar|supero|superaste|olvidar|olvido|olvidarme de|salir de|sobrellevar) (?:una |la |mi |esta |el )?(?<topic>ruptura|ex|desamor|divorcio|separacion|mal de amores)",
    "deberia (?:estudiar|dejar (?:mi|el) (?:trabajo|curro|empleo|carrera)|dejar la carrera|cambiar de (?:trabajo|carrera|curro)|tomarme un ano sabatico|irme a vivir|mudarme)|(?:que|cual) (?:carrera|grado|fp|master) (?:estudio|estudiar|hago|hacer|elijo|elegir)|no se que hacer con mi vida|a que me dedico",
    "^(?!(?:.* )?(?:vosotros|vuestro|vuestra|vuestros|vuestras|os|clase|clases|curso|cursos|sesion|sesiones|profesor|profesora|entrenador|entrenadora|entrenamiento|ayudar|ayuda)(?: |$))(?:.* )?(?<topic>autoestima)",
    "^(?!(?:.* )?(?:vosotros|vuestro|vuestra|vuestros|vuestras|os|clase|clases|curso|cursos|sesion|sesiones|profesor|profesora|entrenador|entrenadora|entrenamiento|ayudar|ayuda)(?: |$))(?:.* )?(?<topic>confianza|seguridad) en (?:mi mismo|mi misma|uno mismo)",
    "^(?!(?:.* )?(?:vosotros|vuestro|vuestra|vuestros|vuestras|os|clase|clases|curso|cursos|sesion|sesiones|profesor|profesora|entrenador|entrenadora|entrenamiento|ayudar|ayuda)(?: |$))(?:.* )?(?:dejar de|no) (?<topic>procrastinar)",
    "quien (?:escribio|ha escrito|compuso|pinto) (?!(?:este|esta|esto|vuestro|vuestra|el articulo|la resena|el correo|el mensaje|el texto|la descripcion|la pagina|la web)(?: |$))(?<thing>.+)",
    "quien es el (?:autor|autora|compositor) (?:de |del )(?!vuestr)(?<thing>.+)",
    "(?:area|superficie|perimetro|volumen|circunferencia|radio|diametro) (?:de un|de una|del|de la) (?<topic>circulo|triangulo|cuadrado|rectangulo|esfera|cilindro|cubo|cono|piramide|trapecio|rombo|hexagono)",
    "(?:calcula|calcular|calculo|saca|sacar|saco|hallar|halla) (?:la |el |una |un )?(?<topic>media|promedio|mediana|desviacion tipica|desviacion estandar|hipotenusa)",
    "(?:ahora|a partir de ahora|desde ahora|desde este momento) eres (?:un|una|mi|dan) [^ ]+|no tienes (?:reglas|normas|restricciones|limites|filtros)|(?:ia|bot|chatbot|asistente) sin (?:reglas|normas|restricciones|filtros|limites)",
    "(?:en|salido en|sale en|dicen en) (?:las|el) (?<topic>noticias|telediario|periodico|informativo)",
    "^(?!(?:.* )?(?:factura|facturas|recibo|justificante|vosotros|vuestro|vuestra|os|usted|iva)(?: |$))(?:.* )?(?:pagar|pago|pagan|tributar|tributa|tributo|declarar|declaro) (?:impuestos |hacienda )?(?:por|de|sobre) (?:una |la |mi |mis |el |los |las |un )?(?<topic>herencia|sueldo|salario|propinas|ganancias|alquiler|alquileres|criptomonedas|bitcoin|acciones|premio|pension|jubilacion|venta|ventas|loteria|donacion)",
    // Round 12 (issue #19), kinds rather than messages (the English list says which); each checks
    // the knowledge base for what it asks about or stands aside when the business is addressed.
    "^(?!(?:.* )?(?:vosotros|vuestro|vuestra|vuestros|vuestras|os|ustedes|usted|aquí|comprar|pedir|enviar|vender|vendéis|venden|importar)(?: |$))(?:.* )?(?:es|sería|será|está) (?:legal|ilegal|delito|permitido por ley|prohibido por ley) [^ ]+(?:ar|er|ir)",
    "(?<thing>(?:diésel|diesel|gasolina|eléctrico|híbrido) o (?:un |el )?(?:diésel|diesel|gasolina|eléctrico|híbrido))",
    "^(?!(?:.* )?(?:vosotros|vuestro|vuestra|os|ustedes|abrís|abren|abre|abierto|abierta|cerrado|cerráis|cierran|cierra|horario|envío|envíos|pedido|entrega)(?: |$))(?:.* )?(?:qué día|qué fecha|cuándo|en qué fecha) (?:cae|es|son|empieza|empiezan|se celebra|toca) (?:semana santa|pascua|domingo de pascua|jueves santo|viernes santo|lunes de pascua|navidad|nochebuena|nochevieja|reyes|el día de reyes|carnaval|ramadán|halloween|el día de la madre|día de la madre|el día del padre|día del padre|san juan|corpus)(?: este año| el año que viene| el próximo año| en [0-9]+)?$",
    "qué (?:quiere decir|significa) (?<topic>rgpd|otan|nasa|adn|pib|nft|lol|xd|fomo|yolo|ntp|tqm|rizz)$",
    `^(?!(?:.* )?(?:${OWN_PLACES})(?: |$))(?:.* )?(?:cuándo|a qué hora) (?:abre|cierra|abren|cierran) (?:el |la |los |las )?(?<thing>[^ ]+(?: [^ ]+)?)(?: el [^ ]+| los [^ ]+| hoy| mañana| este [^ ]+)?$`,
    "cuánt(?:as|os) (?:segundos|minutos|horas|días|semanas|meses|años) (?:tiene|hay en|tienen|caben en) (?:un |una )?(?:minuto|hora|día|semana|mes|año|año bisiesto|siglo)$",
    "^(?!(?:.* )?(?:vuestro|vuestra|vuestros|vuestras|vosotros|os|ustedes|web|tienda|app)(?: |$))(?:.* )?(?:borrar|borro|eliminar|elimino|cerrar|cierro|desactivar|desactivo|recuperar|recupero|hackearon|hackeado|dar de baja|doy de baja|darme de baja) (?:de )?(?:mi |la |una |el )?(?:cuenta|perfil|suscripción) (?:de |del |en )?(?<topic>instagram|facebook|tiktok|snapchat|whatsapp|google|gmail|netflix|spotify|twitter|linkedin|pinterest|reddit|discord|icloud|apple|microsoft|outlook|hotmail|youtube|paypal|tinder|telegram)",
    "^(?!(?:.* )?(?:vosotros|vuestro|vuestra|os|ustedes|aceptáis|aceptan|admitís|admiten|pagar|pago|pedido|señal|fianza)(?: |$))(?:.* )?(?:mejor|mejores|más barata|más barato|qué|cuál) (?:tarjeta de crédito|tarjeta de débito|tarjetas de crédito|banco|bancos|banco online|cuenta bancaria|cuenta corriente|cuenta de ahorro|tarifa móvil|compañía de móvil) (?:es la mejor |es el mejor )?(?:para|del|sin comisiones|en)",
    "^(?!(?:.* )?(?:vosotros|vuestro|vuestra|os|ustedes|vendéis|venden|recomendáis)(?: |$))(?:cuál es|qué es) (?:el|la) mejor (?<thing>[^ ]+(?: [^ ]+)?)(?: barato| barata| baratos| baratas| calidad precio| económico| económica)?$",
    "(?:recomienda|recomiéndame|recomiéndeme|recomendar|recomiendas|recomendáis|sugiere|sugiéreme) (?:me )?(?:algunos |algunas |unos |unas |algún |alguna )?(?<topic>grupos|grupo|bandas|banda|música|libros|libro|películas|película|series|serie|artistas|canciones|podcasts|juegos|discos|autores) (?:como|parecidos a|parecidas a|similares a|del estilo de|al estilo de|tipo)",
    "comprar (?:un |una |el |la )?(?<thing>[^ ]+) o (?:hacer |coger |tener )?(?:renting|leasing|alquilar|alquilarlo|alquilarla|un renting|un leasing|alquiler)",
    "^(?!(?:.* )?(?:vosotros|vuestro|vuestra|os|ustedes|clase|clases|curso|cursos|campamento|apuntar|apuntarse|inscribir|matrícula|empezar)(?: |$))(?:.* )?(?:a qué edad|a partir de qué edad|con qué edad) (?:deberían|deben|pueden|tienen que|debería|debe|puede) (?:los niños |los hijos |un niño |mi hijo |mi hija |los adolescentes )?(?:tener|usar|recibir) (?:un |su (?:primer |propio )?)?(?:móvil|teléfono|smartphone|tablet|tableta|ipad|instagram|tiktok|redes sociales|ordenador)",
    "^(?!(?:.* )?(?:vosotros|vuestro|vuestra|os|ustedes|nosotros|nuestro)(?: |$))(?:.* )?(?:pido|pedir|pedimos|pedido|pedidos|cuenta|reembolso|código) (?:[^ ]+ ){0,2}(?:en|por|con|de|desde|a través de) (?<topic>glovo|just eat|justeat|uber eats|ubereats|deliveroo|wolt|too good to go)",
    "mi (?!cuenta|pedido|perfil|contraseña|app|aplicación|web|página|carrito|pago)(?<thing>[^ ]+(?: [^ ]+)?) se (?:cuelga|bloquea|congela|queda colgado|queda colgada|reinicia|apaga|traba) (?:[^ ]+ ){0,4}(?:cuando|cada vez que|en cuanto|si) (?:abro|uso|inicio|arranco|pongo)",
    "^(?!(?:.* )?(?:vosotros|vuestro|vuestra|os|ustedes|web|página|pago|carrito)(?: |$))(?:.* )?se (?:cuelga|bloquea|congela|traba) (?:[^ ]+ ){0,4}(?:cuando|cada vez que|en cuanto) (?:abro|uso|inicio) (?<topic>chrome|google chrome|firefox|safari|edge|excel|outlook|spotify|teams|zoom|photoshop|steam|discord|minecraft|fortnite)",
    "mi (?:novio|novia|pareja|marido|mujer|esposo|esposa|ex|crush|chico|chica) (?:lleva|hace) (?:[^ ]+ ){0,3}(?:sin|que no me) (?:contestarme|contestar|responderme|responder|hablarme|escribirme|llamarme|contesta|responde|habla|escribe|llama)",
    "^(?!(?:.* )?(?:vosotros|vuestro|vuestra|vuestros|os|ustedes|tienda|local|clínica|consulta|taller|estudio|oficina|academia|gimnasio|nosotros|aquí|almacén)(?: |$))(?:.* )?(?:cómo (?:llego|voy|ir|llegar|se llega|puedo ir|puedo llegar)|cómo se va) (?:a|al|hasta|hasta el|hasta la) (?:la |el |los |las )?(?<places>[^ ]+(?: [^ ]+){0,2}) desde [^ ]+",
    "^(?!(?:.* )?(?:vosotros|vuestro|vuestra|os|ustedes|talla|modelo|producto|tarjeta|grabado)(?: |$))(?:.* )?(?:se dice|cómo se dice|es correcto decir|está bien dicho) [^ ]+(?: [^ ]+)? o [^ ]+(?: [^ ]+)?$",
    "(?:en qué|de qué|en cuál) (?:equipo|club) juega (?<thing>.+?)(?: ahora| actualmente| ahora mismo)?$|quién (?:ganó|ha ganado|fue campeón de|quedó campeón de) (?:la liga|la champions|el mundial|la copa|el tour|la eurocopa|el balón de oro)",
  ],
  siteFrames: [
    "pagar (?:con|en|a|por|mediante)",
    "pago",
    "(?:envio|envios|enviais|envian|enviar|entrega|entregas|entregais|reparto|repartis)",
    "(?:mi|el|un) pedido",
    "(?:devolucion|devuelven|devolveis|reembolso|devolver el dinero|me devuelven)",
    "(?:cancelar|anular|cambiar|aplazar) (?:la|mi|una|el) (?:cita|reserva|clase|pedido)",
    "cita",
    "reserva",
    "(?:teneis|tienen|vendeis|venden|aceptais|aceptan|haceis|hacen|ofreceis|ofrecen|admitis|admiten)",
    "(?:vuestro|vuestra|vuestros|vuestras) (?!instrucciones|prompt|reglas)[^ ]+",
    "(?:abris|abren|abierto|abierta|horario)",
    "(?:lavar|lava|lavarse|limpiar)",
    "factura",
    "(?:aguanta|aguantan|resiste|resisten|sirve para|sirven para|apta|apto|aptas|aptos)",
    "(?:que|cual) [^ ]+ es (?:la |el )?mejor para",
    "(?:aparcamiento|aparcar|parking)",
    "(?:recoger|recogida|recojo)",
    "(?:puedo|podeis|se puede) (?:cancelar|anular)",
    "(?:bueno|buena|vale|sirve) (?:para|con|bajo) (?:la |el )?(?:lluvia|nieve|viento|frio|invierno)",
    // Round 7: a class called off for the weather, a gift card's validity, stock.
    "(?:se cancela|se cancelan|se suspende|se suspenden|cancelais|cancelan|suspendeis|se anula|se mantiene)|(?:cancelada|cancelado|suspendida|suspendido) (?:si|por|en caso)",
    "cuanto tiempo|a tiempo|tarjeta regalo|tarjetas regalo|cheque regalo|valida|valido|caduca",
    "en stock|agotado|agotada|existencias|disponible|disponibles",
    // Round 11: the way to the business itself.
    "como (?:llego|se llega|llegar|puedo llegar|voy|ir) (?:desde|hasta vosotros|a vuestr[^ ]+|a la tienda|al local)",
  ],
};
