/** The Hono environment of every route: bindings come from `wrangler types` (`Env`). */
export interface AppEnv {
  Bindings: Env;
  Variables: Record<string, never>;
}

/** Whether the worker runs on a developer's machine, where loopback origins are trusted. */
export function isLocalDevelopment(env: Env): boolean {
  return env.ENVIRONMENT === "development";
}
