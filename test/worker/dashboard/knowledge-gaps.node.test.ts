import { describe, expect, it } from "vitest";
import {
  contentWords,
  type GapQuestion,
  groupSimilarQuestions,
} from "../../../worker/dashboard/knowledge-gaps.ts";

const gap = (text: string, miss: Partial<GapQuestion> = {}): GapQuestion => ({
  id: text,
  text,
  confidence: 0.1,
  lowConfidence: true,
  unhelpful: false,
  handoffId: null,
  couldHaveAnswered: false,
  bestMatch: text.includes("Norway") ? { title: "Shipping", url: null } : null,
  ...miss,
});

describe("groupSimilarQuestions", () => {
  it("puts questions sharing most content stems together, largest group first", () => {
    const groups = groupSimilarQuestions([
      gap("Gift cards?"),
      gap("Do you ship to Norway?"),
      gap("Shipping to Norway, how long?"),
      gap("shipped Norway"),
    ]);
    expect(groups.map((g) => g.questions.length)).toEqual([3, 1]);
    expect(groups[0]?.example).toBe("Do you ship to Norway?");
    expect(groups[0]?.bestMatch).toEqual({ title: "Shipping", url: null });
    expect(groups[1]?.example).toBe("Gift cards?");
  });

  it("reads words as stems in the question's language", () => {
    expect(contentWords("Do you ship to Norway?")).toEqual(contentWords("shipping norway"));
    expect(contentWords("Hvornår kommer min pakke?")).toEqual(
      contentWords("Hvornår kommer pakken?"),
    );
  });

  it("counts each kind of miss in a group: abandoned prompts, 👎 answers, labelled handoffs", () => {
    const [group] = groupSimilarQuestions([
      gap("Do you ship to Norway?", { handoffId: "h1", couldHaveAnswered: true }),
      gap("Ship to Norway?"),
      gap("Norway shipping price?", { lowConfidence: false, unhelpful: true, confidence: 0.7 }),
    ]);
    expect(group?.counts).toEqual({
      lowConfidence: 2,
      abandoned: 1,
      unhelpful: 1,
      couldHaveAnswered: 1,
    });
  });
});
