import { stemmer as stemDanish } from "@orama/stemmers/danish";
import { stemmer as stemEnglish } from "@orama/stemmers/english";
import { stemmer as stemFrench } from "@orama/stemmers/french";
import { stemmer as stemGerman } from "@orama/stemmers/german";
import { stemmer as stemSpanish } from "@orama/stemmers/spanish";
import { dan, deu, eng, fra, spa } from "stopword";
import { foldAccents, unifyApostrophes } from "../../shared/keywords.ts";
import { LANGUAGES, type Language } from "../../shared/languages.ts";

// The `stopword` package's lists (maintained, per language) miss some question words a visitor
// starts with; a question word names no topic, and left in it would let "why" match every FAQ
// that asks why.
const EXTRA_STOP_WORDS: Record<Language, string> = {
  en: "does doing done why when whom whose am i'm i've i'd i'll can't don't doesn't isn't it's there's what's let's yes no not",
  da: "hvilke hvilket hvorfor hvornår hvordan blev været være bliver der hvor",
  de: "warum wieso weshalb wann welche welcher welches wer wo wie was gibt kann kannst können",
  fr: "est sont quoi quel quelle quels quelles comment pourquoi quand combien où ce c'est l d j qu puis peux peut pouvez",
  es: "es son está están era eran fue fueron cuál cuáles cuándo cómo cuánto cuántos cuántas quién quiénes dónde qué ha han hay mis tus puedo puede pueden",
};

const STOP_WORD_LISTS: Record<Language, readonly string[]> = {
  en: eng,
  da: dan,
  de: deu,
  fr: fra,
  es: spa,
};

/** Stop words per language, lowercase, with accents kept (they are removed after stemming). */
export const STOP_WORDS: Record<Language, ReadonlySet<string>> = {
  en: stopWords("en"),
  da: stopWords("da"),
  de: stopWords("de"),
  fr: stopWords("fr"),
  es: stopWords("es"),
};

function stopWords(lang: Language): ReadonlySet<string> {
  return new Set(
    [...STOP_WORD_LISTS[lang], ...EXTRA_STOP_WORDS[lang].split(" ")].map((w) => w.toLowerCase()),
  );
}

/** Snowball stemmers (via `@orama/stemmers`); English is Porter's original algorithm. */
export const STEMMERS: Record<Language, (word: string) => string> = {
  en: stemEnglish,
  da: stemDanish,
  de: stemGerman,
  fr: stemFrench,
  es: stemSpanish,
};

// Detection counts each language's most frequent function words, question words and the verbs
// visitors ask with ("kan", "kann", "puedo", "peux"), lists of similar length, so that no language
// wins by having the longest list (the `stopword` package's German list has 600 words and would
// claim Danish text that shares "der", "man" or "an").
const MARKERS: Record<Language, ReadonlySet<string>> = {
  en: markers(
    "an and are as at be by can could do does for from had has have how i if in is it its me my of on or our so than that the their them then there these they this to was we were what when where which who why will with would you your should any get i'm it's don't doesn't can't",
  ),
  da: markers(
    "af at de den der det du eller en er et for fra har hvad hvis hvor hvordan hvilke hvilket hvornår i ikke jeg kan med man mig min mit og om på sig som til ved vi vil være blev efter også hvilken hvorfor hvem jeres skal må få kunne koster tager giver noget nogen hos mere meget gør bliver lang dig",
  ),
  de: markers(
    "aber als am an auch auf aus bei bin bis das dass dem den der des die ein eine einem einen einer es für hat ich ihr im in ist ja kann man mit nach nicht oder sie sind so über um und von vor was wie wir zu zum zur wurde werden wo wann warum welche welcher welches wer gibt euch mein meine meinen meinem meiner habe haben muss können kein keine noch lange dauert kostet kosten möchte bitte vom beim ins",
  ),
  fr: markers(
    "au aux avec ce ces dans de des du elle en est et il je la le les leur mais me mon ne nous on ou par pas pour qu que qui sa se ses son sur ta te tu un une vos votre vous l d j été sont peux peut pouvez puis quel quelle quels quelles comment pourquoi quand combien où ma mes avez fait faut y c'est êtes",
  ),
  es: markers(
    "al como con de del el en es esta este la las lo los me mi mis para pero por que se si su sus te tu un una uno y yo fue son más qué cuál cuáles cómo cuando cuándo donde dónde han hay puedo puede pueden tienen tiene tengo hacen hace quiero necesito cuesta cuánto cuánta cuántos cuántas quién está están también desde muy",
  ),
};

function markers(list: string): ReadonlySet<string> {
  return new Set(list.split(" "));
}

const ACCENT_FREE_LANGUAGES: readonly Language[] = ["de", "fr", "es"];

// Visitors often type without accents ("cuanto", "ou", "moechte"): the French, Spanish and German
// markers are also known in that form, except where it would be another language's marker
// ("où" → "ou" is French still; Danish "må" → "ma" would be French "ma", so Danish is left as
// written: Danes who lack "æøå" write "ae", "oe", "aa" anyway).
const ACCENT_FREE_MARKERS: Record<Language, ReadonlySet<string>> = (() => {
  const all = new Set(LANGUAGES.flatMap((lang) => [...MARKERS[lang]]));
  const result = {} as Record<Language, Set<string>>;
  for (const lang of LANGUAGES) {
    const forms = new Set<string>();
    if (ACCENT_FREE_LANGUAGES.includes(lang)) {
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

// Letters only one of the five languages writes. A word with one counts as a function word
// ("køleskab" tells Danish as "jeg" does), but at most two such words count and only beside a
// function word of some language: a name or a dish ("Müller", "Señor Pérez", "crème brûlée")
// in a question says nothing of the language it is asked in.
const LETTERS: readonly (readonly [Language, RegExp])[] = [
  ["da", /[æøå]/],
  ["de", /[äöüß]/],
  ["es", /[ñáíóú]/],
  ["fr", /[àâçèêëîïôùûœ]|^(?:l|d|j|qu|n|s|c|m|t)'\p{L}/u],
];
const MAX_LETTER_WORDS = 2;

/**
 * The language of `words` (lowercase, accents kept) by function words, question words and
 * letters only one language writes (æ/ø/å, ä/ö/ü/ß, ñ/á/í/ó/ú, ç/è/ê/œ and elisions). Returns
 * `fallback` when no language scores more than the fallback does, so a short question with no
 * function words ("express shipping cost") keeps the knowledge base's language.
 *
 * @example
 * detectLanguage(["hvordan", "returnerer", "jeg", "en", "vare"], "en"); // "da"
 */
export function detectLanguage(words: readonly string[], fallback: Language): Language {
  const scores = scoreLanguages(words);
  let best = fallback;
  for (const lang of LANGUAGES) if (scores[lang] > scores[best]) best = lang;
  return best;
}

/**
 * The language `text` is clearly written in, or null when its words don't tell: too short, only
 * names and numbers, or two languages tie. Unlike `detectLanguage` it has no fallback: the
 * visitor's language is reported as seen, and a reply may carry null.
 *
 * @example
 * detectVisitorLanguage("¿Cuánto cuesta una revisión?"); // "es"
 * detectVisitorLanguage("kann ich mit mobilepay zahlen"); // "de"
 * detectVisitorLanguage("MobilePay 2025"); // null
 */
export function detectVisitorLanguage(text: string): Language | null {
  const lower = unifyApostrophes(text.normalize("NFKC").toLowerCase());
  const words = lower.match(WORD) ?? [];
  const scores = scoreLanguages(words);
  // Only Spanish opens a question or exclamation with "¿" or "¡" (a lone "¿" is not a question).
  if (words.length > 0 && /[¿¡]/.test(lower)) scores.es++;
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

// A word with apostrophes inside ("qu'il", "don't"), as `words` in text.ts reads them.
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

function scoreLanguages(words: readonly string[]): Record<Language, number> {
  const scores: Record<Language, number> = { en: 0, da: 0, de: 0, fr: 0, es: 0 };
  const lettered: Record<Language, number> = { en: 0, da: 0, de: 0, fr: 0, es: 0 };
  for (const w of words) {
    for (const lang of LANGUAGES) {
      if (MARKERS[lang].has(w) || ACCENT_FREE_MARKERS[lang].has(w)) scores[lang]++;
      // Elided articles and pronouns ("l'homme", "qu'il") say French as clearly as "le" does.
      else if (w.includes("'")) {
        for (const part of w.split("'")) if (MARKERS[lang].has(part)) scores[lang]++;
      }
    }
    for (const [lang, letters] of LETTERS) if (letters.test(w)) lettered[lang]++;
  }
  if (LANGUAGES.some((lang) => scores[lang] > 0)) {
    for (const lang of LANGUAGES) scores[lang] += Math.min(lettered[lang], MAX_LETTER_WORDS);
  }
  return scores;
}
