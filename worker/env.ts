/** The Hono environment of every route: bindings come from `wrangler types` (`Env`). */
export interface AppEnv {
  Bindings: Env;
  Variables: Record<string, never>;
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
