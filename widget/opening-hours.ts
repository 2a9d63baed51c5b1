/**
 * When the site's team answers: open now, or back at a given moment, from the public config's
 * `openingHours` (weekly ranges in the team's time zone). Pure: `now` is passed in.
 */
import type { OpeningHours, PublicSiteConfig } from "../shared/api.ts";
import type { ReplyLanguage } from "../shared/languages.ts";
import type { Strings } from "./i18n.ts";
import { replyDuration } from "../shared/reply-time.ts";

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const DAY_MINUTES = 1440;

/** Open now, or closed until `back`; null when the site set no (usable) hours. */
export type Availability = { open: true } | { open: false; back: Date } | null;

/**
 * Whether the team is in at `now`, and if not, when it is back (to the minute; a daylight-saving
 * change in between may shift that by an hour).
 *
 * @example
 * // Monday 2026-11-30, 08:00 in Copenhagen: closed, back at 09:00 there (08:00 UTC).
 * availability({ timeZone: "Europe/Copenhagen", weekly: [{ day: 1, from: "09:00", to: "17:00" }] },
 *   new Date("2026-11-30T07:00:00Z")); // { open: false, back: new Date("2026-11-30T08:00:00Z") }
 */
export function availability(hours: OpeningHours | undefined, now: Date): Availability {
  try {
    if (!hours || !Array.isArray(hours.weekly) || hours.weekly.length === 0) return null;
    const parts = new Intl.DateTimeFormat("en-US", {
      timeZone: hours.timeZone,
      weekday: "short",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).formatToParts(now);
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
    const today = DAYS.indexOf(part("weekday"));
    const minute = Number(part("hour")) * 60 + Number(part("minute"));
    // Minutes from now until each range opens (this week or next), and whether one is open.
    let wait = Number.POSITIVE_INFINITY;
    for (const range of hours.weekly) {
      const from = minutesOf(range.from);
      const to = minutesOf(range.to);
      if (from === null || to === null || from >= to) continue;
      const days = (range.day - today + 7) % 7;
      if (days === 0 && from <= minute && minute < to) return { open: true };
      const until = days * DAY_MINUTES + from - minute;
      wait = Math.min(wait, until > 0 ? until : until + 7 * DAY_MINUTES);
    }
    if (!Number.isFinite(wait)) return null;
    return { open: false, back: new Date(now.getTime() + wait * 60_000) };
  } catch {
    // An unknown time zone: say nothing rather than something wrong.
    return null;
  }
}

function minutesOf(time: unknown): number | null {
  const match = typeof time === "string" ? /^(\d\d):(\d\d)$/.exec(time) : null;
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
