import { describe, expect, it } from "vitest";
import type { PublicSiteConfig } from "../../shared/api.ts";
import { call, chat, ORIGIN, putKb, putSite, uniqueSite } from "./helpers.ts";

// A small Swedish help centre, written for this test.
const SWEDISH_KB = [
  {
    id: "retur",
    title: "Returer och återbetalning",
    text: "Du kan returnera oanvända varor inom 30 dagar efter leveransen. Pengarna betalas tillbaka till samma betalsätt inom fem bankdagar efter att vi har tagit emot returen.",
    url: "https://butik.example/hjalp/retur",
  },
  {
    id: "frakt",
    title: "Frakt och leveranstid",
    text: "Vi skickar med PostNord till ditt närmaste ombud. Frakten är gratis vid köp över 500 kr, annars kostar den 59 kr. Leveransen tar två till fyra arbetsdagar.",
    url: "https://butik.example/hjalp/frakt",
  },
  {
    id: "betalning",
    title: "Betalning",
    text: "Du kan betala med Swish, kort eller faktura via Klarna. Fakturan har 14 dagars betaltid.",
    url: "https://butik.example/hjalp/betalning",
  },
];

async function swedishSite(): Promise<string> {
  const site = uniqueSite();
  expect((await putSite(site, { language: "sv" })).status).toBe(200);
  await putKb(site, SWEDISH_KB);
  return site;
}

describe("Clarifier speaks Swedish", () => {
  it("accepts Swedish as a site's language and says so in the public config", async () => {
    const site = await swedishSite();
    const res = await call(`/v1/sites/${site}/config`, { headers: { origin: ORIGIN } });
    const config = (await res.json()) as PublicSiteConfig;
    expect(config.language).toBe("sv");
    expect(config.keywords).toContain("prata med en människa");
  });

  it("answers Swedish questions from a Swedish help centre, in Swedish", async () => {
    const site = await swedishSite();
    const shipping = await chat(site, "Hur mycket kostar frakten?");
    expect(shipping.reply).toMatchObject({ type: "answer", language: "sv" });
    expect(shipping.reply.type === "answer" && shipping.reply.sources[0]?.title).toBe(
      "Frakt och leveranstid",
    );
    const returns = await chat(site, "När får jag tillbaka pengarna för en retur?");
    expect(returns.reply.type).toBe("answer");
    expect(returns.reply.type === "answer" && returns.reply.sources[0]?.title).toBe(
      "Returer och återbetalning",
    );
  });

  it("takes 'hej' and 'tack så mycket' for small talk and replies in Swedish", async () => {
    const site = await swedishSite();
    const hello = await chat(site, "hej");
    expect(hello.reply.type).toBe("small_talk");
    const thanks = await chat(site, "tack så mycket!");
    expect(thanks.reply).toMatchObject({ type: "small_talk", language: "sv" });
    expect(thanks.reply.type === "small_talk" && thanks.reply.text).toContain("Varsågod");
  });

  it("hands off 'jag vill prata med en människa', in Swedish", async () => {
    const site = await swedishSite();
    const { reply } = await chat(site, "jag vill prata med en människa");
    expect(reply).toMatchObject({ type: "handoff", reason: "keyword", language: "sv" });
  });
});
