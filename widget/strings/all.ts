/**
 * Every language's strings, registered at once: for tests and tools that need them all
 * synchronously. The widget itself never imports this file (see i18n.ts).
 */
import { LANGUAGES, type Language } from "../../shared/languages.ts";
import { registerStrings } from "../i18n.ts";
import { LAUNCHER_LABELS } from "../launcher-labels.ts";
import { DA } from "./da.ts";
import { DE } from "./de.ts";
import { EN } from "./en.ts";
import { ES } from "./es.ts";
import { FR } from "./fr.ts";
import { SV } from "./sv.ts";
import type { Strings } from "./types.ts";

/** Each language's strings, for tests: a visitor's browser fetches one language's chunk. */
export const ALL_STRINGS: Readonly<Record<Language, Strings>> = {
  en: EN,
  da: DA,
  de: DE,
  fr: FR,
  es: ES,
  sv: SV,
};

for (const language of LANGUAGES) registerStrings(language, ALL_STRINGS[language]);

/**
 * A language's strings with the launcher's label beside them (it lives apart, in the loader).
 *
 * @example
 * stringsFor("da").launcher; // "Chat med os"
 */
export function stringsFor(language: Language): Strings & { launcher: string } {
  return { ...ALL_STRINGS[language], launcher: LAUNCHER_LABELS[language] };
}
