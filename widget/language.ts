import type { SiteLanguage } from "../shared/api.ts";
import { LANGUAGES, type Language, type ReplyLanguage } from "../shared/languages.ts";

/**
 * Whether `value` is one of the languages the widget speaks.
 *
 * @example
 * isLanguage("de"); // true
 * isLanguage("it"); // false
 */
export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** What the UI language is chosen from, strongest first. */
export interface LanguageSources {
  /** The embed's `data-lang`, already checked with `isLanguage`. */
  attribute: Language | null;
  /** The site config's `language`, when loaded. */
  site: SiteLanguage | null;
  /** `navigator.language`, e.g. "da-DK", or null when the page won't tell. */
  browser: string | null;
}

/**
 * The UI language: `data-lang`, then the site's configured language unless "auto", then the
 * browser's primary language subtag when supported, then English.
 *
 * @example
 * resolveLanguage({ attribute: null, site: "auto", browser: "de-AT" }); // "de"
 */
export function resolveLanguage(sources: LanguageSources): Language {
  if (sources.attribute) return sources.attribute;
  if (sources.site && sources.site !== "auto" && isLanguage(sources.site)) return sources.site;
  const primary = sources.browser?.split("-")[0]?.toLowerCase();
  return isLanguage(primary) ? primary : "en";
}

/**
 * `language` when the site allows it; else the site's own language when allowed, else the first
 * allowed one. A site that lists its languages never hears the widget speak another: the list
 * names only ours, so a site with one never speaks Italian, Dutch, Polish or Portuguese.
 *
 * @example
 * allowedLanguage("de", ["en", "da"], "da"); // "da"
 * allowedLanguage("de", undefined, "auto");  // "de"
 * allowedLanguage("it", ["en", "da"], "da"); // "da"
 */
export function allowedLanguage(
  language: ReplyLanguage,
  allowed: readonly Language[] | undefined,
  site: SiteLanguage | undefined,
): ReplyLanguage {
  if (!allowed?.length || (allowed as readonly string[]).includes(language)) return language;
  return site && site !== "auto" && allowed.includes(site) ? site : (allowed[0] as Language);
}
