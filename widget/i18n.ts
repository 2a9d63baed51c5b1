import type { Language } from "../shared/languages.ts";
import { LAUNCHER_LABELS } from "./launcher-labels.ts";

export { isLanguage, type LanguageSources, resolveLanguage } from "./language.ts";

/** Every string the widget shows, in one language. Functions take what the sentence names. */
export interface Strings {
  launcher: string;
  dialog: (site: string) => string;
  close: string;
  placeholder: string;
  send: string;
  greeting: string;
  tooLong: (max: number) => string;
  thinking: string;
  networkError: string;
  retry: string;
  emailPrompt: string;
  emailLabel: string;
  skip: string;
  /** Leaves the email step without handing off. */
  cancel: string;
  invalidEmail: string;
  sending: string;
  handedOff: (site: string, email: string | null) => string;
  talkToPerson: string;
  /** After "Talk to a person": what should a person read? */
  askNeed: string;
  /** A prompt the visitor left: nothing was handed off. */
  cancelled: string;
  /** After a first Skip: what happens without an email. */
  skipWarning: string;
  /** Skip, once warned. */
  sendWithoutEmail: string;
  /** The API's `rate_limited`, in place of its English message. */
  rateLimited: string;
  /** The API's `email_required`, in place of its English message. */
  emailRequired: string;
  /** Under an answer; the group's label. */
  wasHelpful: string;
  /** The 👍 button's label. */
  helpful: string;
  /** The 👎 button's label. */
  unhelpful: string;
  /** Once a verdict is given. */
  feedbackThanks: string;
  /** After a 👎. */
  offerPerson: string;
  /** Its button. */
  getPerson: string;
  /** The site's usual reply time, e.g. "2 hours" (from `Intl.NumberFormat`). */
  replyWithin: (duration: string) => string;
  /** Outside opening hours: when the team is back, in the visitor's time, e.g. "Monday 09:00". */
  backAt: (when: string) => string;
  loading: string;
  configError: string;
}

/**
 * French "de"/"à" before a name: elided before a vowel, a "y" or an "h" (taken as mute, as it
 * is in most names), and contracted with a leading article ("du Bon Marché", "aux Galeries").
 */
const fr = {
  de: (name: string) =>
    /^le\s/i.test(name)
      ? `du ${name.slice(3)}`
      : /^les\s/i.test(name)
        ? `des ${name.slice(4)}`
        : /^[aeiouyhàâäæéèêëîïôöœùûü]/i.test(name)
          ? `d'${name}`
          : `de ${name}`,
  a: (name: string) =>
    /^le\s/i.test(name)
      ? `au ${name.slice(3)}`
      : /^les\s/i.test(name)
        ? `aux ${name.slice(4)}`
        : `à ${name}`,
};

/** Spanish "de"/"a" before a name with the article "El": "del Corte Inglés", "al Corte Inglés". */
const es = {
  de: (name: string) => (/^el\s/i.test(name) ? `del ${name.slice(3)}` : `de ${name}`),
  a: (name: string) => (/^el\s/i.test(name) ? `al ${name.slice(3)}` : `a ${name}`),
};

// Plain functions instead of a template syntax: no parser to ship, and the compiler checks that
// each language fills the same slots.
const STRINGS: Readonly<Partial<Record<Language, Strings>> & { en: Strings }> = {
  en: {
    ...LAUNCHER_LABELS.en,
    dialog: (site) => `Chat with ${site}`,
    placeholder: "Type your message…",
    send: "Send",
    greeting: "Hi! How can I help?",
    tooLong: (max) => `Your message is too long (max. ${max} characters).`,
    thinking: "Thinking…",
    networkError: "Couldn't connect. Please try again.",
    retry: "Retry",
    emailPrompt: "I'll get a person to help you. What's your email, so they can reply?",
    emailLabel: "Your email",
    skip: "Skip",
    cancel: "Cancel",
    invalidEmail: "Please enter a valid email, like name@example.com.",
    sending: "Sending…",
    handedOff: (site, email) =>
      email
        ? `Thanks! Someone from ${site} will get back to you at ${email}.`
        : `Sent to ${site}. Without an email, nobody can reply to you.`,
    talkToPerson: "Talk to a person",
    askNeed: "Sure. What should I pass on to a person? Write it below.",
    cancelled: "Cancelled. Nothing was sent.",
    skipWarning: "Without an email, nobody can reply to you: they will only see your message.",
    sendWithoutEmail: "Send without email",
    rateLimited: "That's a lot of messages at once. Please wait a minute and try again.",
    emailRequired: "Please enter your email, so someone can reply to you.",
    wasHelpful: "Was this helpful?",
    helpful: "Yes, helpful",
    unhelpful: "No, not helpful",
    feedbackThanks: "Thanks for telling us.",
    offerPerson: "Sorry about that. Want me to get a person?",
    getPerson: "Yes, get a person",
    replyWithin: (duration) => `We usually reply within ${duration}.`,
    backAt: (when) => `The team is away right now and back ${when} (your time).`,
    loading: "Loading…",
    configError: "The chat couldn't load.",
  },
  da: {
    ...LAUNCHER_LABELS.da,
    dialog: (site) => `Chat med ${site}`,
    placeholder: "Skriv din besked…",
    send: "Send",
    greeting: "Hej! Hvordan kan jeg hjælpe?",
    tooLong: (max) => `Din besked er for lang (maks. ${max} tegn).`,
    thinking: "Tænker…",
    networkError: "Ingen forbindelse. Prøv igen.",
    retry: "Prøv igen",
    emailPrompt: "Jeg finder en person, der kan hjælpe. Hvad er din e-mail, så de kan svare dig?",
    emailLabel: "Din e-mail",
    skip: "Spring over",
    cancel: "Annuller",
    invalidEmail: "Indtast en gyldig e-mail, f.eks. navn@eksempel.dk.",
    sending: "Sender…",
    handedOff: (site, email) =>
      email
        ? `Tak! En fra ${site} vender tilbage til dig på ${email}.`
        : `Sendt til ${site}. Uden en e-mail kan ingen svare dig.`,
    talkToPerson: "Tal med en person",
    askNeed: "Selvfølgelig. Hvad skal jeg give videre til en person? Skriv det herunder.",
    cancelled: "Annulleret. Intet blev sendt.",
    skipWarning: "Uden en e-mail kan ingen svare dig: de ser kun din besked.",
    sendWithoutEmail: "Send uden e-mail",
    rateLimited: "Det er mange beskeder på kort tid. Vent et minut, og prøv igen.",
    emailRequired: "Indtast din e-mail, så nogen kan svare dig.",
    wasHelpful: "Var det en hjælp?",
    helpful: "Ja, det hjalp",
    unhelpful: "Nej, det hjalp ikke",
    feedbackThanks: "Tak, fordi du sagde det.",
    offerPerson: "Det er jeg ked af. Skal jeg finde en person?",
    getPerson: "Ja, find en person",
    replyWithin: (duration) => `Vi svarer normalt inden for ${duration}.`,
    backAt: (when) => `Teamet er ikke til stede lige nu og er tilbage ${when} (din tid).`,
    loading: "Indlæser…",
    configError: "Chatten kunne ikke indlæses.",
  },
  de: {
    ...LAUNCHER_LABELS.de,
    dialog: (site) => `Chat mit ${site}`,
    placeholder: "Nachricht eingeben…",
    send: "Senden",
    greeting: "Hallo! Wie kann ich helfen?",
    tooLong: (max) => `Ihre Nachricht ist zu lang (max. ${max} Zeichen).`,
    thinking: "Denke nach…",
    networkError: "Keine Verbindung. Bitte erneut versuchen.",
    retry: "Erneut versuchen",
    emailPrompt:
      "Ich hole eine Person, die Ihnen hilft. Wie lautet Ihre E-Mail-Adresse für die Antwort?",
    emailLabel: "Ihre E-Mail-Adresse",
    skip: "Überspringen",
    cancel: "Abbrechen",
    invalidEmail: "Bitte eine gültige E-Mail-Adresse eingeben, z. B. name@beispiel.de.",
    sending: "Wird gesendet…",
    handedOff: (site, email) =>
      email
        ? `Danke! Jemand von ${site} meldet sich unter ${email} bei Ihnen.`
        : `An ${site} gesendet. Ohne E-Mail-Adresse kann Ihnen niemand antworten.`,
    talkToPerson: "Mit einer Person sprechen",
    askNeed: "Gern. Was soll ich an eine Person weitergeben? Schreiben Sie es unten.",
    cancelled: "Abgebrochen. Es wurde nichts gesendet.",
    skipWarning: "Ohne E-Mail-Adresse kann Ihnen niemand antworten: Man sieht nur Ihre Nachricht.",
    sendWithoutEmail: "Ohne E-Mail senden",
    rateLimited:
      "Das sind viele Nachrichten auf einmal. Bitte warten Sie eine Minute und versuchen Sie es erneut.",
    emailRequired: "Bitte geben Sie Ihre E-Mail-Adresse ein, damit man Ihnen antworten kann.",
    wasHelpful: "War das hilfreich?",
    helpful: "Ja, hilfreich",
    unhelpful: "Nein, nicht hilfreich",
    feedbackThanks: "Danke für Ihre Rückmeldung.",
    offerPerson: "Das tut mir leid. Soll ich eine Person holen?",
    getPerson: "Ja, eine Person holen",
    replyWithin: (duration) => `Wir antworten meist innerhalb von ${duration}.`,
    backAt: (when) => `Das Team ist gerade nicht da und ab ${when} wieder erreichbar (Ihre Zeit).`,
    loading: "Wird geladen…",
    configError: "Der Chat konnte nicht geladen werden.",
  },
  fr: {
    ...LAUNCHER_LABELS.fr,
    dialog: (site) => `Discussion avec ${site}`,
    placeholder: "Écrivez votre message…",
    send: "Envoyer",
    greeting: "Bonjour\u00a0! Comment puis-je vous aider\u00a0?",
    tooLong: (max) => `Votre message est trop long (max. ${max} caractères).`,
    thinking: "Réflexion…",
    networkError: "Connexion impossible. Veuillez réessayer.",
    retry: "Réessayer",
    emailPrompt:
      "Une personne va vous aider. Quelle est votre adresse e-mail, pour qu'on vous réponde\u00a0?",
    emailLabel: "Votre adresse e-mail",
    skip: "Passer",
    cancel: "Annuler",
    invalidEmail: "Saisissez une adresse e-mail valide, ex. nom@exemple.fr.",
    sending: "Envoi…",
    handedOff: (site, email) =>
      email
        ? `Merci\u00a0! Quelqu'un ${fr.de(site)} vous répondra à ${email}.`
        : `Envoyé ${fr.a(site)}. Sans adresse e-mail, personne ne pourra vous répondre.`,
    talkToPerson: "Parler à une personne",
    askNeed: "Bien sûr. Que dois-je transmettre à une personne\u00a0? Écrivez-le ci-dessous.",
    cancelled: "Annulé. Rien n'a été envoyé.",
    skipWarning:
      "Sans adresse e-mail, personne ne pourra vous répondre\u00a0: seul votre message sera lu.",
    sendWithoutEmail: "Envoyer sans e-mail",
    rateLimited: "Cela fait beaucoup de messages d'un coup. Patientez une minute, puis réessayez.",
    emailRequired: "Saisissez votre adresse e-mail, pour qu'on puisse vous répondre.",
    wasHelpful: "Cette réponse vous a-t-elle aidé\u00a0?",
    helpful: "Oui, utile",
    unhelpful: "Non, pas utile",
    feedbackThanks: "Merci de nous l'avoir dit.",
    offerPerson: "Désolé. Voulez-vous que je fasse appel à une personne\u00a0?",
    getPerson: "Oui, une personne",
    replyWithin: (duration) => `Nous répondons en général sous ${duration}.`,
    backAt: (when) => `L'équipe est absente pour le moment et revient ${when} (votre heure).`,
    loading: "Chargement…",
    configError: "La discussion n'a pas pu être chargée.",
  },
  es: {
    ...LAUNCHER_LABELS.es,
    dialog: (site) => `Chat con ${site}`,
    placeholder: "Escribe tu mensaje…",
    send: "Enviar",
    greeting: "¡Hola! ¿En qué puedo ayudarte?",
    tooLong: (max) => `Tu mensaje es demasiado largo (máx. ${max} caracteres).`,
    thinking: "Pensando…",
    networkError: "Sin conexión. Inténtalo de nuevo.",
    retry: "Reintentar",
    emailPrompt: "Una persona te ayudará. ¿Cuál es tu correo electrónico, para que te respondan?",
    emailLabel: "Tu correo electrónico",
    skip: "Omitir",
    cancel: "Cancelar",
    invalidEmail: "Introduce un correo válido, p. ej. nombre@ejemplo.es.",
    sending: "Enviando…",
    handedOff: (site, email) =>
      email
        ? `¡Gracias! Alguien ${es.de(site)} te responderá en ${email}.`
        : `Enviado ${es.a(site)}. Sin un correo electrónico, nadie podrá responderte.`,
    talkToPerson: "Hablar con una persona",
    askNeed: "Claro. ¿Qué le paso a una persona? Escríbelo abajo.",
    cancelled: "Cancelado. No se envió nada.",
    skipWarning: "Sin un correo electrónico, nadie podrá responderte: solo verán tu mensaje.",
    sendWithoutEmail: "Enviar sin correo",
    rateLimited: "Son muchos mensajes seguidos. Espera un minuto y vuelve a intentarlo.",
    emailRequired: "Introduce tu correo electrónico para que alguien pueda responderte.",
    wasHelpful: "¿Te ha sido útil?",
    helpful: "Sí, útil",
    unhelpful: "No, no es útil",
    feedbackThanks: "Gracias por decírnoslo.",
    offerPerson: "Lo siento. ¿Quieres que busque a una persona?",
    getPerson: "Sí, una persona",
    replyWithin: (duration) => `Solemos responder en menos de ${duration}.`,
    backAt: (when) => `El equipo no está disponible ahora y vuelve el ${when} (tu hora).`,
    loading: "Cargando…",
    configError: "No se pudo cargar el chat.",
  },
};

/**
 * What to say about a refusal the API explained: its known codes in `strings`' language, anything
 * else in the API's own words.
 *
 * @example
 * refusalText("rate_limited", "Too many requests.", stringsFor("da")); // "Det er mange beskeder…"
 */
export function refusalText(code: string | undefined, message: string, strings: Strings): string {
  if (code === "rate_limited") return strings.rateLimited;
  if (code === "email_required") return strings.emailRequired;
  if (code === "invalid_email") return strings.invalidEmail;
  return message;
}

/**
 * The widget's strings in `language`.
 *
 * @example
 * stringsFor("da").retry; // "Prøv igen"
 */
export function stringsFor(language: Language): Strings {
  return STRINGS[language] ?? STRINGS.en;
}
