/**
 * What one request costs, for docs/capacity.md: the worker's own CPU time and what it asks of
 * KV, D1, Queues and the rate limiter, per public request and per delivery attempt. The worker's
 * real routes and queue consumer run in this process (V8, as in workerd) against counting
 * stand-ins (bench/counting-bindings.ts); the stand-ins' own CPU is taken out. Counts are exact
 * (they follow the code paths); CPU is the median of RUNS requests on a warm isolate.
 */
import { registerHooks } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Hono } from "hono";
import * as v from "valibot";
import { readMarkdownFolder } from "../scripts/kb-documents.ts";
import { ROOT } from "../scripts/local-stack.ts";
import { median } from "../scripts/stats.ts";
import { countingEnv, emptyUsage, type Usage } from "./counting-bindings.ts";
import type { BenchSection } from "./types.ts";

const RUNS = 200;
const WARMUP = 30;

// The email channel imports the runtime's EmailMessage; outside workerd a plain class stands in.
registerHooks({
  resolve(specifier, context, next) {
    if (specifier === "cloudflare:email") {
      return {
        url: "data:text/javascript,export class EmailMessage { constructor(from, to, raw) { Object.assign(this, { from, to, raw }); } }",
        shortCircuit: true,
      };
    }
    return next(specifier, context);
  },
});

interface Measured {
  cpuMs: number;
  /** Median time SQLite spent on the D1 statements: a stand-in for D1's busy time. */
  d1Ms: number;
  usage: Usage;
}

export default async function capacity(): Promise<BenchSection> {
  // Loaded by path, so that this project's types stay free of the Workers runtime's.
  const load = (file: string) => import(pathToFileURL(path.join(ROOT, "worker", file)).href);
  const { chatRoutes } = (await load("chat/routes.ts")) as { chatRoutes: Hono };
  const { handoffRoutes } = (await load("handoff/routes.ts")) as { handoffRoutes: Hono };
  const { publicSiteRoutes } = (await load("sites/public-routes.ts")) as { publicSiteRoutes: Hono };
  const { handleDeliveryBatch } = (await load("handoff/dispatch.ts")) as {
    handleDeliveryBatch(batch: unknown, env: unknown): Promise<void>;
  };
  const { handleQuestionLogBatch } = (await load("conversations/question-log.ts")) as {
    handleQuestionLogBatch(batch: unknown, env: unknown): Promise<void>;
  };
  const { putSiteConfig } = (await load("sites/store.ts")) as {
    putSiteConfig(kv: unknown, site: string, config: unknown): Promise<void>;
  };
  const { SiteConfigSchema } = (await load("sites/config-schema.ts")) as {
    SiteConfigSchema: v.GenericSchema;
  };
  const { buildIndex } = (await load("kb/index-builder.ts")) as {
    buildIndex(documents: unknown[]): { bytes: Uint8Array };
  };
  const { putKbIndex } = (await load("kb/store.ts")) as {
    putKbIndex(kv: unknown, site: string, bytes: Uint8Array, stats: unknown): Promise<unknown>;
  };

  const usage = { current: emptyUsage() };
  const { env, queued, logged, databaseBytes } = countingEnv(ROOT, usage);
  const bindings = env;
  const realFetch = globalThis.fetch;
  globalThis.fetch = async () => {
    usage.current.fetches += 1;
    return new Response("ok", { status: 200 });
  };

  const site = "capacity";
  const origin = "https://shop.example";
  const config = v.parse(SiteConfigSchema, {
    name: "Acme",
    allowedOrigins: [origin],
    channels: [
      {
        id: "crm",
        type: "webhook",
        url: "https://crm.example/hook",
        secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
      },
      {
        id: "team",
        type: "slack",
        webhookUrl: "https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXXXXXXXXXX",
      },
      { id: "inbox", type: "email", to: ["team@shop.example"] },
    ],
  });
  await putSiteConfig(bindings.SITES, site, config);
  const documents = await readMarkdownFolder(path.join(ROOT, "demo", "kb"), "https://acme.example");
  const built = buildIndex(documents);
  await putKbIndex(bindings.SITES, site, built.bytes, { documents: documents.length, passages: 0 });

  const app = new Hono()
    .route("/v1", publicSiteRoutes)
    .route("/v1", chatRoutes)
    .route("/v1", handoffRoutes);
  let visitor = 0;
  const request = async (
    method: string,
    url: string,
    body?: unknown,
    env: object = bindings,
  ): Promise<Response> => {
    visitor += 1;
    const res = await app.request(
      url,
      {
        method,
        headers: {
          origin,
          "cf-connecting-ip": `198.18.${(visitor >> 8) & 255}.${visitor & 255}`,
          ...(body ? { "content-type": "application/json" } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
      },
      env,
    );
    await res.text();
    return res;
  };

  /**
   * The question-log queue's consumer on what the chats queued since the last call, in batches
   * of `LOG_BATCH` (wrangler.toml's max_batch_size), every message acked or the bench fails.
   */
  const LOG_BATCH = 100;
  async function drainLog(): Promise<void> {
    while (logged.length > 0) {
      const bodies = logged.splice(0, LOG_BATCH);
      let acked = 0;
      await handleQuestionLogBatch(
        {
          queue: "clarifier-question-log",
          messages: bodies.map((body, i) => ({
            id: `log${i}`,
            timestamp: new Date(),
            attempts: 1,
            body,
            ack: () => {
              acked += 1;
            },
            retry: () => {},
          })),
        },
        bindings,
      );
      if (acked !== bodies.length)
        throw new Error(`the question log acked ${acked} of ${bodies.length}`);
    }
  }

  /** Runs `setup` unmeasured, then `work` measured: its CPU less the stand-ins', and its usage. */
  async function measure(
    setup: () => Promise<unknown>,
    work: () => Promise<unknown>,
    runs = RUNS,
    warmup = WARMUP,
  ): Promise<Measured> {
    const cpus: number[] = [];
    const d1s: number[] = [];
    let last = emptyUsage();
    for (let i = 0; i < warmup + runs; i++) {
      // The setup counts into a scratch tally, never into the measured one.
      usage.current = emptyUsage();
      await setup();
      usage.current = emptyUsage();
      const start = process.cpuUsage();
      await work();
      const spent = process.cpuUsage(start);
      last = { ...usage.current };
      if (i >= warmup) {
        cpus.push((spent.user + spent.system - last.standInCpuMicros) / 1000);
        d1s.push(last.d1Micros / 1000);
      }
    }
    return { cpuMs: median(cpus), d1Ms: median(d1s), usage: last };
  }

  const expect = (res: Response, status: number) => {
    if (res.status !== status) throw new Error(`${res.url} answered ${res.status}, not ${status}`);
  };
  const question = () => ({
    site,
    conversationId: crypto.randomUUID(),
    message: "How many days do I have to return an item?",
  });
  let conversationId = "";
  const results: Record<string, Measured> = {
    "GET /v1/sites/{site}/config": await measure(
      async () => {},
      async () => expect(await request("GET", `/v1/sites/${site}/config`), 200),
    ),
    "POST /v1/chat, answered (new conversation)": await measure(
      async () => {
        logged.length = 0;
      },
      async () => expect(await request("POST", "/v1/chat", question()), 200),
    ),
    "POST /v1/chat, answered (existing conversation)": await measure(
      async () => {
        conversationId = crypto.randomUUID();
        expect(await request("POST", "/v1/chat", { ...question(), conversationId }), 200);
        // The first turn has landed, as it has by the time a visitor writes again.
        await drainLog();
      },
      async () => expect(await request("POST", "/v1/chat", { ...question(), conversationId }), 200),
    ),
    // For comparison: the same chat with the log written by the request, as before the queue.
    "POST /v1/chat, answered (new conversation), log written at once": await measure(
      async () => {},
      async () =>
        expect(
          await request("POST", "/v1/chat", question(), {
            ...bindings,
            QUESTION_LOG_MODE: "direct",
          }),
          200,
        ),
    ),
    "POST /v1/chat, judged a handoff (low confidence, new conversation)": await measure(
      async () => {},
      async () => {
        const res = await request("POST", "/v1/chat", {
          ...question(),
          message: "Do you sell gift cards for birthdays?",
        });
        expect(res, 200);
      },
    ),
    // The consumer's side of the answered chats above: one queue batch of LOG_BATCH turns.
    [`question log consumer, one batch of ${LOG_BATCH} answered turns`]: await measure(
      async () => {
        logged.length = 0;
        for (let i = 0; i < LOG_BATCH; i++) {
          expect(await request("POST", "/v1/chat", question()), 200);
        }
      },
      drainLog,
      30,
      5,
    ),
    "POST /v1/handoff after chat flagged it (3 channels)": await measure(
      async () => {
        conversationId = crypto.randomUUID();
        const flagged = { site, conversationId, message: "I want to talk to a human" };
        expect(await request("POST", "/v1/chat", flagged), 200);
      },
      async () =>
        expect(
          await request("POST", "/v1/handoff", {
            site,
            conversationId,
            message: "I want to talk to a human",
            email: "jane@example.com",
            reason: "keyword",
          }),
          202,
        ),
    ),
  };

  // What the question log costs in storage: a conversation of one answered question each.
  const bytesBefore = databaseBytes();
  const STORED_CHATS = 1_000;
  logged.length = 0;
  for (let i = 0; i < STORED_CHATS; i++) {
    expect(await request("POST", "/v1/chat", question()), 200);
  }
  await drainLog();
  const bytesPerChat = (databaseBytes() - bytesBefore) / STORED_CHATS;

  for (const channel of ["webhook (signed)", "slack", "email"] as const) {
    let message: { deliveryId: string } | undefined;
    results[`delivery attempt, ${channel}, delivered`] = await measure(
      async () => {
        queued.length = 0;
        conversationId = crypto.randomUUID();
        const flagged = { site, conversationId, message: "I want to talk to a human" };
        await request("POST", "/v1/chat", flagged);
        await request("POST", "/v1/handoff", {
          ...flagged,
          email: "jane@example.com",
          reason: "keyword",
        });
        message = queued[["webhook (signed)", "slack", "email"].indexOf(channel)];
      },
      async () => {
        let acked = false;
        await handleDeliveryBatch(
          {
            queue: "clarifier-deliveries",
            messages: [
              {
                id: "m",
                timestamp: new Date(),
                attempts: 1,
                body: message,
                ack: () => {
                  acked = true;
                },
                retry: () => {},
              },
            ],
          },
          bindings,
        );
        if (!acked) throw new Error(`the ${channel} delivery was not acked`);
      },
    );
  }
  globalThis.fetch = realFetch;

  const rows: Record<string, string> = {
    "D1 bytes stored per answered chat (new conversation, with indexes)": bytesPerChat.toFixed(0),
  };
  for (const [name, m] of Object.entries(results)) {
    const u = m.usage;
    rows[name] =
      `CPU ${m.cpuMs.toFixed(2)} ms · SQLite ${m.d1Ms.toFixed(2)} ms · KV ${u.kvReads} r/${u.kvWrites} w · D1 ${u.d1Reads} r/${u.d1Writes} w ` +
      `(${u.d1RoundTrips} trips, ${u.d1RowsWritten} rows written) · queue ${u.queueMessages} · ` +
      `log queue ${u.logQueueMessages} · ` +
      `limits ${u.rateLimitChecks} · fetch ${u.fetches} · email ${u.emails}`;
  }
  // What the log costs each answered chat: the consumer's batch, shared by its LOG_BATCH turns.
  const batch = results[`question log consumer, one batch of ${LOG_BATCH} answered turns`];
  const perTurn = batch
    ? {
        cpuMs: batch.cpuMs / LOG_BATCH,
        d1Ms: batch.d1Ms / LOG_BATCH,
        d1Reads: batch.usage.d1Reads / LOG_BATCH,
        d1Writes: batch.usage.d1Writes / LOG_BATCH,
        d1RoundTrips: batch.usage.d1RoundTrips / LOG_BATCH,
        d1RowsWritten: batch.usage.d1RowsWritten / LOG_BATCH,
      }
    : null;
  if (perTurn) {
    rows["question log consumer, per answered turn (amortised)"] =
      `CPU ${perTurn.cpuMs.toFixed(3)} ms · SQLite ${perTurn.d1Ms.toFixed(3)} ms · ` +
      `D1 ${perTurn.d1Reads} r/${perTurn.d1Writes} w ` +
      `(${perTurn.d1RoundTrips} trips, ${perTurn.d1RowsWritten} rows written)`;
  }
  return {
    name: "capacity: cost per request (worker code in V8, counting bindings)",
    rows,
    json: {
      d1BytesPerAnsweredChat: Math.round(bytesPerChat),
      questionLogPerAnsweredTurn: perTurn,
      ...Object.fromEntries(
        Object.entries(results).map(([name, m]) => {
          const { standInCpuMicros: _, d1Micros: __, ...counts } = m.usage;
          return [
            name,
            {
              cpuMsMedian: Number(m.cpuMs.toFixed(3)),
              sqliteMsMedian: Number(m.d1Ms.toFixed(3)),
              ...counts,
            },
          ];
        }),
      ),
    },
  };
}
