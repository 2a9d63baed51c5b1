/** @jsxImportSource hono/jsx */
import { type Context, Hono } from "hono";
import { DEFAULT_KEYWORDS } from "../../shared/default-keywords.ts";
import { MAX_MESSAGE_LENGTH } from "../../shared/limits.ts";
import { getKbIndex } from "../kb/store.ts";
import type { SiteConfig } from "../sites/config-schema.ts";
import type { SiteEnv } from "../sites/load-site.ts";
import { type PageProps, renderPage } from "./render.tsx";
import { saveSiteConfig } from "./save-config.ts";
import { testMessage } from "./message-test.ts";
import { KeywordsEditor } from "./views/keywords.tsx";

/** The keywords page: test a message through the real decision, edit the site's phrases. */
export const keywordPages = new Hono<SiteEnv>()
  .get("/sites/:site/keywords", (c) => keywordsPage(c))
  .post("/sites/:site/keywords", async (c) => {
    const { site } = c.var;
    const form = await c.req.parseBody();
    const mode = form.mode === "replace" ? "replace" : "add";
    const phrases = (typeof form.phrases === "string" ? form.phrases : "")
      .split(/\r?\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    const saved = await saveSiteConfig(c.env, site, (latest) => ({
      ...latest,
      keywords: { mode, phrases },
    }));
    if (!saved.ok) {
      const notice = { kind: "error", text: saved.error } as const;
      return keywordsPage(c, { notice, status: 400 }, { mode, phrases });
    }
    return c.redirect(`/admin/sites/${site}/keywords?done=keywords-saved`, 303);
  });

async function keywordsPage(
  c: Context<SiteEnv>,
  options: Pick<PageProps, "notice" | "status"> = {},
  draft?: SiteConfig["keywords"],
) {
  const { site, config } = c.var;
  const message = (c.req.query("message") ?? "").slice(0, MAX_MESSAGE_LENGTH);
  const test = message.trim()
    ? testMessage(message, config, await getKbIndex(c.env.SITES, site))
    : null;
  const keywords = draft ?? config.keywords;
  return renderPage(
    c,
    { title: `Keywords · ${site}`, section: "keywords", site, ...options },
    <KeywordsEditor
      site={site}
      mode={keywords.mode}
      phrases={keywords.phrases}
      defaults={DEFAULT_KEYWORDS}
      test={test}
    />,
  );
}
