import { replyDuration } from "../../shared/reply-time.ts";
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

/** Shifts a day may have on the form (the schema allows 50 ranges in a week). */
export const MAX_SHIFTS = 4;

/** One shift's fields: `from-<day>`/`to-<day>` for the first, `from-<day>-<n>` after it. */
export function shiftField(kind: "from" | "to", day: number, shift: number): string {
  return shift === 0 ? `${kind}-${day}` : `${kind}-${day}-${shift + 1}`;
}

/** What the hours form holds: as typed, or as saved. */
export interface HoursDraft {
  replyTimeMinutes: string;
  timeZone: string;
  /** Per day (config numbering), its shifts in order. */
  shifts: Record<number, { from: string; to: string }[]>;
}

/** The saved hours as the form shows them: every shift of every day. */
export function draftFromConfig(config: SiteConfig): HoursDraft {
  const shifts: HoursDraft["shifts"] = {};
  for (const r of config.openingHours?.weekly ?? []) {
    shifts[r.day] = [...(shifts[r.day] ?? []), { from: r.from, to: r.to }];
  }
  for (const list of Object.values(shifts)) list.sort((a, b) => a.from.localeCompare(b.from));
  return {
    replyTimeMinutes: config.replyTimeMinutes === undefined ? "" : String(config.replyTimeMinutes),
    timeZone: config.openingHours?.timeZone ?? "",
    shifts,
  };
}

/** The posted form as typed: every shift field present, blanks kept in place. */
export function draftFromForm(form: Readonly<Record<string, string | undefined>>): HoursDraft {
  const shifts: HoursDraft["shifts"] = {};
  for (const { day } of WEEK) {
    shifts[day] = Array.from({ length: MAX_SHIFTS }, (_, n) => ({
      from: form[shiftField("from", day, n)]?.trim() ?? "",
      to: form[shiftField("to", day, n)]?.trim() ?? "",
    }));
  }
  return {
    replyTimeMinutes: form.replyTimeMinutes?.trim() ?? "",
    timeZone: form.timeZone?.trim() ?? "",
    shifts,
  };
}

/**
 * The draft as the config's `openingHours` and `replyTimeMinutes`, not yet validated (the site
 * config schema does that), and for each weekly range the fields it came from, so a schema
 * error on `openingHours.weekly.3.to` lands beside the right input. A shift with both times
 * empty is no shift; no time zone and no shift means no hours at all.
 *
 * @example
 * hoursFromDraft(draftFromForm({ timeZone: "Europe/Copenhagen", "from-1": "09:00", "to-1": "12:00", "from-1-2": "13:00", "to-1-2": "17:00" }));
 * // { openingHours: { timeZone: "Europe/Copenhagen", weekly: [{ day: 1, from: "09:00", to: "12:00" }, { day: 1, from: "13:00", to: "17:00" }] }, … }
 */
export function hoursFromDraft(draft: HoursDraft): {
  openingHours: unknown;
  replyTimeMinutes: unknown;
  rangeFields: { from: string; to: string }[];
} {
  const weekly: { day: number; from: string; to: string }[] = [];
  const rangeFields: { from: string; to: string }[] = [];
  for (const { day } of WEEK) {
    (draft.shifts[day] ?? []).forEach((s, n) => {
      if (!s.from && !s.to) return;
      weekly.push({ day, from: s.from, to: s.to });
      rangeFields.push({ from: shiftField("from", day, n), to: shiftField("to", day, n) });
    });
  }
  const minutes = draft.replyTimeMinutes;
  return {
    openingHours:
      draft.timeZone || weekly.length ? { timeZone: draft.timeZone, weekly } : undefined,
    // A blank field clears it; anything else goes to the schema as typed, so it names the problem.
    replyTimeMinutes:
      minutes === "" ? undefined : Number.isFinite(Number(minutes)) ? Number(minutes) : minutes,
    rangeFields,
  };
}

/**
 * The schema's problems (by dotted path) as plain words beside the form's fields: a shift's
 * time names the shift, never `openingHours.weekly.6.to`, and says nothing of a 24-hour clock
 * the browser's time input does not show.
 */
export function hoursFieldErrors(
  errors: ReadonlyMap<string, string>,
  rangeFields: readonly { from: string; to: string }[],
  draft: HoursDraft,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const [path, message] of errors) {
    if (path === "replyTimeMinutes") {
      out.set(
        "replyTimeMinutes",
        message.includes("14 days")
          ? "Enter at most 20160 minutes (14 days)."
          : "Enter a whole number of minutes, such as 120 for two hours, or leave it empty.",
      );
    } else if (path.startsWith("openingHours.timeZone")) {
      out.set(
        "timeZone",
        draft.timeZone
          ? `“${draft.timeZone}” is not a time zone: pick one from the list, such as Europe/Copenhagen.`
          : "Pick the time zone these hours are in, such as Europe/Copenhagen.",
      );
    } else {
      const match = /^openingHours\.weekly\.(\d+)(?:\.(from|to))?$/.exec(path);
      const fields = match ? rangeFields[Number(match[1])] : undefined;
      if (!fields) continue;
      const value = (name: string) => {
        const [, kind, day, n] = /^(from|to)-(\d)(?:-(\d))?$/.exec(name) ?? [];
        return draft.shifts[Number(day)]?.[n ? Number(n) - 1 : 0]?.[kind as "from" | "to"] ?? "";
      };
      if (match?.[2] === "from" || match?.[2] === "to") {
        const field = fields[match[2]];
        out.set(
          field,
          value(field) === ""
            ? "Fill in both times, or leave both empty when the team is off."
            : "Enter a time, such as 9:00 AM.",
        );
      } else if (!out.has(fields.to)) {
        // A time that is missing or malformed says so itself; "from before to" only for two times.
        out.set(fields.to, "The closing time must be after the opening time.");
      }
    }
  }
  return out;
}

/**
 * What the widget tells a visitor for this reply time, in English, the same rounding the widget
 * uses (`replyDuration`): 240 → "We usually reply within 4 hours."
 */
export function replyTimeSentence(minutes: number | undefined): string | null {
  if (minutes === undefined || !(minutes > 0)) return null;
  const { unit, amount } = replyDuration(minutes);
  return `We usually reply within ${amount} ${unit}${amount === 1 ? "" : "s"}.`;
}
