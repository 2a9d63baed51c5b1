import { describe, expect, it } from "vitest";
import { offerFor } from "../../../worker/chat/offer.ts";
import { buildIndex } from "../../../worker/kb/index-builder.ts";
import { retrieve } from "../../../worker/kb/retrieve.ts";
import { blendRankings, MAX_PASSAGES, shapeRanking } from "../../../worker/kb/word-shapes.ts";

// A driving school's help centre: German compounds are where stems and word shapes part ways.
const drivingSchool = [
  {
    id: "pruefung",
    title: "Praktische Prüfung",
    text: "Die praktische Prüfung dauert 55 Minuten. Den Termin vereinbart die Fahrschule mit dem TÜV, meist zwei Wochen nach der letzten Sonderfahrt.",
  },
  {
    id: "preise",
    title: "Preise Klasse B",
    text: "Die Grundgebühr beträgt 390 Euro. Eine Fahrstunde kostet 58 Euro, eine Sonderfahrt 72 Euro.",
  },
  {
    id: "theorie",
    title: "Theorieunterricht",
    text: "Der Unterricht findet dienstags und donnerstags um 18 Uhr statt. Du brauchst 14 Doppelstunden.",
  },
  {
    id: "anmeldung",
    title: "Anmeldung",
    text: "Zur Anmeldung bringst du deinen Ausweis, ein biometrisches Foto und den Sehtest mit.",
  },
  {
    id: "buero",
    title: "Büro und Kontakt",
    text: "Unser Büro in der Karl-Liebknecht-Straße ist montags bis freitags von 14 bis 18 Uhr besetzt.",
  },
];
const { index } = buildIndex(drivingSchool);
const docsOf = (ranking: readonly { passage: number }[]) =>
  ranking.map((r) => index.docIdOf(r.passage));

describe("shapeRanking", () => {
  it("finds the article a compound's part names, which stems keep apart", () => {
    // "prüfungstermin" stems to one word no passage has; its grams are "Prüfung"'s.
    expect(docsOf(shapeRanking(index, "was kostet der prüfungstermin", "de"))[0]).toBe("pruefung");
    expect(docsOf(shapeRanking(index, "wie viele theoriestunden brauche ich", "de"))[0]).toBe(
      "theorie",
    );
  });

  it("scores cosines in 0..1, best first, one passage per document", () => {
    const ranking = shapeRanking(index, "was kostet die prüfungsanmeldung", "de");
    expect(ranking.length).toBeGreaterThan(1);
    for (const { score } of ranking) expect(score).toBeGreaterThan(0);
    for (const { score } of ranking) expect(score).toBeLessThanOrEqual(1);
    expect(ranking.map((r) => r.score)).toEqual(
      [...ranking.map((r) => r.score)].sort((a, b) => b - a),
    );
    expect(new Set(docsOf(ranking)).size).toBe(ranking.length);
  });

  it("ranks nothing for a question of short words only, or a word no passage shapes like", () => {
    expect(shapeRanking(index, "is it ok", "de")).toEqual([]);
    expect(shapeRanking(index, "xylophon", "de")).toEqual([]);
  });

  it("is not built for a knowledge base above MAX_PASSAGES (the lexical order stays)", () => {
    const large = buildIndex(
      Array.from({ length: MAX_PASSAGES + 1 }, (_, i) => ({
        id: `doc-${i}`,
        title: `Prüfung ${i}`,
        text: `Die Prüfung Nummer ${i} dauert 55 Minuten.`,
      })),
    ).index;
    expect(large.passageCount).toBeGreaterThan(MAX_PASSAGES);
    expect(shapeRanking(large, "prüfungstermin", "de")).toEqual([]);
  });
});

describe("blendRankings", () => {
  const passageOf = (doc: string) => {
    for (let p = 0; p < index.passageCount; p++) if (index.docIdOf(p) === doc) return p;
    throw new Error(doc);
  };

  it("puts a document both rankings like above one only one of them likes", () => {
    const lexical = [
      { passage: passageOf("preise"), score: 10 },
      { passage: passageOf("anmeldung"), score: 8 },
    ];
    const shapes = [
      { passage: passageOf("pruefung"), score: 0.3 },
      { passage: passageOf("anmeldung"), score: 0.25 },
    ];
    expect(docsOf(blendRankings(index, lexical, shapes))).toEqual([
      "anmeldung",
      "preise",
      "pruefung",
    ]);
  });

  it("keeps the lexical ranking alone when the shapes found nothing", () => {
    const lexical = [
      { passage: passageOf("preise"), score: 4 },
      { passage: passageOf("buero"), score: 1 },
    ];
    expect(docsOf(blendRankings(index, lexical, []))).toEqual(["preise", "buero"]);
  });
});

describe("a low-confidence reply's suggestions with word shapes", () => {
  const offer = (message: string) => offerFor(message, retrieve(index, message), index);

  it("adds the article words alone didn't rank, after retrieval's own", () => {
    // The compound ends with the article's word: word forms (`word-forms.ts`) read only starts.
    const message = "was kostet die fahrprüfung";
    const lexical = retrieve(index, message).ranked.map((r) => r.passage.docId);
    expect(lexical).not.toContain("pruefung");
    const { suggestions, about } = offer(message);
    expect(about).toBeNull();
    expect(suggestions.map((s) => s.passage.docId)).toEqual(["preise", "pruefung"]);
  });

  it("keeps retrieval's first two places and fills the last from the blend", () => {
    const message = "wann ist das büro besetzt und wann die prüfungen";
    const lexical = retrieve(index, message).ranked.map((r) => r.passage.docId);
    const offered = offer(message).suggestions.map((s) => s.passage.docId);
    expect(offered.slice(0, 2)).toEqual(lexical.slice(0, 2));
    expect(new Set(offered).size).toBe(offered.length);
    expect(offered.length).toBeLessThanOrEqual(3);
  });

  it("still offers nothing where the gate says why not", () => {
    expect(offer("asdfgh").about).toBe("unclear");
    expect(offer("asdfgh").suggestions).toEqual([]);
  });
});
