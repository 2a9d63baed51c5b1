import { createMiddleware } from "hono/factory";
import type * as v from "valibot";
import { MAX_PUBLIC_BODY_BYTES } from "../../shared/limits.ts";
import { getConversation } from "../conversations/store.ts";
import { conversationNotFound } from "../errors.ts";
import { admitVisitor } from "../chat/visitor-request.ts";
import { enforceSiteLimit } from "../http/rate-limit.ts";
import { readJson } from "../http/read-json.ts";

/** What a visitor request about an existing conversation carries, with no message to judge. */
interface ConversationBody {
  site: string;
  conversationId: string;
}

/**
 * `visitorRequest`'s checks for a body without a message (a verdict on an answer), in the same
 * order: the JSON body against `schema`, the chat visitor's rate limits (a verdict spends the
 * chat budget), the site's config, the browser's origin, that the conversation exists and
 * belongs to this site (404 otherwise), and last the site's limit, so a refused request spends
 * none of it. The body is in `c.var.body`.
 *
 * @example
 * new Hono().post("/feedback", conversationRequest(FeedbackSchema), (c) => c.body(null, 204));
 */
export function conversationRequest<TSchema extends v.GenericSchema<unknown, ConversationBody>>(
  schema: TSchema,
) {
  type Body = v.InferOutput<TSchema>;
  return createMiddleware<{ Bindings: Env; Variables: { body: Body } }>(async (c, next) => {
    const body = await readJson(c, schema, MAX_PUBLIC_BODY_BYTES);
    await admitVisitor(c, "chat", body);
    const conversation = await getConversation(c.env.DB, body.conversationId);
    if (!conversation || conversation.site !== body.site) throw conversationNotFound();
    // Last, as for chat and handoff: a refused request spends nothing of the site's budget.
    await enforceSiteLimit(c, body.site);
    c.set("body", body);
    await next();
  });
}
