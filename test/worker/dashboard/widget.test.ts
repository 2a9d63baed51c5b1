import { LANGUAGES } from "../../../shared/languages.ts";
import { describe, expect, it } from "vitest";
import type { PublicSiteConfig } from "../../../shared/api.ts";
import { call, ORIGIN, putSite, uniqueSite } from "../helpers.ts";
import { getPage, SELF, signIn } from "./helpers.ts";

/** A form post with repeated fields (checkbox groups), as a browser sends it. */
function postPairs(path: string, cookie: string, pairs: [string, string][]): Promise<Response> {
  return call(path, {
    method: "POST",
    headers: { origin: SELF, cookie, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(pairs),
    redirect: "manual",
  });
}

async function publicConfig(site: string): Promise<PublicSiteConfig> {
  const res = await call(`/v1/sites/${site}/config`, { headers: { origin: ORIGIN } });
  expect(res.status).toBe(200);
  return (await res.json()) as PublicSiteConfig;
}

describe("the Widget page", () => {
  it("saves greeting, colour, position, label, the person button and languages into the public config", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    const res = await postPairs(`/admin/sites/${site}/widget`, cookie, [
      ["greeting", "Hi! Ask me about tents."],
      ["launcherLabel", "Questions?"],
      ["useThemeColor", "on"],
      ["themeColor", "#23412f"],
      ["position", "left"],
      ["handoffButton", "on"],
      ["language", "da"],
      ["languages", "en"],
      ["languages", "da"],
    ]);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/admin/sites/${site}/widget?done=widget-saved`);
    expect(await publicConfig(site)).toMatchObject({
      greeting: "Hi! Ask me about tents.",
      launcherLabel: "Questions?",
      themeColor: "#23412f",
      position: "left",
      handoffButton: true,
      language: "da",
      languages: ["en", "da"],
    });
    const page = await (await getPage(`/admin/sites/${site}/widget`, cookie)).text();
    expect(page).toContain("Hi! Ask me about tents.</textarea>");
    expect(page).toMatch(/value="da" checked/);
    expect(page).not.toMatch(/value="de" checked/);

    // Blank texts, every language and no colour mean the built-in ones: left out of the config.
    await postPairs(`/admin/sites/${site}/widget`, cookie, [
      ["greeting", "  "],
      ["launcherLabel", ""],
      ["themeColor", "#23412f"],
      ["position", "right"],
      ...LANGUAGES.map((l): [string, string] => ["languages", l]),
    ]);
    const reset = await publicConfig(site);
    for (const key of ["greeting", "launcherLabel", "themeColor", "languages"]) {
      expect(reset).not.toHaveProperty(key);
    }
    expect(reset.handoffButton).toBe(false);
    // No language chosen on the form: the visitor's own.
    expect(reset.language).toBe("auto");
  });

  it("keeps what the owner typed and names each field's problem beside it", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    const long = "Welcome! ".repeat(40);
    const res = await postPairs(`/admin/sites/${site}/widget`, cookie, [
      ["greeting", long],
      ["launcherLabel", "A label far longer than forty characters, surely"],
      ["position", "top"],
    ]);
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain(`${long}</textarea>`);
    expect(page).toContain(
      '<p class="field-error" id="greeting-error">must be at most 300 characters.</p>',
    );
    expect(page).toContain('id="launcherLabel-error">must be at most 40 characters.</p>');
    expect(page).toContain(
      'id="position-error">must be &quot;left&quot; or &quot;right&quot;.</p>',
    );
    expect(page).toContain('id="languages-error">must list at least one language.</p>');
    expect(await publicConfig(site)).not.toHaveProperty("greeting");
  });

  it("gives the script tag with this worker's origin, saves allowed origins, and frames a live preview", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, { name: "Preview <Shop>" });
    const page = await (await getPage(`/admin/sites/${site}/widget/install`, cookie)).text();
    expect(page).toContain(
      `&lt;script src=&quot;http://worker.test/widget.js&quot; data-site=&quot;${site}&quot; async&gt;&lt;/script&gt;`,
    );
    expect(page).toContain(`<iframe class="widget-preview" src="/demo/sites/${site}"`);

    const bad = await postPairs(`/admin/sites/${site}/widget/install`, cookie, [
      ["allowedOrigins", "https://shop.example/path"],
    ]);
    expect(bad.status).toBe(400);
    // It names the line at fault and the origin to write (found by a new owner's walkthrough,
    // 7 December 2026: among several lines, "must be an origin" left them to guess which).
    expect(await bad.text()).toContain(
      "“https://shop.example/path” is not an origin: write https://shop.example (scheme and host, no path).",
    );
    const notUrl = await postPairs(`/admin/sites/${site}/widget/install`, cookie, [
      ["allowedOrigins", "https://shop.example\nshop.example"],
    ]);
    expect(notUrl.status).toBe(400);
    expect(await notUrl.text()).toContain(
      "“shop.example” must be an origin such as https://acme.example (scheme and host, no path).",
    );
    const good = await postPairs(`/admin/sites/${site}/widget/install`, cookie, [
      ["allowedOrigins", "https://shop.example/\nhttps://www.shop.example"],
    ]);
    expect(good.status).toBe(303);
    const ok = await call(`/v1/sites/${site}/config`, {
      headers: { origin: "https://www.shop.example" },
    });
    expect(ok.status).toBe(200);

    const preview = await call(`/demo/sites/${site}`);
    expect(preview.status).toBe(200);
    expect(preview.headers.get("content-security-policy")).toContain("frame-ancestors 'self'");
    const html = await preview.text();
    expect(html).toContain(`<script src="/widget.js" data-site="${site}" async></script>`);
    expect(html).toContain("Preview &#60;Shop&#62;");
    expect((await call("/demo/sites/no-such-site-here")).status).toBe(404);
    // The preview's own requests come from the worker's origin, which every site allows.
    const chat = await call("/v1/chat", {
      method: "POST",
      json: { site, message: "hello" },
      headers: { origin: "http://worker.test" },
    });
    expect(chat.status).toBe(200);
  });
});
