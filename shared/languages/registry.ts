/**
 * Every language's data, by code. Adding a language: its folder (`shared/languages/<code>/`,
 * one `LanguageData` object), its code in `LANGUAGES` (`shared/languages.ts`, which the widget
 * reads without this data) and one line here; the `Record` makes a missing one a compile error.
 * Worker-side only: the widget never imports this file.
 */
import { LANGUAGES, type Language } from "../languages.ts";
import { da } from "./da/index.ts";
import { de } from "./de/index.ts";
import { en } from "./en/index.ts";
import { es } from "./es/index.ts";
import { fr } from "./fr/index.ts";
import { sv } from "./sv/index.ts";
import type { LanguageData } from "./types.ts";

/** Each language's data. */
export const LANGUAGE_DATA: Readonly<Record<Language, LanguageData>> = { en, da, de, fr, es, sv };

/**
 * A table with one entry per language, in `LANGUAGES` order, built from each language's data.
 *
 * @example
 * const stemmers = byLanguage((data) => data.stem);
 */
export function byLanguage<T>(pick: (data: LanguageData) => T): Record<Language, T> {
  return Object.fromEntries(LANGUAGES.map((code) => [code, pick(LANGUAGE_DATA[code])])) as Record<
    Language,
    T
  >;
}
