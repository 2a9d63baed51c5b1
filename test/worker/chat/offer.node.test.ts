import { describe, expect, it } from "vitest";
import { inFusedOrder, isUnreadable, offerFor } from "../../../worker/chat/offer.ts";
import { buildIndex } from "../../../worker/kb/index-builder.ts";
import { retrieve } from "../../../worker/kb/retrieve.ts";
import outdoorKb from "../../fixtures/outdoor-kb.json";

describe("isUnreadable", () => {
  it.each(["asdfgh", "qwerty", "jjjjjjj", "sdfkjh", "???", "... !!"])("reads %j as unclear", (m) =>
    expect(isUnreadable(m)).toBe(true),
  );
  it.each(["hi", "tv", "10234", "où est ma commande", "Schnee", "hmm ok", "ok", "xyz order"])(
    "reads %j as words",
    (m) => expect(isUnreadable(m)).toBe(false),
  );
});

describe("offerFor", () => {
  const { index } = buildIndex(outdoorKb);
  const offer = (message: string) => offerFor(message, retrieve(index, message), index);

  it("offers the documents retrieval ranks, one each, at most three", () => {
    const { suggestions, about } = offer("my parcel never showed up");
    expect(about).toBeNull();
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeLessThanOrEqual(3);
    expect(new Set(suggestions.map((s) => s.passage.docId)).size).toBe(suggestions.length);
    expect(suggestions[0]?.passage.docId).toBe("tracking");
  });

  it("calls a topic no help centre covers off-topic only in words the knowledge base never uses", () => {
    expect(offer("will it rain tomorrow?").about).toBe("off_topic");
    const rainy = buildIndex([
      ...outdoorKb,
      { id: "rain", title: "Rain covers", text: "Our rain covers fit every backpack.", url: null },
    ]).index;
    const onTopic = offerFor(
      "will it rain tomorrow?",
      retrieve(rainy, "will it rain tomorrow?"),
      rainy,
    );
    expect(onTopic.about).not.toBe("off_topic");
  });

  it("offers a weak near-miss articles when it reads as a question about the service", () => {
    // Same shape, strength and unknown share (one matched word, "boot", in the text): a support
    // word the help centre never uses ("discount") reads as its service; a world word doesn't.
    const service = offer("is there a student discount on boots");
    expect(service.about).toBeNull();
    expect(service.suggestions.length).toBeGreaterThan(0);
    expect(offer("did vikings wear boots")).toEqual({ suggestions: [], about: "not_covered" });
    // The one matched word is in the first article's title: its topic, not an incidental word.
    const titled = offer("my grandmother wonders whether the gift comes in shiny ribbon paper");
    expect(titled.suggestions[0]?.passage.docId).toBe("gift-cards");
    expect(
      offer("my grandmother wonders whether the warehouse smells of shiny ribbon paper"),
    ).toEqual({ suggestions: [], about: "not_covered" });
  });

  it("offers nothing without a knowledge base, and nothing in another language", () => {
    expect(offerFor("returns", retrieve(null, "returns"), null)).toEqual({
      suggestions: [],
      about: null,
    });
    expect(offer("hvornår kommer min pakke?").suggestions).toEqual([]);
  });

  it("offers nothing, and answers nothing, in a language Clarifier doesn't speak but can tell", () => {
    // Each shares a loanword or a name with the English help centre ("gift cards", "email",
    // "PayPal"), which matched and was offered before other-languages.ts.
    for (const message of [
      "Czy mogę zapłacić gift card przez email?",
      "Kan ik mijn gift card per email krijgen?",
      "Posso pagare anche la gift card con PayPal?",
      "Você tem gift card? Posso pagar por email?",
    ]) {
      const retrieval = retrieve(index, message);
      expect(retrieval.otherLanguage, message).not.toBeNull();
      expect(retrieval.confidence, message).toBeLessThan(0.2);
      expect(offerFor(message, retrieval, index), message).toEqual({
        suggestions: [],
        about: null,
      });
    }
    // The same words in English are the help centre's question.
    const english = "can I get a gift card by email?";
    expect(retrieve(index, english).otherLanguage).toBeNull();
    expect(offer(english).suggestions[0]?.passage.docId).toBe("gift-cards");
  });
});

describe("offerFor with the semantic stage's fused ranking", () => {
  const { index } = buildIndex(outdoorKb);
  const message = "my parcel never showed up";
  const retrieval = retrieve(index, message);
  const lexical = offerFor(message, retrieval, index);
  const passageOf = (doc: string) => {
    for (let p = 0; p < index.passageCount; p++)
      if (index.docIdOf(p) === doc) return index.passage(p);
    throw new Error(doc);
  };

  it("offers as many articles as the lexical bar lets through, in the fused order", () => {
    const fused = ["gift-cards", "shipping", "returns", "tracking"].map((d, i) => ({
      passage: passageOf(d),
      score: 1 - i / 10,
    }));
    const offer = inFusedOrder(offerFor(message, retrieval, index), fused);
    expect(lexical.suggestions.length).toBeGreaterThan(1);
    expect(offer.suggestions.map((s) => s.passage.docId)).toEqual(
      ["gift-cards", "shipping", "returns", "tracking"].slice(0, lexical.suggestions.length),
    );
  });

  it("offers nothing where the lexical offer is nothing, fused or not", () => {
    const offTopic = "will it rain tomorrow?";
    const fused = [{ passage: passageOf("returns"), score: 1 }];
    expect(inFusedOrder(offerFor(offTopic, retrieve(index, offTopic), index), fused)).toEqual({
      suggestions: [],
      about: "off_topic",
    });
  });
});
