import type { KbDocument } from "../worker/kb/documents.ts";
import { buildIndex } from "../worker/kb/index-builder.ts";
import { KbIndex } from "../worker/kb/index-reader.ts";
import { retrieve } from "../worker/kb/retrieve.ts";
import { offTopicSign } from "../worker/chat/off-topic.ts";
import { words } from "../worker/kb/text.ts";
import { MAX_PASSAGES, shapeRanking } from "../worker/kb/word-shapes.ts";
import { median } from "../scripts/stats.ts";
import type { BenchSection } from "./types.ts";

const RUNS = 5;

// A synthetic but word-realistic corpus: documents drawn from a fixed vocabulary with a Zipf-like
// spread, so term statistics resemble a real help centre's.
export function syntheticDocuments(count: number, seed = 42): KbDocument[] {
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const vocabulary = Array.from({ length: 5_000 }, (_, i) => `term${i.toString(36)}`);
  const word = () => vocabulary[Math.floor(vocabulary.length * random() ** 2.5)] ?? "term0";
  return Array.from({ length: count }, (_, i) => ({
    id: `doc-${i}`,
    title: `${word()} ${word()} ${word()}`,
    text: `${Array.from({ length: 80 }, word).join(" ")}.`,
  }));
}

function measure(passages: number) {
  const { index, bytes } = buildIndex(syntheticDocuments(passages));
  const { perRun, cold } = warmAndCold(index, bytes);
  // The slowest kind of question: long words the index lacks, each tried for a spelling
  // correction (retrieve.ts caps how many).
  const unknown = Array.from(
    { length: 30 },
    (_, i) => `misspelt${String.fromCharCode(97 + (i % 26))}word`,
  ).join(" ");
  const unknownRuns: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    for (let i = 0; i < 20; i++) retrieve(index, `${unknown} ${i}`);
    unknownRuns.push(((performance.now() - start) * 1000) / 20);
  }
  return {
    µs: Math.round(median(perRun)),
    unknownµs: Math.round(median(unknownRuns)),
    bytes: bytes.byteLength,
    coldMs: Math.round(median(cold) * 100) / 100,
    passages: index.passageCount,
  };
}

/**
 * The off-topic check (`chat/off-topic.ts`) on questions holding an off-topic word whose stem the
 * knowledge base also has ("rain" beside "raining" in 60 passages), its dearest case: it reads how
 * those passages write the word, once per opened index. Warm: per question, that read cached;
 * cold: the first such question on a freshly opened index.
 */
function measureOffTopic(passages: number) {
  const documents = syntheticDocuments(passages);
  for (let i = 0; i < 60; i++) {
    const doc = documents[(i * 7) % documents.length];
    if (doc) doc.text += " Open until raining.";
  }
  const { index, bytes } = buildIndex(documents);
  const queries = syntheticDocuments(200, 7).map(
    (d) => `will it rain tomorrow ${d.text.split(" ").slice(0, 6).join(" ")}`,
  );
  const check = (kb: KbIndex, q: string) => offTopicSign(q, words(q), "en", kb);
  const perRun: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    for (const q of queries) check(index, q);
    perRun.push(((performance.now() - start) * 1000) / queries.length);
  }
  const cold: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const opened = KbIndex.open(bytes.slice().buffer);
    const start = performance.now();
    check(opened, queries[run] ?? "");
    cold.push(performance.now() - start);
  }
  return { µs: Math.round(median(perRun)), coldMs: Math.round(median(cold) * 100) / 100 };
}

/**
 * Retrieval on an index whose every document has been taught TAUGHT_PER_DOCUMENT phrasings of
 * five words from the same vocabulary as the questions, so each question matches many of them
 * (`retrieve.ts` `taughtMatches`): warm per question, and cold (open, decode the phrasings, first
 * question).
 */
const TAUGHT_PER_DOCUMENT = 5;
function measureTaught(passages: number) {
  const phrasings = syntheticDocuments(passages * TAUGHT_PER_DOCUMENT, 11).map((d) =>
    d.text.split(" ").slice(0, 5).join(" "),
  );
  const documents = syntheticDocuments(passages).map((doc, i) => ({
    ...doc,
    questions: phrasings.slice(i * TAUGHT_PER_DOCUMENT, (i + 1) * TAUGHT_PER_DOCUMENT),
  }));
  const { index, bytes } = buildIndex(documents);
  const { perRun, cold } = warmAndCold(index, bytes);
  return { µs: Math.round(median(perRun)), coldMs: Math.round(median(cold) * 100) / 100 };
}

/**
 * The synthetic questions asked RUNS times of a warm index (µs per question, per run), and the
 * cold path of an isolate RUNS times (ms): KV hands over the bytes, the index is opened and the
 * first question asked.
 */
function warmAndCold(index: KbIndex, bytes: Uint8Array): { perRun: number[]; cold: number[] } {
  const queries = syntheticDocuments(200, 7).map((d) => d.text.split(" ").slice(0, 8).join(" "));
  const perRun: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    for (const q of queries) retrieve(index, q);
    perRun.push(((performance.now() - start) * 1000) / queries.length);
  }
  const cold: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const copy = bytes.slice();
    const start = performance.now();
    retrieve(KbIndex.open(copy.buffer), queries[run] ?? "");
    cold.push(performance.now() - start);
  }
  return { perRun, cold };
}

/**
 * The word-shape ranking that fills a suggestion's last places (`kb/word-shapes.ts`): built once
 * per opened index, on its first suggestion (cold), then per question (warm). Only up to
 * MAX_PASSAGES, so it is measured at 15 (a small help centre) and at that cap.
 */
function measureShapes(passages: number) {
  const { bytes } = buildIndex(syntheticDocuments(passages));
  const queries = syntheticDocuments(200, 7).map((d) => d.text.split(" ").slice(0, 8).join(" "));
  const cold: number[] = [];
  const warm: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const opened = KbIndex.open(bytes.slice().buffer);
    let start = performance.now();
    shapeRanking(opened, queries[run] ?? "", "en");
    cold.push(performance.now() - start);
    start = performance.now();
    for (const q of queries) shapeRanking(opened, q, "en");
    warm.push(((performance.now() - start) * 1000) / queries.length);
  }
  return { µs: Math.round(median(warm)), coldMs: Math.round(median(cold) * 100) / 100 };
}

/** Retrieval + confidence time per query, index size and cold open, the worker's own code, in Node. */
export default async function retrieval(): Promise<BenchSection> {
  const rows: Record<string, number> = {};
  for (const n of [1_000, 10_000]) {
    const m = measure(n);
    rows[`retrieval @ ${n} passages (µs/query, median of ${RUNS})`] = m.µs;
    rows[`retrieval, 30 unknown long words @ ${n} passages (µs/query, median of ${RUNS})`] =
      m.unknownµs;
    rows[`index size @ ${n} passages (KiB per 1,000 passages)`] = Math.round(
      m.bytes / 1024 / (m.passages / 1_000),
    );
    rows[`cold open + first query @ ${n} passages (ms, median of ${RUNS})`] = m.coldMs;
    const t = measureTaught(n);
    rows[
      `retrieval, ${TAUGHT_PER_DOCUMENT} taught phrasings a document @ ${n} passages (µs/query, median of ${RUNS})`
    ] = t.µs;
    rows[`  the same, cold open + first query @ ${n} passages (ms, median of ${RUNS})`] = t.coldMs;
    const o = measureOffTopic(n);
    rows[
      `off-topic check, a topic word the KB stems like @ ${n} passages (µs/query, median of ${RUNS})`
    ] = o.µs;
    rows[`  the same, first on a freshly opened index @ ${n} passages (ms, median of ${RUNS})`] =
      o.coldMs;
  }
  for (const n of [15, MAX_PASSAGES]) {
    const s = measureShapes(n);
    rows[`word-shape ranking for suggestions @ ${n} passages (µs/query, median of ${RUNS})`] = s.µs;
    rows[`  its build, on an index's first suggestion @ ${n} passages (ms, median of ${RUNS})`] =
      s.coldMs;
  }
  return { name: "retrieval", rows };
}
