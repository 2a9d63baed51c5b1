import { describe, expect, test } from "vitest";
import type { OpeningHours, PublicSiteConfig } from "../../shared/api.ts";
import { stringsFor } from "../../widget/strings/all.ts";
import { availability, teamAvailability } from "../../widget/opening-hours.ts";

// Weekdays 09:00–17:00 in Copenhagen (UTC+1 in winter). 2026-11-30 is a Monday.
const HOURS: OpeningHours = {
  timeZone: "Europe/Copenhagen",
  weekly: [1, 2, 3, 4, 5].map((day) => ({
    day: day as 1 | 2 | 3 | 4 | 5,
    from: "09:00",
    to: "17:00",
  })),
};

describe("availability", () => {
  test("open within a range, in the team's time zone", () => {
    expect(availability(HOURS, new Date("2026-11-30T09:30:00Z"))).toEqual({ open: true });
  });

  test("before opening: back at opening the same day", () => {
    expect(availability(HOURS, new Date("2026-11-30T07:00:00Z"))).toEqual({
      open: false,
      back: new Date("2026-11-30T08:00:00Z"),
    });
  });

  test("on Friday evening: back on Monday morning", () => {
    expect(availability(HOURS, new Date("2026-12-04T18:00:00Z"))).toEqual({
      open: false,
      back: new Date("2026-12-07T08:00:00Z"),
    });
  });

  test("says nothing without hours, with an unknown time zone, or with unusable ranges", () => {
    const now = new Date("2026-11-30T07:00:00Z");
    expect(availability(undefined, now)).toBeNull();
    expect(availability({ ...HOURS, timeZone: "Mars/Olympus" }, now)).toBeNull();
    expect(
      availability({ timeZone: "UTC", weekly: [{ day: 1, from: "17:00", to: "09:00" }] }, now),
    ).toBeNull();
  });
});

describe("teamAvailability", () => {
  const en = stringsFor("en");
  const config = (extra: Partial<PublicSiteConfig>) => extra;

  test("the usual reply time, in the visitor's language", () => {
    const now = new Date("2026-11-30T09:30:00Z");
    expect(teamAvailability(config({ replyTimeMinutes: 120 }), en, "en", now)).toBe(
      "We usually reply within 2 hours.",
    );
    expect(teamAvailability(config({ replyTimeMinutes: 90 }), stringsFor("de"), "de", now)).toBe(
      "Wir antworten meist innerhalb von 2 Stunden.",
    );
    expect(teamAvailability(config({ replyTimeMinutes: 30 }), en, "en", now)).toBe(
      "We usually reply within 30 minutes.",
    );
  });

  test("outside hours, when the team is back rather than the reply time", () => {
    const text = teamAvailability(
      config({ openingHours: HOURS, replyTimeMinutes: 120 }),
      en,
      "en",
      new Date("2026-12-04T18:00:00Z"),
    );
    expect(text).toMatch(/^The team is away right now and back Monday/);
  });

  test("nothing when the site set neither", () => {
    expect(teamAvailability({}, en, "en", new Date())).toBeNull();
  });
});
