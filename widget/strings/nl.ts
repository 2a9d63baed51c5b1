import type { Strings } from "./types.ts";

/** Dutch, informal ("je"), as Dutch and Flemish shops' chats speak. */
export const NL: Strings = {
  close: "Chat sluiten",
  dialog: (site) => `Chat met ${site}`,
  placeholder: "Typ je bericht…",
  send: "Versturen",
  greeting: "Hallo! Hoe kan ik je helpen?",
  tooLong: (max) => `Je bericht is te lang (max. ${max} tekens).`,
  thinking: "Even denken…",
  networkError: "Geen verbinding. Probeer het opnieuw.",
  retry: "Opnieuw proberen",
  you: "Jij:",
  emailPrompt: "Ik haal er een medewerker bij. Wat is je e-mailadres, zodat die je kan antwoorden?",
  emailAgain: (email) =>
    `Ik haal er een medewerker bij. Het antwoord gaat naar ${email}; pas het hieronder aan als je wilt.`,
  emailLabel: "Je e-mailadres",
  skip: "Overslaan",
  cancel: "Annuleren",
  invalidEmail: "Vul een geldig e-mailadres in, bijv. naam@voorbeeld.nl.",
  sending: "Versturen…",
  handedOff: (site, email) =>
    email
      ? `Bedankt! Iemand van ${site} neemt contact met je op via ${email}.`
      : `Verstuurd naar ${site}. Zonder e-mailadres kan niemand je antwoorden.`,
  talkToPerson: "Praat met een medewerker",
  askNeed: "Natuurlijk. Wat moet ik doorgeven aan een medewerker? Schrijf het hieronder.",
  cancelled: "Geannuleerd. Er is niets verstuurd.",
  skipWarning: "Zonder e-mailadres kan niemand je antwoorden: ze zien alleen je bericht.",
  sendWithoutEmail: "Versturen zonder e-mail",
  rateLimited: "Dat zijn veel berichten tegelijk. Wacht een minuut en probeer het opnieuw.",
  emailRequired: "Vul je e-mailadres in, zodat iemand je kan antwoorden.",
  failed: "Er ging iets mis.",
  full: "Deze chat heeft de maximale lengte bereikt. Begin een nieuwe of praat met een medewerker.",
  newChat: "Nieuwe chat starten",
  wasHelpful: "Had je hier iets aan?",
  helpful: "Ja, nuttig",
  unhelpful: "Nee, niet nuttig",
  feedbackThanks: "Bedankt voor je reactie.",
  offerPerson: "Dat spijt me. Zal ik er een medewerker bij halen?",
  getPerson: "Ja, graag een medewerker",
  suggest: "Ik weet niet zeker of ik het antwoord heb. Is het een van deze?",
  offTopic: (site) =>
    `Ik kan alleen helpen met vragen over ${site}. Voor al het andere kan een medewerker helpen.`,
  unclear: "Kun je het anders zeggen? Anders kan een medewerker helpen.",
  notCovered: "Dat weet ik helaas niet; een medewerker kan helpen.",
  replyWithin: (duration) => `We antwoorden meestal binnen ${duration}.`,
  backAt: (day, time) => `Het team is er nu niet en is ${day} om ${time} terug (jouw tijd).`,
  loading: "Laden…",
  configError: "De chat kon niet worden geladen.",
  unread: (n) => `${n} ongelezen`,
  launcher: "Chat met ons",
};
