import type { Strings } from "./types.ts";

/** Swedish. */
export const SV: Strings = {
  close: "Stäng chatten",
  dialog: (site) => `Chatt med ${site}`,
  placeholder: "Skriv ditt meddelande…",
  send: "Skicka",
  greeting: "Hej! Hur kan jag hjälpa dig?",
  tooLong: (max) => `Ditt meddelande är för långt (max. ${max} tecken).`,
  thinking: "Tänker…",
  networkError: "Ingen anslutning. Försök igen.",
  retry: "Försök igen",
  emailPrompt: "Jag hämtar en person som kan hjälpa dig. Vad är din e-post, så att de kan svara?",
  emailAgain: (email) =>
    `Jag hämtar en person som kan hjälpa dig. De svarar till ${email}; ändra den nedan om du vill.`,
  emailLabel: "Din e-post",
  skip: "Hoppa över",
  cancel: "Avbryt",
  invalidEmail: "Ange en giltig e-postadress, t.ex. namn@exempel.se.",
  sending: "Skickar…",
  handedOff: (site, email) =>
    email
      ? `Tack! Någon från ${site} återkommer till dig på ${email}.`
      : `Skickat till ${site}. Utan e-post kan ingen svara dig.`,
  talkToPerson: "Prata med en person",
  askNeed: "Absolut. Vad ska jag lämna vidare till en person? Skriv det nedan.",
  cancelled: "Avbrutet. Inget skickades.",
  skipWarning: "Utan e-post kan ingen svara dig: de ser bara ditt meddelande.",
  sendWithoutEmail: "Skicka utan e-post",
  rateLimited: "Det är många meddelanden på en gång. Vänta en minut och försök igen.",
  emailRequired: "Ange din e-post, så att någon kan svara dig.",
  wasHelpful: "Var det till hjälp?",
  helpful: "Ja, till hjälp",
  unhelpful: "Nej, inte till hjälp",
  feedbackThanks: "Tack för att du sa till.",
  offerPerson: "Det var tråkigt. Vill du att jag hämtar en person?",
  getPerson: "Ja, hämta en person",
  suggest: "Jag är inte säker på att jag har svaret. Är det något av de här?",
  offTopic: (site) =>
    `Jag kan bara hjälpa till med frågor om ${site}. Med allt annat kan en person hjälpa dig.`,
  unclear: "Kan du säga det på ett annat sätt? Annars kan en person hjälpa dig.",
  notCovered: "Det vet jag tyvärr inte; en person kan hjälpa dig.",
  replyWithin: (duration) => `Vi svarar oftast inom ${duration}.`,
  backAt: (when) => `Teamet är inte här just nu och är tillbaka ${when} (din tid).`,
  loading: "Laddar…",
  configError: "Chatten kunde inte laddas.",
  unread: (n) => `${n} oläst${n > 1 ? "a" : ""}`,
};
