import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type * as v from "valibot";
import { MAX_PUBLIC_BODY_BYTES } from "../../shared/limits.ts";
import { type Conversation, getConversation } from "../conversations/store.ts";
import type { AppEnv } from "../env.ts";
import { conversationNotFound } from "../errors.ts";
import type { SiteConfig } from "../sites/config-schema.ts";
import { readSiteConfig, requireSiteConfigForVisitor } from "../sites/store.ts";
import { checkMessageLength } from "./message-length.ts";
import { allowOriginFor } from "./origin.ts";
import { enforceVisitorLimits, type VisitorLimitKind } from "./rate-limit.ts";
import { readJson } from "./read-json.ts";
import { siteDatabase } from "../sites/site-database.ts";

/** What every public visitor request names: its site and, maybe, a conversation. */
export interface VisitorTarget {
  site: string;
  conversationId?: string;
}

/** Where a request names its target: a JSON body checked by a schema, or a reader of its URL. */
type VisitorInput<TBody extends VisitorTarget> =
  | v.GenericSchema<unknown, TBody>
  | ((c: Context) => TBody);

/** What a public route asks of `visitorRequest`. */
export interface VisitorRequestOptions<
  TBody extends VisitorTarget,
  TMessage extends boolean,
  TConversation extends "optional" | "required",
> {
  /** Which of the visitor's budgets the request spends. */
  limit: VisitorLimitKind;
  input: VisitorInput<TBody>;
  /** Whether the body carries the visitor's message, whose length is then checked (413). */
  message: TMessage;
  /**
   * "optional": a named conversation that exists must belong to the site (a new one may not
   * exist yet). "required": it must exist and belong to the site. A 404 either way otherwise.
   */
  conversation: TConversation;
  /** The 404's message, when a route words it its own way. */
  notFoundMessage?: string;
  /**
   * Count the conversation's messages up to this many, in the same read
   * (`Conversation.messages`): chat's length limit, checked without a second round trip.
   */
  countMessagesUpTo?: number;
}

/** What `visitorRequest` puts in `c.var`. */
export type VisitorVariables<
  TBody extends VisitorTarget,
  TMessage extends boolean = boolean,
  TConversation extends "optional" | "required" = "optional",
> = {
  body: TBody;
  config: SiteConfig;
  /** The conversation named by the request, when it exists; it belongs to this site. */
  conversation: TConversation extends "required" ? Conversation : Conversation | null;
} & (TMessage extends true
  ? { /** The visitor's message, within the length limit. */ message: string }
  : object);

/**
 * The checks every public visitor request passes before its handler decides anything, in this
 * order: its input (the JSON body against a schema, or the URL), the visitor's rate limits (run
 * before any lookup, so a flood costs one counter per request), the site's config (a 404 that
 * tells an anonymous caller nothing more), the browser's origin, the message's length, and that
 * the conversation belongs to this site. The handler then makes its own refusals (a handoff's
 * email, its re-check) and only then calls `enforceSiteLimit`, so that only a request the site
 * accepts spends its budget.
 *
 * @example
 * new Hono<AppEnv>().post(
 *   "/chat",
 *   visitorRequest({ limit: "chat", input: ChatRequestSchema, message: true, conversation: "optional" }),
 *   (c) => c.json(c.var.body),
 * );
 */
export function visitorRequest<
  TBody extends VisitorTarget & (TMessage extends true ? { message: string } : object),
  TMessage extends boolean,
  TConversation extends "optional" | "required",
>(options: VisitorRequestOptions<TBody, TMessage, TConversation>) {
  type Variables = VisitorVariables<TBody, TMessage, TConversation>;
  const { input, limit } = options;
  return createMiddleware<AppEnv<Variables>>(async (c, next) => {
    const body =
      typeof input === "function" ? input(c) : await readJson(c, input, MAX_PUBLIC_BODY_BYTES);
    try {
      await enforceVisitorLimits(c, limit, body.site, body.conversationId);
    } catch (error) {
      await readableOnlyByAllowedOrigin(c, body.site);
      throw error;
    }
    const config = await requireSiteConfigForVisitor(c.env.SITES, body.site);
    allowOriginFor(c, config.allowedOrigins);
    const message = options.message
      ? checkMessageLength((body as { message: string }).message)
      : undefined;
    const conversation = body.conversationId
      ? await getConversation(
          siteDatabase(c.env, config),
          body.conversationId,
          options.countMessagesUpTo,
        )
      : null;
    const missing = conversation === null && options.conversation === "required";
    if (missing || (conversation && conversation.site !== body.site)) {
      throw conversationNotFound(options.notFoundMessage);
    }
    // The checks above make the variables what `Variables` says; Hono's `set` cannot see it.
    const set = c.set as (key: string, value: unknown) => void;
    set("body", body);
    set("config", config);
    if (message !== undefined) set("message", message);
    set("conversation", conversation);
    await next();
  });
}

/**
 * Makes a 429 from the visitor's budget readable only by an origin the site allows, as its other
 * answers are. The limits run before the site's config is read (a flood costs one counter), so
 * `publicCors` would see the 429 as an error found before the site is known, which any origin
 * may read; but a visitor's budget is the site's and their address's, and a page on another
 * origin, spending it from the visitor's browser, could read whether the visitor had also
 * written to that site in this minute. Only a browser request (one with an `Origin`) pays for
 * the config read; an unknown site's 429 stays readable, as its 404 is.
 */
async function readableOnlyByAllowedOrigin(
  c: Pick<Context<AppEnv>, "env" | "req" | "header">,
  site: string,
): Promise<void> {
  if (c.req.header("origin") === undefined) return;
  const stored = await readSiteConfig(c.env.SITES, site).catch(() => null);
  if (stored?.kind !== "valid") return;
  try {
    allowOriginFor(c, stored.config.allowedOrigins);
  } catch {
    // Another origin: marked as checked, so the 429 goes out without its CORS headers.
  }
}
