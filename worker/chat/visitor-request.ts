import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type * as v from "valibot";
import { MAX_PUBLIC_BODY_BYTES } from "../../shared/limits.ts";
import { type Conversation, getConversation } from "../conversations/store.ts";
import type { AppEnv } from "../env.ts";
import { conversationNotFound } from "../errors.ts";
import { allowOriginFor } from "../http/origin.ts";
import { enforceVisitorLimits, type VisitorLimitKind } from "../http/rate-limit.ts";
import { readJson } from "../http/read-json.ts";
import type { SiteConfig } from "../sites/config-schema.ts";
import { requireSiteConfigForVisitor } from "../sites/store.ts";
import { checkMessageLength } from "./visitor-message.ts";

/** What every visitor request carries. */
interface VisitorBody {
  site: string;
  conversationId?: string;
  message: string;
}

/** What `visitorRequest` puts in `c.var`. */
export interface VisitorVariables<TBody extends VisitorBody> {
  body: TBody;
  config: SiteConfig;
  /** The visitor's message, within the length limit. */
  message: string;
  /** The conversation named by the body, when it exists (it belongs to this site). */
  conversation: Conversation | null;
}

/**
 * The checks every public visitor request passes before its handler decides anything, in this
 * order: the JSON body against `schema`, the visitor's rate limits, the site's config, the
 * browser's origin, the message's length, and that a named conversation belongs to this site.
 * The handler then reads `c.var`, makes its own refusals (a handoff's email, its re-check), and
 * only then calls `enforceSiteLimit`, so that only a request the site accepts spends its budget.
 *
 * @example
 * new Hono().post("/chat", visitorRequest("chat", ChatRequestSchema), (c) => c.json(c.var.body));
 */
export function visitorRequest<TSchema extends v.GenericSchema<unknown, VisitorBody>>(
  kind: "chat" | "handoff",
  schema: TSchema,
) {
  type Body = v.InferOutput<TSchema>;
  return createMiddleware<{ Bindings: Env; Variables: VisitorVariables<Body> }>(async (c, next) => {
    const body = await readJson(c, schema, MAX_PUBLIC_BODY_BYTES);
    const config = await admitVisitor(c, kind, body);
    const message = checkMessageLength(body.message);
    const conversation = body.conversationId
      ? await getConversation(c.env.DB, body.conversationId)
      : null;
    if (conversation && conversation.site !== body.site) throw conversationNotFound();
    c.set("body", body);
    c.set("config", config);
    c.set("message", message);
    c.set("conversation", conversation);
    await next();
  });
}

/**
 * The first checks of every public request about a site: the visitor's rate limits, the site's
 * config (a 404 that tells an anonymous caller nothing more), and the browser's origin. Returns
 * the config; the caller ends with `enforceSiteLimit` once the request is accepted, so a refused
 * one spends none of the site's budget.
 *
 * @example
 * const config = await admitVisitor(c, "chat", { site: "acme", conversationId });
 */
export async function admitVisitor(
  c: Pick<Context<AppEnv>, "env" | "req" | "header">,
  kind: VisitorLimitKind,
  body: { site: string; conversationId?: string },
): Promise<SiteConfig> {
  await enforceVisitorLimits(c, kind, body.site, body.conversationId);
  const config = await requireSiteConfigForVisitor(c.env.SITES, body.site);
  allowOriginFor(c, config.allowedOrigins);
  return config;
}
