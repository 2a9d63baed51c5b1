import { describe, expect, it } from "vitest";
import {
  groupPicks,
  type HeldPick,
  picksToTeach,
} from "../../../worker/conversations/pick-evidence.ts";

let n = 0;
function pick(
  docId: string,
  question: string,
  visitor: string,
  taughtAt: string | null = null,
): HeldPick {
  n++;
  return {
    id: `p${n}`,
    docId,
    title: docId === "exchanges" ? "Exchanges" : "Returns",
    question,
    visitor,
    createdAt: `2026-12-0${1 + (n % 5)}T10:00:00.000Z`,
    taughtAt,
  };
}

describe("groupPicks", () => {
  it("counts visitors, not clicks, and groups a question's repeats", () => {
    const picks = [
      pick("returns", "send it back?", "v1"),
      pick("returns", "send it back?", "v1"),
      pick("returns", "Send it  back?", "v1"),
      pick("exchanges", "bigger size", "v2"),
      pick("exchanges", "swap colour", "v3"),
    ];
    const evidence = groupPicks(picks);
    expect(evidence.map((e) => [e.docId, e.visitors])).toEqual([
      ["exchanges", 2],
      ["returns", 1],
    ]);
    expect(evidence[1]?.questions).toHaveLength(1);
    expect(evidence[1]?.questions[0]?.pickIds).toHaveLength(3);
  });
});

describe("picksToTeach", () => {
  it("never teaches on one visitor's picks, however many", () => {
    const picks = Array.from({ length: 30 }, (_, i) => pick("returns", `question ${i}`, "same"));
    expect(picksToTeach(picks, 2)).toEqual([]);
  });

  it("teaches each untaught question once enough different visitors picked the article", () => {
    const picks = [
      pick("exchanges", "bigger size", "v1"),
      pick("exchanges", "swap colour", "v2"),
      pick("exchanges", "already taught", "v3", "2026-12-05T00:00:00.000Z"),
      pick("returns", "send back", "v4"),
    ];
    expect(picksToTeach(picks, 4)).toEqual([]);
    const lessons = picksToTeach(picks, 3);
    expect(lessons.map((l) => [l.docId, l.question]).sort()).toEqual([
      ["exchanges", "bigger size"],
      ["exchanges", "swap colour"],
    ]);
  });

  it("holds a bar of two visitors even when asked for one", () => {
    expect(picksToTeach([pick("returns", "q", "v1")], 1)).toEqual([]);
  });
});
