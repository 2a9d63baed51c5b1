import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../../shared/languages.ts";
import { LANGUAGE_DATA } from "../../shared/languages/registry.ts";

describe("the language registry", () => {
  it("has one folder's data for every language Clarifier speaks, under its own code", () => {
    expect(Object.keys(LANGUAGE_DATA)).toEqual([...LANGUAGES]);
    for (const code of LANGUAGES) expect(LANGUAGE_DATA[code].code).toBe(code);
  });

  for (const code of LANGUAGES) {
    const data = LANGUAGE_DATA[code];
    it(`gives ${code} every piece: phrases, grammar, small talk, lexicon, stop words, a stemmer`, () => {
      expect(data.keywords.length).toBeGreaterThanOrEqual(10);
      expect(data.personRequests.x.length).toBeGreaterThan(0);
      expect(data.smallTalk.phrases.length).toBeGreaterThanOrEqual(10);
      expect(Object.keys(data.smallTalk.replies).sort()).toEqual([
        "about_assistant",
        "about_languages",
        "acknowledgement",
        "goodbye",
        "greeting",
        "pause",
        "thanks",
      ]);
      expect(data.lexicon.length).toBeGreaterThanOrEqual(30);
      expect(data.stopWords.length).toBeGreaterThanOrEqual(50);
      expect(data.marks.markers.split(" ").length).toBeGreaterThanOrEqual(40);
    });
  }

  it("stems with each language's own stemmer", () => {
    expect(LANGUAGE_DATA.en.stem("refunds")).toBe("refund");
    expect(LANGUAGE_DATA.de.stem("bestellungen")).toBe("bestell");
  });
});
