import { describe, expect, it } from "vitest";
import { decideHandoff } from "../../shared/decision.ts";
import { keywordLanguage } from "../../shared/default-keywords.ts";
import { isValidEmail } from "../../shared/email.ts";

const keywords = ["talk to a human", "tale med en person"];
// The site's phrases only here; the default grammar has tests of its own.
const personRequests = false;

describe("decideHandoff", () => {
  it("hands off on a keyword regardless of a high confidence", () => {
    const decision = decideHandoff({
      message: "Kan jeg tale med en person?",
      keywords,
      personRequests,
      confidence: 0.99,
      threshold: 0.4,
    });
    expect(decision).toMatchObject({
      handoff: true,
      reason: "keyword",
      matched: { phrase: "tale med en person", index: 1 },
    });
    expect(
      decision.handoff && decision.reason === "keyword" && keywordLanguage(decision.matched.phrase),
    ).toBe("da");
  });

  it("hands off below the threshold and answers at or above it", () => {
    expect(
      decideHandoff({
        message: "kayaks?",
        keywords,
        personRequests,
        confidence: 0.39,
        threshold: 0.4,
      }),
    ).toEqual({ handoff: true, reason: "low_confidence", confidence: 0.39 });
    expect(
      decideHandoff({
        message: "returns?",
        keywords,
        personRequests,
        confidence: 0.4,
        threshold: 0.4,
      }),
    ).toEqual({ handoff: false, confidence: 0.4 });
  });

  it("a threshold of 0 never hands off for confidence; 1 hands off unless certain", () => {
    expect(
      decideHandoff({ message: "x", keywords, personRequests, confidence: 0, threshold: 0 })
        .handoff,
    ).toBe(false);
    expect(
      decideHandoff({ message: "x", keywords, personRequests, confidence: 0.99, threshold: 1 })
        .handoff,
    ).toBe(true);
  });
});

describe("isValidEmail", () => {
  it("accepts ordinary addresses and rejects broken ones", () => {
    for (const ok of [
      "jane@example.com",
      "j.doe+tag@mail.example.co.uk",
      "o'brien@xn--eksempel-9xa.dk",
      "#!$%&'*+/=?^_`{|}~-@example.com",
    ])
      expect(isValidEmail(ok)).toBe(true);
    for (const bad of [
      "",
      "jane",
      "jane@",
      "@example.com",
      "jane@localhost",
      "ja ne@example.com",
      "jane@example.com\r\nBcc: x@y.z",
      `${"a".repeat(250)}@example.com`,
      // Only what every channel can carry as it is: ASCII dot-atoms, LDH domains.
      "søren@eksempel.dk",
      "jane@eksempel.dk\u202e",
      '"jane doe"@example.com',
      "jane..doe@example.com",
      ".jane@example.com",
      "jane@-example.com",
      "jane@example.123",
      `${"a".repeat(65)}@example.com`,
      '"><svg/onload=alert(1)>@evil.co',
      "slack<!channel>@evil.co",
    ]) {
      expect(isValidEmail(bad), bad).toBe(false);
    }
  });
});
