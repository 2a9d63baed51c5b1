import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.ts";
import { AppError } from "../errors.ts";

/**
 * Bearer-token auth for the admin API. Both tokens are hashed first so that the constant-time
 * comparison also hides the token's length.
 */
export const requireAdmin: MiddlewareHandler<AppEnv> = async (c, next) => {
  const expected = c.env.ADMIN_TOKEN;
  const header = c.req.header("authorization") ?? "";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!expected || !match?.[1] || !(await tokensEqual(match[1], expected))) {
    throw new AppError("unauthorized", "Send the admin token as: authorization: Bearer <ADMIN_TOKEN>.");
  }
  await next();
};

async function tokensEqual(given: string, expected: string): Promise<boolean> {
  const encoder = new TextEncoder();
  const [a, b] = await Promise.all([
    crypto.subtle.digest("SHA-256", encoder.encode(given)),
    crypto.subtle.digest("SHA-256", encoder.encode(expected)),
  ]);
  return crypto.subtle.timingSafeEqual(a, b);
}
