import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { OpeningHours, PublicSiteConfig } from "../../shared/api.ts";
import type { ReplyLanguage } from "../../shared/languages.ts";
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

  // Reliability review, 7 December 2026: "back" was now plus the wall-clock minutes to the
  // opening, an hour off across a daylight-saving change (a visitor told 10:00 for a 09:00 team).
  test("across a daylight-saving change, back at the team's opening on its own clock", () => {
    // Copenhagen springs forward on Sunday 29 March 2026 (02:00 CET → 03:00 CEST): at 01:30
    // CET (00:30 UTC) the team is back on Monday at 09:00 CEST, 07:00 UTC.
    expect(availability(HOURS, new Date("2026-03-29T00:30:00Z"))).toEqual({
      open: false,
      back: new Date("2026-03-30T07:00:00Z"),
    });
    // It falls back on Sunday 25 October (03:00 CEST → 02:00 CET): at the first 02:30 (CEST,
    // 00:30 UTC) and the second (CET, 01:30 UTC), back on Monday at 09:00 CET, 08:00 UTC.
    for (const at of ["2026-10-25T00:30:00Z", "2026-10-25T01:30:00Z"]) {
      expect(availability(HOURS, new Date(at))).toEqual({
        open: false,
        back: new Date("2026-10-26T08:00:00Z"),
      });
    }
    // New York, Sundays 09:00–17:00: 1 November 2026 falls back (02:00 EDT → 01:00 EST). At
    // 01:30 EDT (05:30 UTC) and at 02:30 EST (07:30 UTC), open at 09:00 EST, 14:00 UTC.
    const ny: OpeningHours = {
      timeZone: "America/New_York",
      weekly: [{ day: 0, from: "09:00", to: "17:00" }],
    };
    for (const at of ["2026-11-01T05:30:00Z", "2026-11-01T07:30:00Z"]) {
      expect(availability(ny, new Date(at))).toEqual({
        open: false,
        back: new Date("2026-11-01T14:00:00Z"),
      });
    }
    // It springs forward on 8 March (02:00 EST → 03:00 EDT): at 01:30 EST (06:30 UTC), open at
    // 09:00 EDT, 13:00 UTC; and at 08:30 UTC, 04:30 EDT, the same.
    for (const at of ["2026-03-08T06:30:00Z", "2026-03-08T08:30:00Z"]) {
      expect(availability(ny, new Date(at))).toEqual({
        open: false,
        back: new Date("2026-03-08T13:00:00Z"),
      });
    }
    // Open at 09:00 EDT that day (13:00 UTC) and closed at 17:00 EDT (21:00 UTC).
    expect(availability(ny, new Date("2026-03-08T13:00:00Z"))).toEqual({ open: true });
    expect(availability(ny, new Date("2026-03-08T21:00:00Z"))?.open).toBe(false);
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
    expect(text).toMatch(/^The team is away right now and back Monday at /);
  });

  describe("the day and time the team is back, in each language's own words", () => {
    // The visitor's clock: Copenhagen too, so the team's 09:00 is theirs (the days below are in
    // winter, UTC+1). Node reads TZ afresh when it changes.
    const zone = process.env.TZ;
    beforeAll(() => {
      process.env.TZ = "Europe/Copenhagen";
    });
    afterAll(() => {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    });
    const back = (language: ReplyLanguage, now: string) =>
      teamAvailability({ openingHours: HOURS }, stringsFor(language), language, new Date(now));
    // Monday 07:00 (back today), Monday 18:00 (tomorrow), Friday 18:00 (Monday), all Copenhagen
    // time.
    const MONDAY_MORNING = "2026-11-30T06:00:00Z";
    const MONDAY_EVENING = "2026-11-30T17:00:00Z";
    const FRIDAY_EVENING = "2026-12-04T17:00:00Z";

    test.each([
      ["en", MONDAY_MORNING, "The team is away right now and back today at 9:00 AM (your time)."],
      [
        "en",
        MONDAY_EVENING,
        "The team is away right now and back tomorrow at 9:00 AM (your time).",
      ],
      ["en", FRIDAY_EVENING, "The team is away right now and back Monday at 9:00 AM (your time)."],
      [
        "da",
        MONDAY_EVENING,
        "Teamet er ikke til stede lige nu og er tilbage i morgen kl. 09.00 (din tid).",
      ],
      [
        "da",
        FRIDAY_EVENING,
        "Teamet er ikke til stede lige nu og er tilbage mandag kl. 09.00 (din tid).",
      ],
      [
        "de",
        MONDAY_EVENING,
        "Das Team ist gerade nicht da und ab morgen um 09:00 Uhr wieder erreichbar (Ihre Ortszeit).",
      ],
      [
        "de",
        FRIDAY_EVENING,
        "Das Team ist gerade nicht da und ab Montag um 09:00 Uhr wieder erreichbar (Ihre Ortszeit).",
      ],
      [
        "fr",
        MONDAY_MORNING,
        "L'équipe est absente pour le moment et revient aujourd’hui à 09:00 (votre heure locale).",
      ],
      [
        "fr",
        FRIDAY_EVENING,
        "L'équipe est absente pour le moment et revient lundi à 09:00 (votre heure locale).",
      ],
      [
        "es",
        MONDAY_EVENING,
        "El equipo no está disponible ahora y vuelve mañana a las 9:00 (tu hora).",
      ],
      [
        "es",
        FRIDAY_EVENING,
        "El equipo no está disponible ahora y vuelve el lunes a las 9:00 (tu hora).",
      ],
      [
        "sv",
        MONDAY_EVENING,
        "Teamet är inte på plats just nu och är tillbaka i morgon kl. 09:00 (din tid).",
      ],
      [
        "sv",
        FRIDAY_EVENING,
        "Teamet är inte på plats just nu och är tillbaka på måndag kl. 09:00 (din tid).",
      ],
      ["pl", FRIDAY_EVENING, "Zespołu teraz nie ma. Wróci w poniedziałek o 09:00 (Twój czas)."],
      ["pl", MONDAY_EVENING, "Zespołu teraz nie ma. Wróci jutro o 09:00 (Twój czas)."],
      [
        "pt",
        FRIDAY_EVENING,
        "A equipa está ausente e volta na segunda-feira às 09:00 (a sua hora).",
      ],
    ] as const)("%s, at %s", (language, now, expected) => {
      expect(back(language, now)).toBe(expected);
    });

    test("a weekday after tomorrow is named, with its own article; a week on is not 'today'", () => {
      const only = (day: 1 | 3 | 6): OpeningHours => ({
        timeZone: "Europe/Copenhagen",
        weekly: [{ day, from: "09:00", to: "17:00" }],
      });
      const from = (language: ReplyLanguage, day: 1 | 3 | 6) =>
        teamAvailability(
          { openingHours: only(day) },
          stringsFor(language),
          language,
          new Date(MONDAY_EVENING),
        );
      expect(from("es", 3)).toMatch(/vuelve el miércoles a las 9:00/);
      expect(from("pl", 3)).toMatch(/Wróci w środę o 09:00/);
      expect(from("pl", 6)).toMatch(/Wróci w sobotę o 09:00/);
      expect(from("pt", 6)).toMatch(/volta no sábado às 09:00/);
      // Open on Mondays only: on a Monday evening the team is back in seven days.
      expect(from("en", 1)).toMatch(/back Monday at 9:00 AM/);
    });
  });

  test("nothing when the site set neither", () => {
    expect(teamAvailability({}, en, "en", new Date())).toBeNull();
  });
});
