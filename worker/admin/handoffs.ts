import { Hono } from "hono";
import * as v from "valibot";
import type { AppEnv } from "../env.ts";
import { AppError, handoffNotFound } from "../errors.ts";
import { SITE_ID_PATTERN } from "../../shared/limits.ts";
import { redeliverFailed } from "../handoff/dispatch.ts";
import { listDeliveries } from "../handoff/deliveries-store.ts";
import { isHandoffStatus, listReplies, setHandoffStatus } from "../handoff/replies-store.ts";
import { postReply, replyAuthorSchema, replyTextSchema } from "../handoff/reply.ts";
import { listHandoffPageAcross, locateHandoff, readEveryDatabase } from "../handoff/locate.ts";
import { getHandoff, getLabelledHandoff } from "../handoff/store.ts";
import { readJson } from "../http/read-json.ts";
import { liveNotifier } from "../live/notify.ts";
import { handoffResource } from "./handoff-resource.ts";

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 200;

/**
 * `GET /admin/api/handoffs` (newest first, a page at a time: `before` = the previous page's
 * `nextBefore`; `status` open or resolved), `POST /admin/api/handoffs/{id}/redeliver`, the team's
 * replies (`POST /admin/api/handoffs/{id}/replies`) and its status (`PATCH /admin/api/handoffs/{id}`).
 */
export const handoffAdminRoutes = new Hono<AppEnv>()
  .get("/handoffs", async (c) => {
    const site = c.req.query("site") || undefined;
    if (site !== undefined && !SITE_ID_PATTERN.test(site)) {
      throw new AppError("bad_request", "site: must be 1-64 characters of a-z, 0-9 and '-'.");
    }
    const limit = parseLimit(c.req.query("limit"));
    const before = c.req.query("before") || undefined;
    if (before !== undefined && !(await locateHandoff(c.env, before, getHandoff))) {
      throw new AppError(
        "bad_request",
        "before: must be the id of a handoff, as nextBefore gives it.",
      );
    }
    const rawStatus = c.req.query("status") || undefined;
    if (rawStatus !== undefined && !isHandoffStatus(rawStatus)) {
      throw new AppError("bad_request", "status: must be open or resolved.");
    }
    // Every shard's, merged: a site's handoffs are all on its database.
    const { handoffs, nextBefore } = await listHandoffPageAcross(c.env, {
      site,
      before,
      limit,
      status: rawStatus,
    });
    const ids = handoffs.map((h) => h.id);
    const deliveries = await readEveryDatabase(c.env, (db) => listDeliveries(db, ids));
    const replies = await readEveryDatabase(c.env, (db) => listReplies(db, ids));
    return c.json({
      nextBefore,
      handoffs: handoffs.map((h) => handoffResource(h, deliveries, replies)),
    });
  })
  .post("/handoffs/:id/redeliver", async (c) => {
    const found = await locateHandoff(c.env, c.req.param("id"), getHandoff);
    if (!found) throw handoffNotFound();
    const { handoff, shard } = found;
    return c.json(
      { handoffId: handoff.id, redelivering: await redeliverFailed(shard, handoff.id) },
      202,
    );
  })
  .post("/handoffs/:id/replies", async (c) => {
    const body = await readJson(c, ReplyRequestSchema, MAX_REPLY_BODY_BYTES);
    const found = await locateHandoff(c.env, c.req.param("id"), getHandoff);
    if (!found) throw handoffNotFound();
    const { handoff, shard } = found;
    const reply = await postReply(
      shard,
      handoff,
      { text: body.text, author: body.author, via: "api" },
      liveNotifier(c.env),
    );
    return c.json({ id: reply.id, createdAt: reply.createdAt }, 201);
  })
  .patch("/handoffs/:id", async (c) => {
    const body = await readJson(c, StatusRequestSchema, MAX_REPLY_BODY_BYTES);
    const id = c.req.param("id");
    const found = await locateHandoff(c.env, id, getHandoff);
    const db = found?.shard.DB;
    const changed = db
      ? await setHandoffStatus(db, id, body.status, body.by, new Date().toISOString())
      : false;
    const handoff = db && changed ? await getLabelledHandoff(db, id) : null;
    if (!db || !handoff) throw handoffNotFound();
    const [deliveries, replies] = await Promise.all([
      listDeliveries(db, [id]),
      listReplies(db, [id]),
    ]);
    return c.json(handoffResource(handoff, deliveries, replies));
  });

// A reply at its longest, JSON-escaped, with room to spare.
const MAX_REPLY_BODY_BYTES = 64 * 1024;

const ReplyRequestSchema = v.object({ text: replyTextSchema, author: replyAuthorSchema });
const StatusRequestSchema = v.object({
  status: v.picklist(["open", "resolved"], "must be open or resolved."),
  /** Who resolved it, when the caller knows. */
  by: replyAuthorSchema,
});

function parseLimit(raw: string | undefined): number {
  if (raw === undefined || raw === "") return DEFAULT_LIMIT;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1) {
    throw new AppError("bad_request", "limit: must be a whole number from 1.");
  }
  // The spec sets no maximum: a larger page is served as the largest, and `nextBefore` leads on.
  return Math.min(limit, MAX_LIMIT);
}
