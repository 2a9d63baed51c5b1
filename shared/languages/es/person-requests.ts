import type { PersonRequestGrammar } from "../types.ts";

/** How visitors ask for a person in Spanish: see `shared/person-request.ts` for the notation. */
export const PERSON_REQUESTS: PersonRequestGrammar = {
  I: "alguien|una persona|alguna persona|un humano|un ser humano",
  S: "humano|humanos|persona|alguien|agente|asesor|asesora|operador|operadora|representante|supervisor|supervisora|encargado|encargada|responsable|gerente|ser humano|atencion al cliente",
  P: "I|S|personas|agentes|asesores|empleado|empleada|empleados|jefe|soporte|ventas|facturacion|contabilidad|equipo|companero|companeros|companera|tecnico|especialista|atencion al cliente|servicio|departamento",
  R: "(persona|personas|humano|humanos|alguien|agente|asesor|gente) (real|reales|de verdad|de carne)",
  T: "hablar|(?<!(ayer|ya|yo|antes|hoy|cuando) )hable|hablo|ablar|hablarle|chatear|conversar|escribir|escribirle|tratar|comunicarme|comunicar|charlar",
  C: "pasar|pasas|pasa|pase|pasen|poner|pones|pone|ponga|transferir|transfiere|comunicar|comunica|conectar|conecta|derivar|deriva",
  B: "(bot|bots|robot|robots|chatbot|ia)(?! (protection|detection|traffic|filter))",
  M: "maquina|computadora",
  F: "por favor|porfa|ya|ahora|hola|gracias",
  A: "un|una|el|la",
  O: "I (de su|de sus|de vuestro|de tu|del)",
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
  ].join("|"),
};
