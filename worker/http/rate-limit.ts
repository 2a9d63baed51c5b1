import type { Context } from "hono";
import type { AppEnv } from "../env.ts";

/** What the limits read of a request: its headers and the bindings. */
type RequestContext = Pick<Context<AppEnv>, "env" | "req">;
import { AppError } from "../errors.ts";

/** The window of every limit in wrangler.toml; Cloudflare allows 10 or 60 seconds. */
const PERIOD_SECONDS = 60;

/**
 * Refuses a public request with 429 once its visitor or its site is over budget. The visitor is
 * counted by IP and, where there is one, by conversation; the site limit is checked only for
 * requests within their visitor's budget, so one visitor's flood never spends the budget the
 * site's other visitors need.
 */
export async function enforceRateLimits(
  c: RequestContext,
  kind: "chat" | "handoff",
  site: string,
  conversationId: string | undefined,
): Promise<void> {
  const visitorLimit = kind === "chat" ? c.env.CHAT_VISITOR_LIMIT : c.env.HANDOFF_VISITOR_LIMIT;
  // Set by Cloudflare's edge and not forgeable there; absent only when running locally.
  const ip = c.req.header("cf-connecting-ip") ?? "local";
  const keys = [`${kind}:${site}:ip:${ip}`];
  if (conversationId) keys.push(`${kind}:${site}:conversation:${conversationId}`);
  for (const key of keys) {
    if (!(await visitorLimit.limit({ key })).success) {
      throw rateLimited(
        kind === "chat"
          ? "You are sending messages too quickly; wait a moment and try again."
          : "Too many requests for a person from this visitor; wait a moment and try again.",
      );
    }
  }
  if (!(await c.env.SITE_LIMIT.limit({ key: `site:${site}` })).success) {
    throw rateLimited("This site is receiving too many requests right now; try again in a minute.");
  }
}

/**
 * Refuses a sign-in attempt with 429 once its address has made ten in a minute. The dashboard
 * counts every sign-in before looking at the token (people sign in rarely), so past ten even the
 * right token waits; the admin API counts only wrong tokens (`requireAdmin`).
 */
export async function enforceSignInLimit(c: RequestContext): Promise<void> {
  const ip = c.req.header("cf-connecting-ip") ?? "local";
  if (!(await c.env.SIGN_IN_LIMIT.limit({ key: `sign-in:ip:${ip}` })).success) {
    throw rateLimited("Too many sign-in attempts from your address; wait a minute and try again.");
  }
}

function rateLimited(message: string): AppError {
  // Windows are aligned to the clock, so the wait is until the current one rolls over.
  const retryAfterSeconds = PERIOD_SECONDS - (Math.floor(Date.now() / 1000) % PERIOD_SECONDS);
  return new AppError("rate_limited", message, { retryAfterSeconds });
}
