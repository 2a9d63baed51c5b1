/**
 * When the site's team answers: open now, or back at a given moment, from the public config's
 * `openingHours` (weekly ranges in the team's time zone). Pure: `now` is passed in.
 */
import type { OpeningHours, PublicSiteConfig } from "../shared/api.ts";
import type { ReplyLanguage } from "../shared/languages.ts";
import type { Strings } from "./i18n.ts";
import { replyDuration } from "../shared/reply-time.ts";

// The weekdays' short English names, three letters each, Sunday first: a day's index is its
// offset / 3 (a string is fewer bytes than the list).
const DAYS = "SunMonTueWedThuFriSat";
const DAY_MINUTES = 1440;

/** Open now, or closed until `back`; null when the site set no (usable) hours. */
export type Availability = { open: true } | { open: false; back: Date } | null;

/**
 * Whether the team is in at `now`, and if not, when it is back, to the minute on the team's own
 * clock, across a daylight-saving change too.
 *
 * @example
 * // Monday 2026-11-30, 08:00 in Copenhagen: closed, back at 09:00 there (08:00 UTC).
 * availability({ timeZone: "Europe/Copenhagen", weekly: [{ day: 1, from: "09:00", to: "17:00" }] },
 *   new Date("2026-11-30T07:00:00Z")); // { open: false, back: new Date("2026-11-30T08:00:00Z") }
 */
export function availability(hours: OpeningHours | undefined, now: Date): Availability {
  // No hours, or no usable ranges, end with no wait, and a value of another shape throws: both
  // land in the catch (null), with no guard of their own (bytes the widget has not got).
  try {
    const format = new Intl.DateTimeFormat("en-US", {
      timeZone: hours?.timeZone,
      weekday: "short",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    // The weekday and the minute of the day `at` shows on the team's clock.
    const clock = (at: number) => {
      // "Mon 09:30" (en-US, whatever the page's language), read as parts.
      const [day = "", hour, minute] = format.format(at).split(/\W+/);
      return [DAYS.indexOf(day) / 3, Number(hour) * 60 + Number(minute)] as const;
    };
    const [today, minute] = clock(+now);
    // Minutes from now until each range opens (this week or next), and whether one is open.
    let wait = Number.POSITIVE_INFINITY;
    let opens = 0;
    for (const range of hours?.weekly ?? []) {
      const from = minutesOf(range.from);
      const to = minutesOf(range.to);
      if (from === null || to === null || from >= to) continue;
      const days = (range.day - today + 7) % 7;
      if (days === 0 && from <= minute && minute < to) return { open: true };
      let until = days * DAY_MINUTES + from - minute;
      if (until <= 0) until += 7 * DAY_MINUTES;
      if (until < wait) {
        wait = until;
        opens = from;
      }
    }
    // No range to wait for leaves `wait` infinite: formatting that moment throws (caught: null).
    // Those are the clock's minutes: a daylight-saving change on the way shifts the opening by
    // an hour, which the clock at that moment shows (reliability review, 7 December 2026). An
    // opening the change skips (02:30 on the day it springs forward) stays where it fell.
    const back = +now + wait * 60_000;
    const shift = ((opens - clock(back)[1] + 2160) % DAY_MINUTES) - 720;
    const moved = back + shift * 60_000;
    return { open: false, back: new Date(clock(moved)[1] === opens ? moved : back) };
  } catch {
    // An unknown time zone, hours of another shape, or no range to wait for: say nothing
    // rather than something wrong.
    return null;
  }
}

function minutesOf(time: unknown): number | null {
  // Anything but "HH:MM" fails the pattern, whatever it is (exec reads it as a string).
  const match = /^(\d\d):(\d\d)$/.exec(time as string);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/**
 * What the email step and the confirmation say about the team's answer, in `language` and the
 * visitor's own time: when it is back if it is away now, else how long it usually takes; null
 * when the site set neither.
 *
 * @example
 * teamAvailability({ ...config, replyTimeMinutes: 120 }, stringsFor("en"), "en", new Date());
 * // "We usually reply within 2 hours."
 */
export function teamAvailability(
  config: Pick<PublicSiteConfig, "openingHours" | "replyTimeMinutes">,
  strings: Strings,
  language: ReplyLanguage,
  now: Date,
): string | null {
  try {
    const state = availability(config.openingHours, now);
    if (state && !state.open) {
      // Today or tomorrow in the visitor's calendar, else a weekday: the team is back within a
      // week, so the day of the week tells (the same weekday a week on is not "today").
      const { back } = state;
      const days = (back.getDay() - now.getDay() + 7) % 7;
      const soon = days < 2 && +back - +now < 1728e5;
      return strings.backAt(
        soon
          ? new Intl.RelativeTimeFormat(language, { numeric: "auto" }).format(days, "day")
          : new Intl.DateTimeFormat(language, { weekday: "long" }).format(back),
        new Intl.DateTimeFormat(language, { timeStyle: "short" }).format(back),
        soon,
      );
    }
    const minutes = config.replyTimeMinutes;
    if (typeof minutes !== "number" || !(minutes > 0)) return null;
    const { unit, amount } = replyDuration(minutes);
    const duration = new Intl.NumberFormat(language, {
      style: "unit",
      unit,
      unitDisplay: "long",
    }).format(amount);
    return strings.replyWithin(duration);
  } catch {
    return null;
  }
}
