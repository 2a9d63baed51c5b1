/**
 * The languages Clarifier speaks out of the box: the widget's UI, the default handoff phrases,
 * the knowledge base's stemmers.
 *
 * @example
 * (LANGUAGES as readonly string[]).includes("da"); // true
 */
export const LANGUAGES = ["en", "da", "de", "fr", "es", "sv"] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Whether `value` is one of the languages Clarifier speaks.
 *
 * @example
 * isLanguage("de"); // true
 * isLanguage("it"); // false
 */
export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** Each language's name in English, for the dashboard and for prompts to a language model. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: "English",
  da: "Danish",
  de: "German",
  fr: "French",
  es: "Spanish",
  sv: "Swedish",
};
