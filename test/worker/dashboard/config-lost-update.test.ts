/**
 * The fourth reliability review (docs/operations.md): a dashboard form saved the whole config as
 * read from KV, which may answer a minute late at another location, so two saves of different
 * sections within that minute undid each other. Real KV and D1 in workerd; the stale read is KV
 * holding the value (and metadata) from before the first save, which is what a location KV has
 * not reached yet answers.
 */
import { describe, expect, it } from "vitest";
import type { SiteConfig } from "../../../worker/sites/config-schema.ts";
import { siteKey } from "../../../worker/sites/kv-keys.ts";
import { call, env, ORIGIN, putSite, uniqueSite, WEBHOOK_SECRET } from "../helpers.ts";
import { getPage, postForm, signIn } from "./helpers.ts";

const OTHER_SECRET = "whsec_QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3";

/** What KV answers now, value and metadata, to be put back as a stale location would answer. */
async function snapshotKv(site: string): Promise<() => Promise<void>> {
  const { value, metadata } = await env.SITES.getWithMetadata(siteKey(site), "text");
  return async () => {
    await env.SITES.put(siteKey(site), value ?? "", metadata === null ? {} : { metadata });
  };
}

async function kvConfig(site: string): Promise<SiteConfig> {
  return JSON.parse((await env.SITES.get(siteKey(site))) ?? "{}") as SiteConfig;
}

/** The config as last saved, in D1: KV may hold the stale read a test put back after it. */
async function savedConfig(site: string): Promise<SiteConfig> {
  const row = await env.DB.prepare("SELECT config FROM site_config_versions WHERE site = ?")
    .bind(site)
    .first<{ config: string }>();
  return JSON.parse(row?.config ?? "{}") as SiteConfig;
}

describe("saves of the site config made within KV's minute", () => {
  it("keywords saved here and a channel added from a stale read both stand", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, { keywords: { mode: "add", phrases: ["old phrase"] } });
    const stale = await snapshotKv(site);

    const keywords = await postForm(`/admin/sites/${site}/keywords`, cookie, {
      mode: "add",
      phrases: "call me back",
    });
    expect(keywords.status).toBe(303);
    // Another location, which KV has not reached: its read is the config from before.
    await stale();
    const channel = await postForm(`/admin/sites/${site}/channels`, cookie, {
      type: "webhook",
      id: "crm",
      url: "https://crm.example/hook",
      secret: WEBHOOK_SECRET,
    });
    expect(channel.status).toBe(303);

    const config = await kvConfig(site);
    expect(config.keywords).toEqual({ mode: "add", phrases: ["call me back"] });
    expect(config.channels.map((ch) => ch.id)).toEqual(["crm"]);
  });

  it("every section's form keeps the others' latest values: threshold, hours, widget, origins", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    let stale = await snapshotKv(site);
    const steps: [string, Record<string, string>][] = [
      ["threshold", { threshold: "0.55" }],
      ["hours", { timeZone: "Europe/Copenhagen", "from-1": "09:00", "to-1": "17:00" }],
      ["widget", { greeting: "Hej!", languages: "en" }],
      ["widget/install", { allowedOrigins: `${ORIGIN}\nhttps://other.example` }],
      ["keywords", { mode: "replace", phrases: "ring me" }],
    ];
    for (const [page, fields] of steps) {
      const res = await postForm(`/admin/sites/${site}/${page}`, cookie, fields);
      expect(res.status, page).toBe(303);
      const next = await snapshotKv(site);
      await stale();
      stale = next;
    }
    const config = await savedConfig(site);
    expect(config.threshold).toBe(0.55);
    expect(config.openingHours?.weekly).toEqual([{ day: 1, from: "09:00", to: "17:00" }]);
    expect(config.greeting).toBe("Hej!");
    expect(config.allowedOrigins).toEqual([ORIGIN, "https://other.example"]);
    expect(config.keywords).toEqual({ mode: "replace", phrases: ["ring me"] });
  });

  it("two saves at once, of different sections, both land", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    const [keywords, threshold] = await Promise.all([
      postForm(`/admin/sites/${site}/keywords`, cookie, { mode: "add", phrases: "a person" }),
      postForm(`/admin/sites/${site}/threshold`, cookie, { threshold: "0.6" }),
    ]);
    expect([keywords.status, threshold.status]).toEqual([303, 303]);
    const config = await kvConfig(site);
    expect(config.keywords.phrases).toEqual(["a person"]);
    expect(config.threshold).toBe(0.6);
  });

  it("a channel edited from a stale page keeps the secret replaced meanwhile, not the page's", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    const hook = { id: "crm", type: "webhook", url: "https://crm.example/hook" };
    await putSite(site, { channels: [{ ...hook, secret: WEBHOOK_SECRET }] });
    const stale = await snapshotKv(site);
    await putSite(site, { channels: [{ ...hook, secret: OTHER_SECRET }] });
    await stale();
    // The page, read stale, shows the old secret's mask; the owner changes only the URL.
    const res = await postForm(`/admin/sites/${site}/channels`, cookie, {
      originalId: "crm",
      type: "webhook",
      id: "crm",
      url: "https://crm.example/v2",
    });
    expect(res.status).toBe(303);
    expect((await kvConfig(site)).channels).toEqual([
      { ...hook, url: "https://crm.example/v2", secret: OTHER_SECRET },
    ]);
  });

  it("an edit of a channel removed meanwhile is refused, saying so, with what was typed kept", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    const hook = { id: "crm", type: "webhook", url: "https://crm.example/hook" };
    await putSite(site, { channels: [hook] });
    const stale = await snapshotKv(site);
    await putSite(site, { channels: [] });
    await stale();
    const res = await postForm(`/admin/sites/${site}/channels`, cookie, {
      originalId: "crm",
      type: "webhook",
      id: "crm",
      url: "https://crm.example/typed",
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain(
      "Nothing was saved: channel crm was removed since this page was opened.",
    );
    expect(html).toContain("https://crm.example/typed");
    // KV here is the test's stale read, put back: the saved config is D1's.
    expect((await savedConfig(site)).channels).toEqual([]);
  });

  it("the admin API's PUT restores a masked secret from the latest config, not a stale read", async () => {
    const site = uniqueSite();
    const hook = { id: "crm", type: "webhook", url: "https://crm.example/hook" };
    await putSite(site, { channels: [{ ...hook, secret: WEBHOOK_SECRET }] });
    const stale = await snapshotKv(site);
    await putSite(site, { channels: [{ ...hook, secret: OTHER_SECRET }] });
    // An admin reads the config (the latest, where they are) and sends it back with a change.
    const shown = await (
      await call(`/admin/api/sites/${site}`, { admin: true })
    ).json<SiteConfig>();
    await stale();
    const res = await call(`/admin/api/sites/${site}`, {
      method: "PUT",
      admin: true,
      json: { ...shown, threshold: 0.7 },
    });
    expect(res.status).toBe(200);
    const config = await kvConfig(site);
    expect(config.threshold).toBe(0.7);
    expect(config.channels).toEqual([{ ...hook, secret: OTHER_SECRET }]);
  });

  it("a config written to KV by hand, after KV's minute, is what the next save starts from", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    await env.DB.prepare("UPDATE site_config_versions SET saved_at = ? WHERE site = ?")
      .bind(new Date(Date.now() - 3 * 60_000).toISOString(), site)
      .run();
    // wrangler kv key put, no metadata: the worker's versions know nothing of it.
    await env.SITES.put(
      siteKey(site),
      JSON.stringify({ name: "Edited by hand", allowedOrigins: [ORIGIN] }),
    );
    const res = await postForm(`/admin/sites/${site}/threshold`, cookie, { threshold: "0.5" });
    expect(res.status).toBe(303);
    const config = await kvConfig(site);
    expect(config.name).toBe("Edited by hand");
    expect(config.threshold).toBe(0.5);
    expect((await getPage(`/admin/sites/${site}/threshold`, cookie)).status).toBe(200);
  });

  it("a deleted site's stale KV read is not saved back", async () => {
    const cookie = await signIn();
    const site = uniqueSite();
    await putSite(site, {});
    const stale = await snapshotKv(site);
    expect((await call(`/admin/api/sites/${site}`, { method: "DELETE", admin: true })).status).toBe(
      200,
    );
    await stale();
    const res = await postForm(`/admin/sites/${site}/threshold`, cookie, { threshold: "0.5" });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("was deleted since this page was opened");
  });
});
