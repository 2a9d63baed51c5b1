import type { SiteConfig } from "../sites/config-schema.ts";

/** The days of the week as the form lists them, Monday first; `day` as the config counts it. */
export const WEEK: readonly { day: 0 | 1 | 2 | 3 | 4 | 5 | 6; name: string }[] = [
  { day: 1, name: "Monday" },
  { day: 2, name: "Tuesday" },
  { day: 3, name: "Wednesday" },
  { day: 4, name: "Thursday" },
  { day: 5, name: "Friday" },
  { day: 6, name: "Saturday" },
  { day: 0, name: "Sunday" },
];

/**
 * The hours form's fields (`timeZone`, `replyTimeMinutes`, `from-<day>`, `to-<day>`) as the
 * config's `openingHours` and `replyTimeMinutes`, not yet validated (the site config schema does
 * that). A day with both times empty is closed; no time zone and no day means no hours at all.
 *
 * @example
 * hoursFromForm({ timeZone: "Europe/Copenhagen", "from-1": "09:00", "to-1": "16:00", replyTimeMinutes: "120" });
 * // { openingHours: { timeZone: "Europe/Copenhagen", weekly: [{ day: 1, from: "09:00", to: "16:00" }] }, replyTimeMinutes: 120 }
 */
export function hoursFromForm(form: Readonly<Record<string, string | undefined>>): {
  openingHours: unknown;
  replyTimeMinutes: unknown;
} {
  const weekly = WEEK.flatMap(({ day }) => {
    const from = form[`from-${day}`]?.trim() ?? "";
    const to = form[`to-${day}`]?.trim() ?? "";
    return from || to ? [{ day, from, to }] : [];
  });
  const timeZone = form.timeZone?.trim() ?? "";
  const minutes = form.replyTimeMinutes?.trim() ?? "";
  return {
    openingHours: timeZone || weekly.length ? { timeZone, weekly } : undefined,
    // A blank field clears it; anything else goes to the schema as typed, so it names the problem.
    replyTimeMinutes:
      minutes === "" ? undefined : Number.isFinite(Number(minutes)) ? Number(minutes) : minutes,
  };
}

/** The first range of `day` in the saved hours, for the form to show. */
export function rangeOf(config: SiteConfig, day: number): { from: string; to: string } {
  return config.openingHours?.weekly.find((r) => r.day === day) ?? { from: "", to: "" };
}
