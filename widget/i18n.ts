/**
 * The widget's strings. Each language is its own small chunk (`strings/<code>.ts`, built to
 * `widget-strings-<code>.<build>.js`), fetched when the visitor's language needs it (the
 * launcher's beside the app), so a visitor downloads one language, not six.
 */
import type { ReplyLanguage } from "../shared/languages.ts";
import { STRING_KEYS, type Strings } from "./strings/types.ts";

export { isLanguage, type LanguageSources, resolveLanguage } from "./language.ts";
export type { Strings } from "./strings/types.ts";

const loaded: Partial<Record<ReplyLanguage, Strings>> = {};

/**
 * Make `strings` the widget's words in `language` (a language chunk calls this as it arrives;
 * tests register them all through `strings/all.ts`).
 *
 * @example
 * registerStrings("da", DA);
 */
export function registerStrings(language: ReplyLanguage, strings: Strings): void {
  loaded[language] = strings;
}

/**
 * The `Strings` a language's chunk hands over: their values, in `STRING_KEYS`' order.
 *
 * @example
 * stringsFromChunk(["Close chat", (site) => `Chat with ${site}`]).dialog("Acme"); // "Chat with Acme"
 */
export function stringsFromChunk(chunk: readonly unknown[]): Strings {
  return Object.fromEntries(STRING_KEYS.map((key, i) => [key, chunk[i]])) as unknown as Strings;
}

/**
 * Whether `language`'s strings are here: until they are, the panel waits rather than speak
 * English under another language's name.
 *
 * @example
 * hasStrings("en"); // true
 */
export function hasStrings(language: ReplyLanguage): boolean {
  return !!loaded[language];
}

/**
 * The widget's strings in `language`; while that language is still on its way, English or
 * whichever language is here. Call it once `hasStrings` holds for the UI's language.
 *
 * @example
 * stringsFor("en").retry; // "Retry"
 */
export function stringsFor(language: ReplyLanguage): Strings {
  return (loaded[language] ?? loaded.en ?? Object.values(loaded)[0]) as Strings;
}

/**
 * What to say about a refusal of the API, in `strings`' language: its known codes in words of
 * their own, any other (a code this widget doesn't know, or a refusal kept from before) as
 * `failed`. Never the API's message: that is English, written for the site's developer.
 *
 * @example
 * refusalText("rate_limited", stringsFor("da")); // "Det er mange beskeder på kort tid…"
 * refusalText("handoff_not_justified", stringsFor("da")); // "Noget gik galt."
 */
export function refusalText(code: string | undefined, strings: Strings): string {
  if (code === "rate_limited") return strings.rateLimited;
  if (code === "email_required") return strings.emailRequired;
  if (code === "invalid_email") return strings.invalidEmail;
  if (code === "conversation_full") return strings.full;
  return strings.failed;
}
