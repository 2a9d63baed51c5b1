import type { Strings } from "./types.ts";

/** Danish. */
export const DA: Strings = {
  close: "Luk chat",
  dialog: (site) => `Chat med ${site}`,
  placeholder: "Skriv din besked…",
  send: "Send",
  greeting: "Hej! Hvordan kan jeg hjælpe?",
  tooLong: (max) => `Din besked er for lang (maks. ${max} tegn).`,
  thinking: "Tænker…",
  networkError: "Ingen forbindelse. Prøv igen.",
  retry: "Prøv igen",
  emailPrompt: "Jeg finder en person, der kan hjælpe. Hvad er din e-mail, så de kan svare dig?",
  emailAgain: (email) =>
    `Jeg finder en person, der kan hjælpe. De svarer dig på ${email}; ret den herunder, hvis du vil.`,
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
  suggest: "Jeg er ikke sikker på, at jeg har svaret. Er det en af disse?",
  offTopic: (site) =>
    `Jeg kan kun hjælpe med spørgsmål om ${site}. Med alt andet kan en person hjælpe.`,
  unclear: "Kan du sige det på en anden måde? Ellers kan en person hjælpe.",
  notCovered: "Det ved jeg desværre ikke; en person kan hjælpe.",
  replyWithin: (duration) => `Vi svarer normalt inden for ${duration}.`,
  backAt: (when) => `Teamet er ikke til stede lige nu og er tilbage ${when} (din tid).`,
  loading: "Indlæser…",
  configError: "Chatten kunne ikke indlæses.",
  unread: (n) => `${n} ulæst${n > 1 ? "e" : ""}`,
};
