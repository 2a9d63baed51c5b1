import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.ts";

/**
 * Over https, browsers are told to use nothing else on this host for a year: on a custom domain
 * (a `*.workers.dev` name is on the HSTS preload list already), the first plain-http visit to
 * the sign-in page could otherwise be served by anyone on the network path, the form that takes
 * the admin token or a password included. No `includeSubDomains`: the operator's other hosts
 * are not this worker's to decide.
 */
export const HSTS = "max-age=31536000";

/**
 * The policy of every answer that is not a page: the API's JSON, its errors, redirects. A browser
 * can be sent to any of them (a link, a frame), and none has anything to run, load or embed.
 */
const NOTHING_CSP =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * The headers every worker response carries: `nosniff` (the API's JSON holds what visitors, teams
 * and owners wrote, and its errors echo the paths and ids sent to it, none of which a browser may
 * take for HTML or script), HSTS over https, and, on a response that sets no policy of its own
 * (everything but the dashboard's and the demo pages), a CSP that allows nothing, no framing and
 * no referrer. A live socket's upgrade is left as it came.
 */
export function responseSecurityHeaders(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // Set first, so an error or a 404 has it too.
    c.header("x-content-type-options", "nosniff");
    await next();
    // A live socket's upgrade, which the conversation's Durable Object answers, is not a
    // response a browser renders, and cannot be copied.
    if (c.res.status === 101) return;
    // Through `c.header`, which copies a finished response first: its headers may be immutable.
    const has = (name: string) => c.res.headers.has(name);
    if (!has("content-security-policy")) {
      c.header("content-security-policy", NOTHING_CSP);
      c.header("x-frame-options", "DENY");
    }
    if (!has("referrer-policy")) c.header("referrer-policy", "no-referrer");
    if (new URL(c.req.url).protocol === "https:") c.header("strict-transport-security", HSTS);
  };
}
