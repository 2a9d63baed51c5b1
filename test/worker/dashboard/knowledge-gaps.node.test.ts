import { describe, expect, it } from "vitest";
import type { MissedText } from "../../../worker/conversations/missed-text.ts";
import {
  closestArticles,
  contentWords,
  groupMisses,
  splitTaught,
} from "../../../worker/dashboard/knowledge-gaps.ts";

let clock = 0;
const miss = (text: string, extra: Partial<MissedText> = {}): MissedText => ({
  id: text,
  text,
  confidence: 0.1,
  lastAt: new Date(Date.UTC(2026, 0, 1) + clock++ * 60_000).toISOString(),
  messages: 1,
  visitors: [`v-${text}`],
  lowConfidence: 1,
  abandoned: 1,
  unhelpful: 0,
  couldHaveAnswered: 0,
  handoffId: null,
  sourceTitle: null,
  sourceUrl: null,
  ...extra,
});

describe("groupMisses", () => {
  it("puts questions sharing most content stems together, the most visitors first", () => {
    const groups = groupMisses([
      miss("Gift cards?"),
      miss("Do you ship to Norway?"),
      miss("Shipping to Norway, how long?"),
      miss("shipped Norway"),
    ]);
    expect(groups.map((g) => g.texts.length)).toEqual([3, 1]);
    expect(groups[0]?.visitors).toBe(3);
    expect(groups[1]?.example).toBe("Gift cards?");
  });

  it("keeps questions that share one word of several apart", () => {
    const groups = groupMisses([miss("Do you sell gift cards?"), miss("Do you sell kayaks?")]);
    expect(groups).toHaveLength(2);
  });

  it("joins a question to a group through any member it mostly matches, in any order", () => {
    const groups = groupMisses([
      miss("kayaks for rivers"),
      miss("Which kayaks do you sell?"),
      miss("Do you sell kayaks for whitewater rivers?"),
    ]);
    expect(groups).toHaveLength(1);
  });

  it("weighs each visitor once in all: a flood from two addresses ranks below one real visitor", () => {
    const flood = Array.from({ length: 50 }, (_, i) =>
      miss(`junk${i} spam${i}`, { visitors: [`flood-${i % 2}`] }),
    );
    const real = miss("Do you rent canoes?", { visitors: ["alice"] });
    const groups = groupMisses([...flood, real]);
    expect(groups[0]?.example).toBe("Do you rent canoes?");
    expect(groups[0]?.weight).toBe(1);
    expect(groups[1]?.weight).toBeCloseTo(1 / 25);
  });

  it("reads words as stems in the question's language", () => {
    expect(contentWords("Do you ship to Norway?")).toEqual(contentWords("shipping norway"));
    expect(contentWords("Hvornår kommer min pakke?")).toEqual(
      contentWords("Hvornår kommer pakken?"),
    );
  });

  it("adds up each kind of miss in a group", () => {
    const [group] = groupMisses([
      miss("Do you ship to Norway?", { handoffId: "h1", couldHaveAnswered: 1, abandoned: 0 }),
      miss("Ship to Norway?", { messages: 3, visitors: ["a", "b"] }),
      miss("Norway shipping price?", { lowConfidence: 0, abandoned: 0, unhelpful: 1 }),
    ]);
    expect(group?.counts).toEqual({
      lowConfidence: 2,
      abandoned: 1,
      unhelpful: 1,
      couldHaveAnswered: 1,
    });
    expect(group?.messages).toBe(5);
    expect(group?.visitors).toBe(4);
  });
});

describe("splitTaught", () => {
  it("takes questions taught to an article off the list, case and spacing ignored", () => {
    const { open, taught } = splitTaught(
      [miss("Can I get my  money back?"), miss("Do you sell kayaks?")],
      [{ id: "returns", title: "Returns", text: "…", questions: ["can i get my money back?"] }],
    );
    expect(open.map((t) => t.text)).toEqual(["Do you sell kayaks?"]);
    expect(taught[0]?.article).toEqual({ id: "returns", title: "Returns" });
  });
});

describe("closestArticles", () => {
  it("puts the article a 👎 answer came from first, then the retriever's candidates, each once", () => {
    const [group] = groupMisses([
      miss("refund for shipping", { sourceTitle: "Returns", sourceUrl: null }),
    ]);
    expect(
      closestArticles(group as never, [
        { title: "Shipping", url: null },
        { title: "Returns", url: null },
        { title: "Warranty", url: null },
        { title: "Sizes", url: null },
      ]).map((a) => a.title),
    ).toEqual(["Returns", "Shipping", "Warranty"]);
  });
});
