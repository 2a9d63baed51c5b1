/** @jsxImportSource hono/jsx */
import { type Context, Hono } from "hono";
import type { SiteEnv } from "../sites/load-site.ts";
import { hoursFromForm } from "./hours-form.ts";
import { type PageProps, renderPage } from "./render.tsx";
import { saveSiteConfig } from "./save-config.ts";
import { HoursEditor } from "./views/hours.tsx";

/** The hours page: the team's opening hours and usual reply time. */
export const hoursPages = new Hono<SiteEnv>()
  .get("/sites/:site/hours", (c) => hoursPage(c))
  .post("/sites/:site/hours", async (c) => {
    const { site, config } = c.var;
    const form = await c.req.parseBody();
    const fields = Object.fromEntries(
      Object.entries(form).map(([k, v]) => [k, typeof v === "string" ? v : undefined]),
    );
    const saved = await saveSiteConfig(c.env, site, { ...config, ...hoursFromForm(fields) });
    if (!saved.ok)
      return hoursPage(c, { notice: { kind: "error", text: saved.error }, status: 400 });
    return c.redirect(`/admin/sites/${site}/hours?done=hours-saved`, 303);
  });

function hoursPage(c: Context<SiteEnv>, options: Pick<PageProps, "notice" | "status"> = {}) {
  const { site, config } = c.var;
  return renderPage(
    c,
    { title: `Hours · ${site}`, section: "hours", site, ...options },
    <HoursEditor site={site} config={config} />,
  );
}
