/**
 * The default handoff phrases and the site's effective list. Worker-side: the widget never
 * imports this file (it gets the effective list, and each phrase's language, from
 * `GET /v1/sites/{site}/config`), which keeps about 1.6 KB of phrases out of widget.js.
 */
import { normalizedPhrase } from "./keywords.ts";
import { LANGUAGES, type Language } from "./languages.ts";
import { byLanguage } from "./languages/registry.ts";
import { normalizeForMatch } from "./text/normalize.ts";

/**
 * Phrases that mean "I want a person", by language (each language's `keywords.ts`), written
 * the way visitors type them.
 * Each is a multi-word phrase on purpose: single words such as "human" or "agent" also occur in
 * ordinary product questions ("is the API human-readable?"), and a false handoff costs a team's
 * time. Matching ignores case, accents, apostrophe style and spacing (see `normalizeForMatch`),
 * so each phrase is listed once, in its plain lowercase form.
 * A real person alone ("real person", "echte Person", "vraie personne") is not listed: the widget
 * would hand off "am I talking to a real person?" before the worker could say it is an AI; the
 * worker's grammar (`person-request.ts`) still reads "I want a real person" as a request.
 */
export const DEFAULT_KEYWORDS: Readonly<Record<Language, readonly string[]>> = byLanguage(
  (language) => language.keywords,
);

/** Per-site keyword settings as stored in the site config. */
export interface KeywordSettings {
  /** `add` extends the defaults, `replace` uses only `phrases`. */
  mode: "add" | "replace";
  phrases: readonly string[];
}

/**
 * The phrases a site's visitors are matched against, lowercase and de-duplicated, in the order
 * the site owner would read them (defaults first). This is the list `GET /v1/sites/{site}/config`
 * returns as `keywords`.
 *
 * @example
 * effectiveKeywords({ mode: "replace", phrases: ["Book a Consultation"] }); // ["book a consultation"]
 */
export function effectiveKeywords(settings: KeywordSettings): string[] {
  const defaults = settings.mode === "add" ? LANGUAGES.flatMap((l) => DEFAULT_KEYWORDS[l]) : [];
  const all = [...defaults, ...settings.phrases.map((p) => p.trim().toLowerCase())];
  return [...new Set(all.filter((p) => normalizedPhrase(p).length > 0))];
}

/** Index from a default phrase's normalised form to its language. */
const DEFAULT_LANGUAGE_BY_PHRASE: ReadonlyMap<string, Language> = new Map(
  LANGUAGES.flatMap((language) =>
    DEFAULT_KEYWORDS[language].map((phrase) => [normalizeForMatch(phrase), language] as const),
  ),
);

/**
 * The language of `phrase` when it is one of the defaults (however it is cased or accented),
 * else null: a site's own phrases have no known language.
 *
 * @example
 * keywordLanguage("Tale med en person"); // "da"
 * keywordLanguage("book a consultation"); // null
 */
export function keywordLanguage(phrase: string): Language | null {
  return DEFAULT_LANGUAGE_BY_PHRASE.get(normalizeForMatch(phrase)) ?? null;
}
