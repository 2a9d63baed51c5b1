/**
 * Every language's strings, registered at once: for tests and tools that need them all
 * synchronously. The widget itself never imports this file (see i18n.ts).
 */
import { type Language, REPLY_LANGUAGES, type ReplyLanguage } from "../../shared/languages.ts";
import { registerStrings } from "../i18n.ts";
import { LAUNCHER_LABELS } from "../launcher-labels.ts";
import { DA } from "./da.ts";
import { DE } from "./de.ts";
import { EN } from "./en.ts";
import { ES } from "./es.ts";
import { FR } from "./fr.ts";
import { IT } from "./it.ts";
import { NL } from "./nl.ts";
import { PL } from "./pl.ts";
import { PT } from "./pt.ts";
import { SV } from "./sv.ts";
import type { Strings } from "./types.ts";

/** Each language's strings, for tests: a visitor's browser fetches one language's chunk. */
export const ALL_STRINGS: Readonly<Record<ReplyLanguage, Strings>> = {
  en: EN,
  da: DA,
  de: DE,
  fr: FR,
  es: ES,
  sv: SV,
  it: IT,
  nl: NL,
  pl: PL,
  pt: PT,
};

for (const language of REPLY_LANGUAGES) registerStrings(language, ALL_STRINGS[language]);

/**
 * A language's strings with the launcher's label beside them (in our six it lives apart, in the
 * loader; the other four's strings carry their own, which the app uses once they are here).
 *
 * @example
 * stringsFor("da").launcher; // "Chat med os"
 * stringsFor("it").launcher; // "Chatta con noi"
 */
export function stringsFor(language: ReplyLanguage): Strings & { launcher: string } {
  const strings = ALL_STRINGS[language];
  const launcher = LAUNCHER_LABELS[language as Language] ?? strings.launcher ?? LAUNCHER_LABELS.en;
  return { ...strings, launcher };
}
