/** @jsxImportSource hono/jsx */
import type { Context, ErrorHandler } from "hono";
import { html } from "hono/html";
import { HTTPException } from "hono/http-exception";
import type { Child } from "hono/jsx";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { neutraliseBidi } from "../../shared/visible-text.ts";
import type { AppEnv } from "../env.ts";
import { AppError } from "../errors.ts";
import { listSiteIds } from "../sites/store.ts";
import { actorOf } from "./actor.ts";
import { Layout, type Notice, type Section } from "./views/layout.tsx";

const NOTICES: Record<string, Notice> = {
  redelivering: { kind: "ok", text: "Redelivering the failed channels now." },
  "nothing-failed": {
    kind: "ok",
    text: "No channel of this handoff had failed; nothing to redeliver.",
  },
  labelled: {
    kind: "ok",
    text: "Marked: the AI could have answered this. The threshold page counts it.",
  },
  unlabelled: { kind: "ok", text: "Label removed." },
  replied: { kind: "ok", text: "Reply sent. The visitor sees it in their chat." },
  resolved: { kind: "ok", text: "Marked resolved." },
  reopened: { kind: "ok", text: "Reopened." },
  "threshold-saved": {
    kind: "ok",
    text: "Threshold saved. The widget picks it up within a minute.",
  },
  "keywords-saved": { kind: "ok", text: "Keywords saved." },
  // Teaching from visitors' picks removes the section it was done in: without this, nothing
  // on the page it comes back to said it had worked.
  "picks-taught": {
    kind: "ok",
    text: "Taught: the article now answers the questions visitors picked it for.",
  },
  "channel-saved": { kind: "ok", text: "Channel saved." },
  "channel-removed": { kind: "ok", text: "Channel removed." },
  "hours-saved": { kind: "ok", text: "Hours saved. The widget picks them up within a minute." },
  "signed-out": { kind: "ok", text: "Signed out." },
  "role-changed": { kind: "ok", text: "Role changed." },
  "member-removed": {
    kind: "ok",
    text: "Removed. Their sessions have ended; what they wrote keeps their name.",
  },
  "invite-revoked": { kind: "ok", text: "Invitation withdrawn: its link no longer works." },
  "name-saved": { kind: "ok", text: "Name saved. New replies carry it." },
  "password-saved": {
    kind: "ok",
    text: "Password changed. Every other session of yours has been signed out.",
  },
  "conversation-deleted": {
    kind: "ok",
    text: "Conversation deleted: its messages, handoffs and replies are gone.",
  },
};

const ERROR_TITLES: Partial<Record<AppError["code"], string>> = {
  site_not_found: "Unknown site",
  handoff_not_found: "Unknown handoff",
  not_found: "Not found",
  forbidden: "For owners only",
  bad_request: "That did not work",
};

/** What a signed-in page says about itself besides its body. */
export interface PageProps {
  title: string;
  section: Section;
  site: string | null;
  notice?: Notice | null;
  status?: ContentfulStatusCode;
}

/**
 * A signed-in page: the layout (navigation, site picker, the notice a redirect named with
 * `done=`) around `body`.
 */
export async function renderPage(
  c: Pick<Context<AppEnv>, "env" | "req" | "html"> & { var: object },
  props: PageProps,
  body: Child,
): Promise<Response> {
  const sites = await listSiteIds(c.env.SITES);
  const notice = props.notice ?? NOTICES[c.req.query("done") ?? ""] ?? null;
  const page = await html`<!doctype html>${(
    <Layout
      title={props.title}
      section={props.section}
      sites={sites}
      site={props.site}
      notice={notice}
      actor={actorOf(c)}
    >
      {body}
    </Layout>
  )}`;
  // Every page shows visitors' words (handoffs, transcripts, answers, gaps): bidi controls are
  // taken out of the whole page at this one place, so none can reorder what the owner reads.
  return c.html(neutraliseBidi(page.toString()), props.status ?? 200);
}

/** `back` with `done=<notice>` set and the handoff's anchor, so the page reopens where it was. */
export function withNotice(back: string, notice: string, handoffId?: string): string {
  const url = new URL(back, "http://dashboard.invalid");
  url.searchParams.set("done", notice);
  return `${url.pathname}${url.search}${handoffId ? `#handoff/${handoffId}` : ""}`;
}

/** The dashboard's errors as a page a person reads, not the API's JSON. */
export const dashboardError: ErrorHandler<AppEnv> = async (error, c) => {
  if (error instanceof HTTPException && error.res) return error.getResponse();
  if (error instanceof AppError && error.status < 500) {
    // Signed-in pages keep their navigation, so the owner can go on from a dead end; anyone not
    // signed in (the sign-in and invitation pages, a request refused before its session was
    // read) sees the error without it, so no site's name reaches them.
    if (actorOf(c)) {
      return renderPage(
        c,
        {
          title: ERROR_TITLES[error.code] ?? "Something is not right",
          section: "handoffs",
          site: null,
          notice: { kind: "error", text: error.message },
          status: error.status,
        },
        <p>
          <a href="/admin">Back to the handoffs</a>
        </p>,
      );
    }
    return c.html(html`<!doctype html>${<ErrorPage message={error.message} />}`, error.status);
  }
  console.error("dashboard error", error);
  return c.html(
    html`<!doctype html>${<ErrorPage message="Something went wrong on our side; please try again." />}`,
    500,
  );
};

function ErrorPage(props: { message: string }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <title>Clarifier dashboard</title>
        <link rel="stylesheet" href="/admin/assets/dashboard.css" />
        <link rel="stylesheet" href="/admin/assets/pages.css" />
      </head>
      <body>
        <main id="main">
          <p class="notice error" role="alert">
            {props.message}
          </p>
          <p>
            <a href="/admin">Back to the dashboard</a>
          </p>
        </main>
      </body>
    </html>
  );
}
