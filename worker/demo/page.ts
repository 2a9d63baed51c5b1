import { Hono } from "hono";
import type { AppEnv } from "../env.ts";
import { siteIdFromPath } from "../http/ids.ts";
import { requireSiteConfigForVisitor } from "../sites/store.ts";

export const DEMO_SITE = "acme";

// A plain host page, as a customer would have: the widget arrives by one script tag and nothing
// else. The Content-Security-Policy is the strict one docs/widget.md tells site owners to use.
const DEMO_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Acme Outdoor Gear (Clarifier demo)</title>
<link rel="icon" href="data:,">
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #1d2733; background: #f6f7f9; }
  header { background: #23412f; color: #fff; padding: 1.5rem 2rem; }
  main { max-width: 44rem; margin: 2rem auto; padding: 0 1.5rem; }
  code { background: #e8ebef; padding: 0.1rem 0.3rem; border-radius: 4px; }
</style>
</head>
<body>
<header><h1>Acme Outdoor Gear</h1><p>Tents, packs and boots since 1987.</p></header>
<main>
  <h2>Clarifier demo</h2>
  <p>This page embeds the Clarifier widget with one script tag, exactly as a customer site would.
  Open the chat in the corner and ask about returns, shipping or warranties, or write
  <code>I'd like to talk to a human</code> to be handed to a person.</p>
  <p>Handoffs go to the demo webhook receiver that <code>npm start</code> runs; it prints each one.</p>
</main>
<script src="/widget.js" data-site="${DEMO_SITE}" async></script>
</body>
</html>`;

const HOST_CSP =
  "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

/**
 * The dashboard's live preview: a bare page with one site's widget on it, as the Widget page's
 * install snippet puts it on the owner's site. Framed by the dashboard only (`frame-ancestors`).
 */
function previewHtml(site: string, name: string): string {
  const escaped = name.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escaped}: widget preview</title>
<link rel="icon" href="data:,">
<style>body { font: 16px/1.5 system-ui, sans-serif; margin: 0; padding: 1.5rem; color: #1d2733; background: #f6f7f9; min-height: 100vh; box-sizing: border-box; }</style>
</head>
<body>
<main><h1>${escaped}</h1><p>A page of your site, with the widget on it.</p></main>
<script src="/widget.js" data-site="${site}" async></script>
</body>
</html>`;
}

/** `GET /demo`: a host page with the widget embedded by script tag; `/demo/sites/{site}` for any site. */
export const demoRoutes = new Hono<AppEnv>()
  .get("/", (c) => {
    // Nothing frames the demo (the dashboard frames /demo/sites/{site}): a page that did could
    // dress the demo's chat up as its own.
    c.header("content-security-policy", `${HOST_CSP}; frame-ancestors 'none'`);
    c.header("x-frame-options", "DENY");
    return c.html(DEMO_HTML);
  })
  .get("/sites/:site", async (c) => {
    // Open to anyone (the dashboard's frame carries no session: the cookie's path is /admin), so
    // a site whose stored config no longer parses is, here as on the public API, a site that is
    // not configured: the problem names stored fields and can echo their values.
    const site = siteIdFromPath(c.req.param("site"));
    const config = await requireSiteConfigForVisitor(c.env.SITES, site);
    c.header("content-security-policy", `${HOST_CSP}; frame-ancestors 'self'`);
    c.header("x-frame-options", "SAMEORIGIN");
    return c.html(previewHtml(site, config.name));
  });
