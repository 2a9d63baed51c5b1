import { describe, expect, it } from "vitest";
import { percent, plural, tallySite } from "../../../worker/dashboard/tally.ts";

describe("tallySite", () => {
  it("counts every visitor message once, small talk included, by the decision recorded on it", () => {
    const tally = tallySite(
      [
        { decision: "answer", reason: null, helpful: true },
        { decision: "answer", reason: null, helpful: false },
        { decision: "answer", reason: null, helpful: null },
        { decision: null, reason: null, helpful: null },
        { decision: "handoff", reason: "keyword", helpful: null },
        { decision: "handoff", reason: "low_confidence", helpful: null },
        { decision: "handoff", reason: "visitor_request", helpful: null },
        { decision: "mystery" as "answer", reason: null, helpful: null },
      ],
      [],
    );
    expect(tally).toMatchObject({
      messages: 8,
      answered: 3,
      smallTalk: 1,
      offered: { total: 3, keyword: 1, lowConfidence: 1, button: 1 },
      other: 1,
      helpful: 1,
      unhelpful: 1,
    });
    expect(tally.answered + tally.smallTalk + tally.offered.total + tally.other).toBe(
      tally.messages,
    );
  });

  it("adds up sent handoffs from per-day rows, apart from the offers", () => {
    expect(
      tallySite(
        [],
        [
          { reason: "keyword", count: 2 },
          { reason: "low_confidence", count: 3 },
          { reason: "keyword", count: 1 },
          { reason: "visitor_request", count: 1 },
        ],
      ).sent,
    ).toEqual({ total: 7, keyword: 3, lowConfidence: 3, button: 1 });
  });

  it("gives a percentage, or a dash when there is nothing to divide, and plural nouns", () => {
    expect(percent(3, 8)).toBe("38%");
    expect(percent(0, 0)).toBe("–");
    expect(plural(1, "answer")).toBe("1 answer");
    expect(plural(0, "answer")).toBe("0 answers");
  });
});
