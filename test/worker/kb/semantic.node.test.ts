import { describe, expect, it } from "vitest";
import { buildIndex } from "../../../worker/kb/index-builder.ts";
import {
  embedWithin,
  workersAiEmbedder,
  type AiBinding,
} from "../../../worker/kb/semantic/embedder.ts";
import { fuseRankings } from "../../../worker/kb/semantic/fusion.ts";
import { embedPassages } from "../../../worker/kb/semantic/indexing.ts";
import {
  decodeVectors,
  encodeVectors,
  quantize,
  semanticRanking,
} from "../../../worker/kb/semantic/vectors.ts";
import outdoorKb from "../../fixtures/outdoor-kb.json";
import { fakeAi, fakeVector } from "./semantic-fakes.ts";

const { index } = buildIndex(outdoorKb);
const passageOf = (doc: string) =>
  Array.from({ length: index.passageCount }, (_, p) => p).find(
    (p) => index.docIdOf(p) === doc,
  ) as number;

describe("fuseRankings", () => {
  it("puts a document both rankings like before one only one of them does", () => {
    const lexical = ["tracking", "returns", "shipping"].map((d) => ({ passage: passageOf(d) }));
    const semantic = ["shipping", "gift-cards", "tracking"].map((d) => ({ passage: passageOf(d) }));
    const fused = fuseRankings(index, lexical, semantic).map((r) => r.passage.docId);
    expect(fused).toEqual(["tracking", "shipping", "returns", "gift-cards"]);
  });

  it("breaks a tie in the lexical ranking's favour", () => {
    const fused = fuseRankings(
      index,
      [{ passage: passageOf("returns") }],
      [{ passage: passageOf("repairs") }],
    );
    expect(fused.map((r) => r.passage.docId)).toEqual(["returns", "repairs"]);
  });
});

describe("stored vectors", () => {
  it("round-trip through their binary form and rank by cosine, one passage per document", async () => {
    const done = await embedPassages(workersAiEmbedder(fakeAi(), "m"), index, null);
    if (!done.ok) throw new Error(done.error);
    const bytes = encodeVectors({ model: "m", indexVersion: "v1", hashes: done.hashes }, done.rows);
    const vectors = decodeVectors(bytes);
    expect(vectors).toMatchObject({ model: "m", indexVersion: "v1", count: index.passageCount });
    if (!vectors) return;
    const query = Float32Array.from(fakeVector("I want my money back"));
    expect(semanticRanking(index, vectors, query, 3)[0]?.passage).toBe(passageOf("returns"));
    expect(decodeVectors(bytes.subarray(0, bytes.length - 1))).toBeNull();
  });

  it("keeps the direction of a vector when quantized", () => {
    expect([...quantize([0.5, -1, 0.25, 0])]).toEqual([64, -127, 32, 0]);
  });

  it("reuses vectors of unchanged texts and the same model", async () => {
    const ai = fakeAi();
    const first = await embedPassages(workersAiEmbedder(ai, "m"), index, null);
    if (!first.ok) throw new Error(first.error);
    const stored = decodeVectors(
      encodeVectors({ model: "m", indexVersion: "v1", hashes: first.hashes }, first.rows),
    );
    const again = await embedPassages(workersAiEmbedder(ai, "m"), index, stored);
    expect(again).toMatchObject({ ok: true, embedded: 0 });
    const other = await embedPassages(workersAiEmbedder(ai, "other"), index, stored);
    expect(other).toMatchObject({ ok: true, embedded: index.passageCount });
  });
});

describe("workersAiEmbedder", () => {
  const answering = (output: unknown): AiBinding => ({ run: async () => output });

  it.each([
    ["no data", {}],
    ["too few vectors", { data: [[1, 2]] }],
    ["a vector of strings", { data: [["a"], ["b"]] }],
    ["vectors of different lengths", { data: [[1, 2], [1]] }],
  ])("calls an answer with %s an error", async (_, output) => {
    const result = await workersAiEmbedder(answering(output), "m").embed(["a", "b"], "passage");
    expect(result.ok).toBe(false);
  });

  it("gives up on a call slower than its budget", async () => {
    const result = await embedWithin(workersAiEmbedder(fakeAi("hang"), "m"), ["a"], "query", 20);
    expect(result).toEqual({ ok: false, error: "no answer within 20 ms" });
  });
});
