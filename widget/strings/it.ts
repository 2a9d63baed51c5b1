import type { Strings } from "./types.ts";

/** Italian, informal ("tu"), as Italian shops' chats speak: a visitor's question goes to a person. */
export const IT: Strings = {
  close: "Chiudi la chat",
  dialog: (site) => `Chat con ${site}`,
  placeholder: "Scrivi un messaggio…",
  send: "Invia",
  greeting: "Ciao! Come posso aiutarti?",
  tooLong: (max) => `Il messaggio è troppo lungo (max. ${max} caratteri).`,
  thinking: "Ci penso…",
  networkError: "Connessione non riuscita. Riprova.",
  retry: "Riprova",
  you: "Tu:",
  emailPrompt: "Ti metto in contatto con una persona. Qual è la tua email, così potrà risponderti?",
  emailAgain: (email) =>
    `Ti metto in contatto con una persona. Ti risponderà a ${email}; puoi cambiarla qui sotto.`,
  emailLabel: "La tua email",
  skip: "Salta",
  cancel: "Annulla",
  invalidEmail: "Inserisci un'email valida, ad es. nome@esempio.it.",
  sending: "Invio…",
  handedOff: (site, email) =>
    email
      ? `Grazie! Qualcuno di ${site} ti risponderà a ${email}.`
      : `Inviato a ${site}. Senza email nessuno potrà risponderti.`,
  talkToPerson: "Parla con una persona",
  askNeed: "Certo. Cosa devo riferire a una persona? Scrivilo qui sotto.",
  cancelled: "Annullato. Non è stato inviato nulla.",
  skipWarning: "Senza email nessuno potrà risponderti: vedranno solo il tuo messaggio.",
  sendWithoutEmail: "Invia senza email",
  rateLimited: "Sono tanti messaggi tutti insieme. Attendi un minuto e riprova.",
  emailRequired: "Inserisci la tua email, così qualcuno potrà risponderti.",
  failed: "Qualcosa è andato storto.",
  full: "Questa chat ha raggiunto la lunghezza massima. Iniziane una nuova o parla con una persona.",
  newChat: "Inizia una nuova chat",
  wasHelpful: "Ti è stato utile?",
  helpful: "Sì, utile",
  unhelpful: "No, non utile",
  feedbackThanks: "Grazie per il feedback.",
  offerPerson: "Mi dispiace. Vuoi che chiami una persona?",
  getPerson: "Sì, chiama una persona",
  suggest: "Non sono sicuro di avere la risposta. È una di queste?",
  offTopic: (site) =>
    `Posso aiutarti solo con domande su ${site}. Per tutto il resto può aiutarti una persona.`,
  unclear: "Puoi dirlo in un altro modo? Oppure può aiutarti una persona.",
  notCovered: "Questo non lo so; può aiutarti una persona.",
  replyWithin: (duration) => `Di solito rispondiamo entro ${duration}.`,
  backAt: (day, time) => `Il team ora non c'è e torna ${day} alle ${time} (nel tuo fuso orario).`,
  loading: "Caricamento…",
  configError: "Impossibile caricare la chat.",
  unread: (n) => `${n} non lett${n > 1 ? "i" : "o"}`,
  launcher: "Chatta con noi",
};
