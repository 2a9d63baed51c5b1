/**
 * Requests per second for POST /v1/chat and POST /v1/handoff on the local worker (`wrangler
 * dev`, loopback only): 400 requests at 20 concurrent per run, median of 5 runs. Each request
 * is its own visitor (a header address from the benchmarking range 198.18.0.0/15) and each run
 * its own site, so rate limits stay on yet measure nothing here. Chat runs against the demo
 * knowledge base; handoff sites have no channels, so this is the cost of accepting and storing.
 */
import { readMarkdownFolder } from "../scripts/kb-documents.ts";
import { ROOT, startStack, visitorAddress } from "../scripts/local-stack.ts";
import path from "node:path";
import { median, percentile } from "../scripts/stats.ts";
import type { BenchSection } from "./types.ts";

const RUNS = 5;
const REQUESTS = 400;
const CONCURRENCY = 20;

export default async function apiThroughput(): Promise<BenchSection> {
  const stack = await startStack();
  const admin = { authorization: `Bearer ${stack.adminToken}`, "content-type": "application/json" };
  const documents = await readMarkdownFolder(path.join(ROOT, "demo", "kb"));
  const questions = [
    "How many days do I have to return an item?",
    "How long does express shipping take?",
    "Do you ship to Canada?",
    "Do Acme boots run small?",
    "Is there a warranty on tents?",
  ];
  let visitor = 0;

  async function oneRun(
    endpoint: "chat" | "handoff",
    run: number,
  ): Promise<{ rps: number; p50: number; p95: number; errors: number }> {
    const site = `tput-${endpoint}-${run}`;
    await fetch(`${stack.worker.url}/admin/api/sites/${site}`, {
      method: "PUT",
      headers: admin,
      body: JSON.stringify({ name: site }),
    });
    if (endpoint === "chat")
      await fetch(`${stack.worker.url}/admin/api/sites/${site}/kb`, {
        method: "PUT",
        headers: admin,
        body: JSON.stringify({ documents }),
      });
    let next = 0;
    let errors = 0;
    const latencies: number[] = [];
    const start = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < REQUESTS) {
          const i = next++;
          const v = visitor++;
          const body =
            endpoint === "chat"
              ? { site, message: questions[i % questions.length] }
              : {
                  site,
                  conversationId: `tput-${run}-${i}-${Date.now()}`,
                  message: "talk to a human",
                  reason: "keyword",
                };
          const t0 = performance.now();
          const res = await fetch(`${stack.worker.url}/v1/${endpoint}`, {
            method: "POST",
            headers: { "content-type": "application/json", "cf-connecting-ip": visitorAddress(v) },
            body: JSON.stringify(body),
          });
          await res.body?.cancel();
          latencies.push(performance.now() - t0);
          if (res.status >= 300) errors++;
        }
      }),
    );
    const seconds = (performance.now() - start) / 1000;
    return {
      rps: REQUESTS / seconds,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      errors,
    };
  }

  try {
    const rows: Record<string, number | string> = {};
    const json: Record<string, unknown> = {};
    for (const endpoint of ["chat", "handoff"] as const) {
      await oneRun(endpoint, -1); // warm-up, not counted
      const runs = [];
      for (let r = 0; r < RUNS; r++) runs.push(await oneRun(endpoint, r));
      rows[`POST /v1/${endpoint}: requests/s (median of ${RUNS}, ${CONCURRENCY} concurrent)`] =
        Math.round(median(runs.map((x) => x.rps)));
      rows[`POST /v1/${endpoint}: latency p50 / p95 (ms, medians)`] =
        `${median(runs.map((x) => x.p50)).toFixed(1)} / ${median(runs.map((x) => x.p95)).toFixed(1)}`;
      rows[`POST /v1/${endpoint}: non-2xx answers`] = runs.reduce((s, x) => s + x.errors, 0);
      json[endpoint] = runs;
    }
    return { name: "public API throughput (wrangler dev, loopback)", rows, json };
  } finally {
    await stack.stop();
  }
}
