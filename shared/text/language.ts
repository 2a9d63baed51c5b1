/**
 * The language detector: the one place that tells which language a text is written in, for
 * retrieval (which falls back on the knowledge base's language) and for the reply (which may say
 * it does not know). Each language's marks live in its folder (`shared/languages/<code>/`).
 */
import { FOREIGN_LANGUAGES, LANGUAGES, type Language } from "../languages.ts";
import { byLanguage, LANGUAGE_DATA } from "../languages/registry.ts";
import { foldAccents } from "./normalize.ts";
import { type ForeignLanguage, OTHER_LANGUAGE_MARKS } from "./other-languages.ts";
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
 * Each language's score for `text`, read as the words `found` in it: its function words,
 * question words and marker verbs, and up to two words with its letters (æ/ø/å, ä/ö/ü/ß,
 * ñ/á/í/ó/ú, ç/è/ê/œ and elisions), plus one for punctuation only it writes ("¿", "¡").
 */
function scoreLanguages(found: readonly string[], text: string): Record<Language, number> {
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
    const joined = found.join(" ");
    for (const lang of LANGUAGES) {
      const marks = LANGUAGE_DATA[lang].marks;
      if (marks.punctuation?.test(text)) scores[lang]++;
      if (marks.frame?.test(joined)) scores[lang]++;
    }
  }
  return scores;
}

// Every marker of ours, as written and as typed without accents: a foreign language's marker
// typed without accents that is one of these ("są" → "sa") is not known in that form.
const OURS_ANY_FORM: ReadonlySet<string> = new Set(
  LANGUAGES.flatMap((lang) => [...MARKERS[lang], ...ACCENT_FREE_MARKERS[lang]]),
);

// And every word a foreign language shares with ours ("e", "de", "la"): a marker typed without
// accents that is one ("è" → "e") is not known in that form either.
const SHARED_ANY: ReadonlySet<string> = new Set(
  FOREIGN_LANGUAGES.flatMap((lang) => OTHER_LANGUAGE_MARKS[lang].shared.split(" ")),
);

const OTHER_MARKERS: ReadonlyMap<ForeignLanguage, ReadonlySet<string>> = new Map(
  FOREIGN_LANGUAGES.map((lang) => {
    const marks = OTHER_LANGUAGE_MARKS[lang];
    const written = marks.markers.split(" ");
    const typed = marks.accentFree
      ? written
          .map(foldAccents)
          .filter((form) => form.length > 1 && !OURS_ANY_FORM.has(form) && !SHARED_ANY.has(form))
      : [];
    return [lang, new Set([...written, ...typed])];
  }),
);
const OTHER_SHARED: ReadonlyMap<ForeignLanguage, ReadonlySet<string>> = new Map(
  FOREIGN_LANGUAGES.map((lang) => [
    lang,
    new Set(OTHER_LANGUAGE_MARKS[lang].shared.split(" ").filter(Boolean)),
  ]),
);

// Every word a language of ours is known to write: its stop words and its lexicons' words (the
// words visitors ask a help centre with, "week", "option", "refund"), as written.
const OURS_WORDS: ReadonlySet<string> = new Set(
  LANGUAGES.flatMap((lang) => {
    const data = LANGUAGE_DATA[lang];
    const groups = [...data.lexicon, ...data.lexiconWide];
    return [...data.stopWords, ...groups.flatMap((group) => group.split(/[|\s]+/))];
  }),
);

// For each foreign language, the words another foreign language writes too (as a marker or a
// shared word): evidence for either, so they only break no tie.
const FOREIGN_WORDS_ELSEWHERE: ReadonlyMap<ForeignLanguage, ReadonlySet<string>> = new Map(
  FOREIGN_LANGUAGES.map((lang) => [
    lang,
    new Set(
      FOREIGN_LANGUAGES.filter((other) => other !== lang).flatMap((other) => [
        ...(OTHER_MARKERS.get(other) ?? []),
        ...(OTHER_SHARED.get(other) ?? []),
      ]),
    ),
  ]),
);

// A foreign language needs at least this many marks, and more than any of ours, to be told: one
// word ("dat", "uma") in a question of ours is a name, a quote or a typo.
const MIN_OTHER_MARKS = 2;
// One mark is enough in a message of at least this many words where no language of ours scores
// on the words it doesn't share with that language, and that reads as nobody's of ours
// (`nothingOurs`: "ile trwa dostawa", "esqueci minha senha"): nothing says it is ours, and the
// site's language would be a guess.
const LONE_MARK_WORDS = 3;

/**
 * The foreign language (`other-languages.ts`) that `text` is clearly written in: at least two of
 * its marks (distinct function words, and up to two words with its letters beside one), or one
 * in a message of three words or more that no language of ours scores on, and more than any
 * language of ours scores on the words that language doesn't share with it ("la", "un", "se"
 * are Italian as much as French or Spanish).
 */
function otherLanguageOf(written: readonly string[], text: string): ForeignLanguage | null {
  // Each word once: "per seat per month" is one Italian-looking word, not two.
  const found = new Set(written);
  let best: ForeignLanguage | null = null;
  let bestScore = 0;
  let bestOwn = 0;
  for (const lang of FOREIGN_LANGUAGES) {
    const markers = OTHER_MARKERS.get(lang);
    const letters = OTHER_LANGUAGE_MARKS[lang].letters;
    let score = 0;
    let lettered = 0;
    let own = 0;
    for (const w of found) {
      if (markers?.has(w)) {
        score++;
        if (!FOREIGN_WORDS_ELSEWHERE.get(lang)?.has(w)) own++;
      } else if (letters?.test(w)) lettered++;
    }
    if (score > 0) score += Math.min(lettered, MAX_LETTER_WORDS);
    // A tie goes to the language with more marks no other foreign language writes: "per" is
    // Italian and Catalan, "podeu" only Catalan.
    if (score > bestScore || (score === bestScore && score > 0 && own > bestOwn)) {
      best = lang;
      bestScore = score;
      bestOwn = own;
    }
  }
  if (best === null) return null;
  const theirs = OTHER_MARKERS.get(best);
  const shared = OTHER_SHARED.get(best);
  const elides = OTHER_LANGUAGE_MARKS[best].elides === true;
  const ours = scoreLanguages(
    written.filter((w) => !theirs?.has(w) && !shared?.has(w) && !(elides && w.includes("'"))),
    text,
  );
  const oursBest = Math.max(...LANGUAGES.map((lang) => ours[lang]));
  const enough =
    bestScore >= MIN_OTHER_MARKS ||
    (oursBest === 0 && written.length >= LONE_MARK_WORDS && nothingOurs(written, theirs, shared));
  return enough && bestScore > oursBest ? best : null;
}

/**
 * Whether a message with one foreign mark and no mark of ours reads as foreign beyond it: the
 * mark is no word of ours (`OURS_WORDS`: "Physical cards *come* in a castle-shaped envelope"),
 * and it has other words (numbers and shared words aside), at most half of them ours: "cheapest option
 * per week" is English words around an Italian-looking "per"; "ile trwa dostawa" and "esqueci
 * minha senha" are nobody's words of ours.
 */
function nothingOurs(
  written: readonly string[],
  theirs: ReadonlySet<string> | undefined,
  shared: ReadonlySet<string> | undefined,
): boolean {
  if (written.some((w) => theirs?.has(w) && OURS_WORDS.has(w))) return false;
  const rest = written.filter((w) => !theirs?.has(w) && !shared?.has(w) && !/^\d/.test(w));
  return rest.length > 0 && 2 * rest.filter((w) => OURS_WORDS.has(w)).length <= rest.length;
}

/** What `text` is written in: one of our languages, one of the others we can tell, or neither. */
export interface WrittenIn {
  language: Language | null;
  other: ForeignLanguage | null;
}

/**
 * The language `text` is clearly written in, of ours or of the others we can tell apart
 * (`other-languages.ts`); both null when its words don't tell: too short, only names and numbers,
 * or two languages tie.
 *
 * @example
 * writtenIn("Kan ik mijn abonnement pauzeren?"); // { language: null, other: "nl" }
 */
export function writtenIn(text: string): WrittenIn {
  const found = words(text);
  const other = otherLanguageOf(found, text);
  if (other !== null) return { language: null, other };
  const scores = scoreLanguages(found, text);
  let best: Language | null = null;
  let tie = false;
  for (const lang of LANGUAGES) {
    if (best === null || scores[lang] > scores[best]) {
      best = lang;
      tie = false;
    } else if (scores[lang] === scores[best]) tie = true;
  }
  return { language: best === null || tie || scores[best] === 0 ? null : best, other: null };
}

/**
 * The language of ours `text` is clearly written in, or null when its words don't tell (too
 * short, only names and numbers, or two languages tie) or it is written in another
 * (`writtenIn`). Retrieval reads a question with no clear language in the knowledge base's
 * (`languageOf` in worker/kb/text.ts); a reply may carry null.
 *
 * @example
 * detectLanguage("¿Cuánto cuesta una revisión?"); // "es"
 * detectLanguage("kann ich mit mobilepay zahlen"); // "de"
 * detectLanguage("MobilePay 2025"); // null
 * detectLanguage("Czy mogę zapłacić przez PayPal?"); // null
 */
export function detectLanguage(text: string): Language | null {
  return writtenIn(text).language;
}
