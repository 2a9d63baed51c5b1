import type { Context } from "hono";
import type { AppEnv } from "../env.ts";
import { AppError } from "../errors.ts";
import { countSignInAttempt } from "../team/sign-in-attempts-store.ts";
import { bytesToHex } from "./base64.ts";
import { clientAddress, visitorKey } from "./visitor-key.ts";

/** What the limits read of a request: its headers and the bindings. */
type RequestContext = Pick<Context<AppEnv>, "env" | "req">;

/** The window of every limit in wrangler.toml; Cloudflare allows 10 or 60 seconds. */
const PERIOD_SECONDS = 60;

/** Which visitor budget a public request spends: writing, asking for a person, or reading. */
export type VisitorLimitKind = "chat" | "handoff" | "read";

const VISITOR_LIMITS = {
  chat: "CHAT_VISITOR_LIMIT",
  handoff: "HANDOFF_VISITOR_LIMIT",
  read: "READ_VISITOR_LIMIT",
} as const satisfies Record<VisitorLimitKind, keyof Env>;

const OVER_BUDGET: Record<VisitorLimitKind, string> = {
  chat: "You are sending messages too quickly; wait a moment and try again.",
  handoff: "Too many requests for a person from this visitor; wait a moment and try again.",
  read: "This conversation is being read too often; wait a moment and try again.",
};

/**
 * Refuses a public request with 429 once its visitor is over budget: counted by address (an
 * IPv6 visitor by its /64, `visitorKey`) and, where there is one, by conversation. This runs
 * first, before any lookup, so a flood costs one counter per request.
 */
export async function enforceVisitorLimits(
  c: RequestContext,
  kind: VisitorLimitKind,
  site: string,
  conversationId: string | undefined,
): Promise<void> {
  const visitorLimit = c.env[VISITOR_LIMITS[kind]];
  const keys = [`${kind}:${site}:ip:${visitorAddressKey(c)}`];
  if (conversationId) keys.push(`${kind}:${site}:conversation:${conversationId}`);
  for (const key of keys) {
    if (!(await visitorLimit.limit({ key })).success) {
      throw rateLimited(OVER_BUDGET[kind]);
    }
  }
}

/**
 * Whether an answered chat message may go to the team as a follow-up: five a minute per
 * conversation, the handoff limit's number, counted apart from handoffs so that a visitor's
 * request for a person is never refused for the follow-ups before it. An answered message after
 * a handoff goes to every channel, and chat allows thirty a minute: without this one visitor
 * could send the team six times what the handoff limit lets them, an email and a Slack message
 * each. Past it the message is only in the thread (dashboard, transcript), as small talk is.
 */
export async function mayNotifyTeam(
  c: RequestContext,
  site: string,
  conversationId: string,
): Promise<boolean> {
  const key = `follow-up:${site}:conversation:${conversationId}`;
  return (await c.env.HANDOFF_VISITOR_LIMIT.limit({ key })).success;
}

/**
 * Refuses a public request with 429 once its site is over budget. Called last, for requests
 * every other check has let through: a request the site would refuse anyway (a foreign origin,
 * an unknown site, a message too long) must not spend the budget the site's real visitors need,
 * or anyone could lock a site by sending it requests it refuses.
 */
export async function enforceSiteLimit(c: RequestContext, site: string): Promise<void> {
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
  if (!(await c.env.SIGN_IN_LIMIT.limit({ key: `sign-in:ip:${visitorAddressKey(c)}` })).success) {
    throw rateLimited("Too many sign-in attempts from your address; wait a minute and try again.");
  }
}

/**
 * Refuses a request to the Slack Events endpoint with 429 once its sender's address has sent
 * SLACK_EVENTS_LIMIT's 600 in a minute (an IPv6 sender by its /64). Checked after the free
 * header checks (`couldBeSlackSigned`: a request without a fresh, well-formed signature is a 401
 * that counts nothing) and before the body is read, the site's config looked up and parsed, and
 * an HMAC run per Slack app channel, which is what a flood of forged requests would cost. Slack
 * sends one app at most 30,000 events an hour per workspace, from many addresses, so its own
 * deliveries do not reach the limit; one that did gets a 429, which Slack retries (about a
 * minute, then five, later), and a retry is written once (`postReply`'s source key).
 */
export async function enforceSlackEventLimit(c: RequestContext): Promise<void> {
  const key = `slack-events:ip:${visitorAddressKey(c)}`;
  if (!(await c.env.SLACK_EVENTS_LIMIT.limit({ key })).success) {
    throw rateLimited("Too many Slack events from this address; Slack retries them later.");
  }
}

/** Member sign-ins that may name one address in a clock minute, from every location together. */
export const MAX_ACCOUNT_SIGN_INS_PER_MINUTE = 10;

/**
 * Refuses a member's sign-in with 429 once ten attempts in a minute have named this address,
 * wherever they came from. The address limit alone does not bound guessing one member's
 * password: it counts an IPv6 sender by its /64, and a /48 (free from tunnel brokers) is 65,536
 * of those. Counted for any address, member or not, before anything is looked up, so a 429 says
 * nothing about who is a member. The binding is a cheap first brake, but it counts per
 * Cloudflare location, and a guesser can spread requests over hundreds of them; what it lets
 * through is counted in D1, one count for all locations (`countSignInAttempt`). The cost:
 * someone who keeps sending wrong passwords for an address keeps its member out meanwhile (the
 * token holder never is: a token sign-in names no address).
 */
export async function enforceAccountSignInLimit(c: RequestContext, email: string): Promise<void> {
  // Hashed: the limiter's keys and the table need not hold members' addresses.
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(email));
  const account = bytesToHex(new Uint8Array(digest));
  if (
    !(await c.env.SIGN_IN_LIMIT.limit({ key: `sign-in:account:${account}` })).success ||
    (await countSignInAttempt(c.env.DB, account, Date.now())) > MAX_ACCOUNT_SIGN_INS_PER_MINUTE
  ) {
    throw rateLimited("Too many sign-in attempts for this address; wait a minute and try again.");
  }
}

// Set by Cloudflare's edge and not forgeable there (`clientAddress`); absent only when running locally.
function visitorAddressKey(c: RequestContext): string {
  return visitorKey(clientAddress(c.req) ?? "local");
}

function rateLimited(message: string): AppError {
  // Windows are aligned to the clock, so the wait is until the current one rolls over.
  const retryAfterSeconds = PERIOD_SECONDS - (Math.floor(Date.now() / 1000) % PERIOD_SECONDS);
  return new AppError("rate_limited", message, { retryAfterSeconds });
}
