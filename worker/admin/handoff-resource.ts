import { configuredChannelId, type Delivery } from "../handoff/deliveries-store.ts";
import type { Reply } from "../handoff/replies-store.ts";
import type { LabelledHandoff } from "../handoff/store.ts";

/** A delivery as the admin API shows it. */
function deliveryResource(d: Delivery) {
  return {
    channel: configuredChannelId(d),
    type: d.channelType,
    status: d.status,
    attempts: d.attempts,
    lastError: d.lastError,
    updatedAt: d.updatedAt,
    deliveredAt: d.deliveredAt,
  };
}

/**
 * A handoff as `GET /admin/api/handoffs` lists it and `PATCH` answers: the stored handoff, its
 * status, its channel deliveries, and the team's replies, each with its email to the visitor
 * (null when none was sent: the visitor left no address), and the visitor's follow-ups (by
 * message id) with their channel deliveries.
 */
export function handoffResource(
  h: LabelledHandoff,
  deliveries: readonly Delivery[],
  replies: readonly Reply[],
) {
  const mine = deliveries.filter((d) => d.handoffId === h.id);
  return {
    id: h.id,
    site: h.site,
    conversationId: h.conversationId,
    createdAt: h.createdAt,
    reason: h.reason,
    matched: h.matched,
    confidence: h.confidence,
    threshold: h.threshold,
    visitorEmail: h.visitorEmail,
    visitorMessage: h.visitorMessage,
    lastAiReply: h.lastAiReply,
    couldHaveAnsweredAt: h.couldHaveAnsweredAt,
    status: h.status,
    resolvedAt: h.resolvedAt,
    resolvedBy: h.resolvedBy,
    // Added with migrations/0013: who by id (a member's, "admin" for the token holder), null
    // when no signed-in member did it; and the team's last reopening.
    resolvedById: h.resolvedById,
    reopenedAt: h.reopenedAt,
    reopenedBy: h.reopenedBy,
    reopenedById: h.reopenedById,
    deliveries: mine.filter((d) => d.kind === "handoff").map(deliveryResource),
    replies: replies
      .filter((r) => r.handoffId === h.id)
      .map((r) => {
        const email = mine.find(
          (d) => d.kind === "reply" && d.subjectId === r.id && d.channelType === "email",
        );
        return {
          id: r.id,
          text: r.text,
          author: r.author,
          authorId: r.authorId ?? null,
          via: r.via,
          createdAt: r.createdAt,
          email: email ? deliveryResource(email) : null,
          // Its posts into the handoff's Slack app threads.
          channels: mine
            .filter((d) => d.kind === "reply" && d.subjectId === r.id && d.channelType !== "email")
            .map(deliveryResource),
        };
      }),
    followUps: followUpsByMessage(mine),
  };
}

/**
 * The follow-ups' deliveries grouped by the visitor's message, in the order first seen, in one
 * pass: a visitor's follow-ups reach every channel five a minute without end, and looking each
 * message's group up in all of them again was quadratic (5 s in workerd for 30,000 deliveries).
 */
function followUpsByMessage(deliveries: readonly Delivery[]) {
  const groups = new Map<string, ReturnType<typeof deliveryResource>[]>();
  for (const d of deliveries) {
    if (d.kind !== "follow_up") continue;
    const messageId = d.subjectId ?? "";
    const group = groups.get(messageId);
    if (group) group.push(deliveryResource(d));
    else groups.set(messageId, [deliveryResource(d)]);
  }
  return [...groups].map(([messageId, group]) => ({ messageId, deliveries: group }));
}
