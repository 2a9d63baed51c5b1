/** @jsxImportSource hono/jsx */
import { type Context, Hono } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { html } from "hono/html";
import { adminTokenFault, isAdminToken, requireAdminToken } from "../admin/auth.ts";
import type { AppEnv } from "../env.ts";
import { AppError } from "../errors.ts";
import { bytesToBase64 } from "../http/base64.ts";
import { enforceAccountSignInLimit, enforceSignInLimit } from "../http/rate-limit.ts";
import { getMemberForSignIn, normaliseEmail } from "../team/members-store.ts";
import {
  MAX_PASSWORD_LENGTH,
  PASSWORD_ITERATIONS,
  type PasswordHash,
  verifyPassword,
} from "../team/password.ts";
import { safeReturnPath } from "./format.ts";
import {
  createSession,
  revokeSession,
  SESSION_COOKIE,
  SESSION_SECONDS,
  type SessionSubject,
} from "./session.ts";
import { LoginPage } from "./views/layout.tsx";

/**
 * Checked when no member has the address given, so a wrong address costs the same hashing as a
 * wrong password and the form's timing does not tell which addresses are members. No password
 * derives to 32 zero bytes.
 */
const NO_MEMBER: PasswordHash = {
  hash: bytesToBase64(new Uint8Array(32)),
  salt: bytesToBase64(new Uint8Array(16)),
  iterations: PASSWORD_ITERATIONS,
};

/**
 * Signing in (the one page shown without a session) and out: a team member with their email and
 * password, or the token holder with ADMIN_TOKEN. Every attempt counts toward the address's
 * sign-in limit, either way.
 */
export const signInRoutes = new Hono<AppEnv>()
  .get("/login", (c) => {
    const next = safeReturnPath(c.req.query("next"));
    const closed = adminTokenFault(c.env.ADMIN_TOKEN);
    const ended = c.req.query("ended");
    return c.html(
      html`<!doctype html>${(
        <LoginPage
          next={next}
          closed={closed ?? undefined}
          ended={ended === "reply" || ended === "change" ? ended : undefined}
        />
      )}`,
      closed ? 503 : 200,
    );
  })
  .post("/login", async (c) => {
    const form = await c.req.parseBody();
    const next = safeReturnPath(form.next);
    const byToken = typeof form.token === "string";
    const errorFor = byToken ? "token" : "member";
    const email = typeof form.email === "string" ? form.email.slice(0, 320) : "";
    const refuse = (message: string, status: 401 | 429 | 503 | 400, retryAfter?: number) => {
      if (retryAfter !== undefined) c.header("retry-after", String(retryAfter));
      return c.html(
        html`<!doctype html>${<LoginPage next={next} error={message} errorFor={errorFor} email={email} />}`,
        status,
      );
    };
    let expected: string;
    try {
      // Sessions are signed with a key from the token, so without one nobody signs in.
      expected = requireAdminToken(c.env.ADMIN_TOKEN);
      await enforceSignInLimit(c);
      if (!byToken) await enforceAccountSignInLimit(c, normaliseEmail(email));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      // Closed: the same page as a GET shows, saying how to open it, not an error beside a field.
      const closed = adminTokenFault(c.env.ADMIN_TOKEN);
      if (closed) {
        return c.html(html`<!doctype html>${<LoginPage next={next} closed={closed} />}`, 503);
      }
      return refuse(error.message, error.status as 429 | 503, error.retryAfterSeconds);
    }
    if (byToken) {
      if (!(await isAdminToken(form.token as string, expected))) {
        return refuse("That is not the admin token.", 401);
      }
      return signIn(c, expected, { kind: "admin" }, next);
    }
    const password = typeof form.password === "string" ? form.password : "";
    if (password.length > MAX_PASSWORD_LENGTH) {
      return refuse("That email and password do not match a member of the team.", 401);
    }
    const member = email ? await getMemberForSignIn(c.env.DB, email) : null;
    if (!member) {
      await verifyPassword(password, NO_MEMBER);
      return refuse("That email and password do not match a member of the team.", 401);
    }
    if (!(await verifyPassword(password, member.password))) {
      return refuse("That email and password do not match a member of the team.", 401);
    }
    return signIn(
      c,
      expected,
      { kind: "member", memberId: member.id, epoch: member.sessionEpoch },
      next,
    );
  })
  .post("/logout", async (c) => {
    // Clearing the cookie is not enough: a copy taken earlier (another browser, a stolen
    // laptop's profile) would work for the rest of its 12 hours unless the session ends here.
    await revokeSession(c.env.SITES, c.env.ADMIN_TOKEN, getCookie(c, SESSION_COOKIE), Date.now());
    deleteCookie(c, SESSION_COOKIE, {
      path: "/admin",
      secure: new URL(c.req.url).protocol === "https:",
    });
    return c.redirect("/admin/login", 303);
  });

/** Sets a new session cookie for `subject` (HttpOnly, SameSite=Strict, /admin only). */
export async function setSessionCookie(
  c: Context,
  adminToken: string,
  subject: SessionSubject,
): Promise<void> {
  setCookie(c, SESSION_COOKIE, await createSession(adminToken, Date.now(), subject), {
    path: "/admin",
    httpOnly: true,
    secure: new URL(c.req.url).protocol === "https:",
    sameSite: "Strict",
    maxAge: SESSION_SECONDS,
  });
}

async function signIn(c: Context, adminToken: string, subject: SessionSubject, next: string) {
  await setSessionCookie(c, adminToken, subject);
  return c.redirect(next, 303);
}
