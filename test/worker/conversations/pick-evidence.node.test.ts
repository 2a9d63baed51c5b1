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

  it("teaches each untaught question once enough different visitors picked the article for it or a question like it", () => {
    const picks = [
      pick("exchanges", "bigger size", "v1"),
      pick("exchanges", "can I swap for a bigger one", "v2"),
      pick("exchanges", "size up please", "v3"),
      pick("exchanges", "already taught bigger", "v4", "2026-12-05T00:00:00.000Z"),
      pick("returns", "send back", "v5"),
    ];
    expect(picksToTeach(picks, 5)).toEqual([]);
    // "bigger size" has v1, v2 (bigger), v3 (size), v4 (bigger); the others fewer.
    expect(picksToTeach(picks, 4).map((l) => [l.docId, l.question])).toEqual([
      ["exchanges", "bigger size"],
    ]);
    const lessons = picksToTeach(picks, 3);
    // "size up please" has v1 and v3 (size) only.
    expect(lessons.map((l) => [l.docId, l.question]).sort()).toEqual([
      ["exchanges", "bigger size"],
      ["exchanges", "can I swap for a bigger one"],
    ]);
  });

  it("never teaches one visitor's own question on the strength of other visitors' picks", () => {
    // Two visitors picked Exchanges for a size; a third picked it for something else entirely:
    // the article has three visitors, that question has one.
    const picks = [
      pick("exchanges", "bigger size", "v1"),
      pick("exchanges", "a bigger size please", "v2"),
      pick("exchanges", "how do I delete my account", "v3"),
    ];
    expect(
      picksToTeach(picks, 2)
        .map((l) => l.question)
        .sort(),
    ).toEqual(["a bigger size please", "bigger size"]);
  });

  it("holds a bar of two visitors even when asked for one", () => {
    expect(picksToTeach([pick("returns", "q", "v1")], 1)).toEqual([]);
  });
});
