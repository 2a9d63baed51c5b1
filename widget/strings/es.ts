import type { Strings } from "./types.ts";

/** Spanish "de"/"a" before a name with the article "El": "del Corte Inglés", "al Corte Inglés". */
const de = (name: string) => (/^el\s/i.test(name) ? `del ${name.slice(3)}` : `de ${name}`);
const a = (name: string) => (/^el\s/i.test(name) ? `al ${name.slice(3)}` : `a ${name}`);

/**
 * Spanish as Spain writes it, informal ("tú") throughout, as most Spanish shops write to
 * customers; "correo electrónico" for the address, and ¿…? ¡…! around every question and
 * exclamation (a test holds them to it).
 */
export const ES: Strings = {
  close: "Cerrar el chat",
  dialog: (site) => `Chat con ${site}`,
  placeholder: "Escribe tu mensaje…",
  send: "Enviar",
  greeting: "¡Hola! ¿En qué puedo ayudarte?",
  tooLong: (max) => `Tu mensaje es demasiado largo (máx. ${max} caracteres).`,
  thinking: "Pensando…",
  networkError: "Sin conexión. Inténtalo de nuevo.",
  retry: "Reintentar",
  you: "Tú:",
  emailPrompt:
    "Te paso con una persona. ¿Cuál es tu correo electrónico para que pueda responderte?",
  emailAgain: (email) =>
    `Te paso con una persona. Te responderá en ${email}; puedes cambiarlo abajo si quieres.`,
  emailLabel: "Tu correo electrónico",
  skip: "Omitir",
  cancel: "Cancelar",
  invalidEmail: "Introduce un correo electrónico válido, p.\u00A0ej., nombre@ejemplo.es.",
  sending: "Enviando…",
  handedOff: (site, email) =>
    email
      ? `¡Gracias! Alguien ${de(site)} te responderá en ${email}.`
      : `Enviado ${a(site)}. Sin un correo electrónico, nadie podrá responderte.`,
  talkToPerson: "Hablar con una persona",
  askNeed: "Claro. ¿Qué quieres que le transmita a una persona? Escríbelo abajo.",
  cancelled: "Cancelado. No se ha enviado nada.",
  skipWarning: "Sin un correo electrónico, nadie podrá responderte: solo verán tu mensaje.",
  sendWithoutEmail: "Enviar sin correo",
  rateLimited: "Son muchos mensajes seguidos. Espera un minuto y vuelve a intentarlo.",
  emailRequired: "Introduce tu correo electrónico para que alguien pueda responderte.",
  failed: "Algo ha salido mal.",
  full: "Este chat ha alcanzado su longitud máxima. Empieza uno nuevo o habla con una persona.",
  newChat: "Empezar un chat nuevo",
  wasHelpful: "¿Te ha sido útil?",
  helpful: "Sí, útil",
  unhelpful: "No, no ha sido útil",
  feedbackThanks: "Gracias por decírnoslo.",
  offerPerson: "Lo siento. ¿Quieres que te pase con una persona?",
  getPerson: "Sí, con una persona",
  suggest: "No estoy seguro de tener la respuesta. ¿Es alguno de estos temas?",
  offTopic: (site) =>
    `Solo puedo ayudarte con preguntas sobre ${site}. Para todo lo demás, una persona puede ayudarte.`,
  unclear: "¿Puedes decirlo de otra manera? Si no, una persona puede ayudarte.",
  notCovered: "Eso no lo sé, pero una persona puede ayudarte.",
  replyWithin: (duration) => `Solemos responder en menos de ${duration}.`,
  backAt: (day, time, soon) =>
    `El equipo no está disponible ahora y vuelve ${soon ? "" : "el "}${day} a las ${time} (tu hora).`,
  loading: "Cargando…",
  configError: "No se pudo cargar el chat.",
  unread: (n) => `${n} sin leer`,
};
