import { describe, expect, it } from "vitest";
import { handoffResource } from "../../../worker/admin/handoff-resource.ts";
import type { Delivery } from "../../../worker/handoff/deliveries-store.ts";
import type { LabelledHandoff } from "../../../worker/handoff/store.ts";

const handoff = { id: "h1", site: "acme", conversationId: "c1" } as LabelledHandoff;

function followUp(messageId: string, channel: string, status: Delivery["status"]): Delivery {
  return {
    id: crypto.randomUUID(),
    handoffId: "h1",
    channelId: `${channel}:${messageId}`,
    channelType: "webhook",
    status,
    attempts: 1,
    roundStart: 0,
    lastError: null,
    createdAt: "2026-12-07T00:00:00.000Z",
    updatedAt: "2026-12-07T00:00:00.000Z",
    deliveredAt: null,
    nextAttemptAt: null,
    kind: "follow_up",
    subjectId: messageId,
  };
}

describe("a handoff as the admin API lists it", () => {
  it("groups the follow-ups' deliveries by message, in order", () => {
    const deliveries = [
      followUp("m1", "team", "delivered"),
      followUp("m2", "team", "failed"),
      followUp("m1", "ops", "pending"),
    ];
    const { followUps } = handoffResource(handoff, deliveries, []);
    expect(followUps.map((f) => [f.messageId, f.deliveries.map((d) => d.channel)])).toEqual([
      ["m1", ["team", "ops"]],
      ["m2", ["team"]],
    ]);
  });

  it("groups them in time linear in their number (the eighth security pass)", () => {
    // A visitor's follow-ups go to every channel five a minute without end: a day of them on
    // three channels is 21,600 deliveries, and each message's group was found by reading all of
    // them again (quadratic: 5.0 s in workerd for these 30,000 on the pass's machine, per handoff listed).
    const deliveries = Array.from({ length: 10_000 }, (_, i) =>
      ["team", "ops", "slack"].map((channel) => followUp(`m${i}`, channel, "delivered")),
    ).flat();
    const started = performance.now();
    const { followUps } = handoffResource(handoff, deliveries, []);
    const ms = performance.now() - started;
    expect(followUps).toHaveLength(10_000);
    expect(followUps.every((f) => f.deliveries.length === 3)).toBe(true);
    // Linear: about 0.1 to 0.4 s here on a loaded machine, with room for a slower one.
    expect(ms).toBeLessThan(2_000);
  });
});
