import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../../shared/languages.ts";
import { findPersonRequest, type PersonRequest, patternsOf } from "../../shared/person-request.ts";
import { normalizeForMatch } from "../../shared/text/normalize.ts";
import { meets, requiredText } from "../../shared/text/required-text.ts";
import { wordSpans } from "../../shared/text/words.ts";

// What main answered (before patterns compiled lazily behind what they need) for every request
// and every 15th other message of the test and evaluation strings: written by
// scripts/person-request-snapshot.ts.
const snapshot: [string, PersonRequest | null][] = JSON.parse(
  fs.readFileSync(path.join(__dirname, "..", "fixtures", "person-request-snapshot.json"), "utf8"),
);

describe("findPersonRequest against the stored snapshot", () => {
  it("answers every message as it did, matched words and language included", () => {
    expect(snapshot.length).toBeGreaterThan(6000);
    expect(snapshot.filter(([, found]) => found).length).toBeGreaterThan(3000);
    const changed = snapshot
      .map(([message, found]) => ({ message, was: found, now: findPersonRequest(message) }))
      .filter(({ was, now }) => JSON.stringify(was) !== JSON.stringify(now));
    expect(changed).toEqual([]);
    // Some 6,700 messages, each read in six languages: seconds on a shared machine.
  }, 60_000);
});

describe("requiredText", () => {
  const none = () => null;
  it("requires one of each part of a sequence, and nothing of what may be left out", () => {
    expect(requiredText("talk (to|with) ~?me", none)).toEqual([
      ["talk "],
      ["to", "with"],
      [" "],
      ["me"],
    ]);
    expect(requiredText("(a|b )?call(s)*", none)).toEqual([["call"]]);
    expect(requiredText("e-?mail", none)).toEqual([["e"], ["mail"]]);
    expect(requiredText("x{0,3}y{2}", none)).toEqual([["y"]]);
    // A named group (the off-topic shapes name theirs) reads as its content.
    expect(requiredText("lose (?<topic>weight|fat)", none)).toEqual([["lose "], ["weight", "fat"]]);
  });
  it("reads alternatives as one of them, lookaheads as text seen, negative ones as nothing", () => {
    expect(requiredText("ring me|call(?! off)", none)).toEqual([["ring me", "call"]]);
    expect(requiredText("(?=call)(?<!no )[^ ]+", none)).toEqual([["call"]]);
    // An alternative that can never match drops out; a pattern of none can never match.
    const classes = (name: string) => (name === "W" ? [] : ["agent", "human"]);
    expect(requiredText("the W|a P", classes)).toEqual([["agent", "human"]]);
    expect(requiredText("the W", classes)).toEqual([["the "], []]);
    expect(meets("the vet", requiredText("the W", classes))).toBe(false);
  });
  it("requires nothing of a class too long to tell", () => {
    const many = Array.from({ length: 80 }, (_, i) => `w${i}`).join("|");
    expect(requiredText(`(${many})`, none)).toEqual([]);
  });

  // The needs skip a pattern only when it cannot match: every pattern, in both readings, over
  // the snapshot's requests read as the grammar reads them (words in normalised form).
  it("is met by every text a grammar's pattern matches", () => {
    const texts = snapshot
      .filter(([, found]) => found)
      .map(([message]) =>
        wordSpans(message)
          .map((word) => normalizeForMatch(word.text))
          .join(" "),
      );
    let matches = 0;
    const unmet: string[] = [];
    for (const language of LANGUAGES) {
      for (const pattern of patternsOf(language)) {
        for (const reading of new Set([pattern.whole, pattern.lean])) {
          const regex = new RegExp(reading.source);
          for (const text of texts) {
            if (!regex.test(text)) continue;
            matches++;
            if (!meets(text, reading.needs)) unmet.push(`${language}: ${text}`);
          }
        }
      }
    }
    expect(matches).toBeGreaterThan(2000);
    expect(unmet).toEqual([]);
  }, 60_000);
});
