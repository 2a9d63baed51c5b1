/**
 * The second reliability review (docs/operations.md): an endpoint that says it is gone (a
 * webhook's 410, a Slack incoming webhook's 404 `no_service` or 410 `channel_is_archived`) fails
 * its delivery soon, named for the owner, instead of 20 attempts over about 13 hours; the other
 * channels of the handoff are delivered all the same. Through the real delivery queue consumer,
 * against real HTTP servers on 127.0.0.1.
 */
import { createExecutionContext, getQueueResult } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { handleDeliveryBatch } from "../../../worker/handoff/dispatch.ts";
import { GONE_ATTEMPTS, NOT_FOUND_ATTEMPTS } from "../../../worker/channels/refusal.ts";
import {
  call,
  deliveryBatch,
  env,
  putSite,
  receivedAt,
  receiverPath,
  setReceiverMode,
  storeHandoff,
  uniqueSite,
} from "../helpers.ts";
import { getPage, signIn } from "../dashboard/helpers.ts";

const deliveryRow = (id: string) =>
  env.DB.prepare("SELECT status, attempts, last_error AS lastError FROM deliveries WHERE id = ?")
    .bind(id)
    .first<{ status: string; attempts: number; lastError: string | null }>();

async function consume(deliveryIds: readonly string[]) {
  const batch = deliveryBatch("clarifier-deliveries", deliveryIds);
  const ctx = createExecutionContext();
  await handleDeliveryBatch(batch, env);
  return getQueueResult(batch, ctx);
}

describe("an endpoint that says it is gone", () => {
  it("fails within a few attempts, named (a webhook's 410, Slack's no_service and channel_is_archived), while the channel beside them is delivered", async () => {
    const site = uniqueSite();
    const gone = receiverPath();
    const removedHook = receiverPath();
    const archived = receiverPath();
    const fine = receiverPath();
    await setReceiverMode(gone.path, "gone");
    await setReceiverMode(removedHook.path, "slack-no-service");
    await setReceiverMode(archived.path, "slack-archived");
    expect(
      (
        await putSite(site, {
          channels: [
            { id: "crm", type: "webhook", url: gone.url },
            { id: "old-slack", type: "slack", webhookUrl: removedHook.url },
            { id: "archived-slack", type: "slack", webhookUrl: archived.url },
            { id: "fine", type: "webhook", url: fine.url },
          ],
        })
      ).status,
    ).toBe(200);
    const { handoffId, deliveryIds } = await storeHandoff(env.DB, {
      site,
      channelIds: ["crm", "old-slack", "archived-slack", "fine"],
    });
    const [crm = "", oldSlack = "", archivedSlack = "", fineId = ""] = deliveryIds;

    const first = await consume(deliveryIds);
    // The channel beside them is delivered at once; they are retried (a URL corrected a minute
    // ago may not have reached the config read here), a few times only.
    expect(first.explicitAcks).toEqual(["m3"]);
    expect(await deliveryRow(fineId)).toMatchObject({ status: "delivered", attempts: 1 });
    for (let attempt = 2; attempt <= GONE_ATTEMPTS; attempt += 1) {
      const next = await consume([crm, oldSlack, archivedSlack]);
      if (attempt < GONE_ATTEMPTS) expect(next.retryMessages).toHaveLength(3);
      // The last: every message acked, nothing comes back in an hour, or in 13 hours.
      else expect(next.explicitAcks.sort()).toEqual(["m0", "m1", "m2"]);
    }
    const crmRow = await deliveryRow(crm);
    expect(crmRow).toMatchObject({ status: "failed", attempts: GONE_ATTEMPTS });
    expect(crmRow?.lastError).toBe(
      `HTTP 410 Gone: the webhook's endpoint says it is gone for good. Tried ${GONE_ATTEMPTS} times, then failed: correct the channel under Channels, then Redeliver.`,
    );
    const oldRow = await deliveryRow(oldSlack);
    expect(oldRow).toMatchObject({ status: "failed", attempts: GONE_ATTEMPTS });
    expect(oldRow?.lastError).toMatch(
      /^Slack answered HTTP 404 no_service: .*no longer exists.*\. Tried 3 times, then failed/,
    );
    const archivedRow = await deliveryRow(archivedSlack);
    expect(archivedRow).toMatchObject({ status: "failed", attempts: GONE_ATTEMPTS });
    expect(archivedRow?.lastError).toMatch(/HTTP 410 channel_is_archived: .*archived/);
    expect(await receivedAt(gone.path)).toHaveLength(GONE_ATTEMPTS);
    expect(await receivedAt(fine.path)).toHaveLength(1);

    // The owner reads why on the handoff's page.
    const page = await (await getPage(`/admin/handoffs/${handoffId}`, await signIn())).text();
    expect(page).toContain("no_service");
    expect(page).toContain("channel_is_archived");
  }, 30_000);

  it("a webhook's 404 is retried a few times (a deploy can 404 for a minute), then failed, not for 13 hours", async () => {
    const site = uniqueSite();
    const missing = receiverPath();
    await setReceiverMode(missing.path, "not-found");
    await putSite(site, { channels: [{ id: "crm", type: "webhook", url: missing.url }] });
    const { deliveryIds } = await storeHandoff(env.DB, { site, channelIds: ["crm"] });
    const [id = ""] = deliveryIds;

    const first = await consume([id]);
    expect(first.retryMessages.map((m) => m.msgId)).toEqual(["m0"]);
    const waiting = await deliveryRow(id);
    expect(waiting).toMatchObject({ status: "pending", attempts: 1 });
    expect(waiting?.lastError).toMatch(/^HTTP 404 Not Found: no webhook at this URL/);

    for (let attempt = 2; attempt <= NOT_FOUND_ATTEMPTS; attempt += 1) await consume([id]);
    const failed = await deliveryRow(id);
    expect(failed).toMatchObject({ status: "failed", attempts: NOT_FOUND_ATTEMPTS });
    expect(failed?.lastError).toMatch(/ Tried 4 times, then failed: correct the channel/);
    expect(await receivedAt(missing.path)).toHaveLength(NOT_FOUND_ATTEMPTS);
    // Send test says what the endpoint answered, and nothing of retries it does not make.
    const tested = await call(`/admin/api/sites/${site}/channels/crm/test`, {
      method: "POST",
      admin: true,
    });
    expect(await tested.json()).toMatchObject({
      ok: false,
      error: "HTTP 404 Not Found: no webhook at this URL.",
    });
  }, 30_000);

  it("a gone endpoint the owner corrects meanwhile is delivered by the next attempt", async () => {
    const site = uniqueSite();
    const gone = receiverPath();
    const fixed = receiverPath();
    await setReceiverMode(gone.path, "gone");
    await putSite(site, { channels: [{ id: "crm", type: "webhook", url: gone.url }] });
    const { deliveryIds } = await storeHandoff(env.DB, { site, channelIds: ["crm"] });
    const [id = ""] = deliveryIds;
    // The first attempt read the config from before the fix (KV's minute), the next one after.
    await consume([id]);
    await putSite(site, { channels: [{ id: "crm", type: "webhook", url: fixed.url }] });
    await consume([id]);
    expect(await deliveryRow(id)).toMatchObject({ status: "delivered", attempts: 2 });
    expect(await receivedAt(fixed.path)).toHaveLength(1);
  }, 30_000);

  it("a 5xx is still retried as before (not gone)", async () => {
    const site = uniqueSite();
    const down = receiverPath();
    await setReceiverMode(down.path, "fail");
    await putSite(site, { channels: [{ id: "crm", type: "webhook", url: down.url }] });
    const { deliveryIds } = await storeHandoff(env.DB, { site, channelIds: ["crm"] });
    const [id = ""] = deliveryIds;
    for (let attempt = 1; attempt <= NOT_FOUND_ATTEMPTS + 1; attempt += 1) await consume([id]);
    const row = await deliveryRow(id);
    expect(row).toMatchObject({ status: "pending", attempts: NOT_FOUND_ATTEMPTS + 1 });
    expect(row?.lastError).toBe("HTTP 500 Internal Server Error");
  }, 30_000);
});
