import { createApp } from "../../worker/app.ts";
import { env, ORIGIN, testAddress } from "./helpers.ts";

/**
 * The worker's app with a site budget (`SITE_LIMIT`) that never refuses and records the key each
 * request spends, for the tests of which requests spend a site's budget and which never may.
 * Requests come from `origin` (the sites' allowed one unless given), each from its own address.
 */
export function countingSiteBudget() {
  const spentOn: string[] = [];
  const countingEnv = {
    ...env,
    SITE_LIMIT: {
      limit: async ({ key }: { key: string }) => {
        spentOn.push(key);
        return { success: true };
      },
    },
  } as Env;
  const app = createApp();
  const request = (path: string, init: RequestInit = {}, origin = ORIGIN) =>
    app.request(
      path,
      { ...init, headers: { "cf-connecting-ip": testAddress(), origin, ...init.headers } },
      countingEnv,
    );
  /** The status of `path`'s answer, its body left unread. */
  const statusOf = async (path: string, init: RequestInit = {}, origin = ORIGIN) => {
    const res = await request(path, init, origin);
    await res.body?.cancel();
    return res.status;
  };
  /** The status of a POST of `body` as JSON to `path`. */
  const post = (path: string, body: unknown, origin = ORIGIN) =>
    statusOf(
      path,
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      },
      origin,
    );
  return { spentOn, request, statusOf, post };
}
