import type { Strings } from "./types.ts";

/** German, formal ("Sie"), as a shop speaks to its customers. */
export const DE: Strings = {
  close: "Chat schließen",
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
  emailAgain: (email) =>
    `Ich hole eine Person, die Ihnen hilft. Die Antwort geht an ${email}; unten können Sie die Adresse ändern.`,
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
  suggest: "Da bin ich nicht sicher. Ist es eines davon?",
  offTopic: (site) =>
    `Ich kann nur bei Fragen zu ${site} helfen. Bei allem anderen hilft Ihnen gern eine Person.`,
  unclear: "Können Sie das anders formulieren? Sonst hilft Ihnen eine Person.",
  notCovered: "Das weiß ich leider nicht; eine Person kann Ihnen helfen.",
  replyWithin: (duration) => `Wir antworten meist innerhalb von ${duration}.`,
  backAt: (when) => `Das Team ist gerade nicht da und ab ${when} wieder erreichbar (Ihre Zeit).`,
  loading: "Wird geladen…",
  configError: "Der Chat konnte nicht geladen werden.",
  unread: (n) => `${n} ungelesen`,
};
