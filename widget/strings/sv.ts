import type { Strings } from "./types.ts";

/**
 * Swedish, with "du", as Swedish shops write to their customers; "e-postadress" for the address
 * throughout.
 */
export const SV: Strings = {
  close: "Stäng chatten",
  dialog: (site) => `Chatt med ${site}`,
  placeholder: "Skriv ditt meddelande…",
  send: "Skicka",
  greeting: "Hej! Hur kan jag hjälpa dig?",
  tooLong: (max) => `Ditt meddelande är för långt (högst ${max} tecken).`,
  thinking: "Tänker…",
  networkError: "Ingen anslutning. Försök igen.",
  retry: "Försök igen",
  you: "Du:",
  emailPrompt:
    "Jag kopplar dig vidare till en person. Vilken e-postadress ska svaret skickas till?",
  emailAgain: (email) =>
    `Jag kopplar dig vidare till en person. Svaret skickas till ${email}; ändra adressen nedan om du vill.`,
  emailLabel: "Din e-postadress",
  skip: "Hoppa över",
  cancel: "Avbryt",
  invalidEmail: "Ange en giltig e-postadress, t.ex. namn@exempel.se.",
  sending: "Skickar…",
  handedOff: (site, email) =>
    email
      ? `Tack! Någon från ${site} återkommer till dig på ${email}.`
      : `Skickat till ${site}. Utan e-postadress kan ingen svara dig.`,
  talkToPerson: "Prata med en person",
  askNeed: "Absolut. Vad ska jag föra vidare till en person? Skriv det nedan.",
  cancelled: "Avbrutet. Inget har skickats.",
  skipWarning: "Utan e-postadress kan ingen svara dig: teamet ser bara ditt meddelande.",
  sendWithoutEmail: "Skicka utan e-post",
  rateLimited: "Det är många meddelanden på en gång. Vänta en minut och försök igen.",
  emailRequired: "Ange din e-postadress, så att någon kan svara dig.",
  failed: "Något gick fel.",
  full: "Chatten har nått sin maxlängd. Starta en ny eller prata med en person.",
  newChat: "Starta en ny chatt",
  wasHelpful: "Var det till hjälp?",
  helpful: "Ja, det hjälpte",
  unhelpful: "Nej, det hjälpte inte",
  feedbackThanks: "Tack för din återkoppling.",
  offerPerson: "Det var tråkigt att höra. Vill du att jag kopplar dig till en person?",
  getPerson: "Ja, koppla mig till en person",
  suggest: "Jag är inte säker på att jag har svaret. Är det något av de här?",
  offTopic: (site) =>
    `Jag kan bara hjälpa till med frågor om ${site}. Med allt annat kan en person hjälpa dig.`,
  unclear: "Kan du säga det på ett annat sätt? Annars kan en person hjälpa dig.",
  notCovered: "Det vet jag tyvärr inte, men en person kan hjälpa dig.",
  replyWithin: (duration) => `Vi svarar oftast inom ${duration}.`,
  backAt: (day, time, soon) =>
    `Teamet är inte på plats just nu och är tillbaka ${soon ? "" : "på "}${day} kl. ${time} (din tid).`,
  loading: "Laddar…",
  configError: "Chatten kunde inte laddas.",
  unread: (n) => `${n} oläst${n > 1 ? "a" : ""}`,
};
