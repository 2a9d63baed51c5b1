import { Hono } from "hono";
import type { AppEnv } from "../env.ts";
import { AppError } from "../errors.ts";
import { SITE_ID_PATTERN } from "../../shared/limits.ts";
import { redeliverFailed } from "../handoff/dispatch.ts";
import { listDeliveries } from "../handoff/deliveries-store.ts";
import { getHandoff, handoffExists, listHandoffPage } from "../handoff/store.ts";

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 200;

/**
 * `GET /admin/api/handoffs` (newest first, a page at a time: `before` = the previous page's
 * `nextBefore`) and `POST /admin/api/handoffs/{id}/redeliver`.
 */
export const handoffAdminRoutes = new Hono<AppEnv>()
  .get("/handoffs", async (c) => {
    const site = c.req.query("site") || undefined;
    if (site !== undefined && !SITE_ID_PATTERN.test(site)) {
      throw new AppError("bad_request", "site: must be 1-64 characters of a-z, 0-9 and '-'.");
    }
    const limit = parseLimit(c.req.query("limit"));
    const before = c.req.query("before") || undefined;
    if (before !== undefined && !(await handoffExists(c.env.DB, before))) {
      throw new AppError(
        "bad_request",
        "before: must be the id of a handoff, as nextBefore gives it.",
      );
    }
    const { handoffs, nextBefore } = await listHandoffPage(c.env.DB, { site, before, limit });
    const deliveries = await listDeliveries(
      c.env.DB,
      handoffs.map((h) => h.id),
    );
    return c.json({
      nextBefore,
      handoffs: handoffs.map((h) => ({
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
        deliveries: deliveries
          .filter((d) => d.handoffId === h.id)
          .map((d) => ({
            channel: d.channelId,
            type: d.channelType,
            status: d.status,
            attempts: d.attempts,
            lastError: d.lastError,
            updatedAt: d.updatedAt,
            deliveredAt: d.deliveredAt,
          })),
      })),
    });
  })
  .post("/handoffs/:id/redeliver", async (c) => {
    const handoff = await getHandoff(c.env.DB, c.req.param("id"));
    if (!handoff) throw new AppError("handoff_not_found", "No handoff has this id.");
    return c.json(
      { handoffId: handoff.id, redelivering: await redeliverFailed(c.env, handoff.id) },
      202,
    );
  });

function parseLimit(raw: string | undefined): number {
  if (raw === undefined || raw === "") return DEFAULT_LIMIT;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new AppError("bad_request", `limit: must be a whole number from 1 to ${MAX_LIMIT}.`);
  }
  return limit;
}
