import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  describeTrigger,
  HANDOFF_REASONS,
  isHandoffReason,
  REASON_LABELS,
} from "../../shared/handoff.ts";

const MIGRATION = readFileSync(
  path.resolve(import.meta.dirname, "../../migrations/0001_handoff_loop.sql"),
  "utf8",
);

describe("the handoff reasons", () => {
  it("are the ones the handoffs table's CHECK allows, in the same order", () => {
    const check = /reason TEXT NOT NULL CHECK \(reason IN \(([^)]*)\)\)/.exec(MIGRATION)?.[1];
    expect(check?.split(",").map((r) => r.trim().replace(/'/g, ""))).toEqual([...HANDOFF_REASONS]);
  });

  it("each have a label and are recognised, and nothing else is", () => {
    expect(Object.keys(REASON_LABELS)).toEqual([...HANDOFF_REASONS]);
    for (const reason of HANDOFF_REASONS) expect(isHandoffReason(reason)).toBe(true);
    expect(isHandoffReason("low confidence")).toBe(false);
    expect(isHandoffReason(undefined)).toBe(false);
  });
});

describe("describeTrigger", () => {
  const keyword = {
    reason: "keyword",
    matched: "talk to a human",
    confidence: null,
    threshold: 0.4,
  } as const;
  const low = {
    reason: "low_confidence",
    matched: null,
    confidence: 0.213,
    threshold: 0.4,
  } as const;

  it("tells the team at a glance in email and Slack", () => {
    expect(describeTrigger(keyword, "notice")).toBe('keyword "talk to a human"');
    expect(describeTrigger(low, "notice")).toBe("low confidence 0.21 (threshold 0.40)");
    expect(describeTrigger({ ...low, confidence: null }, "notice")).toBe(
      "low confidence ? (threshold 0.40)",
    );
  });

  it("tells the site owner on the dashboard", () => {
    expect(describeTrigger(keyword, "dashboard")).toBe("Keyword “talk to a human” matched");
    expect(describeTrigger(low, "dashboard")).toBe("Confidence 0.21 below threshold 0.40");
    expect(
      describeTrigger(
        { reason: "visitor_request", matched: null, confidence: null, threshold: null },
        "dashboard",
      ),
    ).toBe("The visitor pressed the handoff button");
  });
});
