import { describe, expect, it } from "vitest";
import { confidenceFrom, NEAR_MISS_CAP } from "../../../worker/kb/confidence.ts";
import { buildIndex } from "../../../worker/kb/index-builder.ts";
import { KbIndex } from "../../../worker/kb/index-reader.ts";
import { extractAnswer } from "../../../worker/kb/extract.ts";
import { retrieve } from "../../../worker/kb/retrieve.ts";

import { DOCS, features } from "./fixtures.ts";

describe("confidence", () => {
  it("stays within 0..1 at the extremes", () => {
    for (const f of [
      features({
        strength: 0,
        margin: 0,
        matchedTerms: 0,
        queryTerms: 1,
        missing: 1,
        unknown: 1,
        proximity: 0,
      }),
      features({
        strength: 1,
        margin: 1,
        matchedTerms: 30,
        queryTerms: 30,
        missing: 0,
        unknown: 0,
        proximity: 2,
      }),
    ]) {
      const c = confidenceFrom(f);
      expect(c).toBeGreaterThanOrEqual(0);
      expect(c).toBeLessThanOrEqual(1);
    }
  });

  it("rises with a stronger match, a clearer lead over other topics and more of the question matched", () => {
    expect(confidenceFrom(features({ strength: 0.7 }))).toBeGreaterThan(
      confidenceFrom(features({ strength: 0.3 })),
    );
    expect(confidenceFrom(features({ margin: 0.8 }))).toBeGreaterThan(
      confidenceFrom(features({ margin: 0.1 })),
    );
    expect(confidenceFrom(features({ matchedTerms: 4 }))).toBeGreaterThan(
      confidenceFrom(features({ matchedTerms: 2 })),
    );
    // A word held through the lexicon counts for the match, a word held nowhere against it.
    expect(confidenceFrom(features({ related: 0.3, missing: 0 }))).toBeGreaterThan(
      confidenceFrom(features({ related: 0, missing: 0.3 })),
    );
    expect(confidenceFrom(features({ unknown: 0 }))).toBeGreaterThan(
      confidenceFrom(features({ unknown: 0.5 })),
    );
    expect(confidenceFrom(features({ agreement: 1 }))).toBeGreaterThan(
      confidenceFrom(features({ agreement: 0.3 })),
    );
  });

  it("answers a question the knowledge base covers and hands off one it does not, at the default 0.4", () => {
    const { index } = buildIndex(DOCS);
    expect(
      retrieve(index, "How many days do I have to return an unused item for a refund?").confidence,
    ).toBeGreaterThanOrEqual(0.4);
    expect(retrieve(index, "Do you sell kayaks for whitewater rivers?").confidence).toBeLessThan(
      0.4,
    );
  });

  it("hands off a near-miss: a question whose key word the knowledge base never uses, sharing one word with an article", () => {
    const strong = { strength: 0.9, margin: 1, proximity: 1, agreement: 1, missing: 0 };
    expect(confidenceFrom(features({ ...strong, matchedTerms: 1, unknown: 0.5 }))).toBe(
      NEAR_MISS_CAP,
    );
    // Two of the question's own words matched, or the unknown words weigh little: the model decides.
    expect(confidenceFrom(features({ ...strong, matchedTerms: 2, unknown: 0.5 }))).toBeGreaterThan(
      NEAR_MISS_CAP,
    );
    expect(confidenceFrom(features({ ...strong, matchedTerms: 1, unknown: 0.3 }))).toBeGreaterThan(
      NEAR_MISS_CAP,
    );
    const { index } = buildIndex(DOCS.slice(0, 2));
    const nearMiss = retrieve(index, "do you ship kayaks?");
    expect(nearMiss.best?.docId).toBe("shipping");
    expect(nearMiss.confidence).toBeLessThan(0.2);
    expect(retrieve(index, "how much is express shipping?").confidence).toBeGreaterThanOrEqual(0.4);
  });

  it("is 0 with no index, an empty index or a question of only stop words, never an error", () => {
    expect(retrieve(null, "refund").confidence).toBe(0);
    expect(retrieve(buildIndex([]).index, "refund").confidence).toBe(0);
    expect(retrieve(buildIndex(DOCS).index, "what is it?").confidence).toBe(0);
  });

  it("stays below the lenient threshold for a question in a language the knowledge base lacks", () => {
    const { index } = buildIndex(DOCS.slice(0, 2));
    const r = retrieve(
      index,
      "¿Cuántos días tengo para devolver un artículo y recibir el reembolso?",
    );
    expect(r.language).toBe("es");
    expect(r.confidence).toBeLessThan(0.2);
  });
});

describe("index", () => {
  it("round-trips through its stored bytes, passages and postings intact", () => {
    const { index, bytes } = buildIndex(DOCS);
    const reopened = KbIndex.open(bytes.slice().buffer);
    expect(reopened.passageCount).toBe(index.passageCount);
    expect(reopened.passage(0)).toEqual(index.passage(0));
    expect(reopened.languages).toEqual(["en", "da"]);
    const refund = reopened.termId("refund");
    expect(refund).toBeGreaterThanOrEqual(0);
    expect([...reopened.postings(refund).passages].map((p) => reopened.docIdOf(p))).toEqual([
      "returns",
    ]);
    expect(() => KbIndex.open(new TextEncoder().encode('{"version":1}'))).toThrow();
  });

  it("counts title and text occurrences apart and keeps each passage's terms in order", () => {
    const { index } = buildIndex(DOCS);
    const refund = index.postings(index.termId("refund"));
    // "Returns and refunds" (title) and "full refund" + "Refunds reach" (text): one passage.
    expect([...refund.titleCounts]).toEqual([1]);
    expect([...refund.counts]).toEqual([2]);
    const shipping = index.termId("ship");
    const terms = index.passageTerms(index.postings(shipping).passages[0] as number);
    expect(terms.filter((id) => id === shipping)).toHaveLength(2);
    expect(terms[0]).toBe(index.termId("standard"));
  });

  it("ranks the passage holding the question's words together above one where they are scattered", () => {
    // BM25 alone prefers the shorter "scattered" text; the words side by side decide.
    const filler = (word: string, n: number) =>
      Array.from({ length: n }, (_, i) => `${word}${String.fromCharCode(97 + i)}`).join(" ");
    const docs = [
      {
        id: "scattered",
        title: "Notes",
        text: `Account ${filler("alpha", 12)} delete ${filler("beta", 12)} password.`,
      },
      {
        id: "together",
        title: "Notes",
        text: `Delete account password ${filler("gamma", 24)} ${filler("delta", 24)}.`,
      },
    ];
    expect(retrieve(buildIndex(docs).index, "delete account password").best?.docId).toBe(
      "together",
    );
  });

  it("reads a misspelt question word as the knowledge base's word one edit away, and leaves short words and numbers alone", () => {
    const { index } = buildIndex([
      ...DOCS,
      { id: "calendar", title: "Calendar", text: "Add the delivery date to your calendar." },
    ]);
    const r = retrieve(index, "Can I add it to my callendar?");
    expect(r.queryTerms).toContain("calendar");
    expect(r.best?.docId).toBe("calendar");
    expect(retrieve(index, "refnd 3000").queryTerms).toEqual(["refnd", "3000"]);
  });

  it("matches compound and code-like tokens whole or in parts: e-mail meets email, gmail.com meets Gmail", () => {
    const { index } = buildIndex([
      ...DOCS,
      { id: "email", title: "Email", text: "We answer every email within a day." },
      { id: "gmail", title: "Gmail", text: "Sign in to Gmail with your account." },
    ]);
    expect(retrieve(index, "How fast do you answer an e-mail?").best?.docId).toBe("email");
    expect(retrieve(index, "How do I sign in on gmail.com?").best?.docId).toBe("gmail");
  });

  it("credits a question word the passage holds as part of a longer word: a compound, a derived form", () => {
    // Listed first, so it would win the tie on shared words alone.
    const delivery = {
      id: "delivery",
      title: "Vilkår",
      text: "Det er vores levering, og den giver dig 30 dage til at få dine varer.",
    };
    const returns = {
      id: "returns",
      title: "Vilkår",
      text: "Det er vores returpolitik, og den giver dig 30 dage til at få dine penge.",
    };
    const danish = retrieve(
      buildIndex([delivery, returns]).index,
      "Hvor mange dage giver jeres politik?",
    );
    expect(danish.best?.docId).toBe("returns");
    expect(danish.features?.partial).toBeGreaterThan(0);

    const english = retrieve(
      buildIndex([
        { id: "uploads", title: "Limits", text: "A daily cap applies to uploads." },
        { id: "emails", title: "Limits", text: "A daily cap applies to emails." },
      ]).index,
      "Is there a daily cap on mails?",
    );
    expect(english.best?.docId).toBe("emails");
  });

  it("does not hold 'how long' against a knowledge base that never writes 'long', and keeps it where it does", () => {
    const refunds = {
      id: "refunds",
      title: "Returns and refunds",
      text: "Refunds reach your original payment method within 5 business days.",
    };
    const r = retrieve(
      buildIndex([refunds, DOCS[1] as (typeof DOCS)[1]]).index,
      "How long do refunds take?",
    );
    expect(r.queryTerms).not.toContain("long");
    expect(r.best?.docId).toBe("refunds");
    expect(r.confidence).toBeGreaterThanOrEqual(0.4);

    const sleeves = {
      id: "sleeves",
      title: "Sleeves",
      text: "Our long sleeves take a day to hem.",
    };
    expect(retrieve(buildIndex([sleeves]).index, "How long do sleeves take?").queryTerms).toContain(
      "long",
    );
  });

  it("agrees more when the best documents share the best one's title", () => {
    const docs = [
      { id: "a1", title: "Reset a password", text: "Open settings and choose reset password." },
      {
        id: "a2",
        title: "Reset a password",
        text: "Use the reset password link on the sign-in page.",
      },
      { id: "b", title: "Passwords", text: "A password needs twelve characters." },
    ];
    const r = retrieve(buildIndex(docs).index, "How do I reset my password?");
    expect(r.features?.agreement).toBeGreaterThan(0.5);
    const alone = retrieve(
      buildIndex([docs[0] as (typeof docs)[0], docs[2] as (typeof docs)[0]]).index,
      "How do I reset my password?",
    );
    expect(alone.features?.agreement).toBeLessThan(r.features?.agreement ?? 0);
  });

  it("reads each document in its own language: a Danish question finds the Danish document", () => {
    const r = retrieve(buildIndex(DOCS).index, "Hvor mange dage har jeg til at returnere en vare?");
    expect(r.language).toBe("da");
    expect(r.best?.docId).toBe("retur");
  });

  it("answers with the best passage's most relevant sentences and its source", () => {
    const answer = extractAnswer(
      retrieve(buildIndex(DOCS).index, "How long do refunds take to reach my payment method?"),
    );
    expect(answer.text).toContain("5 business days");
    expect(answer.sources[0]).toEqual({
      title: "Returns and refunds",
      url: "https://acme.example/returns",
    });
  });
});
