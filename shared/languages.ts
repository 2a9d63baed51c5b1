/**
 * The languages Clarifier speaks out of the box: the widget's UI, the default handoff phrases.
 *
 * @example
 * (LANGUAGES as readonly string[]).includes("da"); // true
 */
export const LANGUAGES = ["en", "da", "de", "fr", "es"] as const;
export type Language = (typeof LANGUAGES)[number];
