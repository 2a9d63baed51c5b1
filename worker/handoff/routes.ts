import { Hono } from "hono";
import * as v from "valibot";
import type { HandoffAccepted } from "../../shared/api.ts";
import { HANDOFF_REASONS } from "../../shared/handoff.ts";
import { visitorMessageSchema } from "../chat/visitor-message.ts";
import type { AppEnv } from "../env.ts";
import { AppError } from "../errors.ts";
import { readIdempotencyKey } from "../http/idempotency-key.ts";
import { conversationIdSchema, siteIdSchema } from "../http/ids.ts";
import { enforceSiteLimit } from "../http/rate-limit.ts";
import { visitorRequest } from "../http/visitor-request.ts";
import { answerIdKey } from "../conversations/answer-id.ts";
import { visitorPseudonym } from "../conversations/visitor-id.ts";
import { clientAddress } from "../http/visitor-key.ts";
import { acceptHandoff } from "./accept.ts";
import { listUnattemptedDeliveries } from "./deliveries-store.ts";
import { enqueueOrLeaveForSweep } from "./delivery-queue.ts";
import { logsThroughQueue, QUESTION_LOG_LAG_SECONDS } from "../conversations/question-log.ts";
import { siteBindings } from "../sites/site-database.ts";

const HandoffRequestSchema = v.object({
  site: siteIdSchema,
  conversationId: conversationIdSchema,
  message: visitorMessageSchema,
  email: v.optional(v.nullable(v.pipe(v.string("must be a string or null."), v.trim())), null),
  reason: v.picklist(HANDOFF_REASONS, "must be keyword, low_confidence or visitor_request."),
});

/**
 * `POST /v1/handoff`: re-check, store, answer 202, deliver after. `acceptHandoff` writes the
 * handoff and one pending delivery per channel in one D1 batch before the 202, so an accepted
 * handoff is never lost even if the queue send fails (the cron sweep re-sends overdue deliveries).
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
    // The site's database and queue: its handoff and deliveries stay on its shard.
    const site = siteBindings(c.env, body.site, config);
    const outcome = await acceptHandoff(
      site,
      config,
      {
        site: body.site,
        conversationId: body.conversationId,
        message,
        email: body.email,
        reason: body.reason,
        conversation,
        idempotencyKey: readIdempotencyKey(c.req.header("idempotency-key")),
        visitor: await visitorPseudonym(answerIdKey(c.env), body.site, clientAddress(c.req)),
      },
      () => enforceSiteLimit(c, body.site),
    );
    if (outcome.kind === "refused") throw new AppError(outcome.code, outcome.message);
    // A retry may follow a first request that stored the handoff and died before queueing it:
    // its never-attempted deliveries are queued again (the attempt's claim makes a second
    // message beside the first one send), not left to the sweep's 15 to 20 minutes.
    const deliveryIds =
      outcome.kind === "accepted"
        ? outcome.deliveryIds
        : outcome.kind === "retry"
          ? await listUnattemptedDeliveries(site.DB, outcome.handoffId, new Date().toISOString())
          : [];
    // The conversation's last answer may still be in the question log's queue: the first
    // attempt waits for it to land, so the payload's last AI reply is the latest.
    await enqueueOrLeaveForSweep(
      site,
      deliveryIds,
      `handoff ${outcome.handoffId}'s deliveries`,
      logsThroughQueue(c.env) ? QUESTION_LOG_LAG_SECONDS : 0,
    );
    return c.json({ handoffId: outcome.handoffId } satisfies HandoffAccepted, 202);
  },
);
