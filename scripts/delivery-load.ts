/**
 * Drives handoffs into a local stack and waits until every receiver has every one: the engine
 * of `npm run soak` and of the delivery section of `npm run bench`. Each handoff comes from its
 * own visitor (an address from the benchmarking range 198.18.0.0/15, only ever a header value),
 * as real traffic does, so per-visitor rate limits stay in force. Loopback only, bounded in count
 * and time.
 */
import { percentile } from "./stats.ts";
import { newWebhookSecret, queryLocalD1, type Stack, visitorAddress } from "./local-stack.ts";
import { Webhook } from "standardwebhooks";
import type { DeliveryRow } from "./soak-checks.ts";
import { type RecordedRequest, type Receiver, startReceiver } from "./webhook-receiver.ts";

export interface LoadOptions {
  stack: Stack;
  site: string;
  receivers: Receiver[];
  /** Each receiver's channel's signing secret (`whsec_…`), by index; unsigned where absent. */
  secrets?: readonly (string | undefined)[];
  handoffs: number;
  concurrency: number;
  deliveryDeadlineMs: number;
  onProgress?: (line: string) => void;
  /**
   * Run once when this share of the handoffs has been accepted, while sending goes on (the soak
   * crashes and restarts the worker here). Requests that get no answer, or a 5xx, are then sent
   * again, unchanged, as a visitor's widget would: the worker must make one handoff of them.
   */
  midRun?: { atShare: number; run: () => Promise<void> };
  /** Called every few seconds while waiting for deliveries (the soak fires the cron sweep). */
  whileDelivering?: () => Promise<void>;
}

/** How long one handoff is re-sent for when it gets no answer (the worker is restarting). */
const RESEND_FOR_MS = 120_000;

export interface LoadResult {
  sent: number;
  accepted: number;
  statuses: Record<string, number>;
  acceptLatencyP50Ms: number;
  acceptLatencyP95Ms: number;
  acceptPerSecond: number;
  storedInD1: number;
  deliveriesByStatus: Record<string, number>;
  uniquePerReceiver: number[];
  refusedAttempts: number;
  duplicateDeliveries: number;
  missing: number;
  secondsUntilAllDelivered: number | null;
}

/** The channel id of the receiver at `index` on the load site. */
export function receiverChannelId(index: number): string {
  return `r${index}`;
}

/** What the nth handoff of a load run says: its message and email, each naming `n`. */
export function sentHandoff(n: number): { message: string; email: string } {
  return { message: `talk to a human (${n})`, email: `visitor${n}@example.com` };
}

/** The payload fields each of `count` handoffs sent by a load run must be stored with. */
export function expectedPayloads(site: string, count: number): DeliveryRow["payload"][] {
  return Array.from({ length: count }, (_, n) => ({
    site_name: site,
    visitor_email: sentHandoff(n).email,
    visitor_message: sentHandoff(n).message,
    last_ai_reply: null,
  }));
}

/** The requests `receiver` answered with a 2xx. */
function acceptedRequests(receiver: Receiver): RecordedRequest[] {
  return receiver.requests.filter((q) => q.status !== null && q.status >= 200 && q.status < 300);
}

/** How many different handoffs `receiver` accepted: unique webhook-ids it answered with a 2xx. */
export function uniqueDelivered(receiver: Receiver): number {
  return new Set(acceptedRequests(receiver).map((q) => q.headers["webhook-id"])).size;
}

/**
 * Webhook receivers on loopback, one per new signing secret, each request's signature checked
 * on arrival (a Standard Webhooks timestamp is only accepted within 5 minutes).
 */
export async function startSignedReceivers(count: number): Promise<{
  secrets: string[];
  receivers: Receiver[];
  signatureValid: Map<RecordedRequest, boolean>;
}> {
  const secrets = Array.from({ length: count }, () => newWebhookSecret());
  const signatureValid = new Map<RecordedRequest, boolean>();
  const receivers = await Promise.all(
    secrets.map((secret) => {
      const verifier = new Webhook(secret);
      return startReceiver({
        onRequest: (r) => {
          try {
            verifier.verify(r.body, r.headers);
            signatureValid.set(r, true);
          } catch {
            signatureValid.set(r, false);
          }
        },
      });
    }),
  );
  return { secrets, receivers, signatureValid };
}

export async function runDeliveryLoad(o: LoadOptions): Promise<LoadResult> {
  const started = performance.now();
  const put = await fetch(`${o.stack.worker.url}/admin/api/sites/${o.site}`, {
    method: "PUT",
    headers: { authorization: `Bearer ${o.stack.adminToken}`, "content-type": "application/json" },
    body: JSON.stringify({
      name: o.site,
      channels: o.receivers.map((r, i) => ({
        id: receiverChannelId(i),
        type: "webhook",
        url: `${r.url}/hook`,
        ...(o.secrets?.[i] ? { secret: o.secrets[i] } : {}),
      })),
    }),
  });
  if (!put.ok) throw new Error(`site setup failed: ${put.status} ${await put.text()}`);

  let next = 0;
  const statuses: Record<string, number> = {};
  const latencies: number[] = [];
  const run = Date.now().toString(36);
  let midRun: Promise<void> | null = null;
  let resent = 0;
  /** One handoff's request, sent again while it gets no answer or a 5xx (with `midRun` only). */
  const send = async (i: number): Promise<number> => {
    const body = JSON.stringify({
      site: o.site,
      conversationId: `load-${o.site}-${i}-${run}`,
      ...sentHandoff(i),
      reason: "keyword",
    });
    const giveUpAt = performance.now() + RESEND_FOR_MS;
    for (;;) {
      let status = 0;
      try {
        const res = await fetch(`${o.stack.worker.url}/v1/handoff`, {
          method: "POST",
          headers: { "content-type": "application/json", "cf-connecting-ip": visitorAddress(i) },
          body,
        });
        await res.body?.cancel();
        status = res.status;
      } catch (error) {
        if (!o.midRun) throw error;
      }
      if ((status !== 0 && status < 500) || !o.midRun || performance.now() > giveUpAt)
        return status;
      resent++;
      await new Promise((r) => setTimeout(r, 250));
    }
  };
  await Promise.all(
    Array.from({ length: o.concurrency }, async () => {
      while (next < o.handoffs) {
        const i = next++;
        const t0 = performance.now();
        const status = await send(i);
        latencies.push(performance.now() - t0);
        statuses[status] = (statuses[status] ?? 0) + 1;
        // Once that share is accepted, so the crash meets handoffs being stored and delivered.
        if (o.midRun && !midRun && (statuses[202] ?? 0) >= o.handoffs * o.midRun.atShare)
          midRun = o.midRun.run();
      }
    }),
  );
  await midRun;
  if (o.midRun) o.onProgress?.(`${resent} requests sent again after getting no answer or a 5xx`);
  const acceptSeconds = (performance.now() - started) / 1000;
  const accepted = statuses[202] ?? 0;
  o.onProgress?.(
    `sent ${o.handoffs} in ${acceptSeconds.toFixed(1)} s: ${JSON.stringify(statuses)}`,
  );

  const unique = () => o.receivers.map(uniqueDelivered);
  const deadline = performance.now() + o.deliveryDeadlineMs;
  let lastReport = performance.now();
  let lastTick = performance.now();
  while (unique().some((n) => n < accepted) && performance.now() < deadline) {
    if (o.whileDelivering && performance.now() - lastTick > 3_000) {
      await o.whileDelivering();
      lastTick = performance.now();
    }
    if (performance.now() - lastReport > 10_000) {
      o.onProgress?.(
        `delivered so far (unique webhook-ids per receiver): ${unique().join(" / ")} of ${accepted}`,
      );
      lastReport = performance.now();
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const uniquePerReceiver = unique();
  const allDelivered = uniquePerReceiver.every((n) => n >= accepted);
  const secondsUntilAllDelivered = allDelivered ? (performance.now() - started) / 1000 : null;

  const stored = await queryLocalD1(
    o.stack.persistTo,
    `SELECT COUNT(*) AS n FROM handoffs WHERE site = '${o.site}'`,
  );
  const byStatus = await queryLocalD1(
    o.stack.persistTo,
    `SELECT d.status AS status, COUNT(*) AS n FROM deliveries d JOIN handoffs h ON h.id = d.handoff_id WHERE h.site = '${o.site}' GROUP BY d.status`,
  );
  return {
    sent: o.handoffs,
    accepted,
    statuses,
    acceptLatencyP50Ms: percentile(latencies, 50),
    acceptLatencyP95Ms: percentile(latencies, 95),
    acceptPerSecond: accepted / acceptSeconds,
    storedInD1: Number(stored[0]?.n ?? 0),
    deliveriesByStatus: Object.fromEntries(byStatus.map((r) => [String(r.status), Number(r.n)])),
    uniquePerReceiver,
    refusedAttempts: o.receivers.reduce(
      (sum, r) => sum + r.requests.length - acceptedRequests(r).length,
      0,
    ),
    duplicateDeliveries: o.receivers.reduce(
      (sum, r, i) => sum + acceptedRequests(r).length - (uniquePerReceiver[i] ?? 0),
      0,
    ),
    missing: accepted - Math.min(...uniquePerReceiver),
    secondsUntilAllDelivered,
  };
}

/**
 * Every delivery of the site's handoffs as the local D1 holds them, with the payload fields the
 * soak checks (`soak-checks.ts`), once all are delivered or after ten seconds' wait.
 */
export async function storedDeliveries(persistTo: string, site: string): Promise<DeliveryRow[]> {
  const sql = `SELECT d.id AS delivery_id, d.channel_id, d.status, d.attempts, h.site_name, h.visitor_email, h.visitor_message, h.last_ai_reply FROM deliveries d JOIN handoffs h ON h.id = d.handoff_id WHERE h.site = '${site}'`;
  // The receiver counts a 2xx before the worker writes `delivered`: give the last writes a moment.
  for (let tries = 0; ; tries++) {
    const rows = (await queryLocalD1(persistTo, sql)).map((row) => ({
      deliveryId: String(row.delivery_id),
      channelId: String(row.channel_id),
      status: String(row.status),
      attempts: Number(row.attempts),
      payload: {
        site_name: String(row.site_name),
        visitor_email: row.visitor_email === null ? null : String(row.visitor_email),
        visitor_message: String(row.visitor_message),
        last_ai_reply: row.last_ai_reply === null ? null : String(row.last_ai_reply),
      },
    }));
    if (tries >= 10 || rows.every((row) => row.status === "delivered")) return rows;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}
