/**
 * The language detector: the one place that tells which language a text is written in, for
 * retrieval (which falls back on the knowledge base's language) and for the reply (which may say
 * it does not know). Each language's marks live in its folder (`shared/languages/<code>/`).
 */
import { LANGUAGES, type Language } from "../languages.ts";
import { byLanguage, LANGUAGE_DATA } from "../languages/registry.ts";
import { foldAccents } from "./normalize.ts";
import { words } from "./words.ts";

// Each language's markers, lists of similar length, so that no language wins by having the
// longest list (the `stopword` package's German list has 600 words and would claim Danish text
// that shares "der", "man" or "an").
const MARKERS: Record<Language, ReadonlySet<string>> = byLanguage(
  (language) => new Set(language.marks.markers.split(" ")),
);

// Visitors often type without accents ("cuanto", "ou", "moechte"): a language's markers are also
// known in that form where it says so, except where it would be another language's marker ("où"
// → "ou" is French still; Danish "må" → "ma" would be French "ma", so Danish is left as written:
// Danes who lack "æøå" write "ae", "oe", "aa" anyway).
const ACCENT_FREE_MARKERS = (() => {
  const all = new Set(LANGUAGES.flatMap((lang) => [...MARKERS[lang]]));
  const result = {} as Record<Language, ReadonlySet<string>>;
  for (const lang of LANGUAGES) {
    const forms = new Set<string>();
    if (LANGUAGE_DATA[lang].marks.accentFree) {
      for (const marker of MARKERS[lang]) {
        const typed = [
          foldAccents(marker),
          marker.replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss"),
        ];
        for (const form of typed) {
          if (form !== marker && (!all.has(form) || MARKERS[lang].has(form))) forms.add(form);
        }
      }
    }
    result[lang] = forms;
  }
  return result;
})();

// A word with letters that few languages write counts as a function word ("køleskab" tells Danish
// as "jeg" does), but at most two such words count and only beside a function word of some
// language: a name or a dish ("Müller", "Señor Pérez", "crème brûlée") in a question says
// nothing of the language it is asked in.
const MAX_LETTER_WORDS = 2;

/**
 * Each language's score for `text`: its function words, question words and marker verbs, and up
 * to two words with its letters (æ/ø/å, ä/ö/ü/ß, ñ/á/í/ó/ú, ç/è/ê/œ and elisions), plus one for
 * punctuation only it writes ("¿", "¡").
 */
function scoreLanguages(text: string): Record<Language, number> {
  const found = words(text);
  const scores = {} as Record<Language, number>;
  const lettered = {} as Record<Language, number>;
  for (const lang of LANGUAGES) {
    scores[lang] = 0;
    lettered[lang] = 0;
  }
  for (const w of found) {
    for (const lang of LANGUAGES) {
      if (MARKERS[lang].has(w) || ACCENT_FREE_MARKERS[lang].has(w)) scores[lang]++;
      // Elided articles and pronouns ("l'homme", "qu'il") say French as clearly as "le" does.
      else if (w.includes("'")) {
        for (const part of w.split("'")) if (MARKERS[lang].has(part)) scores[lang]++;
      }
      if (LANGUAGE_DATA[lang].marks.letters?.test(w)) lettered[lang]++;
    }
  }
  if (LANGUAGES.some((lang) => scores[lang] > 0)) {
    for (const lang of LANGUAGES) scores[lang] += Math.min(lettered[lang], MAX_LETTER_WORDS);
  }
  if (found.length > 0) {
    for (const lang of LANGUAGES) {
      if (LANGUAGE_DATA[lang].marks.punctuation?.test(text)) scores[lang]++;
    }
  }
  return scores;
}

/**
 * The language `text` is clearly written in, or null when its words don't tell: too short, only
 * names and numbers, or two languages tie. Retrieval reads a question with no clear language in
 * the knowledge base's (`languageOf` in worker/kb/text.ts); a reply may carry null.
 *
 * @example
 * detectLanguage("¿Cuánto cuesta una revisión?"); // "es"
 * detectLanguage("kann ich mit mobilepay zahlen"); // "de"
 * detectLanguage("MobilePay 2025"); // null
 */
export function detectLanguage(text: string): Language | null {
  const scores = scoreLanguages(text);
  let best: Language | null = null;
  let tie = false;
  for (const lang of LANGUAGES) {
    if (best === null || scores[lang] > scores[best]) {
      best = lang;
      tie = false;
    } else if (scores[lang] === scores[best]) tie = true;
  }
  return best === null || tie || scores[best] === 0 ? null : best;
}
