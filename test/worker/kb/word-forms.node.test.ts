import { describe, expect, it } from "vitest";
import { buildIndex } from "../../../worker/kb/index-builder.ts";
import { retrieve } from "../../../worker/kb/retrieve.ts";
import { formsOf } from "../../../worker/kb/word-forms.ts";

// A holiday-flat help centre that writes nouns where visitors ask with verbs: the German stemmer
// keeps "storniert" / "Stornierung", "kostet" / "Kosten" and "bezahlt" / "Bezahlung" apart.
const flats = [
  {
    id: "storno",
    title: "Stornierung",
    text: "Eine Stornierung bis 30 Tage vor der Anreise ist gebührenfrei. Danach behalten wir die Anzahlung ein.",
  },
  {
    id: "preise",
    title: "Preise und Nebenkosten",
    text: "Die Kosten der Endreinigung betragen 60 Euro. Bettwäsche und Handtücher sind im Preis enthalten. Bezahlung per Überweisung.",
  },
  {
    id: "verlaengerung",
    title: "Längere Aufenthalte",
    text: "Eine Verlängerung des Aufenthalts ist möglich, wenn die Wohnung in den Folgetagen frei ist.",
  },
  {
    id: "anreise",
    title: "Anreise und Schlüssel",
    text: "Den Schlüssel holen Sie ab 16 Uhr aus der Schlüsselbox neben der Haustür.",
  },
];

const { index } = buildIndex(flats);
const termsOf = (word: string) => formsOf(index, word).map((id) => index.termOf(id));

describe("other forms of a question word the knowledge base lacks", () => {
  it("finds the index's forms that share the word's start, up to an inflection's ending", () => {
    expect(termsOf("storni")).toEqual(["stornier"]); // "stornieren" / "Stornierung"
    expect(termsOf("kostet")).toEqual(["kost"]); // "Kosten"
    expect(termsOf("verlang")).toEqual(["verlanger"]); // "verlängern" / "Verlängerung"
    expect(termsOf("bezahlt")).toEqual(["bezahl"]); // "Bezahlung"
    expect(termsOf("uberwies")).toEqual(["uberweis"]); // "überwiesen" / "Überweisung"
  });

  it("leaves known words, short words and numbers alone", () => {
    expect(termsOf("stornier")).toEqual([]);
    expect(termsOf("stor")).toEqual([]);
    expect(termsOf("30tage")).toEqual([]);
  });

  it("finds the article a visitor asks about with another form of its word", () => {
    const retrieval = retrieve(index, "kann ich noch verlängern?");
    expect(retrieval.ranked[0]?.passage.docId).toBe("verlaengerung");
  });

  it("ranks by a form but never counts it as a matched or related word in the confidence", () => {
    const retrieval = retrieve(index, "kann ich noch verlängern?");
    expect(retrieval.features?.matchedTerms).toBe(0);
    expect(retrieval.features?.related).toBe(0);
    expect(retrieval.features?.unknown).toBeGreaterThan(0);
  });
});
