import { type Context, Hono } from "hono";
import type { ConversationMessages } from "../../shared/api.ts";
import { CONVERSATION_ID_PATTERN, SITE_ID_PATTERN } from "../../shared/limits.ts";
import { admitVisitor } from "../chat/visitor-request.ts";
import type { AppEnv } from "../env.ts";
import { AppError } from "../errors.ts";
import { enforceSiteLimit } from "../http/rate-limit.ts";
import { getConversation } from "./store.ts";
import { listThread } from "./thread-store.ts";

/**
 * `GET /v1/conversations/{id}?site=&after=`: the visitor's whole conversation, the team's replies
 * included, oldest first; and `GET /v1/conversations/{id}/live?site=`, a WebSocket that pushes
 * each team reply to an open widget the moment it is stored. Knowing the id is what lets one
 * read a conversation, and only on its own site: an unknown id and another site's are the same
 * 404, so a caller learns nothing from trying ids.
 */
export const conversationRoutes = new Hono<AppEnv>()
  .get("/conversations/:id", async (c) => {
    const { site, id } = await admitReader(c);
    const after = c.req.query("after") || null;
    const messages = await listThread(c.env.DB, id, after);
    if (messages === null) {
      throw new AppError("bad_request", "after: must be the id of a message of this conversation.");
    }
    await enforceSiteLimit(c, site);
    c.header("cache-control", "no-store");
    return c.json({ messages } satisfies ConversationMessages);
  })
  .get("/conversations/:id/live", async (c) => {
    if (c.req.header("upgrade")?.toLowerCase() !== "websocket") {
      throw new AppError("bad_request", "Open this address as a WebSocket.");
    }
    const { site, id } = await admitReader(c);
    await enforceSiteLimit(c, site);
    const live = c.env.CONVERSATION_LIVE;
    return live.get(live.idFromName(id)).fetch(c.req.raw);
  });

/** The checks of every read: the visitor's budget, the site, the origin, the conversation's site. */
async function admitReader(c: Context<AppEnv>): Promise<{ site: string; id: string }> {
  const site = c.req.query("site") ?? "";
  if (!SITE_ID_PATTERN.test(site)) {
    throw new AppError("bad_request", "site: must be 1-64 characters of a-z, 0-9 and '-'.");
  }
  const id = c.req.param("id") ?? "";
  const wellFormed = CONVERSATION_ID_PATTERN.test(id);
  await admitVisitor(c, "read", { site, conversationId: wellFormed ? id : undefined });
  const conversation = wellFormed ? await getConversation(c.env.DB, id) : null;
  if (conversation?.site !== site) {
    throw new AppError("conversation_not_found", "No conversation of this site has this id.");
  }
  return { site, id };
}
