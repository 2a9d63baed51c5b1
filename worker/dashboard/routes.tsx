/** @jsxImportSource hono/jsx */
import { type Context, Hono } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { csrf } from "hono/csrf";
import { html } from "hono/html";
import { HTTPException } from "hono/http-exception";
import type { Child } from "hono/jsx";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { decideHandoff } from "../../shared/decision.ts";
import {
  DEFAULT_KEYWORDS,
  effectiveKeywords,
  keywordLanguage,
} from "../../shared/default-keywords.ts";
import { MAX_MESSAGE_LENGTH, SITE_ID_PATTERN } from "../../shared/limits.ts";
import { type ChannelTestResult, sendTestHandoff } from "../channels/test-handoff.ts";
import type { AppEnv } from "../env.ts";
import { AppError } from "../errors.ts";
import { redeliverFailed } from "../handoff/dispatch.ts";
import {
  handoffExists,
  type LabelledHandoff,
  listDeliveries,
  listHandoffs,
} from "../handoff/store.ts";
import { siteIdFromPath } from "../http/ids.ts";
import { enforceSignInLimit } from "../http/rate-limit.ts";
import { parseWith } from "../http/read-json.ts";
import { retrieve } from "../kb/retrieve.ts";
import { getKbIndex } from "../kb/store.ts";
import { type SiteConfig, SiteConfigSchema } from "../sites/config-schema.ts";
import { listSiteIds, putSiteConfig, requireSiteConfig } from "../sites/store.ts";
import { DASHBOARD_CSS, DASHBOARD_JS } from "./assets.ts";
import { channelFromForm } from "./channel-form.ts";
import { ChannelsEditor } from "./channels-page.tsx";
import { isHandoffReason } from "../../shared/handoff.ts";
import { daysAgo, parseDay, parseDays, safeReturnPath } from "./format.ts";
import { HandoffFilters, HandoffItem } from "./handoffs-page.tsx";
import { KnowledgeGaps, Stats } from "./insights-pages.tsx";
import { groupSimilarQuestions } from "./knowledge-gaps.ts";
import { KeywordsEditor, type MessageTest } from "./keywords-page.tsx";
import { Layout, LoginPage, type Notice, type Section, sectionPath } from "./layout.tsx";
import { adminTokenProblem, isAdminToken, requireAdminToken } from "../admin/auth.ts";
import { createSession, isValidSession, SESSION_COOKIE, SESSION_SECONDS } from "./session.ts";
import {
  countDeliveriesByChannel,
  countHandoffsByDay,
  countQuestions,
  getLabelledHandoff,
  listCouldHaveAnswered,
  listLoggedQuestions,
  listTranscripts,
  setCouldHaveAnswered,
} from "./store.ts";
import { ThresholdTuning } from "./threshold-page.tsx";
import { confidenceHistogram, previewThreshold, SLIDER_STEPS } from "./threshold-preview.ts";

type Ctx = Context<AppEnv>;

const LIST_LIMIT = 50;
const DEFAULT_DAYS = 30;
const MAX_DAYS = 90;

// No inline script or style anywhere: the two files below are the only code and style.
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

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
  "threshold-saved": {
    kind: "ok",
    text: "Threshold saved. The widget picks it up within a minute.",
  },
  "keywords-saved": { kind: "ok", text: "Keywords saved." },
  "channel-saved": { kind: "ok", text: "Channel saved." },
  "channel-removed": { kind: "ok", text: "Channel removed." },
  "signed-out": { kind: "ok", text: "Signed out." },
};

/**
 * The dashboard at `/admin`: server-rendered pages behind a signed session cookie. The bearer
 * admin API under `/admin/api` is left to its own middleware.
 */
export const dashboardRoutes = new Hono<AppEnv>();

dashboardRoutes.use("*", async (c, next) => {
  if (c.req.path.startsWith("/admin/api/")) return next();
  await next();
  c.header("content-security-policy", CSP);
  c.header("x-content-type-options", "nosniff");
  c.header("referrer-policy", "same-origin");
  if (!c.req.path.startsWith("/admin/assets/")) c.header("cache-control", "no-store");
});

// CSRF: the cookie is SameSite=Strict, and on top of that every state change must be a form
// post from this origin (Hono's origin / Sec-Fetch-Site check). Other body types are refused
// outright, because `csrf()` only inspects the content types a cross-site form can send.
const sameOriginForms = csrf();
dashboardRoutes.use("*", async (c, next) => {
  if (c.req.path.startsWith("/admin/api/") || /^(GET|HEAD|OPTIONS)$/.test(c.req.method))
    return next();
  const type = c.req.header("content-type") ?? "";
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(type)) {
    return c.text("Dashboard changes are sent as forms.", 415);
  }
  return sameOriginForms(c, next);
});

dashboardRoutes.use("*", async (c, next) => {
  const path = c.req.path;
  if (
    path.startsWith("/admin/api/") ||
    path === "/admin/login" ||
    path.startsWith("/admin/assets/")
  )
    return next();
  const token = c.env.ADMIN_TOKEN;
  if (
    token &&
    !adminTokenProblem(token) &&
    (await isValidSession(token, getCookie(c, SESSION_COOKIE), Date.now()))
  )
    return next();
  const url = new URL(c.req.url);
  const back = c.req.method === "GET" ? `${url.pathname}${url.search}` : "/admin";
  return c.redirect(`/admin/login?next=${encodeURIComponent(back)}`, 303);
});

dashboardRoutes.onError((error, c) => {
  if (error instanceof HTTPException && error.res) return error.getResponse();
  if (error instanceof AppError && error.status < 500) {
    return c.html(html`<!doctype html>${<ErrorPage message={error.message} />}`, error.status);
  }
  console.error("dashboard error", error);
  return c.html(
    html`<!doctype html>${<ErrorPage message="Something went wrong on our side; please try again." />}`,
    500,
  );
});

function ErrorPage(props: { message: string }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <title>Clarifier dashboard</title>
        <link rel="stylesheet" href="/admin/assets/dashboard.css" />
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

dashboardRoutes.get("/assets/dashboard.css", (c) => {
  c.header("content-type", "text/css; charset=utf-8");
  c.header("cache-control", "no-cache");
  return c.body(DASHBOARD_CSS);
});
dashboardRoutes.get("/assets/dashboard.js", (c) => {
  c.header("content-type", "text/javascript; charset=utf-8");
  c.header("cache-control", "no-cache");
  return c.body(DASHBOARD_JS);
});

// ---- sign-in ----

dashboardRoutes.get("/login", (c) => {
  const next = safeReturnPath(c.req.query("next"));
  const closed = adminTokenProblem(c.env.ADMIN_TOKEN);
  return c.html(
    html`<!doctype html>${<LoginPage next={next} error={closed ?? undefined} />}`,
    closed ? 503 : 200,
  );
});

dashboardRoutes.post("/login", async (c) => {
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
});

dashboardRoutes.post("/logout", (c) => {
  deleteCookie(c, SESSION_COOKIE, {
    path: "/admin",
    secure: new URL(c.req.url).protocol === "https:",
  });
  return c.redirect("/admin/login", 303);
});

// ---- pages ----

async function page(
  c: Ctx,
  props: {
    title: string;
    section: Section;
    site: string | null;
    notice?: Notice | null;
    status?: ContentfulStatusCode;
  },
  body: Child,
): Promise<Response> {
  const sites = await listSiteIds(c.env.SITES);
  const notice = props.notice ?? NOTICES[c.req.query("done") ?? ""] ?? null;
  return c.html(
    html`<!doctype html>${(
      <Layout
        title={props.title}
        section={props.section}
        sites={sites}
        site={props.site}
        notice={notice}
      >
        {body}
      </Layout>
    )}`,
    props.status ?? 200,
  );
}

dashboardRoutes.get("/go", (c) => {
  const raw = c.req.query("site") ?? "";
  const site = SITE_ID_PATTERN.test(raw) ? raw : null;
  const section = c.req.query("section") as Section | undefined;
  const known: Section[] = ["handoffs", "threshold", "keywords", "channels", "gaps", "stats"];
  if (!site || !section || !known.includes(section))
    return c.redirect(sectionPath("handoffs", site), 303);
  return c.redirect(sectionPath(section, site), 303);
});

async function renderHandoffs(
  c: Ctx,
  handoffs: LabelledHandoff[],
  returnTo: string,
  open: boolean,
): Promise<Child> {
  const [deliveries, transcript] = await Promise.all([
    listDeliveries(
      c.env.DB,
      handoffs.map((h) => h.id),
    ),
    listTranscripts(
      c.env.DB,
      handoffs.map((h) => h.conversationId),
    ),
  ]);
  return handoffs.map((h) => (
    <HandoffItem
      handoff={h}
      deliveries={deliveries.filter((d) => d.handoffId === h.id)}
      transcript={transcript.filter((m) => m.conversationId === h.conversationId)}
      returnTo={returnTo}
      open={open}
    />
  ));
}

dashboardRoutes.get("/", async (c) => {
  const rawSite = c.req.query("site") ?? "";
  const site = SITE_ID_PATTERN.test(rawSite) ? rawSite : null;
  const trigger = c.req.query("trigger") ?? "";
  const from = parseDay(c.req.query("from"));
  const to = parseDay(c.req.query("to"));
  const labelled = c.req.query("labelled") === "1";
  // A page starts after the handoff `before` names; an id that names none starts from the newest.
  const rawBefore = c.req.query("before");
  const before = rawBefore && (await handoffExists(c.env.DB, rawBefore)) ? rawBefore : undefined;
  const listed = await listHandoffs(c.env.DB, {
    site: site ?? undefined,
    reason: isHandoffReason(trigger) ? trigger : undefined,
    from: from ? `${from}T00:00:00.000Z` : undefined,
    until: to ? new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).toISOString() : undefined,
    labelledOnly: labelled,
    before,
    limit: LIST_LIMIT + 1,
  });
  const handoffs = listed.slice(0, LIST_LIMIT);
  const url = new URL(c.req.url);
  const older = listed.length > LIST_LIMIT ? new URL(url) : null;
  older?.searchParams.set("before", handoffs[handoffs.length - 1]?.id ?? "");
  const newest = new URL(url);
  newest.searchParams.delete("before");
  const items = await renderHandoffs(c, handoffs, `${url.pathname}${url.search}`, false);
  return page(
    c,
    { title: site ? `Handoffs · ${site}` : "Handoffs", section: "handoffs", site },
    <>
      <HandoffFilters
        filter={{
          site,
          trigger: isHandoffReason(trigger) ? trigger : "",
          from: from ?? "",
          to: to ?? "",
          labelled,
        }}
      />
      {handoffs.length === 0 ? (
        <p class="empty">No handoffs match.</p>
      ) : (
        <>
          <p class="hint">
            {`${handoffs.length} ${handoffs.length === 1 ? "handoff" : "handoffs"}, newest first${before ? ", older than the last page" : ""}.`}
          </p>
          <div class="handoff-list">{items}</div>
          {older || before ? (
            <nav class="pager" aria-label="More handoffs">
              {before ? <a href={`${newest.pathname}${newest.search}`}>Newest handoffs</a> : null}
              {older ? <a href={`${older.pathname}${older.search}`}>Older handoffs →</a> : null}
            </nav>
          ) : null}
        </>
      )}
    </>,
  );
});

dashboardRoutes.get("/handoffs/:id", async (c) => {
  const handoff = await getLabelledHandoff(c.env.DB, c.req.param("id"));
  if (!handoff) throw new AppError("handoff_not_found", "No handoff has this id.");
  const items = await renderHandoffs(c, [handoff], `/admin/handoffs/${handoff.id}`, true);
  return page(
    c,
    { title: "Handoff", section: "handoffs", site: handoff.site },
    <div class="handoff-list">{items}</div>,
  );
});

dashboardRoutes.post("/handoffs/:id/redeliver", async (c) => {
  const form = await c.req.parseBody();
  const handoff = await getLabelledHandoff(c.env.DB, c.req.param("id"));
  if (!handoff) throw new AppError("handoff_not_found", "No handoff has this id.");
  const redelivering = await redeliverFailed(c.env, handoff.id);
  return c.redirect(
    withNotice(
      safeReturnPath(form.back),
      redelivering ? "redelivering" : "nothing-failed",
      handoff.id,
    ),
    303,
  );
});

dashboardRoutes.post("/handoffs/:id/label", async (c) => {
  const form = await c.req.parseBody();
  const labelled = form.couldHaveAnswered === "1";
  const id = c.req.param("id");
  if (!(await setCouldHaveAnswered(c.env.DB, id, labelled, new Date().toISOString()))) {
    throw new AppError("handoff_not_found", "No handoff has this id.");
  }
  return c.redirect(
    withNotice(safeReturnPath(form.back), labelled ? "labelled" : "unlabelled", id),
    303,
  );
});

/** `back` with `done=<notice>` set and the handoff's anchor, so the page reopens where it was. */
function withNotice(back: string, notice: string, handoffId?: string): string {
  const url = new URL(back, "http://dashboard.invalid");
  url.searchParams.set("done", notice);
  return `${url.pathname}${url.search}${handoffId ? `#handoff/${handoffId}` : ""}`;
}

// ---- per-site settings ----

/**
 * Saves a changed config through the same schema as `PUT /admin/api/sites/{site}`; a rejected
 * value comes back as the schema's one-sentence message.
 */
async function saveSiteConfig(
  c: Ctx,
  site: string,
  raw: unknown,
): Promise<{ ok: true } | { ok: false; error: string }> {
  try {
    await putSiteConfig(c.env.SITES, site, parseWith(SiteConfigSchema, raw));
    return { ok: true };
  } catch (error) {
    if (error instanceof AppError && error.code === "bad_request")
      return { ok: false, error: error.message };
    throw error;
  }
}

async function thresholdPage(
  c: Ctx,
  site: string,
  config: SiteConfig,
  options: { preview?: number; days?: number; notice?: Notice; status?: ContentfulStatusCode } = {},
) {
  const days = options.days ?? parseDays(c.req.query("days"), DEFAULT_DAYS, MAX_DAYS);
  const since = daysAgo(days, Date.now());
  const [questions, labelled] = await Promise.all([
    listLoggedQuestions(c.env.DB, site, since),
    listCouldHaveAnswered(c.env.DB, site, since),
  ]);
  const requested = options.preview ?? Number(c.req.query("threshold") ?? Number.NaN);
  const previewAt =
    Number.isFinite(requested) && requested >= 0 && requested <= 1
      ? Math.round(requested * 100) / 100
      : config.threshold;
  const table = SLIDER_STEPS.map((t) => previewThreshold(questions, labelled, t));
  return page(
    c,
    {
      title: `Threshold · ${site}`,
      section: "threshold",
      site,
      notice: options.notice,
      status: options.status,
    },
    <ThresholdTuning
      site={site}
      days={days}
      current={previewThreshold(questions, labelled, config.threshold)}
      preview={previewThreshold(questions, labelled, previewAt)}
      table={table}
      bins={confidenceHistogram(questions, 20)}
    />,
  );
}

dashboardRoutes.get("/sites/:site/threshold", async (c) => {
  const site = siteIdFromPath(c.req.param("site"));
  return thresholdPage(c, site, await requireSiteConfig(c.env.SITES, site));
});

dashboardRoutes.post("/sites/:site/threshold", async (c) => {
  const site = siteIdFromPath(c.req.param("site"));
  const config = await requireSiteConfig(c.env.SITES, site);
  const form = await c.req.parseBody();
  const typed = typeof form.threshold === "string" ? form.threshold.trim() : "";
  // A blank or non-numeric field stays a string, so the schema names the problem.
  const threshold = typed !== "" && Number.isFinite(Number(typed)) ? Number(typed) : typed;
  const days = parseDays(
    typeof form.days === "string" ? form.days : undefined,
    DEFAULT_DAYS,
    MAX_DAYS,
  );
  const saved = await saveSiteConfig(c, site, { ...config, threshold });
  if (!saved.ok)
    return thresholdPage(c, site, config, {
      days,
      notice: { kind: "error", text: saved.error },
      status: 400,
    });
  return c.redirect(`/admin/sites/${site}/threshold?days=${days}&done=threshold-saved`, 303);
});

async function keywordsPage(
  c: Ctx,
  site: string,
  config: SiteConfig,
  notice?: Notice,
  status?: ContentfulStatusCode,
  draft?: { mode: "add" | "replace"; phrases: string[] },
) {
  const message = (c.req.query("message") ?? "").slice(0, MAX_MESSAGE_LENGTH);
  let test: MessageTest | null = null;
  if (message.trim()) {
    const confidence = retrieve(await getKbIndex(c.env.SITES, site), message).confidence;
    const decision = decideHandoff({
      message,
      keywords: effectiveKeywords(config.keywords),
      confidence,
      threshold: config.threshold,
    });
    const threshold = config.threshold;
    if (decision.handoff && decision.reason === "keyword") {
      const language = keywordLanguage(decision.matched.phrase);
      const source = language ? `a default ${language} phrase` : "one of this site's phrases";
      test = {
        message,
        handoff: true,
        reason: "keyword",
        phrase: decision.matched.phrase,
        source,
        confidence,
        threshold,
      };
    } else if (decision.handoff) {
      test = { message, handoff: true, reason: "low_confidence", confidence, threshold };
    } else {
      test = { message, handoff: false, confidence, threshold };
    }
  }
  const keywords = draft ?? config.keywords;
  return page(
    c,
    { title: `Keywords · ${site}`, section: "keywords", site, notice, status },
    <KeywordsEditor
      site={site}
      mode={keywords.mode}
      phrases={keywords.phrases}
      defaults={DEFAULT_KEYWORDS}
      test={test}
    />,
  );
}

dashboardRoutes.get("/sites/:site/keywords", async (c) => {
  const site = siteIdFromPath(c.req.param("site"));
  return keywordsPage(c, site, await requireSiteConfig(c.env.SITES, site));
});

dashboardRoutes.post("/sites/:site/keywords", async (c) => {
  const site = siteIdFromPath(c.req.param("site"));
  const config = await requireSiteConfig(c.env.SITES, site);
  const form = await c.req.parseBody();
  const mode = form.mode === "replace" ? "replace" : "add";
  const phrases = (typeof form.phrases === "string" ? form.phrases : "")
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const saved = await saveSiteConfig(c, site, { ...config, keywords: { mode, phrases } });
  if (!saved.ok)
    return keywordsPage(c, site, config, { kind: "error", text: saved.error }, 400, {
      mode,
      phrases,
    });
  return c.redirect(`/admin/sites/${site}/keywords?done=keywords-saved`, 303);
});

async function channelsPage(
  c: Ctx,
  site: string,
  config: SiteConfig,
  options: { notice?: Notice; status?: ContentfulStatusCode; test?: ChannelTestResult } = {},
) {
  return page(
    c,
    {
      title: `Channels · ${site}`,
      section: "channels",
      site,
      notice: options.notice,
      status: options.status,
    },
    <ChannelsEditor site={site} channels={config.channels} test={options.test ?? null} />,
  );
}

dashboardRoutes.get("/sites/:site/channels", async (c) => {
  const site = siteIdFromPath(c.req.param("site"));
  return channelsPage(c, site, await requireSiteConfig(c.env.SITES, site));
});

dashboardRoutes.post("/sites/:site/channels", async (c) => {
  const site = siteIdFromPath(c.req.param("site"));
  const config = await requireSiteConfig(c.env.SITES, site);
  const form = await c.req.parseBody();
  const field = (name: string) =>
    typeof form[name] === "string" ? (form[name] as string) : undefined;
  const originalId = field("originalId");
  const stored =
    originalId === undefined ? undefined : config.channels.find((ch) => ch.id === originalId);
  if (originalId !== undefined && !stored)
    throw new AppError("not_found", `Site "${site}" has no channel "${originalId}".`);
  const channel = channelFromForm(
    {
      id: field("id") ?? "",
      type: field("type") ?? "",
      to: field("to"),
      webhookUrl: field("webhookUrl"),
      url: field("url"),
      secret: field("secret"),
      removeSecret: field("removeSecret"),
    },
    stored,
  );
  const channels: unknown[] = stored
    ? config.channels.map((ch) => (ch === stored ? channel : ch))
    : [...config.channels, channel];
  const saved = await saveSiteConfig(c, site, { ...config, channels });
  if (!saved.ok) {
    const text = saved.error.replace(
      /^channels\.\d+\./,
      `channel ${String(channel.id || "(new)")}: `,
    );
    return channelsPage(c, site, config, { notice: { kind: "error", text }, status: 400 });
  }
  return c.redirect(`/admin/sites/${site}/channels?done=channel-saved`, 303);
});

dashboardRoutes.post("/sites/:site/channels/:channel/delete", async (c) => {
  const site = siteIdFromPath(c.req.param("site"));
  const config = await requireSiteConfig(c.env.SITES, site);
  const id = c.req.param("channel");
  if (!config.channels.some((ch) => ch.id === id))
    throw new AppError("not_found", `Site "${site}" has no channel "${id}".`);
  const saved = await saveSiteConfig(c, site, {
    ...config,
    channels: config.channels.filter((ch) => ch.id !== id),
  });
  if (!saved.ok)
    return channelsPage(c, site, config, {
      notice: { kind: "error", text: saved.error },
      status: 400,
    });
  return c.redirect(`/admin/sites/${site}/channels?done=channel-removed`, 303);
});

dashboardRoutes.post("/sites/:site/channels/:channel/test", async (c) => {
  const site = siteIdFromPath(c.req.param("site"));
  const config = await requireSiteConfig(c.env.SITES, site);
  const channel = config.channels.find((ch) => ch.id === c.req.param("channel"));
  if (!channel)
    throw new AppError("not_found", `Site "${site}" has no channel "${c.req.param("channel")}".`);
  const test = await sendTestHandoff(c.env, config, channel);
  return channelsPage(c, site, config, { test });
});

dashboardRoutes.get("/sites/:site/gaps", async (c) => {
  const site = siteIdFromPath(c.req.param("site"));
  await requireSiteConfig(c.env.SITES, site);
  const days = parseDays(c.req.query("days"), DEFAULT_DAYS, MAX_DAYS);
  const [handoffs, index] = await Promise.all([
    listHandoffs(c.env.DB, {
      site,
      reason: "low_confidence",
      from: daysAgo(days, Date.now()),
      limit: 200,
    }),
    getKbIndex(c.env.SITES, site),
  ]);
  const questions = handoffs.map((h) => {
    const best = retrieve(index, h.visitorMessage).best;
    return {
      handoffId: h.id,
      text: h.visitorMessage,
      confidence: h.confidence,
      bestMatch: best ? { title: best.title, url: best.url } : null,
    };
  });
  return page(
    c,
    { title: `Knowledge gaps · ${site}`, section: "gaps", site },
    <KnowledgeGaps days={days} groups={groupSimilarQuestions(questions)} />,
  );
});

dashboardRoutes.get("/sites/:site/stats", async (c) => {
  const site = siteIdFromPath(c.req.param("site"));
  await requireSiteConfig(c.env.SITES, site);
  const days = parseDays(c.req.query("days"), DEFAULT_DAYS, MAX_DAYS);
  const since = daysAgo(days, Date.now());
  const [daily, counts, channels] = await Promise.all([
    countHandoffsByDay(c.env.DB, site, since),
    countQuestions(c.env.DB, site, since),
    countDeliveriesByChannel(c.env.DB, site, since),
  ]);
  return page(
    c,
    { title: `Stats · ${site}`, section: "stats", site },
    <Stats
      days={days}
      daily={daily}
      questions={counts.questions}
      handedOff={counts.handedOff}
      channels={channels}
    />,
  );
});
