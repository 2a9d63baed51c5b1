/** @jsxImportSource hono/jsx */
import type { Child } from "hono/jsx";

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
  | "stats";

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

/** Every signed-in page: navigation, the site picker, a notice, then the page itself. */
export function Layout(props: {
  title: string;
  section: Section;
  sites: readonly string[];
  site: string | null;
  notice?: Notice | null;
  children?: Child;
}) {
  const site = props.site ?? props.sites[0] ?? null;
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
      <body>
        <a class="skip" href="#main">
          Skip to content
        </a>
        <header class="top">
          <strong class="brand">Clarifier</strong>
          <nav aria-label="Sections">
            <ul>
              {SECTIONS.map((s) =>
                s.perSite && !site ? null : (
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
            <select id="site-picker" name="site" data-autosubmit>
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
            <button type="submit" class="secondary js-hidden">
              Go
            </button>
          </form>
          <a class="add-site" href="/admin/new-site">
            Add a site
          </a>
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

/** The sign-in page, the one page shown without a session. */
export function LoginPage(props: { error?: string; next: string }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Sign in · Clarifier</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href="/admin/assets/dashboard.css" />
        <link rel="stylesheet" href="/admin/assets/pages.css" />
        <script src="/admin/assets/dashboard.js" defer></script>
      </head>
      <body class="login">
        <main id="main">
          <form method="post" action="/admin/login" class="card login-card">
            <h1>Clarifier dashboard</h1>
            <p>Sign in with the admin token (ADMIN_TOKEN).</p>
            {props.error ? (
              <p class="notice error" role="alert">
                {props.error}
              </p>
            ) : null}
            <input type="hidden" name="next" value={props.next} />
            <label for="token">Admin token</label>
            <input
              id="token"
              name="token"
              type="password"
              autocomplete="current-password"
              required
              autofocus
            />
            <button type="submit">Sign in</button>
          </form>
        </main>
      </body>
    </html>
  );
}
