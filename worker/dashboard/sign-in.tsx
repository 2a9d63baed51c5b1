/** @jsxImportSource hono/jsx */
import { Hono } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { html } from "hono/html";
import { adminTokenProblem, isAdminToken, requireAdminToken } from "../admin/auth.ts";
import type { AppEnv } from "../env.ts";
import { AppError } from "../errors.ts";
import { enforceSignInLimit } from "../http/rate-limit.ts";
import { safeReturnPath } from "./format.ts";
import { createSession, revokeSession, SESSION_COOKIE, SESSION_SECONDS } from "./session.ts";
import { LoginPage } from "./views/layout.tsx";

/** Signing in with the admin token (the one page shown without a session) and out. */
export const signInRoutes = new Hono<AppEnv>()
  .get("/login", (c) => {
    const next = safeReturnPath(c.req.query("next"));
    const closed = adminTokenProblem(c.env.ADMIN_TOKEN);
    return c.html(
      html`<!doctype html>${<LoginPage next={next} error={closed ?? undefined} />}`,
      closed ? 503 : 200,
    );
  })
  .post("/login", async (c) => {
    const form = await c.req.parseBody();
    const next = safeReturnPath(form.next);
    let expected: string;
    try {
      expected = requireAdminToken(c.env.ADMIN_TOKEN);
      await enforceSignInLimit(c);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      if (error.retryAfterSeconds !== undefined)
        c.header("retry-after", String(error.retryAfterSeconds));
      return c.html(
        html`<!doctype html>${<LoginPage next={next} error={error.message} />}`,
        error.status,
      );
    }
    const token = typeof form.token === "string" ? form.token : "";
    if (!(await isAdminToken(token, expected))) {
      return c.html(
        html`<!doctype html>${<LoginPage next={next} error="That is not the admin token." />}`,
        401,
      );
    }
    setCookie(c, SESSION_COOKIE, await createSession(expected, Date.now()), {
      path: "/admin",
      httpOnly: true,
      secure: new URL(c.req.url).protocol === "https:",
      sameSite: "Strict",
      maxAge: SESSION_SECONDS,
    });
    return c.redirect(next, 303);
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
