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

/**
 * Languages Clarifier doesn't answer in but tells apart (`text/other-languages.ts`): a question in
 * one goes to a person, and the reply and the widget's UI speak it, so the visitor reads the
 * offer of a person, the email prompt and the confirmation in their own language.
 */
export const OTHER_LANGUAGES = ["it", "nl", "pl", "pt"] as const;
export type OtherLanguage = (typeof OTHER_LANGUAGES)[number];

/**
 * Languages Clarifier tells apart but has no strings for: Catalan, Finnish, Norwegian, Turkish.
 * A question in one is foreign to every knowledge base (no stemmer, no lexicon), so it goes to a
 * person with no articles, like one in an other language; but the widget can't speak it, so the
 * reply names English (`replyLanguageFor`), the second language such visitors most often read,
 * rather than null, which the widget reads as "keep the site's language" (a Finn on a Danish
 * site read the offer of a person in Danish).
 */
export const UNSPOKEN_LANGUAGES = ["ca", "fi", "no", "tr"] as const;
export type UnspokenLanguage = (typeof UNSPOKEN_LANGUAGES)[number];

/** A language of visitors' that no knowledge base is read in: an other or an unspoken one. */
export type ForeignLanguage = OtherLanguage | UnspokenLanguage;
export const FOREIGN_LANGUAGES: readonly ForeignLanguage[] = [
  ...OTHER_LANGUAGES,
  ...UNSPOKEN_LANGUAGES,
];

/**
 * The language to reply to a foreign question in: its own where the widget speaks it, else
 * English.
 *
 * @example
 * replyLanguageFor("it"); // "it"
 * replyLanguageFor("tr"); // "en"
 */
export function replyLanguageFor(language: ForeignLanguage): OtherLanguage | "en" {
  return (OTHER_LANGUAGES as readonly string[]).includes(language)
    ? (language as OtherLanguage)
    : "en";
}

/**
 * The languages a reply (`ChatReply.language`) and the widget's UI may speak: ours and the others.
 * Only where a reply's or the UI's language is meant; knowledge bases, stemming, site config
 * and the default phrases stay `Language`.
 */
export type ReplyLanguage = Language | OtherLanguage;
// Spelt out rather than spread from the two lists: the widget's app ships this one alone, and a
// test holds it to both.
export const REPLY_LANGUAGES: readonly ReplyLanguage[] = [
  "en",
  "da",
  "de",
  "fr",
  "es",
  "sv",
  "it",
  "nl",
  "pl",
  "pt",
];

/**
 * Whether `value` is a language a reply or the widget's UI may speak.
 *
 * @example
 * isReplyLanguage("it"); // true
 * isReplyLanguage("fi"); // false
 */
export function isReplyLanguage(value: unknown): value is ReplyLanguage {
  // `includes` is false for anything not a string: no `typeof` (bytes in the widget's app).
  return (REPLY_LANGUAGES as readonly unknown[]).includes(value);
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
