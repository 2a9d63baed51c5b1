import { describe, expect, it } from "vitest";
import { alternativesFor, offerFor } from "../../../worker/chat/offer.ts";
import { buildIndex } from "../../../worker/kb/index-builder.ts";
import { expandQuestion } from "../../../worker/kb/lexicon-expansion.ts";
import { retrieve } from "../../../worker/kb/retrieve.ts";
import { Stems, tokenize, words } from "../../../worker/kb/text.ts";

// A vet clinic's help centre. "jab" is the wide lexicon's word for a vaccination, not the core's.
const clinic = [
  {
    id: "vaccines",
    title: "Vaccinations",
    text: "We vaccinate cats and dogs on Tuesdays and Thursdays. Each vaccination costs 30 euros, and the booster follows a year later.",
  },
  {
    id: "hours",
    title: "Opening hours",
    text: "The clinic is open Monday to Friday from 8 to 18, and on Saturday mornings for emergencies.",
  },
  {
    id: "prices",
    title: "Prices",
    text: "A consultation costs 45 euros. Dental cleaning under anaesthesia costs 180 euros.",
  },
];
const { index } = buildIndex(clinic);

function expansions(question: string) {
  const stems = new Stems("en");
  return expandQuestion(
    tokenize(question, "en", stems),
    words(question).map((w) => stems.of(w)),
    "en",
  );
}

describe("the wide lexicon", () => {
  it("marks the words only its groups relate, and leaves the core's words the core's", () => {
    expect(expansions("which jabs does a kitten need")).toContainEqual({
      term: "vaccin",
      stands: ["jab"],
      wide: true,
    });
    // The core relates "money back" to "refund"; a widened copy of that group doesn't make it wide.
    const refund = expansions("i want my money back").find((e) => e.term === "refund");
    expect(refund?.wide).toBe(false);
  });

  it("never ranks the answer nor moves its confidence, only what a reply offers", () => {
    const retrieval = retrieve(index, "which jabs does a kitten need");
    expect(retrieval.ranked).toEqual([]);
    expect(retrieval.confidence).toBe(0);
    expect(retrieval.relatedTerms).not.toContain("vaccin");
    expect(retrieval.offered.map((o) => index.docIdOf(o.passage))[0]).toBe("vaccines");
    expect(retrieval.offeredByWide).toBe(true);
  });

  it("offers the article it relates the message to, where words alone offered nothing", () => {
    const message = "which jabs does a kitten need";
    const offer = offerFor(message, retrieve(index, message), index);
    expect(offer.about).toBeNull();
    expect(offer.suggestions.map((s) => s.passage.docId)).toEqual(["vaccines"]);
  });

  it("keeps the answered article out of the answer's alternatives", () => {
    const message = "when do you vaccinate dogs, and what does a consultation cost";
    const retrieval = retrieve(index, message);
    const answered = retrieval.best?.docId;
    expect(answered).toBeDefined();
    const { suggestions } = alternativesFor(retrieval, index, message);
    expect(suggestions.map((s) => s.passage.docId)).not.toContain(answered);
    expect(suggestions.length).toBeLessThanOrEqual(2);
  });
});
