/** @jsxImportSource hono/jsx */
import { type Context, Hono } from "hono";
import type { SiteEnv } from "../sites/load-site.ts";
import { configFieldErrors } from "./field-errors.ts";
import {
  draftFromConfig,
  draftFromForm,
  type HoursDraft,
  hoursFieldErrors,
  hoursFromDraft,
} from "./hours-form.ts";
import { renderPage } from "./render.tsx";
import { saveSiteConfig } from "./save-config.ts";
import { HoursEditor } from "./views/hours.tsx";

/** The hours page: the team's opening hours (split shifts too) and usual reply time. */
export const hoursPages = new Hono<SiteEnv>()
  .get("/sites/:site/hours", (c) => hoursPage(c, draftFromConfig(c.var.config)))
  .post("/sites/:site/hours", async (c) => {
    const { site, config } = c.var;
    const form = await c.req.parseBody();
    const fields = Object.fromEntries(
      Object.entries(form).map(([k, v]) => [k, typeof v === "string" ? v : undefined]),
    );
    const draft = draftFromForm(fields);
    const { rangeFields, ...hours } = hoursFromDraft(draft);
    const next = { ...config, ...hours };
    const errors = hoursFieldErrors(configFieldErrors(next), rangeFields, draft);
    if (errors.size > 0) return hoursPage(c, draft, errors);
    const saved = await saveSiteConfig(c.env, site, (latest) => ({ ...latest, ...hours }));
    if (!saved.ok) return hoursPage(c, draft, new Map([["form", saved.error]]));
    return c.redirect(`/admin/sites/${site}/hours?done=hours-saved`, 303);
  });

function hoursPage(
  c: Context<SiteEnv>,
  draft: HoursDraft,
  errors: ReadonlyMap<string, string> = new Map(),
) {
  const { site } = c.var;
  const failed = errors.size > 0;
  return renderPage(
    c,
    {
      title: `Hours · ${site}`,
      section: "hours",
      site,
      status: failed ? 400 : 200,
      notice: failed
        ? {
            kind: "error",
            text: errors.get("form") ?? "Nothing was saved: see the fields marked below.",
          }
        : undefined,
    },
    <HoursEditor site={site} draft={draft} errors={errors} />,
  );
}
