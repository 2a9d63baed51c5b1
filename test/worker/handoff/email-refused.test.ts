/**
 * The fourth reliability review (docs/operations.md): an email Cloudflare will never send (an
 * address not verified or not allowed, a malformed one) was retried 20 times, about 13 hours,
 * before the owner saw why. Now 3 attempts, then failed, named on the handoff's page, as the
 * second pass did for gone webhooks. Through the real queue consumer and the real local
 * `send_email` binding, restricted to one address (vitest.config.ts), which refuses the rest.
 */
import { createExecutionContext, getQueueResult } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { emailRefusal } from "../../../worker/channels/refusal.ts";
import { attemptDelivery, handleDeliveryBatch } from "../../../worker/handoff/dispatch.ts";
import {
  acceptedHandoff,
  call,
  deliveryBatch,
  env,
  putSite,
  receivedAt,
  receiverPath,
  storeHandoff,
  uniqueSite,
  WEBHOOK_SECRET,
} from "../helpers.ts";

/** The worker's env with its email binding the one that sends only to team@acme.example. */
const verifiedOnly = { ...env, EMAIL: env.EMAIL_VERIFIED_ONLY } as Env;

async function consume(deliveryIds: readonly string[]) {
  const batch = deliveryBatch("clarifier-deliveries", deliveryIds);
  const ctx = createExecutionContext();
  await handleDeliveryBatch(batch, verifiedOnly);
  return getQueueResult(batch, ctx);
}

const deliveryRow = (id: string) =>
  env.DB.prepare("SELECT status, attempts, last_error AS lastError FROM deliveries WHERE id = ?")
    .bind(id)
    .first<{ status: string; attempts: number; lastError: string | null }>();

describe("an email Cloudflare refuses for good", () => {
  it("is failed after 3 attempts, not 20, saying why and what to do; the webhook beside it is delivered", async () => {
    const site = uniqueSite();
    const hook = receiverPath();
    await putSite(site, {
      channels: [
        { id: "inbox", type: "email", to: ["nobody@unverified.example"] },
        { id: "crm", type: "webhook", url: hook.url, secret: WEBHOOK_SECRET },
      ],
    });
    const { deliveryIds } = await storeHandoff(env.DB, { site, channelIds: ["inbox", "crm"] });
    const [email = "", webhook = ""] = deliveryIds;

    await consume([email, webhook]);
    expect(await receivedAt(hook.path)).toHaveLength(1);
    expect(await deliveryRow(webhook)).toMatchObject({ status: "delivered" });
    const first = await deliveryRow(email);
    expect(first).toMatchObject({ status: "pending", attempts: 1 });
    expect(first?.lastError).toBe(
      "email not sent: email to nobody@unverified.example not allowed: Cloudflare may not send to this address from this worker.",
    );
    await consume([email]);
    const third = await consume([email]);
    expect(third.retryMessages).toEqual([]);
    const failed = await deliveryRow(email);
    expect(failed).toMatchObject({ status: "failed", attempts: 3 });
    expect(failed?.lastError).toMatch(
      /not allowed: Cloudflare may not send to this address from this worker\. Tried 3 times, then failed: verify the address .* or correct the channel under Channels, then Redeliver\.$/,
    );
    // On the handoff's page, with the delivery.
    const [handoff] = (
      await (
        await call(`/admin/api/handoffs?site=${site}`, { admin: true })
      ).json<{
        handoffs: { deliveries: { channel: string; status: string; lastError: string }[] }[];
      }>()
    ).handoffs;
    expect(handoff?.deliveries.find((d) => d.channel === "inbox")).toMatchObject({
      status: "failed",
      lastError: failed?.lastError,
    });
  });

  it("one refused address of a channel's several neither stops the others nor sends them again", async () => {
    const site = uniqueSite();
    await putSite(site, {
      channels: [
        {
          id: "inbox",
          type: "email",
          to: ["nobody@unverified.example", "team@acme.example", "also@unverified.example"],
        },
      ],
    });
    const { deliveryIds } = await storeHandoff(env.DB, { site, channelIds: ["inbox"] });
    const id = deliveryIds[0] ?? "";
    // The real restricted binding decides; this only counts what reached it.
    const sent: string[] = [];
    const counting = {
      ...verifiedOnly,
      EMAIL: {
        send: async (message: EmailMessage) => {
          const result = await env.EMAIL_VERIFIED_ONLY.send(message);
          sent.push(message.to);
          return result;
        },
      },
    } as unknown as Env;
    for (let i = 0; i < 3; i++) await attemptDelivery(counting, id);
    // Once, though the addresses around it were refused at every attempt.
    expect(sent).toEqual(["team@acme.example"]);
    const row = await deliveryRow(id);
    expect(row).toMatchObject({ status: "failed", attempts: 3 });
    expect(row?.lastError).toMatch(
      /^email not sent: email to nobody@unverified\.example not allowed/,
    );
  });

  it("a verified address is sent at once, and a passing failure keeps its 20 attempts", async () => {
    const site = uniqueSite();
    await putSite(site, { channels: [{ id: "inbox", type: "email", to: ["team@acme.example"] }] });
    const { deliveryIds } = await storeHandoff(env.DB, { site, channelIds: ["inbox"] });
    await consume(deliveryIds);
    expect(await deliveryRow(deliveryIds[0] ?? "")).toMatchObject({ status: "delivered" });
    expect(emailRefusal(new Error("internal error"), "channel")).toEqual({
      error: "email not sent: internal error",
      retryable: true,
    });
    // Email Service's codes (its Workers API's error table): a rate limit is passing.
    const coded = (code: string) => Object.assign(new Error("refused"), { code });
    expect(emailRefusal(coded("E_RECIPIENT_SUPPRESSED"), "channel").maxAttempts).toBe(3);
    expect(emailRefusal(coded("E_SENDER_NOT_VERIFIED"), "channel").error).toBe(
      "email not sent: refused (E_SENDER_NOT_VERIFIED): the sending address's domain (EMAIL_FROM) is not onboarded to Cloudflare Email Service.",
    );
    expect(emailRefusal(coded("E_RATE_LIMIT_EXCEEDED"), "channel").maxAttempts).toBeUndefined();
  });

  it("a team reply to a visitor's address refused for good fails after 3 attempts, saying so", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    const { handoffId } = await acceptedHandoff(site, { email: "jane@unverified.example" });
    const posted = await call(`/admin/api/handoffs/${handoffId}/replies`, {
      method: "POST",
      admin: true,
      json: { text: "We are on it." },
    });
    expect(posted.status).toBe(201);
    const delivery = await env.DB.prepare(
      "SELECT id FROM deliveries WHERE handoff_id = ? AND kind = 'reply'",
    )
      .bind(handoffId)
      .first<{ id: string }>();
    for (let i = 0; i < 3; i++) await attemptDelivery(verifiedOnly, delivery?.id ?? "");
    const row = await deliveryRow(delivery?.id ?? "");
    expect(row).toMatchObject({ status: "failed", attempts: 3 });
    expect(row?.lastError).toMatch(
      /^email not sent: email to jane@unverified\.example not allowed: .* Tried 3 times, then failed: this address cannot be emailed/,
    );
  });
});
