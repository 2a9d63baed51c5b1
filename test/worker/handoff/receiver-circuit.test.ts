import { createExecutionContext, getQueueResult } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { handleDeliveryBatch } from "../../../worker/handoff/dispatch.ts";
import { CUT_FACTOR, CUT_FLOOR_MS } from "../../../worker/handoff/receiver-lanes.ts";
import type { RecordedRequest, ReceiverMode } from "../../../scripts/webhook-receiver.ts";
import { getPage, signIn } from "../dashboard/helpers.ts";
import { call, deliveryBatch, env, putSite, uniqueSite, storeHandoff } from "../helpers.ts";

// The hanging receiver is the second test receiver: its own host:port, so its own circuit, and
// no other test file's deliveries share it.
const hangingBase = inject("otherReceiverUrl");
const healthyBase = inject("receiverUrl");
const hangingHost = new URL(hangingBase).host;

async function requestsAt(base: string, path: string): Promise<RecordedRequest[]> {
  const all = (await (await fetch(`${base}/__requests`)).json()) as RecordedRequest[];
  return all.filter((r) => r.path === path);
}

async function setMode(base: string, path: string, mode: ReceiverMode): Promise<void> {
  await fetch(`${base}/__mode?mode=${mode}&path=${encodeURIComponent(path)}`, { method: "POST" });
}

/** A site whose one webhook channel posts to `url`, with one pending, due delivery. */
async function pendingDelivery(url: string): Promise<string> {
  const site = uniqueSite();
  await putSite(site, { channels: [{ id: "crm", type: "webhook", url }] });
  const { deliveryIds } = await storeHandoff(env.DB, { site, channelIds: ["crm"] });
  return deliveryIds[0] ?? "";
}

const deliveryRow = (id: string) =>
  env.DB.prepare("SELECT status, attempts, last_error AS lastError FROM deliveries WHERE id = ?")
    .bind(id)
    .first<{ status: string; attempts: number; lastError: string | null }>();

const circuitRow = () =>
  env.DB.prepare(
    "SELECT state, failures, retry_at AS retryAt FROM receiver_circuits WHERE receiver = ?",
  )
    .bind(hangingHost)
    .first<{ state: string; failures: number; retryAt: string | null }>();

const MAIN = "clarifier-deliveries";
const SLOW_LANE = "clarifier-deliveries-slow";

async function consume(deliveryIds: readonly string[], queue = SLOW_LANE) {
  const batch = deliveryBatch(queue, deliveryIds);
  const ctx = createExecutionContext();
  const started = Date.now();
  await handleDeliveryBatch(batch, env);
  return { result: await getQueueResult(batch, ctx), started, ms: Date.now() - started };
}

describe("a receiver that hangs, on the slow lane", () => {
  it("holds two connections for one timeout while the others are delivered at once, then trips its circuit, is skipped without waiting, and closes after a probe it answers", async () => {
    const hangPath = `/hook/${crypto.randomUUID()}`;
    await setMode(hangingBase, hangPath, "hang");
    // One silence already on record from an earlier invocation: two more open the circuit.
    await env.DB.prepare(
      "INSERT INTO receiver_circuits (receiver, state, failures, trips, updated_at) VALUES (?, 'closed', 1, 0, ?)",
    )
      .bind(hangingHost, new Date().toISOString())
      .run();
    const hanging = await Promise.all(
      [1, 2, 3, 4].map(() => pendingDelivery(`${hangingBase}${hangPath}`)),
    );
    const healthyPaths = [1, 2, 3, 4, 5, 6].map(() => `/hook/${crypto.randomUUID()}`);
    const healthy = await Promise.all(
      healthyPaths.map((p) => pendingDelivery(`${healthyBase}${p}`)),
    );

    // A batch of ten, the hanging receiver's first: its attempts would take the connections first.
    const first = await consume([...hanging, ...healthy]);
    expect(first.ms).toBeGreaterThanOrEqual(9_000);
    for (const path of healthyPaths) {
      const [request] = await requestsAt(healthyBase, path);
      // Reached within a couple of seconds, not after the hanging receiver's 10 s timeout.
      expect(Date.parse(request?.receivedAt ?? "") - first.started).toBeLessThan(3_000);
    }
    for (const id of healthy) expect((await deliveryRow(id))?.status).toBe("delivered");
    // Two attempts (its two connections) timed out; its other two messages were not attempted.
    expect(await requestsAt(hangingBase, hangPath)).toHaveLength(2);
    const rows = await Promise.all(hanging.map(deliveryRow));
    expect(rows.filter((r) => r?.lastError === "no answer within 10 s")).toHaveLength(2);
    expect(rows.filter((r) => r?.lastError?.startsWith("not attempted:"))).toHaveLength(2);
    for (const row of rows) expect(row).toMatchObject({ status: "pending", attempts: 1 });
    expect(first.result.retryMessages.map((m) => m.msgId).sort()).toEqual(["m0", "m1", "m2", "m3"]);
    const opened = await circuitRow();
    expect(opened).toMatchObject({ state: "open", failures: 3 });
    expect(Date.parse(opened?.retryAt ?? "") - Date.now()).toBeGreaterThan(50_000);

    // Open: its messages go back on their backoff at once, and nothing reaches it.
    const second = await consume([hanging[0] ?? ""]);
    expect(second.ms).toBeLessThan(2_000);
    expect(second.result.retryMessages).toHaveLength(1);
    // Its normal backoff: the second failure's 60 s, give or take the 20 % jitter.
    const due = await env.DB.prepare("SELECT next_attempt_at FROM deliveries WHERE id = ?")
      .bind(hanging[0] ?? "")
      .first<string>("next_attempt_at");
    expect(Date.parse(due ?? "") - Date.now()).toBeGreaterThan(45_000);
    expect(await requestsAt(hangingBase, hangPath)).toHaveLength(2);
    expect(await deliveryRow(hanging[0] ?? "")).toMatchObject({ status: "pending", attempts: 2 });
    expect((await deliveryRow(hanging[0] ?? ""))?.lastError).toMatch(/circuit open/);

    // The cool-down over and the receiver back: one probe goes through, then the rest follow.
    await env.DB.prepare("UPDATE receiver_circuits SET retry_at = ? WHERE receiver = ?")
      .bind("2000-01-01T00:00:00.000Z", hangingHost)
      .run();
    await setMode(hangingBase, hangPath, "ok");
    const third = await consume(hanging);
    expect(third.result.explicitAcks.sort()).toEqual(["m0", "m1", "m2", "m3"]);
    for (const id of hanging) expect((await deliveryRow(id))?.status).toBe("delivered");
    expect(await circuitRow()).toMatchObject({ state: "closed", failures: 0 });
  }, 40_000);
});

describe("a receiver that hangs, on the main delivery queues", () => {
  it("is cut short once the others answered (1.5 s, not 10), turns suspect at once, and its other deliveries move to the slow lane unsent while the rest are delivered", async () => {
    const hangPath = `/hook/${crypto.randomUUID()}`;
    // The slow-lane test above left this receiver's circuit closed, with no failures.
    const base = hangingBase;
    const host = hangingHost;
    await setMode(base, hangPath, "hang");
    const hanging = await Promise.all(
      [1, 2, 3, 4].map(() => pendingDelivery(`${base}${hangPath}`)),
    );
    const healthyPaths = [1, 2, 3, 4, 5, 6].map(() => `/hook/${crypto.randomUUID()}`);
    const healthy = await Promise.all(
      healthyPaths.map((p) => pendingDelivery(`${healthyBase}${p}`)),
    );

    const first = await consume([...hanging, ...healthy], MAIN);
    for (const id of healthy) expect((await deliveryRow(id))?.status).toBe("delivered");
    expect(await requestsAt(base, hangPath)).toHaveLength(2);
    const rows = await Promise.all(hanging.map(deliveryRow));
    // The cut comes at 1.5 s or a multiple of the others' slowest answer, whichever is later: on
    // a loaded machine the others may take over a second, and the cut later (CI failed once on
    // "within 1.x s … within 0.x s"). The batch's own time above bounds it.
    const cut = (r: { lastError: string | null } | null) =>
      /^no answer within \d+\.\d s, while the other receivers answered within \d+\.\d s$/.test(
        r?.lastError ?? "",
      );
    const timedOut = rows.filter(cut);
    expect(timedOut).toHaveLength(2);
    // The batch waited for the cut, not the hanging receiver's 10 s timeout: about 1.5 s on a
    // quiet machine, CUT_FACTOR times the others' slowest answer on a loaded one (a full CI run
    // took 6.3 s against a fixed 4 s bound, its healthy receivers slow to answer).
    const othersS = Number(/answered within (\d+\.\d) s/.exec(timedOut[0]?.lastError ?? "")?.[1]);
    expect(first.ms).toBeLessThan(Math.max(CUT_FLOOR_MS, CUT_FACTOR * othersS * 1000) + 2_500);
    for (const row of timedOut) expect(row).toMatchObject({ status: "pending", attempts: 1 });
    // The other two: not attempted, nothing counted, acked here and queued on the slow lane.
    expect(rows.filter((r) => r?.attempts === 0 && r.lastError === null)).toHaveLength(2);
    expect(first.result.retryMessages.map((m) => m.msgId).sort()).toHaveLength(2);
    expect(first.result.explicitAcks).toHaveLength(8);
    const suspect = await env.DB.prepare(
      "SELECT state, failures FROM receiver_circuits WHERE receiver = ?",
    )
      .bind(host)
      .first<{ state: string; failures: number }>();
    expect(suspect).toMatchObject({ state: "closed", failures: 2 });

    // Suspect: a later main-queue batch sends it nothing and moves its message at once.
    const timedOutId = hanging[rows.findIndex(cut)];
    const second = await consume([timedOutId ?? ""], MAIN);
    expect(second.ms).toBeLessThan(1_000);
    expect(second.result.explicitAcks).toEqual(["m0"]);
    expect(await requestsAt(base, hangPath)).toHaveLength(2);
    expect(await deliveryRow(timedOutId ?? "")).toMatchObject({ status: "pending", attempts: 1 });

    // Answering again on the slow lane, promptly: no longer suspect, back on the main queues.
    await setMode(base, hangPath, "ok");
    await env.DB.prepare("UPDATE deliveries SET leased_until = NULL WHERE id = ?")
      .bind(timedOutId ?? "")
      .run();
    const third = await consume([timedOutId ?? ""], SLOW_LANE);
    expect(third.result.explicitAcks).toEqual(["m0"]);
    expect(await deliveryRow(timedOutId ?? "")).toMatchObject({ status: "delivered" });
    expect(
      await env.DB.prepare("SELECT failures FROM receiver_circuits WHERE receiver = ?")
        .bind(host)
        .first("failures"),
    ).toBe(0);
  }, 30_000);
});

describe("a receiver's circuit, as the owner sees it", () => {
  it("shows in the admin API's channel listing and on the Channels page", async () => {
    const host = `crm-${crypto.randomUUID().slice(0, 8)}.example`;
    const site = uniqueSite();
    await putSite(site, {
      channels: [
        { id: "crm", type: "webhook", url: `https://${host}/hook` },
        { id: "team", type: "email", to: ["team@acme.example"] },
      ],
    });
    await env.DB.prepare(
      "INSERT INTO receiver_circuits (receiver, state, failures, trips, retry_at, last_error, updated_at) VALUES (?, 'open', 3, 1, '2099-01-01T00:00:00.000Z', 'no answer within 10 s', ?)",
    )
      .bind(host, new Date().toISOString())
      .run();
    const res = await call(`/admin/api/sites/${site}/channels`, { admin: true });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      channels: [
        {
          channel: "crm",
          type: "webhook",
          receiver: host,
          state: "open",
          failures: 3,
          retryAt: "2099-01-01T00:00:00.000Z",
          lastError: "no answer within 10 s",
        },
        {
          channel: "team",
          type: "email",
          receiver: `email:${site}/team`,
          state: "closed",
          failures: 0,
          retryAt: null,
          lastError: null,
        },
      ],
    });
    const page = await (await getPage(`/admin/sites/${site}/channels`, await signIn())).text();
    expect(page).toContain(host);
    expect(page).toContain("not answering: circuit open, next try 2099-01-01 00:00 UTC");
    expect(page).toMatch(/<td>team<\/td><td>email:[^<]+<\/td><td>answering<\/td>/);
  });
});
