import { buildIndex, type KbDocument } from "../worker/kb/index.ts";
import { retrieve } from "../worker/kb/retrieve.ts";
import { type BenchSection, median } from "./types.ts";

const RUNS = 5;

// A synthetic but word-realistic corpus: documents drawn from a fixed vocabulary with a Zipf-like
// spread, so term statistics resemble a real help centre's.
function syntheticDocuments(count: number, seed = 42): KbDocument[] {
  let state = seed;
  const random = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const vocabulary = Array.from({ length: 5_000 }, (_, i) => `term${i.toString(36)}`);
  const word = () => vocabulary[Math.floor(vocabulary.length * random() ** 2.5)] ?? "term0";
  return Array.from({ length: count }, (_, i) => ({
    id: `doc-${i}`,
    title: `${word()} ${word()} ${word()}`,
    text: `${Array.from({ length: 80 }, word).join(" ")}.`,
  }));
}

function microsPerQuery(passages: number): number {
  const index = buildIndex(syntheticDocuments(passages));
  const queries = syntheticDocuments(200, 7).map((d) => d.text.split(" ").slice(0, 8).join(" "));
  const perRun: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    for (const q of queries) retrieve(index, q);
    perRun.push(((performance.now() - start) * 1000) / queries.length);
  }
  return Math.round(median(perRun));
}

/** Retrieval + confidence time per query, the worker's own code, in Node. */
export default async function retrieval(): Promise<BenchSection> {
  const rows: Record<string, number> = {};
  for (const n of [1_000, 10_000]) rows[`retrieval @ ${n} passages (µs/query, median of ${RUNS})`] = microsPerQuery(n);
  return { name: "retrieval", rows };
}
