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
 * Refuses a browser request from an origin the site did not allow (403, before anything is
 * stored) and otherwise marks the response readable by that origin. Requests without an
 * `Origin` header come from servers and scripts, which CORS does not govern.
 */
export function allowOriginFor(
  c: Pick<Context<AppEnv>, "env" | "req" | "header">,
  allowedOrigins: readonly string[],
): void {
  const origin = c.req.header("origin");
  if (origin === undefined) return;
  // The worker's own pages (the demo, the dashboard's widget preview) are always allowed: only
  // this worker serves them, and they show no site anything another origin could not ask for.
  if (origin === new URL(c.req.url).origin) {
    c.header("access-control-allow-origin", origin);
    return;
  }
  if (!isOriginAllowed(origin, allowedOrigins, isLocalDevelopment(c.env))) {
    // Said so that the owner, checking why their widget cannot load, learns what to change.
    throw new AppError(
      "origin_not_allowed",
      `This site does not allow requests from ${origin}: add that address to the site's allowedOrigins (the dashboard's Widget page, Install) to let the widget run there.`,
    );
  }
  c.header("access-control-allow-origin", origin);
}

/**
 * Answers CORS preflights for the public API. The preflight carries no site id, so it is answered
 * for any origin; the real request is where the site's `allowedOrigins` are enforced.
 */
export const publicCors: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.header("vary", "Origin", { append: true });
  if (c.req.method !== "OPTIONS") return next();
  const origin = c.req.header("origin");
  if (!origin) return c.body(null, 204);
  return c.body(null, 204, {
    "access-control-allow-origin": origin,
    "access-control-allow-methods": "GET, POST",
    "access-control-allow-headers": "content-type, idempotency-key",
    "access-control-max-age": "86400",
  });
};
