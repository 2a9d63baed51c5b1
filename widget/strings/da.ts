import type { Strings } from "./types.ts";

/**
 * Danish, with "du", as Danish shops write to their customers; "e-mailadresse" for the address
 * throughout, and a capital after a colon when a whole sentence follows (Retskrivningsordbogen).
 */
export const DA: Strings = {
  close: "Luk chat",
  dialog: (site) => `Chat med ${site}`,
  placeholder: "Skriv din besked…",
  send: "Send",
  greeting: "Hej! Hvordan kan jeg hjælpe dig?",
  tooLong: (max) => `Din besked er for lang (maks. ${max} tegn).`,
  thinking: "Tænker…",
  networkError: "Ingen forbindelse. Prøv igen.",
  retry: "Prøv igen",
  you: "Du:",
  emailPrompt:
    "Jeg finder en person, der kan hjælpe dig. Hvad er din e-mailadresse, så du kan få svar?",
  emailAgain: (email) =>
    `Jeg finder en person, der kan hjælpe dig. Svaret sendes til ${email}; ret adressen herunder, hvis du vil.`,
  emailLabel: "Din e-mailadresse",
  skip: "Spring over",
  cancel: "Annuller",
  invalidEmail: "Indtast en gyldig e-mailadresse, f.eks. navn@eksempel.dk.",
  sending: "Sender…",
  handedOff: (site, email) =>
    email
      ? `Tak! En fra ${site} vender tilbage til dig på ${email}.`
      : `Sendt til ${site}. Uden en e-mailadresse kan ingen svare dig.`,
  talkToPerson: "Tal med en person",
  askNeed: "Selvfølgelig. Hvad skal jeg give videre til en person? Skriv det herunder.",
  cancelled: "Annulleret. Der blev ikke sendt noget.",
  skipWarning: "Uden en e-mailadresse kan ingen svare dig. Teamet ser kun din besked.",
  sendWithoutEmail: "Send uden e-mail",
  rateLimited: "Det er mange beskeder på kort tid. Vent et minut, og prøv igen.",
  emailRequired: "Indtast din e-mailadresse, så nogen kan svare dig.",
  failed: "Noget gik galt.",
  full: "Chatten har nået sin maksimale længde. Start en ny, eller tal med en person.",
  newChat: "Start en ny chat",
  wasHelpful: "Var det en hjælp?",
  helpful: "Ja, det hjalp",
  unhelpful: "Nej, det hjalp ikke",
  feedbackThanks: "Tak for din tilbagemelding.",
  offerPerson: "Det er jeg ked af. Skal jeg finde en person?",
  getPerson: "Ja, find en person",
  suggest: "Jeg er ikke sikker på, at jeg har svaret. Er det et af disse emner?",
  offTopic: (site) =>
    `Jeg kan kun hjælpe med spørgsmål om ${site}. Med alt andet kan en person hjælpe dig.`,
  unclear: "Kan du sige det på en anden måde? Ellers kan en person hjælpe dig.",
  notCovered: "Det ved jeg desværre ikke, men en person kan hjælpe dig.",
  replyWithin: (duration) => `Vi svarer normalt inden for ${duration}.`,
  backAt: (day, time) =>
    `Teamet er ikke til stede lige nu og er tilbage ${day} kl. ${time} (din tid).`,
  loading: "Indlæser…",
  configError: "Chatten kunne ikke indlæses.",
  unread: (n) => `${n} ulæst${n > 1 ? "e" : ""}`,
};
