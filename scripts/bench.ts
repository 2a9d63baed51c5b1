/**
 * `npm run bench`: the figures we watch, as medians, printed as a table and written to
 * bench/results.json so a change can be compared with the last run.
 *
 *   - widget.js size: raw, gzip and brotli bytes (build first: `npm run build`)
 *   - retrieval + confidence per query at 1,000 and 10,000 passages (the worker's own code)
 */
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { buildIndex, type KbDocument } from "../worker/kb/index.ts";
import { retrieve } from "../worker/kb/retrieve.ts";
import { ROOT } from "./local-stack.ts";

const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function widgetSize() {
  const file = path.join(ROOT, "dist", "public", "widget.js");
  if (!existsSync(file)) throw new Error("dist/public/widget.js is missing: run `npm run build` first.");
  const code = await readFile(file);
  return { raw: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength, brotli: brotliCompressSync(code).byteLength };
}

// A synthetic but word-realistic corpus: documents drawn from a fixed vocabulary with a Zipf-like
// spread, so term statistics resemble a real help centre's.
function syntheticDocuments(passages: number): KbDocument[] {
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const vocabulary = Array.from({ length: 5_000 }, (_, i) => `term${i.toString(36)}`);
  const word = () => vocabulary[Math.floor(vocabulary.length * random() ** 2.5)] ?? "term0";
  return Array.from({ length: passages }, (_, i) => ({
    id: `doc-${i}`,
    title: `${word()} ${word()} ${word()}`,
    text: Array.from({ length: 80 }, word).join(" ") + ".",
  }));
}

function retrievalMicros(passages: number) {
  const index = buildIndex(syntheticDocuments(passages));
  const queries = syntheticDocuments(200).map((d) => d.text.split(" ").slice(0, 8).join(" "));
  const perRun: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    for (const q of queries) retrieve(index, q);
    perRun.push(((performance.now() - start) * 1000) / queries.length);
  }
  return { passages: index.passages.length, medianMicrosPerQuery: Math.round(median(perRun)) };
}

const results = {
  date: new Date().toISOString(),
  machine: `${os.cpus()[0]?.model ?? "cpu"} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  widget: await widgetSize(),
  retrieval: [retrievalMicros(1_000), retrievalMicros(10_000)],
};

console.log(`machine: ${results.machine}`);
console.table({
  "widget.js raw (bytes)": results.widget.raw,
  "widget.js gzip (bytes)": results.widget.gzip,
  "widget.js brotli (bytes)": results.widget.brotli,
  ...Object.fromEntries(results.retrieval.map((r) => [`retrieval @ ${r.passages} passages (µs/query, median of ${RUNS})`, r.medianMicrosPerQuery])),
});
await writeFile(path.join(ROOT, "bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);
console.log("written to bench/results.json");
