import { describe, expect, it } from "vitest";
import { oneEdit, withOneEdit } from "../../../shared/text/typos.ts";
import { compounds, wordSpans, words, wordsAsWritten } from "../../../shared/text/words.ts";

describe("the one word pattern", () => {
  it("keeps apostrophes inside a word and reads every apostrophe look-alike as one", () => {
    expect(words("Don’t RETURN l`homme")).toEqual(["don't", "return", "l'homme"]);
  });

  it("splits a hyphenated word into its parts for retrieval, and keeps it whole as written", () => {
    expect(words("e-mail week-end")).toEqual(["e", "mail", "week", "end"]);
    expect(wordsAsWritten("merci, c'est top week-end")).toEqual([
      "merci",
      "c'est",
      "top",
      "week-end",
    ]);
  });

  it("gives each word's span in the text as typed, so a reply can quote the visitor", () => {
    const text = "Passez-moi l’agent!";
    const spans = wordSpans(text);
    expect(spans.map((s) => text.slice(s.from, s.to))).toEqual(["Passez-moi", "l’agent"]);
    expect(spans.map((s) => s.text)).toEqual(["Passez-moi", "l'agent"]);
  });

  it("finds compound and code-like tokens whole, case kept, for retrieval to index both ways", () => {
    expect(compounds("Mail user@example.com about snake_case v1.2")).toEqual([
      "Mail",
      "user@example.com",
      "about",
      "snake_case",
      "v1.2",
    ]);
  });

  it("drops punctuation and emoji, keeps digits", () => {
    expect(words("v2, 3.5 👍 ¿qué?")).toEqual(["v2", "3", "5", "qué"]);
  });
});

describe("typos", () => {
  it("names the one edit between two words", () => {
    expect(oneEdit("spaek", "speak")).toEqual({ kind: "swap", shorter: 5, end: 1 });
    expect(oneEdit("thankes", "thanks")).toEqual({ kind: "extra", shorter: 6, end: 1 });
    expect(oneEdit("grcias", "gracias")).toEqual({ kind: "missing", shorter: 6, end: 4 });
    expect(oneEdit("superviser", "supervisor")).toEqual({ kind: "replace", shorter: 10, end: 1 });
  });

  it("finds no edit between equal words or words two edits apart", () => {
    expect(oneEdit("agent", "agent")).toBeNull();
    expect(oneEdit("agnet", "agents")).toBeNull();
    expect(oneEdit("abc", "xyz")).toBeNull();
  });

  it("visits every word one edit away, each of them one edit away", () => {
    const seen: string[] = [];
    withOneEdit("ab", ["x"], (w) => seen.push(w));
    expect(seen).toEqual(["b", "ba", "xb", "xab", "a", "ax", "axb", "abx"]);
    for (const w of seen) expect(oneEdit(w, "ab"), w).not.toBeNull();
  });
});
