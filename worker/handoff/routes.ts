import { Hono } from "hono";
import * as v from "valibot";
import type { HandoffAccepted } from "../../shared/api.ts";
import { effectiveKeywords } from "../../shared/default-keywords.ts";
import { isValidEmail } from "../../shared/email.ts";
import { HANDOFF_REASONS } from "../../shared/handoff.ts";
import { visitorMessageSchema } from "../chat/visitor-message.ts";
import {
  findJudgedHandoffMessage,
  getLastAssistantReply,
  insertConversationIfMissing,
  insertVisitorMessage,
} from "../conversations/store.ts";
import { visitorPseudonym } from "../conversations/visitor-id.ts";
import type { AppEnv } from "../env.ts";
import { AppError } from "../errors.ts";
import { readIdempotencyKey } from "../http/idempotency-key.ts";
import { conversationIdSchema, newId, siteIdSchema } from "../http/ids.ts";
import { enforceSiteLimit } from "../http/rate-limit.ts";
import { visitorRequest } from "../http/visitor-request.ts";
import { insertDelivery } from "./deliveries-store.ts";
import { enqueueDeliveries } from "./dispatch.ts";
import { addFollowUp, findConversationHandoff } from "./follow-up.ts";
import { recheckHandoff } from "./recheck.ts";
import {
  findDuplicateHandoff,
  findHandoffByIdempotencyKey,
  type Handoff,
  handoffDedupeKey,
  insertHandoff,
  isUniqueViolation,
} from "./store.ts";

const HandoffRequestSchema = v.object({
  site: siteIdSchema,
  conversationId: conversationIdSchema,
  message: visitorMessageSchema,
  email: v.optional(v.nullable(v.pipe(v.string("must be a string or null."), v.trim())), null),
  reason: v.picklist(HANDOFF_REASONS, "must be keyword, low_confidence or visitor_request."),
});

/**
 * `POST /v1/handoff`: re-check, store, answer 202, deliver after. The handoff and one pending
 * delivery per channel are written in one D1 batch before the 202, so an accepted handoff is
 * never lost even if the queue send fails (the cron sweep re-sends overdue deliveries).
 */
export const handoffRoutes = new Hono<AppEnv>().post(
  "/handoff",
  visitorRequest({
    limit: "handoff",
    input: HandoffRequestSchema,
    message: true,
    // A handoff may start a conversation that chat never stored (the widget caught a keyword).
    conversation: "optional",
  }),
  async (c) => {
    const { body, config, message, conversation } = c.var;
    const idempotencyKey = readIdempotencyKey(c.req.header("idempotency-key"));

    const email = body.email ? body.email : null;
    if (email !== null && !isValidEmail(email)) {
      throw new AppError(
        "invalid_email",
        "The email address is not valid; check it and try again.",
      );
    }
    if (email === null && config.requireEmail) {
      throw new AppError(
        "email_required",
        "This site needs your email address so that a person can reply.",
      );
    }

    const judged = conversation
      ? await findJudgedHandoffMessage(c.env.DB, body.conversationId, message)
      : null;
    const recheck = recheckHandoff({
      claimed: body.reason,
      message,
      keywords: effectiveKeywords(config.keywords),
      personRequests: config.keywords.mode === "add",
      handoffButton: config.handoffButton,
      judged,
    });
    if (!recheck.justified) throw new AppError("handoff_not_justified", recheck.why);
    // A retried request (the visitor's network dropped the first 202) gets the same handoff:
    // the same Idempotency-Key, or the same message, in the same conversation.
    const earlier = conversation
      ? await findEarlierHandoff(c.env.DB, body.conversationId, message, idempotencyKey)
      : null;
    if (earlier) return c.json({ handoffId: earlier.id } satisfies HandoffAccepted, 202);
    // Only now is a new handoff accepted: a refused request (a bad or missing email, an
    // unjustified handoff) must not spend the budget the site's real visitors need.
    await enforceSiteLimit(c, body.site);
    const dedupeKey = await handoffDedupeKey(body.conversationId, message);

    // The visitor asks again in a conversation already handed off: the same handoff, followed up.
    const handedOff = conversation
      ? await findConversationHandoff(c.env.DB, body.conversationId)
      : null;
    if (handedOff) {
      // A keyword the widget caught itself is not in the transcript yet: recorded with it.
      const unjudged = judged ? null : { id: newId(), text: message, ...recheck };
      await addFollowUp(
        c.env,
        handedOff,
        { messageId: judged?.id ?? unjudged?.id ?? "", email, unjudged },
        config,
      );
      return c.json({ handoffId: handedOff.id } satisfies HandoffAccepted, 202);
    }

    const now = new Date().toISOString();
    const handoffId = newId();
    const lastAiReply = conversation
      ? await getLastAssistantReply(c.env.DB, body.conversationId)
      : null;
    const deliveries = config.channels.map((channel) => ({
      id: newId(),
      handoffId,
      channelId: channel.id,
      channelType: channel.type,
    }));
    const statements = [
      insertConversationIfMissing(c.env.DB, {
        id: body.conversationId,
        site: body.site,
        createdAt: now,
      }),
    ];
    if (!judged) {
      // The widget caught the keyword itself and never sent this message to /v1/chat: record it,
      // so the transcript is whole.
      statements.push(
        insertVisitorMessage(
          c.env.DB,
          {
            id: newId(),
            conversationId: body.conversationId,
            text: message,
            confidence: null,
            decision: "handoff",
            reason: recheck.reason,
            matched: recheck.matched,
            threshold: config.threshold,
            visitor: await visitorPseudonym(body.site, c.req.header("cf-connecting-ip")),
          },
          now,
        ),
      );
    }
    statements.push(
      insertHandoff(
        c.env.DB,
        {
          id: handoffId,
          site: body.site,
          conversationId: body.conversationId,
          reason: recheck.reason,
          matched: recheck.matched,
          confidence: recheck.confidence,
          threshold: recheck.threshold ?? config.threshold,
          siteName: config.name,
          visitorEmail: email,
          visitorMessage: message,
          lastAiReply,
          createdAt: now,
        },
        dedupeKey,
        idempotencyKey,
      ),
      ...deliveries.map((d) => insertDelivery(c.env.DB, d, now)),
    );
    try {
      await c.env.DB.batch(statements);
    } catch (error) {
      // The same request arrived at once and was stored first: this batch stored nothing (a
      // batch is one transaction), and the visitor gets that handoff, delivered once.
      if (!isUniqueViolation(error)) throw error;
      const first = await findEarlierHandoff(
        c.env.DB,
        body.conversationId,
        message,
        idempotencyKey,
      );
      if (!first) throw error;
      return c.json({ handoffId: first.id } satisfies HandoffAccepted, 202);
    }

    try {
      await enqueueDeliveries(
        c.env.DELIVERIES,
        deliveries.map((d) => d.id),
      );
    } catch (error) {
      console.error("enqueue failed; the sweep will send these deliveries", handoffId, error);
    }
    return c.json({ handoffId } satisfies HandoffAccepted, 202);
  },
);

/**
 * The handoff an earlier copy of this request stored: by the client's Idempotency-Key, else by
 * the same message in the conversation. A key already used for another message is a 400: the
 * client sent two requests as one.
 */
async function findEarlierHandoff(
  db: D1Database,
  conversationId: string,
  message: string,
  idempotencyKey: string | null,
): Promise<Handoff | null> {
  if (idempotencyKey) {
    const keyed = await findHandoffByIdempotencyKey(db, conversationId, idempotencyKey);
    if (keyed && keyed.visitorMessage !== message) {
      throw new AppError(
        "bad_request",
        "This Idempotency-Key was already used for another message in this conversation.",
      );
    }
    if (keyed) return keyed;
  }
  return findDuplicateHandoff(db, conversationId, message);
}
