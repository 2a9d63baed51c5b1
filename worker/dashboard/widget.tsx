/** @jsxImportSource hono/jsx */
import { type Context, Hono } from "hono";
import type { SiteEnv } from "../sites/load-site.ts";
import { configFieldErrors } from "./field-errors.ts";
import { renderPage } from "./render.tsx";
import { saveSiteConfig } from "./save-config.ts";
import { WidgetInstall, WidgetSettings, widgetPath } from "./views/widget.tsx";
import {
  draftFromConfig,
  draftFromForm,
  scriptTag,
  type WidgetDraft,
  widgetSettings,
} from "./widget-form.ts";

const NO_ERRORS: ReadonlyMap<string, string> = new Map();

function settingsPage(
  c: Context<SiteEnv>,
  draft: WidgetDraft,
  errors: ReadonlyMap<string, string> = NO_ERRORS,
) {
  const { site } = c.var;
  const failed = errors.size > 0;
  const saved = c.req.query("done") === "widget-saved";
  return renderPage(
    c,
    {
      title: `Widget · ${site}`,
      section: "widget",
      site,
      notice: failed
        ? { kind: "error", text: "Nothing was saved: see the fields marked below." }
        : saved
          ? { kind: "ok", text: "Widget settings saved. The widget picks them up within a minute." }
          : null,
      status: failed ? 400 : 200,
    },
    <WidgetSettings site={site} draft={draft} errors={errors} />,
  );
}

function installPage(
  c: Context<SiteEnv>,
  errors: ReadonlyMap<string, string> = NO_ERRORS,
  typedOrigins?: string,
) {
  const { site, config } = c.var;
  const failed = errors.size > 0;
  return renderPage(
    c,
    {
      title: `Install the widget · ${site}`,
      section: "widget",
      site,
      notice: failed
        ? { kind: "error", text: "Nothing was saved: see the field marked below." }
        : c.req.query("done") === "origins-saved"
          ? { kind: "ok", text: "Addresses saved." }
          : c.req.query("done") === "site-added"
            ? {
                kind: "ok",
                text: "Site added. Add your site's address below, then paste the script tag onto your pages. Its knowledge base is empty, so until you add articles (Knowledge base) the chat offers a person for every question.",
              }
            : null,
      status: failed ? 400 : 200,
    },
    <WidgetInstall
      site={site}
      // The origin the dashboard is served from is the worker's, where widget.js lives.
      snippet={scriptTag(new URL(c.req.url).origin, site)}
      allowedOrigins={config.allowedOrigins}
      errors={errors}
      typedOrigins={typedOrigins}
      // Just added: the addresses are the next thing to fill in, so the keyboard starts there.
      focusOrigins={!failed && c.req.query("done") === "site-added"}
    />,
  );
}

/** The Widget pages: its settings (validated by the site config schema) and the install page. */
export const widgetPages = new Hono<SiteEnv>()
  .get("/sites/:site/widget", (c) => settingsPage(c, draftFromConfig(c.var.config)))
  .post("/sites/:site/widget", async (c) => {
    const { site, config } = c.var;
    const draft = draftFromForm(
      (await c.req.parseBody({ all: true })) as Record<string, string | string[]>,
    );
    const settings = widgetSettings(draft);
    const errors = configFieldErrors({ ...config, ...settings });
    if (errors.size > 0) return settingsPage(c, draft, errors);
    const saved = await saveSiteConfig(c.env, site, (latest) => ({ ...latest, ...settings }));
    if (!saved.ok) return settingsPage(c, draft, new Map([["", saved.error]]));
    return c.redirect(`${widgetPath(site)}?done=widget-saved`, 303);
  })
  .get("/sites/:site/widget/install", (c) => installPage(c))
  .post("/sites/:site/widget/install", async (c) => {
    const { site, config } = c.var;
    const form = await c.req.parseBody();
    const typed = typeof form.allowedOrigins === "string" ? form.allowedOrigins : "";
    const allowedOrigins = typed
      .split(/[\s,]+/)
      .map((o) => o.trim().replace(/\/+$/, ""))
      .filter(Boolean);
    const next = { ...config, allowedOrigins };
    const errors = configFieldErrors(next);
    if (errors.size > 0) return installPage(c, namingTheLine(errors, allowedOrigins), typed);
    const saved = await saveSiteConfig(c.env, site, (latest) => ({ ...latest, allowedOrigins }));
    if (!saved.ok) return installPage(c, new Map([["allowedOrigins", saved.error]]), typed);
    return c.redirect(`${widgetPath(site, "install")}?done=origins-saved`, 303);
  });

/**
 * The form's errors with an address's error naming the line at fault ("allowedOrigins.2" means
 * nothing in a text box), and for a page address, the origin to write instead.
 *
 * @example
 * namingTheLine(new Map([["allowedOrigins.0", "must be an origin …"]]), ["https://a.example/x"]);
 * // Map { "allowedOrigins.0" => "“https://a.example/x” is not an origin: write https://a.example (…)." }
 */
function namingTheLine(
  errors: ReadonlyMap<string, string>,
  typed: readonly string[],
): Map<string, string> {
  const named = new Map(errors);
  for (const [key, message] of errors) {
    const line = /^allowedOrigins\.(\d+)$/.exec(key);
    const value = line ? typed[Number(line[1])] : undefined;
    if (value === undefined) continue;
    const origin = URL.canParse(value) ? new URL(value).origin : null;
    named.set(
      key,
      origin && origin !== "null" && /^https?:/.test(origin)
        ? `“${value}” is not an origin: write ${origin} (scheme and host, no path).`
        : `“${value}” ${message}`,
    );
  }
  return named;
}
