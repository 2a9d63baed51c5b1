import type { Context, MiddlewareHandler } from "hono";
import { type AppEnv, isLocalDevelopment } from "../env.ts";
import { AppError } from "../errors.ts";
import { isLoopbackHost } from "./loopback.ts";

/** Whether a browser on `origin` may call the public API of a site that allows `allowedOrigins`. */
export function isOriginAllowed(
  origin: string,
  allowedOrigins: readonly string[],
  localDevelopment: boolean,
): boolean {
  if (allowedOrigins.includes(origin)) return true;
  if (!localDevelopment) return false;
  try {
    return isLoopbackHost(new URL(origin).hostname);
  } catch {
    return false;
  }
}

/**
 * The requests whose site's `allowedOrigins` were checked: from then on only `allowOriginFor`
 * decides whether a browser may read the answer. Keyed by the request, so nothing outlives it.
 */
const originChecked = new WeakSet<Request>();

/**
 * Refuses a browser request from an origin the site did not allow (403, before anything is
 * stored) and otherwise marks the response readable by that origin. Requests without an
 * `Origin` header come from servers and scripts, which CORS does not govern.
 */
export function allowOriginFor(
  c: Pick<Context<AppEnv>, "env" | "req" | "header">,
  allowedOrigins: readonly string[],
): void {
  originChecked.add(c.req.raw);
  const origin = c.req.header("origin");
  if (origin === undefined) return;
  // The worker's own pages (the demo, the dashboard's widget preview) are always allowed: only
  // this worker serves them, and they show no site anything another origin could not ask for.
  if (origin === new URL(c.req.url).origin) {
    c.header("access-control-allow-origin", origin);
    return;
  }
  if (!isOriginAllowed(origin, allowedOrigins, isLocalDevelopment(c.env))) {
    throw new AppError("origin_not_allowed", `This site does not allow requests from ${origin}.`);
  }
  c.header("access-control-allow-origin", origin);
  // A 429's `retry-after` says when to try again; a browser hides it unless exposed.
  c.header("access-control-expose-headers", "retry-after");
}

/**
 * Answers CORS preflights for the public API. The preflight carries no site id, so it is answered
 * for any origin; the real request is where the site's `allowedOrigins` are enforced.
 */
export const publicCors: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.header("vary", "Origin", { append: true });
  const origin = c.req.header("origin");
  if (c.req.method !== "OPTIONS") {
    await next();
    // An error found before the site is known (a body that isn't JSON or is too large, a rate
    // limit, an unknown site) says nothing of any site, just as the preflight doesn't: the
    // browser may read it, so the widget (or a harness in a page) sees the spec's
    // `{"error": {"code", "message"}}` and a 429's `retry-after`, not an opaque network error.
    // Once the site's origins were checked, only `allowOriginFor` lets a browser read the answer:
    // another origin's 403 stays unreadable.
    if (
      origin !== undefined &&
      c.res.status >= 400 &&
      c.res.status < 500 &&
      !originChecked.has(c.req.raw) &&
      !c.res.headers.has("access-control-allow-origin")
    ) {
      // Through `c.header`, which copies a finished response first: its headers may be immutable.
      c.header("access-control-allow-origin", origin);
      c.header("access-control-expose-headers", "retry-after");
    }
    return;
  }
  if (!origin) return c.body(null, 204);
  return c.body(null, 204, {
    "access-control-allow-origin": origin,
    "access-control-allow-methods": "GET, POST",
    "access-control-allow-headers": "content-type, idempotency-key",
    "access-control-max-age": "86400",
  });
};
