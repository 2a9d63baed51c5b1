import type { Channel } from "../sites/config-schema.ts";

/** `2026-11-03T09:41:07.123Z` → `2026-11-03 09:41 UTC`: the dashboard speaks UTC throughout. */
export function formatTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** Where `safeReturnPath` resolves a path, as a browser resolves a `location` on this origin. */
const HERE = "https://dashboard.invalid";

/**
 * A same-dashboard path to return to after a form post or a sign-in; anything else falls back to
 * `/admin`. Judged by where a browser would go, not by how the text starts: a browser resolves
 * dot segments (`..`, `%2e%2e`, with tabs and newlines stripped) before it asks, so
 * `/admin/../demo` is the demo page and `/admin/..//evil.example` a path of two slashes (the
 * seventh security pass, docs/security.md). No control character or backslash at all.
 *
 * @example
 * safeReturnPath("/admin/sites/acme/threshold?days=7"); // as given
 * safeReturnPath("/admin/%2e%2e/demo"); // "/admin"
 */
export function safeReturnPath(value: string | undefined | File): string {
  if (typeof value !== "string") return "/admin";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing them is the point
  if (!/^\/admin(?:[/?#]|$)/.test(value) || /[\\\u0000-\u001f\u007f]/.test(value)) return "/admin";
  if (!URL.canParse(value, HERE)) return "/admin";
  const landing = new URL(value, HERE);
  return landing.origin === HERE && /^\/admin(?:\/|$)/.test(landing.pathname) ? value : "/admin";
}

/** `YYYY-MM-DD` as given by a date input, or null. */
export function parseDay(value: string | undefined): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const time = Date.parse(`${value}T00:00:00Z`);
  return Number.isNaN(time) ? null : value;
}

/** The ISO timestamp `days` whole days before `nowMs`. */
export function daysAgo(days: number, nowMs: number): string {
  return new Date(nowMs - days * 86_400_000).toISOString();
}

/**
 * Where "the last `days` days" of Stats, Threshold and Answers starts: midnight UTC of the day
 * `days` days before `nowMs`, so the period is whole UTC days (and today so far), as the figures
 * are counted per day (`message_counts`). At most a day more than `days` × 24 hours, never less.
 *
 * @example
 * periodStart(30, Date.parse("2026-12-08T15:00:00Z")); // "2026-11-08T00:00:00.000Z"
 */
export function periodStart(days: number, nowMs: number): string {
  return `${daysAgo(days, nowMs).slice(0, 10)}T00:00:00.000Z`;
}

/** A whole number of days from a query string, clamped to 1..max, else `fallback`. */
export function parseDays(value: string | undefined, fallback: number, max: number): number {
  const days = Number(value);
  if (!value || !Number.isInteger(days)) return fallback;
  return Math.min(max, Math.max(1, days));
}

/** The period the dashboard's evidence covers unless a page asks for another. */
export const DEFAULT_DAYS = 30;
/** The longest period a page looks back over. */
export const MAX_DAYS = 90;

/** Each channel type as the site owner reads it. */
export const CHANNEL_TYPE_LABELS: Readonly<Record<Channel["type"], string>> = {
  email: "Email",
  slack: "Slack",
  "slack-app": "Slack app",
  webhook: "Webhook",
};

/** A stored channel type (a D1 column) as the site owner reads it; an unknown one as it is. */
export function channelTypeLabel(type: string): string {
  return (CHANNEL_TYPE_LABELS as Readonly<Record<string, string>>)[type] ?? type;
}
