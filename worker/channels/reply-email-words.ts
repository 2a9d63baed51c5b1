/**
 * The words around a team reply in the visitor's email, in each language the widget speaks: a
 * visitor who chatted in Danish reads "Du skrev:", not "You wrote:". Each uses the form of address
 * the widget uses in that language (du, Sie, vous, tú, du; tu, je, Ty, the Portuguese polite verb)
 * and its typography (a no-break space before French ":"). Pure, so it is tested in Node.
 */
import type { SiteLanguage } from "../../shared/api.ts";
import { isLanguage, type ReplyLanguage, replyLanguageFor } from "../../shared/languages.ts";
import { writtenIn } from "../../shared/text/language.ts";

/** One language's words for a reply email. */
export interface ReplyEmailWords {
  subject: (site: string) => string;
  /** Above the reply: who wrote it, e.g. "Maria (Acme) replied:". */
  replied: (signer: string) => string;
  /** Above the visitor's own message, quoted. */
  youWrote: string;
  /** How to answer when the site has a team inbox (the email's Reply-To). */
  answerByEmail: string;
  /** How to answer when it has none. */
  answerInChat: string;
}

export const REPLY_EMAIL_WORDS: Readonly<Record<ReplyLanguage, ReplyEmailWords>> = {
  en: {
    subject: (site) => `Re: your question to ${site}`,
    replied: (signer) => `${signer} replied:`,
    youWrote: "You wrote:",
    answerByEmail: "Answer this email, or write in the chat on the site.",
    answerInChat: "To answer, write in the chat on the site.",
  },
  da: {
    subject: (site) => `Svar på dit spørgsmål til ${site}`,
    replied: (signer) => `${signer} har svaret:`,
    youWrote: "Du skrev:",
    answerByEmail: "Svar på denne e-mail, eller skriv i chatten på siden.",
    answerInChat: "Skriv i chatten på siden for at svare.",
  },
  de: {
    subject: (site) => `Antwort auf Ihre Frage an ${site}`,
    replied: (signer) => `${signer} hat geantwortet:`,
    youWrote: "Ihre Nachricht:",
    answerByEmail: "Antworten Sie auf diese E-Mail oder schreiben Sie im Chat auf der Website.",
    answerInChat: "Um zu antworten, schreiben Sie im Chat auf der Website.",
  },
  fr: {
    // The name first: "à"/"de" before a name would need the widget's elision rules.
    subject: (site) => `${site}\u00A0: réponse à votre question`,
    replied: (signer) => `${signer} a répondu\u00A0:`,
    youWrote: "Vous avez écrit\u00A0:",
    answerByEmail: "Répondez à cet e-mail ou écrivez dans la discussion sur le site.",
    answerInChat: "Pour répondre, écrivez dans la discussion sur le site.",
  },
  es: {
    subject: (site) => `${site}: respuesta a tu pregunta`,
    replied: (signer) => `${signer} ha respondido:`,
    youWrote: "Tu mensaje:",
    answerByEmail: "Responde a este correo electrónico o escribe en el chat del sitio web.",
    answerInChat: "Para responder, escribe en el chat del sitio web.",
  },
  sv: {
    subject: (site) => `Svar på din fråga till ${site}`,
    replied: (signer) => `${signer} har svarat:`,
    youWrote: "Du skrev:",
    answerByEmail: "Svara på det här mejlet eller skriv i chatten på webbplatsen.",
    answerInChat: "Skriv i chatten på webbplatsen för att svara.",
  },
  it: {
    subject: (site) => `${site}: risposta alla tua domanda`,
    replied: (signer) => `${signer} ha risposto:`,
    youWrote: "Hai scritto:",
    answerByEmail: "Rispondi a questa email o scrivi nella chat sul sito.",
    answerInChat: "Per rispondere, scrivi nella chat sul sito.",
  },
  nl: {
    subject: (site) => `${site}: antwoord op je vraag`,
    replied: (signer) => `${signer} heeft geantwoord:`,
    youWrote: "Je schreef:",
    answerByEmail: "Beantwoord deze e-mail of schrijf in de chat op de website.",
    answerInChat: "Schrijf in de chat op de website om te antwoorden.",
  },
  // "odpowiada" and "Twoja wiadomość": Polish past tenses name the writer's gender, unknown here.
  pl: {
    subject: (site) => `${site}: odpowiedź na Twoje pytanie`,
    replied: (signer) => `${signer} odpowiada:`,
    youWrote: "Twoja wiadomość:",
    answerByEmail: "Odpowiedz na tego e-maila lub napisz na czacie na stronie.",
    answerInChat: "Aby odpowiedzieć, napisz na czacie na stronie.",
  },
  pt: {
    subject: (site) => `${site}: resposta à sua pergunta`,
    replied: (signer) => `${signer} respondeu:`,
    youWrote: "A sua mensagem:",
    answerByEmail: "Responda a este e-mail ou escreva no chat do site.",
    answerInChat: "Para responder, escreva no chat do site.",
  },
};

/**
 * The language a reply email speaks: the one the visitor's handed-off message is written in
 * (ours or one of the four the widget hands off in), else the assistant's last reply's (it
 * answered in the visitor's language), else the site's language, else English.
 *
 * @example
 * replyEmailLanguage("Jeg vil gerne tale med en person", null, "en"); // "da"
 * replyEmailLanguage("human", null, "de"); // "de"
 */
export function replyEmailLanguage(
  visitorMessage: string,
  lastAiReply: string | null,
  siteLanguage: SiteLanguage | null,
): ReplyLanguage {
  for (const text of [visitorMessage, lastAiReply ?? ""]) {
    const { language, other } = writtenIn(text);
    const found = language ?? (other ? replyLanguageFor(other) : null);
    if (found) return found;
  }
  return isLanguage(siteLanguage) ? siteLanguage : "en";
}
