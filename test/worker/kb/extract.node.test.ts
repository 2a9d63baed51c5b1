import { describe, expect, it } from "vitest";
import { extractAnswer, suggestedAnswer } from "../../../worker/kb/extract.ts";
import { buildIndex } from "../../../worker/kb/index-builder.ts";
import { retrieve } from "../../../worker/kb/retrieve.ts";

const KB = [
  {
    id: "food-trial",
    title: "Trial packs",
    text: "Does your dog keep scratching, or does your cat refuse its food? Trial packs with 3 small bags of different recipes cost €6.90. Switch food gradually over 7 to 10 days.",
    url: "https://pets.example/help/trial",
  },
  {
    id: "shipping",
    title: "Shipping",
    text: "Orders ship within 2 working days. Shipping is free from €39.",
    url: "https://pets.example/help/shipping",
  },
];

describe("extractAnswer", () => {
  const { index } = buildIndex(KB);

  it("never leads with, or answers with, the article's own question", () => {
    const answer = extractAnswer(retrieve(index, "my cat refuses its food, what can I do?"));
    expect(answer.text).not.toMatch(/\?/);
    expect(answer.text).not.toContain("Does your dog");
    expect(answer.text.length).toBeGreaterThan(0);
  });

  it("adds the lead's continuation when no other sentence shares a word with the question", () => {
    const answer = extractAnswer(retrieve(index, "how much are trial packs"));
    expect(answer.text).toContain("€6.90");
    expect(answer.text).toContain("7 to 10 days");
  });
});

describe("suggestedAnswer", () => {
  const { index } = buildIndex(KB);

  it("shows a short passage whole, with its source", () => {
    const retrieval = retrieve(index, "free delivery?");
    const passage = retrieval.ranked.find((r) => r.passage.docId === "shipping")?.passage;
    if (!passage) throw new Error("expected the shipping passage");
    const answer = suggestedAnswer(retrieval, passage);
    expect(answer.text).toBe("Orders ship within 2 working days. Shipping is free from €39.");
    expect(answer.sources).toEqual([
      { title: "Shipping", url: "https://pets.example/help/shipping" },
    ]);
  });
});
