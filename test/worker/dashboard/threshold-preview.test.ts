import { describe, expect, it } from "vitest";
import {
  confidenceHistogram,
  previewThreshold,
  SLIDER_STEPS,
} from "../../../worker/dashboard/threshold-preview.ts";
import { channelFromForm } from "../../../worker/dashboard/channel-form.ts";

const q = (confidence: number, reason: "keyword" | "low_confidence" | null = null) => ({
  confidence,
  reason,
});

describe("previewThreshold", () => {
  const log = [q(0.1), q(0.3), q(0.4), q(0.6), q(0.9), q(0.95, "keyword")];

  it("answers a question whose confidence is at or above the threshold, as decideHandoff does", () => {
    expect(previewThreshold(log, [], 0.4)).toMatchObject({
      questions: 6,
      answered: 3,
      handedOff: 3,
      byKeyword: 1,
      byConfidence: 2,
    });
    expect(previewThreshold(log, [], 0.41)).toMatchObject({ answered: 2, handedOff: 4 });
  });

  it("always hands off keyword questions, even at threshold 0", () => {
    expect(previewThreshold(log, [], 0)).toMatchObject({
      answered: 5,
      handedOff: 1,
      byKeyword: 1,
      byConfidence: 0,
    });
    expect(previewThreshold(log, [], 1)).toMatchObject({
      answered: 0,
      handedOff: 6,
      byKeyword: 1,
      byConfidence: 5,
    });
  });

  it("counts labelled low-confidence handoffs a lower threshold would answer; keyword and button ones stay", () => {
    const labelled = [
      { reason: "low_confidence" as const, confidence: 0.2 },
      { reason: "low_confidence" as const, confidence: 0.35 },
      { reason: "keyword" as const, confidence: 0.9 },
      { reason: "visitor_request" as const, confidence: null },
    ];
    expect(previewThreshold([], labelled, 0.4)).toMatchObject({
      labelled: 4,
      labelledAnswered: 0,
      labelledKept: 4,
    });
    expect(previewThreshold([], labelled, 0.3)).toMatchObject({
      labelledAnswered: 1,
      labelledKept: 3,
    });
    expect(previewThreshold([], labelled, 0.2)).toMatchObject({
      labelledAnswered: 2,
      labelledKept: 2,
    });
  });

  it("offers 101 slider steps that equal the thresholds a form posts", () => {
    expect(SLIDER_STEPS).toHaveLength(101);
    expect(SLIDER_STEPS[37]).toBe(Number("0.37"));
    expect(SLIDER_STEPS[100]).toBe(1);
  });

  it("bins confidence into equal slices, a confidence of 1 in the last", () => {
    const bins = confidenceHistogram([q(0), q(0.05), q(0.5), q(1), q(0.99, "keyword")], 10);
    expect(bins.map((b) => b.scored)).toEqual([2, 0, 0, 0, 0, 1, 0, 0, 0, 1]);
    expect(bins[9]?.keyword).toBe(1);
  });
});

describe("channelFromForm", () => {
  const stored = {
    id: "crm",
    type: "webhook" as const,
    url: "https://a.example",
    secret: "whsec_AAAAAAAAAAAAAAAAAAAA",
  };

  it("keeps a saved secret when the field is left empty, and drops it only when asked", () => {
    expect(
      channelFromForm({ id: "crm", type: "webhook", url: "https://b.example", secret: "" }, stored),
    ).toEqual({ ...stored, url: "https://b.example" });
    expect(
      channelFromForm(
        { id: "crm", type: "webhook", url: "https://b.example", removeSecret: "1" },
        stored,
      ),
    ).toEqual({ id: "crm", type: "webhook", url: "https://b.example" });
  });

  it("splits email recipients on commas, semicolons and lines", () => {
    expect(
      channelFromForm(
        { id: "m", type: "email", to: "a@x.example, b@x.example\nc@x.example;" },
        undefined,
      ),
    ).toEqual({ id: "m", type: "email", to: ["a@x.example", "b@x.example", "c@x.example"] });
  });
});
