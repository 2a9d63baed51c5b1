import type { Strings } from "./types.ts";

/**
 * German, formal ("Sie") throughout, as a shop speaks to its customers; "E-Mail-Adresse" for the
 * address, a capital after a colon that starts a whole sentence (Duden), and "z. B." held together
 * by a no-break space.
 */
export const DE: Strings = {
  close: "Chat schließen",
  dialog: (site) => `Chat mit ${site}`,
  placeholder: "Nachricht eingeben…",
  send: "Senden",
  greeting: "Hallo! Wie kann ich Ihnen helfen?",
  tooLong: (max) => `Ihre Nachricht ist zu lang (max. ${max} Zeichen).`,
  thinking: "Einen Moment…",
  networkError: "Keine Verbindung. Bitte versuchen Sie es erneut.",
  retry: "Erneut versuchen",
  you: "Sie:",
  emailPrompt:
    "Ich verbinde Sie mit einer Person. An welche E-Mail-Adresse soll die Antwort gehen?",
  emailAgain: (email) =>
    `Ich verbinde Sie mit einer Person. Die Antwort geht an ${email}; unten können Sie die Adresse ändern.`,
  emailLabel: "Ihre E-Mail-Adresse",
  skip: "Überspringen",
  cancel: "Abbrechen",
  invalidEmail: "Bitte geben Sie eine gültige E-Mail-Adresse ein, z.\u00A0B. name@beispiel.de.",
  sending: "Wird gesendet…",
  handedOff: (site, email) =>
    email
      ? `Danke! Jemand von ${site} meldet sich unter ${email} bei Ihnen.`
      : `An ${site} gesendet. Ohne E-Mail-Adresse kann Ihnen niemand antworten.`,
  talkToPerson: "Mit einer Person sprechen",
  askNeed: "Gern. Was soll ich an eine Person weitergeben? Schreiben Sie es bitte unten.",
  cancelled: "Abgebrochen. Es wurde nichts gesendet.",
  skipWarning:
    "Ohne E-Mail-Adresse kann Ihnen niemand antworten: Das Team sieht nur Ihre Nachricht.",
  sendWithoutEmail: "Ohne E-Mail senden",
  rateLimited:
    "Das sind viele Nachrichten auf einmal. Bitte warten Sie eine Minute und versuchen Sie es erneut.",
  emailRequired: "Bitte geben Sie Ihre E-Mail-Adresse ein, damit man Ihnen antworten kann.",
  failed: "Etwas ist schiefgelaufen.",
  full: "Dieser Chat hat seine maximale Länge erreicht. Starten Sie einen neuen oder sprechen Sie mit einer Person.",
  newChat: "Neuen Chat starten",
  wasHelpful: "War das hilfreich?",
  helpful: "Ja, hilfreich",
  unhelpful: "Nein, nicht hilfreich",
  feedbackThanks: "Danke für Ihre Rückmeldung.",
  offerPerson: "Das tut mir leid. Soll ich Sie mit einer Person verbinden?",
  getPerson: "Ja, mit einer Person verbinden",
  suggest: "Da bin ich nicht sicher. Meinen Sie eines dieser Themen?",
  offTopic: (site) =>
    `Ich kann nur bei Fragen zu ${site} helfen. Bei allem anderen hilft Ihnen gern eine Person.`,
  unclear: "Können Sie das anders formulieren? Sonst hilft Ihnen gern eine Person.",
  notCovered: "Das weiß ich leider nicht, aber eine Person kann Ihnen helfen.",
  replyWithin: (duration) => `Wir antworten meist innerhalb von ${duration}.`,
  backAt: (day, time) =>
    `Das Team ist gerade nicht da und ab ${day} um ${time} Uhr wieder erreichbar (Ihre Ortszeit).`,
  loading: "Wird geladen…",
  configError: "Der Chat konnte nicht geladen werden.",
  unread: (n) => `${n} ungelesen`,
};
