import { describe, expect, it } from "vitest";
import { percent, tallyHandoffs, tallyMessages } from "../../../worker/dashboard/tally.ts";

describe("tallyMessages", () => {
  it("counts each message once by the decision recorded on it, and the verdicts", () => {
    expect(
      tallyMessages([
        { decision: "answer", reason: null, helpful: true },
        { decision: "answer", reason: null, helpful: false },
        { decision: "answer", reason: null, helpful: null },
        { decision: "handoff", reason: "keyword", helpful: null },
        { decision: "handoff", reason: "low_confidence", helpful: null },
        { decision: "handoff", reason: "visitor_request", helpful: null },
        { decision: "small_talk" as "answer", reason: null, helpful: null },
      ]),
    ).toEqual({
      messages: 7,
      answered: 3,
      keyword: 1,
      lowConfidence: 1,
      button: 1,
      other: 1,
      helpful: 1,
      unhelpful: 1,
    });
  });
});

describe("tallyHandoffs", () => {
  it("adds up per-day rows into one total and a breakdown by trigger", () => {
    expect(
      tallyHandoffs([
        { reason: "keyword", count: 2 },
        { reason: "low_confidence", count: 3 },
        { reason: "keyword", count: 1 },
        { reason: "visitor_request", count: 1 },
      ]),
    ).toEqual({ total: 7, keyword: 3, lowConfidence: 3, button: 1 });
  });

  it("gives a percentage, or a dash when there is nothing to divide", () => {
    expect(percent(3, 8)).toBe("38%");
    expect(percent(0, 0)).toBe("–");
  });
});
