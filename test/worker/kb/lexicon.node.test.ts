import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../../../shared/languages.ts";
import { LEXICON, LEXICON_WIDE } from "../../../worker/kb/lexicon.ts";

// The phrase notation of every word table (shared/languages/types.ts): a group is a choice.
const SEPARATOR = "|";

const membersOf = (group: string) => group.split(SEPARATOR);

describe.each([
  ["LEXICON", LEXICON],
  ["LEXICON_WIDE", LEXICON_WIDE],
] as const)("%s", (_, lexicon) => {
  it("has a list of concept groups for every language Clarifier speaks, and no other", () => {
    expect(Object.keys(lexicon).sort()).toEqual([...LANGUAGES].sort());
  });

  for (const language of LANGUAGES) {
    describe(language, () => {
      const groups = lexicon[language];

      it("has at least 50 groups", () => {
        expect(groups.length).toBeGreaterThanOrEqual(50);
      });

      it("has groups of at least two members separated by '|'", () => {
        expect(groups.filter((group) => membersOf(group).length < 2)).toEqual([]);
      });

      it("has members that are lowercase, trimmed, non-empty, single-spaced words or phrases", () => {
        const bad = groups
          .flatMap(membersOf)
          .filter(
            (member) =>
              member === "" ||
              member !== member.trim() ||
              member !== member.toLowerCase() ||
              /[|()[\]]/.test(member) ||
              /\s{2}/.test(member),
          );
        expect(bad).toEqual([]);
      });

      it("repeats no member within a group", () => {
        const repeated = groups.filter(
          (group) => new Set(membersOf(group)).size !== membersOf(group).length,
        );
        expect(repeated).toEqual([]);
      });

      it("repeats no group, in any order of its members", () => {
        const keys = groups.map((group) => membersOf(group).sort().join(SEPARATOR));
        expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
      });
    });
  }
});
