import { type Context, Hono } from "hono";
import { createMiddleware } from "hono/factory";
import type { ConversationMessages } from "../../shared/api.ts";
import { CONVERSATION_ID_PATTERN, SITE_ID_PATTERN } from "../../shared/limits.ts";
import type { AppEnv } from "../env.ts";
import { AppError } from "../errors.ts";
import { enforceSiteLimit } from "../http/rate-limit.ts";
import { visitorRequest } from "../http/visitor-request.ts";
import { listThread } from "./thread-store.ts";
import { liveObjectName } from "../live/live-object-name.ts";
import { siteDatabase } from "../sites/site-database.ts";

/**
 * A read names its site in the query and its conversation in the path. A malformed id spends
 * the visitor's budget as an unknown one does (no per-conversation counter), then is the same 404.
 */
const readRequest = {
  limit: "read",
  input: (c: Context) => {
    const site = c.req.query("site") ?? "";
    if (!SITE_ID_PATTERN.test(site)) {
      throw new AppError("bad_request", "site: must be 1-64 characters of a-z, 0-9 and '-'.");
    }
    const id = c.req.param("id") ?? "";
    return { site, conversationId: CONVERSATION_ID_PATTERN.test(id) ? id : undefined };
  },
  message: false,
  conversation: "required",
  notFoundMessage: "No conversation of this site has this id.",
} as const;

/** The live address is a WebSocket only: checked before any budget is spent. */
const webSocketOnly = createMiddleware<AppEnv>(async (c, next) => {
  if (c.req.header("upgrade")?.toLowerCase() !== "websocket") {
    throw new AppError("bad_request", "Open this address as a WebSocket.");
  }
  await next();
});

/**
 * `GET /v1/conversations/{id}?site=&after=`: the visitor's whole conversation, the team's replies
 * included, oldest first; and `GET /v1/conversations/{id}/live?site=`, a WebSocket that pushes
 * each team reply to an open widget the moment it is stored. Knowing the id is what lets one
 * read a conversation, and only on its own site: an unknown id and another site's are the same
 * 404, so a caller learns nothing from trying ids.
 */
export const conversationRoutes = new Hono<AppEnv>()
  .get("/conversations/:id", visitorRequest(readRequest), async (c) => {
    const { body, conversation } = c.var;
    const after = c.req.query("after") || null;
    const messages = await listThread(siteDatabase(c.env, c.var.config), conversation.id, after);
    if (messages === null) {
      throw new AppError("bad_request", "after: must be the id of a message of this conversation.");
    }
    await enforceSiteLimit(c, body.site);
    c.header("cache-control", "no-store");
    return c.json({ messages } satisfies ConversationMessages);
  })
  .get("/conversations/:id/live", webSocketOnly, visitorRequest(readRequest), async (c) => {
    const { body, conversation } = c.var;
    await enforceSiteLimit(c, body.site);
    const live = c.env.CONVERSATION_LIVE;
    // The site's own object of this id (`liveObjectName`): another site may hold the same id.
    return live.get(live.idFromName(liveObjectName(body.site, conversation.id))).fetch(c.req.raw);
  });
