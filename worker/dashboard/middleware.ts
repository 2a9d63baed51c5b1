import type { Context, MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import { csrf } from "hono/csrf";
import { createMiddleware } from "hono/factory";
import { adminTokenProblem } from "../admin/auth.ts";
import { MAX_DASHBOARD_FORM_BYTES, MAX_DASHBOARD_UPLOAD_BYTES } from "../../shared/limits.ts";
import type { AppEnv } from "../env.ts";
import { AppError } from "../errors.ts";
import { readBytesUpTo } from "../http/read-body.ts";
import { HSTS } from "../http/security-headers.ts";
import { getMember } from "../team/members-store.ts";
import { ADMIN_ACTOR, type Actor, type ActorVariables, mayRequest } from "./actor.ts";
import { safeReturnPath } from "./format.ts";
import { activeSessionSubject, SESSION_COOKIE } from "./session.ts";

// No inline script or style anywhere: the stylesheet and script under /admin/assets are the only
// code and style a page loads. Frames only from this origin: the Widget page's live preview.
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "form-action 'self'; frame-src 'self'; frame-ancestors 'none'; base-uri 'none'";

/** Powerful features no dashboard page uses, turned off for it and for the frame it holds. */
const PERMISSIONS =
  "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), " +
  "hid=(), display-capture=(), publickey-credentials-get=()";

/**
 * Every dashboard page's headers: a strict CSP, no framing, no sniffing, no referrer off-site,
 * no caching, HSTS over https, no powerful features, and a browsing context and a process of its
 * own (COOP, CORP): a page another site opens keeps no handle on it, and no other site can load
 * one into its own process as an image or script (the cookie is SameSite=Strict already).
 */
export function securityHeaders(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    c.header("content-security-policy", CSP);
    // `frame-ancestors 'none'` says the same to every current browser; this is for the ones
    // (and the in-app web views) that read only the older header.
    c.header("x-frame-options", "DENY");
    c.header("x-content-type-options", "nosniff");
    c.header("referrer-policy", "same-origin");
    c.header("cache-control", "no-store");
    c.header("permissions-policy", PERMISSIONS);
    c.header("cross-origin-opener-policy", "same-origin");
    c.header("cross-origin-resource-policy", "same-origin");
    if (new URL(c.req.url).protocol === "https:") c.header("strict-transport-security", HSTS);
  };
}

/** The posts that carry knowledge-base documents: an upload, an article added or saved. */
const KB_DOCUMENT_POSTS = /^\/admin\/sites\/[^/]+\/kb\/(?:import|new|edit)$/;

/**
 * CSRF: the cookie is SameSite=Strict, and on top of that every state change must be a form
 * post from this origin (Hono's origin / Sec-Fetch-Site check). Other body types are refused
 * outright, because `csrf()` only inspects the content types a cross-site form can send.
 *
 * The body is then read, at most `MAX_DASHBOARD_FORM_BYTES` of it, before any handler parses it:
 * the sign-in form is open to anyone, and parsing reads the whole body into memory first. The
 * Knowledge base page's posts that carry documents (`KB_DOCUMENT_POSTS`) may be as large as the
 * admin API's knowledge-base upload, and only signed-in owners reach them.
 */
export function formPostsOnly(): MiddlewareHandler<AppEnv> {
  const sameOriginForms = csrf();
  return async (c, next) => {
    if (/^(GET|HEAD|OPTIONS)$/.test(c.req.method)) return next();
    const type = c.req.header("content-type") ?? "";
    if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(type)) {
      return c.text("Dashboard changes are sent as forms.", 415);
    }
    return sameOriginForms(c, async () => {
      // Only a signed-in owner may send that much: anyone else is held to the form limit.
      const upload =
        KB_DOCUMENT_POSTS.test(new URL(c.req.url).pathname) &&
        (await signedInActor(c))?.role === "owner";
      const limit = upload ? MAX_DASHBOARD_UPLOAD_BYTES : MAX_DASHBOARD_FORM_BYTES;
      const bytes = await readBytesUpTo(c.req.raw, limit).catch((error) => {
        if (!(error instanceof AppError)) throw error;
        throw new AppError(
          "payload_too_large",
          upload
            ? `This upload is larger than ${limit / 1048576} MB, the most one import takes; nothing was changed. Upload the files in smaller batches.`
            : `This form is larger than ${limit / 1024} KB, more than any dashboard form needs; nothing was changed.`,
        );
      });
      // Handlers parse this copy, already read and within the limit, not the original stream.
      c.req.raw = new Request(c.req.raw, { body: bytes });
      // Parsed here, once: Hono keeps the parsed form for the handler's `parseBody`. A body its
      // type cannot describe (a multipart one without its boundary, or cut short) is the
      // sender's mistake, a 400 before any handler or session check runs, not a 500 and a
      // logged stack that anyone can post to the sign-in page without end.
      await c.req.formData().catch(() => {
        throw new AppError(
          "bad_request",
          "This form could not be read: its body does not match its content type. Nothing was changed.",
        );
      });
      await next();
    });
  };
}

/**
 * A signed-in session that has not signed out, or a redirect to the sign-in page that comes back
 * here afterwards. Who it is goes in `c.var.actor`; an agent asking for an owner's page or
 * change is refused here, before any handler runs (actor.ts `mayRequest`).
 */
export function requireSession(): MiddlewareHandler<AppEnv> {
  return createMiddleware<AppEnv<ActorVariables>>(async (c, next) => {
    const actor = await signedInActor(c);
    if (!actor) return c.redirect(signInPath(c), 303);
    c.set("actor", actor);
    // The path as the router matched it (percent-escapes decoded), so the rule judges the
    // route that would run; anything it does not list is refused.
    if (!mayRequest(actor, c.req.method, c.req.path)) {
      throw new AppError(
        "forbidden",
        "Only an owner can open or change this. Ask an owner of your team if it needs doing.",
      );
    }
    await next();
  }) as unknown as MiddlewareHandler<AppEnv>;
}

/** A handoff's own page, from the path of any post about it (a reply, its status, its label…). */
const HANDOFF_POST = /^\/admin\/handoffs\/([^/]+)\/[^/]+$/;

/**
 * The sign-in page for a request that has no session, leading back afterwards: a page to itself;
 * a form post (its session ended while the page was open, 12 hours after signing in) to the
 * page it was sent from, never to a post's URL, with `ended` saying what was not done, so the
 * sign-in page can say so. A reply goes back to its handoff, where the page's script has kept
 * the draft (public/admin/assets/dashboard.js). Signing out needs no sign-in to finish.
 */
function signInPath(c: Context): string {
  const url = new URL(c.req.url);
  // A confirmation (`done=`) was for what was done before the session ended: the page signed in
  // to would say "Keywords saved." again, above a form put back unsaved.
  if (url.searchParams.has("done")) url.searchParams.delete("done");
  if (c.req.method === "GET" || c.req.method === "HEAD")
    return `/admin/login?next=${encodeURIComponent(`${url.pathname}${url.search}`)}`;
  if (c.req.path === "/admin/logout") return "/admin/login";
  const handoff = HANDOFF_POST.exec(c.req.path);
  const next = handoff?.[1]
    ? `/admin/handoffs/${encodeURIComponent(handoff[1])}`
    : samePageReferrer(c.req.header("referer"), url.origin);
  const ended = c.req.path.endsWith("/replies") ? "reply" : "change";
  return `/admin/login?next=${encodeURIComponent(next)}&ended=${ended}`;
}

/** The pages below a section's that a GET opens; any other deeper path only takes posts. */
const DEEPER_PAGE = /^\/admin\/sites\/[^/]+\/(?:kb\/(?:new|edit)|widget\/install)$/;
const SECTION_PAGE = /^\/admin\/(?:sites\/[^/]+\/[^/]+|team|account)(?=\/)/;

/**
 * The dashboard page a same-origin referrer names (the form's page), else the handoff list. A
 * page shown at a post's URL (an invitation link at /admin/team/invite, a refused save) is
 * opened by no GET: its section's page instead.
 */
function samePageReferrer(referer: string | undefined, origin: string): string {
  if (!referer || !URL.canParse(referer)) return "/admin";
  const from = new URL(referer);
  if (from.origin !== origin || from.pathname === "/admin/login") return "/admin";
  if (from.searchParams.has("done")) from.searchParams.delete("done");
  const section = DEEPER_PAGE.test(from.pathname) ? null : SECTION_PAGE.exec(from.pathname);
  return safeReturnPath(section ? section[0] : `${from.pathname}${from.search}`);
}

/**
 * Who the request's session cookie signs in: the token holder, or a member whose row still
 * exists with the session epoch the cookie was signed with. Null for no session, one signed
 * out, a removed member, or a member who has set a new password since.
 */
async function signedInActor<E extends AppEnv<object>>(c: Context<E>): Promise<Actor | null> {
  const token = c.env.ADMIN_TOKEN;
  if (!token || adminTokenProblem(token)) return null;
  const subject = await activeSessionSubject(
    c.env.SITES,
    token,
    getCookie(c, SESSION_COOKIE),
    Date.now(),
  );
  if (!subject) return null;
  if (subject.kind === "admin") return ADMIN_ACTOR;
  const member = await getMember(c.env.DB, subject.memberId);
  if (!member || member.sessionEpoch !== subject.epoch) return null;
  return { memberId: member.id, name: member.name, email: member.email, role: member.role };
}
