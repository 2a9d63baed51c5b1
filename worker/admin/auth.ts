import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.ts";
import { AppError } from "../errors.ts";

/** Bearer-token auth for the admin API. */
export const requireAdmin: MiddlewareHandler<AppEnv> = async (c, next) => {
  const expected = c.env.ADMIN_TOKEN;
  const header = c.req.header("authorization") ?? "";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1] || !(await isAdminToken(match[1], expected))) {
    throw new AppError("unauthorized", "Send the admin token as: authorization: Bearer <ADMIN_TOKEN>.");
  }
  await next();
};

/**
 * Whether `given` is the admin token, compared in constant time. Both are hashed first so the
 * comparison also hides the token's length; an unset token matches nothing.
 */
export async function isAdminToken(given: string, expected: string | undefined): Promise<boolean> {
  if (!expected) return false;
  const encoder = new TextEncoder();
  const [a, b] = await Promise.all([
    crypto.subtle.digest("SHA-256", encoder.encode(given)),
    crypto.subtle.digest("SHA-256", encoder.encode(expected)),
  ]);
  return crypto.subtle.timingSafeEqual(a, b);
}
