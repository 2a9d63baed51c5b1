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
  visitorAskedForPerson: string;
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
        : `Thanks! Someone from ${site} will look at your message and get back to you.`,
    talkToPerson: "Talk to a person",
    visitorAskedForPerson: "The visitor asked to talk to a person.",
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
        : `Tak! En fra ${site} kigger på din besked og vender tilbage til dig.`,
    talkToPerson: "Tal med en person",
    visitorAskedForPerson: "Den besøgende bad om at tale med en person.",
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
        : `Danke! Jemand von ${site} sieht sich Ihre Nachricht an und meldet sich bei Ihnen.`,
    talkToPerson: "Mit einer Person sprechen",
    visitorAskedForPerson: "Der Besucher möchte mit einer Person sprechen.",
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
        : `Merci ! Quelqu'un de ${site} va lire votre message et vous répondre.`,
    talkToPerson: "Parler à une personne",
    visitorAskedForPerson: "Le visiteur a demandé à parler à une personne.",
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
        : `¡Gracias! Alguien de ${site} leerá tu mensaje y te responderá.`,
    talkToPerson: "Hablar con una persona",
    visitorAskedForPerson: "El visitante pidió hablar con una persona.",
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
