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
  const { env, queued, databaseBytes } = countingEnv(ROOT, usage);
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
  const request = async (method: string, url: string, body?: unknown): Promise<Response> => {
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
      bindings,
    );
    await res.text();
    return res;
  };

  /** Runs `setup` unmeasured, then `work` measured: its CPU less the stand-ins', and its usage. */
  async function measure(
    setup: () => Promise<unknown>,
    work: () => Promise<unknown>,
  ): Promise<Measured> {
    const cpus: number[] = [];
    let last = emptyUsage();
    for (let i = 0; i < WARMUP + RUNS; i++) {
      // The setup counts into a scratch tally, never into the measured one.
      usage.current = emptyUsage();
      await setup();
      usage.current = emptyUsage();
      const start = process.cpuUsage();
      await work();
      const spent = process.cpuUsage(start);
      last = { ...usage.current };
      if (i >= WARMUP) cpus.push((spent.user + spent.system - last.standInCpuMicros) / 1000);
    }
    return { cpuMs: median(cpus), usage: last };
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
      async () => {},
      async () => expect(await request("POST", "/v1/chat", question()), 200),
    ),
    "POST /v1/chat, answered (existing conversation)": await measure(
      async () => {
        conversationId = crypto.randomUUID();
        expect(await request("POST", "/v1/chat", { ...question(), conversationId }), 200);
      },
      async () => expect(await request("POST", "/v1/chat", { ...question(), conversationId }), 200),
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
  for (let i = 0; i < STORED_CHATS; i++) {
    expect(await request("POST", "/v1/chat", question()), 200);
  }
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
      `CPU ${m.cpuMs.toFixed(2)} ms · KV ${u.kvReads} r/${u.kvWrites} w · D1 ${u.d1Reads} r/${u.d1Writes} w ` +
      `(${u.d1RoundTrips} trips, ${u.d1RowsWritten} rows written) · queue ${u.queueMessages} · ` +
      `limits ${u.rateLimitChecks} · fetch ${u.fetches} · email ${u.emails}`;
  }
  return {
    name: "capacity: cost per request (worker code in V8, counting bindings)",
    rows,
    json: {
      d1BytesPerAnsweredChat: Math.round(bytesPerChat),
      ...Object.fromEntries(
        Object.entries(results).map(([name, m]) => {
          const { standInCpuMicros: _, ...counts } = m.usage;
          return [name, { cpuMsMedian: Number(m.cpuMs.toFixed(3)), ...counts }];
        }),
      ),
    },
  };
}
