import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.ts";
import { MIN_ADMIN_TOKEN_LENGTH } from "../../shared/limits.ts";
import { AppError } from "../errors.ts";
import { enforceSignInLimit } from "../http/rate-limit.ts";

/** What is wrong with ADMIN_TOKEN ("is not set", …), or null when the token will do. */
export function adminTokenFault(token: string | undefined): string | null {
  if (token && token.length >= MIN_ADMIN_TOKEN_LENGTH) return null;
  return token
    ? `is shorter than ${MIN_ADMIN_TOKEN_LENGTH} characters, short enough to guess`
    : "is not set";
}

/**
 * Why admin access is closed (ADMIN_TOKEN unset or too short) and how to open it, where each
 * way of running the worker keeps its secrets; or null when the token will do. The first hour of
 * a deployment ends here when the secret was forgotten, so it names the commands, not the docs.
 */
export function adminTokenProblem(token: string | undefined): string | null {
  const fault = adminTokenFault(token);
  if (!fault) return null;
  return `Admin access is closed: ADMIN_TOKEN ${fault}. Deployed: make one with "openssl rand -base64 32", keep it (the dashboard and this API take it), and set it with "npx wrangler secret put ADMIN_TOKEN" (it takes effect at once). Locally: put ADMIN_TOKEN=<${MIN_ADMIN_TOKEN_LENGTH} or more random characters> in .dev.vars beside wrangler.toml and restart wrangler dev (npm start writes one and prints it).`;
}

/**
 * The admin token in force, or a 503 a deployer can act on: admin access stays closed rather
 * than open to a guessable token.
 */
export function requireAdminToken(token: string | undefined): string {
  const problem = adminTokenProblem(token);
  if (problem) throw new AppError("admin_not_configured", problem);
  return token as string;
}

/**
 * Bearer-token auth for the admin API. A wrong token counts toward its address's sign-in limit,
 * so a scanner is told 429 after ten; scripts with the right token are never slowed.
 */
export const requireAdmin: MiddlewareHandler<AppEnv> = async (c, next) => {
  const expected = requireAdminToken(c.env.ADMIN_TOKEN);
  const header = c.req.header("authorization") ?? "";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1] || !(await isAdminToken(match[1], expected))) {
    await enforceSignInLimit(c);
    // A well-formed header with the wrong token is told so: "send it as…" sent an owner with a
    // stale or mistyped token looking for a header problem. (It tells a guesser nothing more.)
    throw new AppError(
      "unauthorized",
      match?.[1]
        ? "That is not this worker's admin token: send its ADMIN_TOKEN (npm start prints it; deployed, the secret set with npx wrangler secret put ADMIN_TOKEN)."
        : "Send the admin token as: authorization: Bearer <ADMIN_TOKEN>.",
    );
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
