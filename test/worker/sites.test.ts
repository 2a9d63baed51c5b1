import { describe, expect, it } from "vitest";
import type { ErrorBody, PublicSiteConfig } from "../../shared/api.ts";
import { call, ORIGIN, putSite, uniqueSite } from "./helpers.ts";

const HOURS = {
  timeZone: "Europe/Copenhagen",
  weekly: [
    { day: 1, from: "09:00", to: "16:00" },
    { day: 5, from: "09:00", to: "13:30" },
  ],
};

describe("a site's opening hours and reply time", () => {
  it("are validated when saved and given to the widget in the public config", async () => {
    const site = uniqueSite();
    expect((await putSite(site, { openingHours: HOURS, replyTimeMinutes: 120 })).status).toBe(200);
    const res = await call(`/v1/sites/${site}/config`, { headers: { origin: ORIGIN } });
    const config = (await res.json()) as PublicSiteConfig;
    expect(config.openingHours).toEqual(HOURS);
    expect(config.replyTimeMinutes).toBe(120);
  });

  it("refuse an unknown time zone, a range that ends before it starts, and a reply time of no minutes", async () => {
    const site = uniqueSite();
    const refusal = async (change: Record<string, unknown>) => {
      const res = await putSite(site, change);
      expect(res.status).toBe(400);
      return ((await res.json()) as ErrorBody).error.message;
    };
    expect(await refusal({ openingHours: { ...HOURS, timeZone: "Mars/Olympus" } })).toMatch(
      /time zone/,
    );
    expect(
      await refusal({
        openingHours: { ...HOURS, weekly: [{ day: 2, from: "17:00", to: "09:00" }] },
      }),
    ).toMatch(/before/);
    expect(await refusal({ replyTimeMinutes: 0 })).toMatch(/at least 1 minute/);
  });
});

describe("a widget that cannot load its site", () => {
  it("is told, for whoever checks with curl, what to fix: the origin to allow, or the site id", async () => {
    // Found by a new owner's walkthrough (7 December 2026): the widget shows only "The chat
    // couldn't load", so the API's own words are where an owner learns why (docs/widget.md,
    // "When the chat does not load").
    const site = uniqueSite();
    await putSite(site, {});
    const refused = await call(`/v1/sites/${site}/config`, {
      headers: { origin: "https://elsewhere.example" },
    });
    expect(refused.status).toBe(403);
    expect((await refused.json()) as ErrorBody).toEqual({
      error: {
        code: "origin_not_allowed",
        message: `This site does not allow requests from https://elsewhere.example: add that address to the site's allowedOrigins (the dashboard's Widget page, Install) to let the widget run there.`,
      },
    });
    const unknown = await call(`/v1/sites/${site}-typo/config`, { headers: { origin: ORIGIN } });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as ErrorBody).error).toEqual({
      code: "site_not_found",
      message: `No site "${site}-typo" is configured.`,
    });
  });
});
