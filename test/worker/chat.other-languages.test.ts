import { describe, expect, it } from "vitest";
import { isLanguage } from "../../shared/languages.ts";
import { chat, putKb, putSite, uniqueSite } from "./helpers.ts";

// A small German help centre, written for this test: its loanwords and names (WLAN, Abo,
// PayPal) are the ones a question in another language shares with it.
const GERMAN_KB = [
  {
    id: "wlan",
    title: "WLAN in der Ferienwohnung",
    text: "In jeder Ferienwohnung gibt es kostenloses WLAN. Das Passwort steht auf der Karte neben dem Router im Flur.",
    url: "https://ferien.example/hilfe/wlan",
  },
  {
    id: "abo",
    title: "Abo pausieren oder kündigen",
    text: "Sie können Ihr Abo im Kundenkonto unter Einstellungen jederzeit pausieren oder zum Monatsende kündigen.",
    url: "https://ferien.example/hilfe/abo",
  },
  {
    id: "zahlung",
    title: "Bezahlung",
    text: "Sie können mit PayPal, Kreditkarte oder per Überweisung bezahlen. Die Rechnung kommt per E-Mail.",
    url: "https://ferien.example/hilfe/zahlung",
  },
];

async function germanSite(): Promise<string> {
  const site = uniqueSite();
  expect((await putSite(site, { language: "de" })).status).toBe(200);
  await putKb(site, GERMAN_KB);
  return site;
}

describe("a question in a language Clarifier doesn't answer in", () => {
  // Each beside the article it shares a word with: answered, or offered, on that word alone,
  // it would be answered in German.
  it.each([
    ["it", "Posso pagare con PayPal o con la carta di credito?"],
    ["nl", "Kan ik mijn abonnement pauzeren?"],
    ["pl", "Czy w mieszkaniu jest darmowe WLAN?"],
    ["pt", "Posso pagar com PayPal? Não tenho cartão."],
  ])("in %s is handed off with no articles, the reply in its language", async (code, message) => {
    const site = await germanSite();
    const { reply } = await chat(site, message);
    expect(reply).toMatchObject({ type: "handoff", reason: "low_confidence", language: code });
    expect(reply.type === "handoff" && reply.confidence).toBeLessThan(0.2);
    expect("suggestions" in reply ? (reply.suggestions ?? []) : []).toEqual([]);
  });

  // Short questions with one mark and a loanword: until one mark counted, these kept the site's
  // language (the widget offered the person in German) and some were offered the article.
  it.each([
    ["pl", "ile kosztuje Abo"],
    ["pt", "esqueci minha senha do WLAN"],
    ["it", "posso pagare tramite PayPal"],
  ])("in %s, one mark in a short question, is told and handed off clean", async (code, message) => {
    const site = await germanSite();
    const { reply } = await chat(site, message);
    expect(reply).toMatchObject({ type: "handoff", reason: "low_confidence", language: code });
    expect("suggestions" in reply ? (reply.suggestions ?? []) : []).toEqual([]);
  });

  // Languages the widget has no strings for: the reply names English, not null (which the
  // widget reads as "keep the site's language", so a Turk read the offer of a person in German).
  it.each([
    ["tr", "PayPal ile ödeme yapabilir miyim?"],
    ["fi", "voinko maksaa PayPalilla?"],
    ["ca", "puc pagar amb PayPal?"],
    ["no", "hva koster det å ha Abo hos dere"],
  ])("in %s is handed off with no articles, the reply in English", async (_code, message) => {
    const site = await germanSite();
    const { reply } = await chat(site, message);
    expect(reply).toMatchObject({ type: "handoff", reason: "low_confidence", language: "en" });
    expect("suggestions" in reply ? (reply.suggestions ?? []) : []).toEqual([]);
  });

  it("leaves our six as they were: a German question answered in German", async () => {
    const site = await germanSite();
    const { reply } = await chat(site, "Kann ich mit PayPal bezahlen?");
    expect(reply).toMatchObject({ type: "answer", language: "de" });
  });

  it("leaves our six as they were: an English question beside a German help centre", async () => {
    const site = await germanSite();
    const { reply } = await chat(site, "Can I pause my subscription for a month?");
    expect(reply).toMatchObject({ type: "handoff", reason: "low_confidence", language: "en" });
  });

  it("replies to small talk in it in the help centre's language, as before", async () => {
    const site = await germanSite();
    for (const thanks of ["grazie mille!", "obrigado"]) {
      const { reply } = await chat(site, thanks);
      expect(reply, thanks).toMatchObject({ type: "small_talk", language: "de" });
    }
    // "je" is French too: small talk's reply is only ever in one of ours.
    const { reply } = await chat(site, "dank je wel");
    expect(reply.type).toBe("small_talk");
    expect(isLanguage(reply.language)).toBe(true);
  });
});
