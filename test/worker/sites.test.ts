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
