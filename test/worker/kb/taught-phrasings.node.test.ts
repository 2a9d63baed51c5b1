import { describe, expect, it } from "vitest";
import { judgeMessage } from "../../../worker/chat/judge.ts";
import type { KbDocument } from "../../../worker/kb/documents.ts";
import { buildIndex } from "../../../worker/kb/index-builder.ts";
import { decoder } from "../../../worker/kb/index-format.ts";
import { KbIndex } from "../../../worker/kb/index-reader.ts";
import { retrieve } from "../../../worker/kb/retrieve.ts";
import { DEFAULT_THRESHOLD } from "../../../shared/limits.ts";
import { FORMAT4_MERGED_TAUGHT } from "./format4-merged-taught.fixture.ts";

const KB: KbDocument[] = [
  {
    id: "returns",
    title: "Returns",
    text: "Unused items can be returned within 30 days for a full refund. Print the prepaid label from your account and drop the parcel at any post office.",
  },
  {
    id: "tracking",
    title: "Tracking your order",
    text: "Every order gets a tracking link by email once it leaves our warehouse. Follow the link to see where your parcel is on its way.",
  },
  {
    id: "account",
    title: "Your account",
    text: "Sign in with your email to see your orders, change your address or reset your password.",
  },
];

const TAUGHT = "who pays postage if i send stuff back";

/** The knowledge base the fixture was built from: Returns taught one visitor's phrasing. */
const FORMAT4_MERGED_TAUGHT_KB: KbDocument[] = KB.map((doc) =>
  doc.id === "returns" ? { ...doc, questions: [TAUGHT] } : doc,
);

const taught = () => buildIndex(FORMAT4_MERGED_TAUGHT_KB).index;

/** The section names in an index's header. */
function sectionsOf(bytes: Uint8Array): string[] {
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true);
  return Object.keys(JSON.parse(decoder.decode(bytes.subarray(8, 8 + length))).sections);
}

describe("taught phrasings count only for a question that matches them as a phrasing", () => {
  it("don't draw another document's question that shares one everyday word with them", () => {
    const question = "where is my stuff right now";
    expect(retrieve(buildIndex(KB).index, question).best?.docId).toBe("tracking");
    // Merged into Returns' text, "stuff" (a word no article uses, so of the highest IDF) drew
    // this question to Returns.
    const r = retrieve(taught(), question);
    expect(r.best?.docId).toBe("tracking");
  });

  it("answer the taught question, and a variant sharing two of its words, from its document", () => {
    const index = taught();
    for (const question of [TAUGHT, "do i pay the postage to send it back", "who pays postage"]) {
      const r = retrieve(index, question);
      expect(r.best?.docId, question).toBe("returns");
      expect(r.confidence, question).toBeGreaterThanOrEqual(0.4);
      // Its words found there count as matched, not as words the knowledge base lacks.
      expect(r.features?.unknown, question).toBe(0);
    }
    // Untaught, the same knowledge base is not sure of it.
    expect(retrieve(buildIndex(KB).index, TAUGHT).confidence).toBeLessThan(0.4);
    const judged = judgeMessage({
      message: TAUGHT,
      keywords: { mode: "add", phrases: [] },
      threshold: DEFAULT_THRESHOLD,
      index,
    });
    expect(judged.decision.handoff).toBe(false);
  });

  it('match a short phrasing by the weight of the words it shares ("2fa?")', () => {
    const docs: KbDocument[] = [
      {
        id: "security",
        title: "Keeping your account safe",
        text: "Turn on two-step sign-in under Settings: we text you a code each time you sign in on a new device.",
        questions: ["2fa?"],
      },
      {
        id: "billing",
        title: "Billing",
        text: "Invoices are emailed on the first of every month and can be downloaded from Settings.",
      },
    ];
    const r = retrieve(buildIndex(docs).index, "2fa?");
    expect(r.best?.docId).toBe("security");
    expect(r.confidence).toBeGreaterThanOrEqual(0.4);
  });

  it("are stored as a section of their own, their words in the vocabulary but in no passage", () => {
    const { index, bytes } = buildIndex(FORMAT4_MERGED_TAUGHT_KB);
    expect(sectionsOf(bytes)).toContain("phrasings");
    const [phrasing, ...others] = index.phrasings();
    expect(others).toEqual([]);
    expect(phrasing?.doc).toBe(0);
    expect(phrasing?.terms.map((id) => index.termOf(id)).sort()).toEqual(
      ["back", "pai", "postag", "send", "stuff"].sort(),
    );
    // "stuff" only the phrasing uses: known (spelling correction leaves it alone), in no passage.
    const stuff = index.termId("stuff");
    expect(stuff).toBeGreaterThanOrEqual(0);
    expect(index.documentFrequency(stuff)).toBe(0);
    // Nor are the phrasing's words part of a passage's length or text.
    expect(index.passage(0).text).not.toContain("stuff");
    expect(index.passageLengths[0]).toBe(buildIndex(KB).index.passageLengths[0]);
  });

  it("an index stored before (taught words merged, no section) opens and answers as it did", () => {
    const old = KbIndex.open(Uint8Array.from(Buffer.from(FORMAT4_MERGED_TAUGHT, "base64")));
    expect(sectionsOf(old.bytes)).not.toContain("phrasings");
    expect(old.phrasings()).toEqual([]);
    // What the builder of the time answered (b1f653b), the everyday word's pull included.
    const asked = retrieve(old, TAUGHT);
    expect(asked.best?.docId).toBe("returns");
    expect(asked.confidence).toBeCloseTo(0.829, 3);
    const other = retrieve(old, "where is my stuff right now");
    expect(other.ranked.map((r) => [r.passage.docId, r.score])).toEqual([
      ["returns", expect.closeTo(2.60297, 4)],
      ["tracking", expect.closeTo(2.28108, 4)],
      ["account", expect.closeTo(0.61213, 4)],
    ]);
  });
});
