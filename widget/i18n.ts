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
  loading: string;
  configError: string;
}

// Plain functions instead of a template syntax: no parser to ship, and the compiler checks that
// each language fills the same slots.
const STRINGS: Readonly<Record<Language, Strings>> = {
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
    loading: "Wird geladen…",
    configError: "Der Chat konnte nicht geladen werden.",
  },
  fr: {
    ...LAUNCHER_LABELS.fr,
    dialog: (site) => `Discussion avec ${site}`,
    placeholder: "Écrivez votre message…",
    send: "Envoyer",
    greeting: "Bonjour ! Comment puis-je vous aider ?",
    tooLong: (max) => `Votre message est trop long (max. ${max} caractères).`,
    thinking: "Réflexion…",
    networkError: "Connexion impossible. Veuillez réessayer.",
    retry: "Réessayer",
    emailPrompt:
      "Une personne va vous aider. Quelle est votre adresse e-mail, pour qu'on vous réponde ?",
    emailLabel: "Votre adresse e-mail",
    skip: "Passer",
    cancel: "Annuler",
    invalidEmail: "Saisissez une adresse e-mail valide, ex. nom@exemple.fr.",
    sending: "Envoi…",
    handedOff: (site, email) =>
      email
        ? `Merci ! Quelqu'un de ${site} vous répondra à ${email}.`
        : `Envoyé à ${site}. Sans adresse e-mail, personne ne pourra vous répondre.`,
    talkToPerson: "Parler à une personne",
    askNeed: "Bien sûr. Que dois-je transmettre à une personne ? Écrivez-le ci-dessous.",
    cancelled: "Annulé. Rien n'a été envoyé.",
    skipWarning:
      "Sans adresse e-mail, personne ne pourra vous répondre : seul votre message sera lu.",
    sendWithoutEmail: "Envoyer sans e-mail",
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
        ? `¡Gracias! Alguien de ${site} te responderá en ${email}.`
        : `Enviado a ${site}. Sin un correo electrónico, nadie podrá responderte.`,
    talkToPerson: "Hablar con una persona",
    askNeed: "Claro. ¿Qué le paso a una persona? Escríbelo abajo.",
    cancelled: "Cancelado. No se envió nada.",
    skipWarning: "Sin un correo electrónico, nadie podrá responderte: solo verán tu mensaje.",
    sendWithoutEmail: "Enviar sin correo",
    loading: "Cargando…",
    configError: "No se pudo cargar el chat.",
  },
};

/**
 * The widget's strings in `language`.
 *
 * @example
 * stringsFor("da").retry; // "Prøv igen"
 */
export function stringsFor(language: Language): Strings {
  return STRINGS[language];
}
