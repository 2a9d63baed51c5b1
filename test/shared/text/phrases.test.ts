import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../../../shared/languages.ts";
import { LANGUAGE_DATA } from "../../../shared/languages/registry.ts";
import { parsePhrase, phraseChoices } from "../../../shared/text/phrases.ts";
import { SHARED_SOCIAL_WORDS } from "../../../worker/chat/small-talk-words.ts";

// A word of a parsed phrase: no brackets or bars left in it, no empty word.
const isWord = (w: string) => w.length > 0 && !/[()[\]|\s]/.test(w);

describe("parsePhrase", () => {
  it("reads words, choices and optional choices", () => {
    expect(parsePhrase("good (morning|day) [all|everyone]")).toEqual([
      { optional: false, choices: [["good"]] },
      { optional: false, choices: [["morning"], ["day"]] },
      { optional: true, choices: [["all"], ["everyone"]] },
    ]);
  });

  it("reads a bar outside brackets as one choice between whole word sequences", () => {
    expect(parsePhrase("money back|refund")).toEqual([
      { optional: false, choices: [["money", "back"], ["refund"]] },
    ]);
    expect(phraseChoices("log in|login|sign in")).toEqual(["log in", "login", "sign in"]);
  });
});

describe("every word table uses the one phrase notation", () => {
  for (const code of LANGUAGES) {
    const data = LANGUAGE_DATA[code];
    it(`${code}: each lexicon line is one choice of two members or more`, () => {
      const bad = data.lexicon.filter((line) => {
        const slots = parsePhrase(line);
        const slot = slots[0];
        return (
          slots.length !== 1 ||
          !slot ||
          slot.choices.length < 2 ||
          !slot.choices.flat().every(isWord)
        );
      });
      expect(bad).toEqual([]);
    });

    it(`${code}: each small-talk phrase parses into slots of plain words`, () => {
      const bad = data.smallTalk.phrases.filter(([, source]) => {
        const slots = parsePhrase(source);
        return slots.length === 0 || !slots.every((s) => s.choices.flat().every(isWord));
      });
      expect(bad).toEqual([]);
    });

    it(`${code}: each default phrase is plain words, one choice`, () => {
      const bad = data.keywords.filter((k) => phraseChoices(k).length !== 1 || /[()[\]|]/.test(k));
      expect(bad).toEqual([]);
    });

    it(`${code}: the grammar's plain word classes are choices in the same notation`, () => {
      // Classes written with rule syntax (groups, look-arounds, anchors, other classes) are
      // rules over the words, not lists of them.
      const plain = Object.entries(data.personRequests).filter(
        ([name, value]) => name !== "x" && !/[?^$\\{}()[\]]|[A-Z]/.test(value),
      );
      expect(plain.length).toBeGreaterThan(3);
      for (const [name, value] of plain) {
        const words = parsePhrase(value).flatMap((s) => s.choices.flat());
        expect(words.every(isWord), `${code} ${name}`).toBe(true);
      }
    });
  }

  it("shared small talk too", () => {
    for (const [, source] of SHARED_SOCIAL_WORDS) {
      expect(
        parsePhrase(source).every((s) => s.choices.flat().every(isWord)),
        source,
      ).toBe(true);
    }
  });
});
