/**
 * The Hono environment of every route and middleware, declared once: the bindings come from
 * `wrangler types` (`Env`), and `Variables` is what the middlewares before a handler put in
 * `c.var` (none by default; `loadSite` and `visitorRequest` name theirs).
 *
 * @example
 * new Hono<AppEnv>(); // no variables
 * createMiddleware<AppEnv<{ site: string }>>(async (c, next) => { c.set("site", "acme"); await next(); });
 */
export interface AppEnv<TVariables extends object = Record<string, never>> {
  Bindings: Env;
  Variables: TVariables;
}

/** Whether the worker runs on a developer's machine, where loopback origins are trusted. */
export function isLocalDevelopment(env: Env): boolean {
  return env.ENVIRONMENT === "development";
}

/**
 * The key of a site's answer model, an optional secret (`wrangler secret put LLM_API_KEY`).
 * Optional secrets are not in the generated `Env`, so it is read here, once, with its type.
 */
export function answerModelKey(env: Env): string | undefined {
  const value = (env as unknown as Record<string, unknown>).LLM_API_KEY;
  return typeof value === "string" && value !== "" ? value : undefined;
}
