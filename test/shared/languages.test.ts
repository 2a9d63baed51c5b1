import { describe, expect, it } from "vitest";
import {
  FOREIGN_LANGUAGES,
  isReplyLanguage,
  LANGUAGES,
  OTHER_LANGUAGES,
  REPLY_LANGUAGES,
  replyLanguageFor,
  UNSPOKEN_LANGUAGES,
} from "../../shared/languages.ts";
import { LANGUAGE_DATA } from "../../shared/languages/registry.ts";
import { OTHER_LANGUAGE_MARKS } from "../../shared/text/other-languages.ts";

describe("the languages a reply may speak", () => {
  it("are ours, then the others Clarifier tells apart, each once", () => {
    // REPLY_LANGUAGES is spelt out (the widget's app ships it alone): held to the two lists here.
    expect(REPLY_LANGUAGES).toEqual([...LANGUAGES, ...OTHER_LANGUAGES]);
    expect(Object.keys(OTHER_LANGUAGE_MARKS).sort()).toEqual([...FOREIGN_LANGUAGES].sort());
    expect(new Set(REPLY_LANGUAGES).size).toBe(REPLY_LANGUAGES.length);
  });

  it("reply to a foreign question in its own language where the widget speaks it, else English", () => {
    for (const code of OTHER_LANGUAGES) expect(replyLanguageFor(code)).toBe(code);
    for (const code of UNSPOKEN_LANGUAGES) {
      expect(replyLanguageFor(code)).toBe("en");
      // Told apart, but never a language a reply or the widget speaks.
      expect(isReplyLanguage(code)).toBe(false);
    }
  });

  it("tell a reply's language from anything else", () => {
    for (const code of REPLY_LANGUAGES) expect(isReplyLanguage(code)).toBe(true);
    for (const value of ["fi", "IT", "it-IT", "", null, undefined, 1, ["it"], { it: 1 }]) {
      expect(isReplyLanguage(value)).toBe(false);
    }
  });
});

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
