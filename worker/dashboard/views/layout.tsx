/** @jsxImportSource hono/jsx */
import type { Child } from "hono/jsx";
import { MIN_ADMIN_TOKEN_LENGTH } from "../../../shared/limits.ts";
import { type Actor, actorId, mayRequest } from "../actor.ts";
import { invalid } from "./field.tsx";

export type Section =
  | "handoffs"
  | "answers"
  | "kb"
  | "widget"
  | "gaps"
  | "threshold"
  | "keywords"
  | "channels"
  | "hours"
  | "stats"
  // Not sections of a site, and not in the navigation's list: linked beside it.
  | "team"
  | "account";

const SECTIONS: { id: Section; label: string; perSite: boolean }[] = [
  { id: "handoffs", label: "Handoffs", perSite: false },
  { id: "answers", label: "Answers", perSite: true },
  { id: "gaps", label: "Knowledge gaps", perSite: true },
  { id: "kb", label: "Knowledge base", perSite: true },
  { id: "threshold", label: "Threshold", perSite: true },
  { id: "keywords", label: "Keywords", perSite: true },
  { id: "channels", label: "Channels", perSite: true },
  { id: "hours", label: "Hours", perSite: true },
  { id: "widget", label: "Widget", perSite: true },
  { id: "stats", label: "Stats", perSite: true },
];

/** Every section, in the navigation's order. */
export const SECTION_IDS: readonly Section[] = SECTIONS.map((s) => s.id);

/** The path of a section for a site; the handoff list takes the site as a filter. */
export function sectionPath(section: Section, site: string | null): string {
  if (section === "handoffs") return site ? `/admin?site=${encodeURIComponent(site)}` : "/admin";
  return `/admin/sites/${encodeURIComponent(site ?? "")}/${section}`;
}

export interface Notice {
  kind: "ok" | "error";
  text: string;
}

/** Whether the signed-in actor may open `href` (a dashboard path): agents see only their pages. */
function mayOpen(actor: Actor | null, href: string): boolean {
  return !actor || mayRequest(actor, "GET", new URL(href, "http://dashboard.invalid").pathname);
}

/** Every signed-in page: navigation, the site picker, a notice, then the page itself. */
export function Layout(props: {
  title: string;
  section: Section;
  sites: readonly string[];
  site: string | null;
  notice?: Notice | null;
  /** Who is signed in; the navigation shows only what they may open. */
  actor?: Actor | null;
  children?: Child;
}) {
  const site = props.site ?? props.sites[0] ?? null;
  const actor = props.actor ?? null;
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · Clarifier`}</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href="/admin/assets/dashboard.css" />
        <link rel="stylesheet" href="/admin/assets/pages.css" />
        <link rel="stylesheet" href="/admin/assets/editors.css" />
        <script src="/admin/assets/dashboard.js" defer></script>
      </head>
      {/* Whose page it is: dashboard.js keeps a form's text per writer (a member's id, or
          `admin`), so another member signing in on this browser is never shown it. */}
      <body data-writer={actor ? actorId(actor) : undefined}>
        <a class="skip" href="#main">
          Skip to content
        </a>
        <header class="top">
          <strong class="brand">Clarifier</strong>
          <nav aria-label="Sections">
            <ul>
              {SECTIONS.map((s) =>
                (s.perSite && !site) || !mayOpen(actor, sectionPath(s.id, site)) ? null : (
                  <li>
                    <a
                      href={sectionPath(s.id, s.perSite ? site : props.site)}
                      aria-current={s.id === props.section ? "page" : undefined}
                    >
                      {s.label}
                    </a>
                  </li>
                ),
              )}
            </ul>
          </nav>
          <form class="site-picker" method="get" action="/admin/go">
            <input type="hidden" name="section" value={props.section} />
            <label for="site-picker">Site</label>
            <select id="site-picker" name="site">
              {props.section === "handoffs" ? (
                <option value="" selected={!props.site}>
                  All sites
                </option>
              ) : null}
              {props.sites.map((id) => (
                <option value={id} selected={id === props.site}>
                  {id}
                </option>
              ))}
            </select>
            <button type="submit" class="secondary">
              Go
            </button>
          </form>
          {mayOpen(actor, "/admin/new-site") ? (
            <a class="add-site" href="/admin/new-site">
              Add a site
            </a>
          ) : null}
          {mayOpen(actor, "/admin/team") ? (
            <a href="/admin/team" aria-current={props.section === "team" ? "page" : undefined}>
              Team
            </a>
          ) : null}
          {actor?.memberId ? (
            <a
              href="/admin/account"
              title="Your name and password"
              aria-current={props.section === "account" ? "page" : undefined}
            >
              {`${actor.name} (${actor.role})`}
            </a>
          ) : null}
          <form method="post" action="/admin/logout">
            <button type="submit" class="link">
              Sign out
            </button>
          </form>
        </header>
        <main id="main">
          <h1>{props.title}</h1>
          {props.notice ? (
            <p
              class={`notice ${props.notice.kind}`}
              role={props.notice.kind === "error" ? "alert" : "status"}
              // A confirmation takes the focus on load (dashboard.js): the owner is told, and
              // Tab goes on from the page's top, not from the header's links again.
              tabindex={props.notice.kind === "ok" ? -1 : undefined}
            >
              {props.notice.text}
            </p>
          ) : null}
          {props.children}
        </main>
      </body>
    </html>
  );
}

/**
 * The sign-in page, shown without a session: a team member's email and password, and below it
 * the admin token, which stays the way in for whoever set up the installation.
 */
export function LoginPage(props: {
  error?: string;
  next: string;
  /** Which form the error is about, so it is shown beside that one. */
  errorFor?: "member" | "token";
  email?: string;
  /** What is wrong with ADMIN_TOKEN while admin access is closed ("is not set", …). */
  closed?: string;
  /** The session ended before a form post: a reply, or another change, was not made. */
  ended?: "reply" | "change";
}) {
  if (props.closed) return <ClosedPage fault={props.closed} />;
  const memberError = props.error && props.errorFor !== "token" ? props.error : null;
  const tokenError = props.error && props.errorFor === "token" ? props.error : null;
  return (
    <BarePage title="Sign in">
      <div class="login-card">
        <form method="post" action="/admin/login" class="card">
          <h1>Clarifier dashboard</h1>
          {props.ended ? (
            <p class="notice error" role="alert">
              {props.ended === "reply"
                ? "Your session ended (a session lasts 12 hours), so your reply was not sent. Sign in again: you will be back on the handoff with your reply in its box, ready to send."
                : "Your session ended (a session lasts 12 hours), so that change was not saved. Sign in again to go back to the page and make it."}
            </p>
          ) : null}
          <p>Sign in with the email and password you chose when you accepted your invitation.</p>
          {/* Tied to both fields (aria-describedby): which of the two was wrong is not said. */}
          {memberError ? (
            <p class="notice error" role="alert" id="member-error">
              {memberError}
            </p>
          ) : null}
          <input type="hidden" name="next" value={props.next} />
          <label for="email">Email</label>
          <input
            id="email"
            name="email"
            type="email"
            autocomplete="username"
            value={props.email ?? ""}
            required
            {...invalid("member", memberError)}
          />
          <label for="password">Password</label>
          <input
            id="password"
            name="password"
            type="password"
            autocomplete="current-password"
            required
            {...invalid("member", memberError)}
          />
          <button type="submit">Sign in</button>
        </form>
        <form method="post" action="/admin/login" class="card">
          <h2>Or with the admin token</h2>
          <p>Whoever set Clarifier up signs in with its admin token (ADMIN_TOKEN) as “admin”.</p>
          {tokenError ? (
            <p class="notice error" role="alert" id="token-error">
              {tokenError}
            </p>
          ) : null}
          <input type="hidden" name="next" value={props.next} />
          <label for="token">Admin token</label>
          <input
            id="token"
            name="token"
            type="password"
            autocomplete="off"
            required
            {...invalid("token", tokenError)}
          />
          <button type="submit">Sign in with the token</button>
        </form>
      </div>
    </BarePage>
  );
}

/**
 * The sign-in page while ADMIN_TOKEN is unset or too short: nobody can sign in (sessions are
 * signed with a key from the token), so instead of forms that cannot work it says what to set
 * and where, for a deployed worker and a local one. The admin API says the same in its 503.
 */
function ClosedPage(props: { fault: string }) {
  return (
    <BarePage title="Sign-in closed">
      <div class="login-card">
        <section class="card">
          <h1>Clarifier dashboard</h1>
          <p class="notice error" role="alert">
            {`Admin access is closed: ADMIN_TOKEN ${props.fault}, so nobody can sign in yet.`}
          </p>
          <p>{`Set it to a random value of at least ${MIN_ADMIN_TOKEN_LENGTH} characters, then reload this page:`}</p>
          <ul>
            <li>
              Deployed: make one with <code>openssl rand -base64 32</code> and keep it (you sign in
              with it), then <code>npx wrangler secret put ADMIN_TOKEN</code> and paste it. It takes
              effect at once.
            </li>
            <li>
              Locally: a line <code>ADMIN_TOKEN=…</code> in <code>.dev.vars</code> beside{" "}
              <code>wrangler.toml</code>, then restart <code>wrangler dev</code>.{" "}
              <code>npm start</code> writes one for you and prints it.
            </li>
          </ul>
          <p>Then sign in here with the token, as “admin”, and invite your team from Team.</p>
        </section>
      </div>
    </BarePage>
  );
}

/** A page shown without a session (sign-in, an invitation): no navigation, no site names. */
export function BarePage(props: { title: string; children?: Child }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · Clarifier`}</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href="/admin/assets/dashboard.css" />
        <link rel="stylesheet" href="/admin/assets/pages.css" />
        <script src="/admin/assets/dashboard.js" defer></script>
      </head>
      <body class="login">
        <main id="main">{props.children}</main>
      </body>
    </html>
  );
}
