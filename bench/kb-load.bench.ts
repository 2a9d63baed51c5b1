/**
 * The cost of loading a knowledge base from KV on a cold isolate, measured where it happens: the
 * local worker (`wrangler dev`, its KV on disk, loopback). Each run imports the KB again through
 * the admin API, which stores a new version, so the isolate's cache of opened indexes misses
 * exactly as on a cold isolate; the next question then reads the index's shards from KV. The
 * questions after it are warm (one small pointer read). Figures come from the worker's own
 * `server-timing: kb;dur=` header, which a Worker can only measure across I/O: they are the KV
 * reads. The CPU spent opening the index is measured in `retrieval.bench.ts`.
 *
 * Local KV is SQLite and files on this machine, not Cloudflare's edge, so read these as the
 * worker's share of a cold load, not as edge latency.
 */
import { startStack, visitorAddress } from "../scripts/local-stack.ts";
import { syntheticDocuments } from "./retrieval.bench.ts";
import { median } from "../scripts/stats.ts";
import type { BenchSection } from "./types.ts";

const RUNS = 7;
const WARM_QUESTIONS = 5;

export default async function kbLoad(): Promise<BenchSection> {
  const stack = await startStack();
  const admin = { authorization: `Bearer ${stack.adminToken}`, "content-type": "application/json" };
  let visitor = 0;
  const ask = async (site: string, message: string): Promise<{ kbMs: number; totalMs: number }> => {
    const v = visitor++;
    const start = performance.now();
    const res = await fetch(`${stack.worker.url}/v1/chat`, {
      method: "POST",
      // Its own visitor each (an address of the benchmarking range), so rate limits never bite.
      headers: { "content-type": "application/json", "cf-connecting-ip": visitorAddress(v) },
      body: JSON.stringify({ site, message }),
    });
    const timing = res.headers.get("server-timing") ?? "";
    await res.body?.cancel();
    if (res.status !== 200) throw new Error(`POST /v1/chat answered ${res.status}`);
    const kbMs = Number(/kb;dur=([\d.]+)/.exec(timing)?.[1]);
    if (!Number.isFinite(kbMs)) throw new Error(`no kb timing in server-timing: "${timing}"`);
    return { kbMs, totalMs: performance.now() - start };
  };

  try {
    const rows: Record<string, number | string> = {};
    for (const count of [1_000, 5_000]) {
      const site = `kb-load-${count}`;
      await fetch(`${stack.worker.url}/admin/api/sites/${site}`, {
        method: "PUT",
        headers: admin,
        body: JSON.stringify({ name: site }),
      });
      const documents = syntheticDocuments(count);
      const question = documents[3]?.text.split(" ").slice(0, 8).join(" ") ?? "term1";
      const cold: { kbMs: number; totalMs: number }[] = [];
      const warm: { kbMs: number; totalMs: number }[] = [];
      let passages = 0;
      for (let run = 0; run < RUNS; run++) {
        const put = await fetch(`${stack.worker.url}/admin/api/sites/${site}/kb`, {
          method: "PUT",
          headers: admin,
          body: JSON.stringify({ documents }),
        });
        if (!put.ok) throw new Error(`PUT kb answered ${put.status}: ${await put.text()}`);
        passages = ((await put.json()) as { passages: number }).passages;
        cold.push(await ask(site, question));
        for (let i = 0; i < WARM_QUESTIONS; i++) warm.push(await ask(site, question));
      }
      const label = `@ ${passages} passages`;
      rows[`KV reads, cold (new version) ${label} (ms, median of ${RUNS})`] = median(
        cold.map((x) => x.kbMs),
      );
      rows[`KV reads, warm ${label} (ms, median of ${RUNS * WARM_QUESTIONS})`] = median(
        warm.map((x) => x.kbMs),
      );
      rows[`POST /v1/chat, cold / warm ${label} (ms, medians)`] =
        `${median(cold.map((x) => x.totalMs)).toFixed(1)} / ${median(warm.map((x) => x.totalMs)).toFixed(1)}`;
    }
    return { name: "knowledge base load from KV (wrangler dev, loopback)", rows };
  } finally {
    await stack.stop();
  }
}
