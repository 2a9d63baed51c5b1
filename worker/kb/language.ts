import { stemmer as stemDanish } from "@orama/stemmers/danish";
import { stemmer as stemEnglish } from "@orama/stemmers/english";
import { stemmer as stemFrench } from "@orama/stemmers/french";
import { stemmer as stemGerman } from "@orama/stemmers/german";
import { stemmer as stemSpanish } from "@orama/stemmers/spanish";
import { dan, deu, eng, fra, spa } from "stopword";
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

// Detection counts only each language's most frequent function words, lists of similar length,
// so that no language wins by having the longest stop-word list (the package's German list has
// 600 words and would claim Danish text that shares "der", "man" or "an").
const MARKERS: Record<Language, ReadonlySet<string>> = {
  en: markers(
    "a an and are as at be by can could do does for from had has have how i if in is it its me my of on or our so than that the their them then there these they this to was we were what when where which who why will with would you your",
  ),
  da: markers(
    "af at de den der det du eller en er et for fra har hvad hvis hvor hvordan hvilke hvornår i ikke jeg kan med man mig min mit og om på sig som til ved vi vil være blev efter også",
  ),
  de: markers(
    "aber als am an auch auf aus bei bin bis das dass dem den der des die ein eine einem einen einer es für hat ich ihr im in ist ja kann man mit nach nicht oder sie sind so über um und von vor was wie wir zu zum zur wurde werden",
  ),
  fr: markers(
    "au aux avec ce ces dans de des du elle en est et il je la le les leur mais me mon ne nous on ou par pas pour qu que qui sa se ses son sur ta te tu un une vos votre vous l d j été sont",
  ),
  es: markers(
    "al como con de del el en es esta este la las lo los me mi mis para pero por que se si su sus te tu un una uno y yo fue son más qué cuál cómo cuando donde han",
  ),
};

function markers(list: string): ReadonlySet<string> {
  return new Set(list.split(" "));
}

/**
 * The language of `words` (lowercase, accents kept) by stop-word share: function words are
 * the most frequent words of every language and differ between these five. Returns `fallback`
 * when no language has more hits than the fallback does, so a short question with no function
 * words ("express shipping cost") keeps the knowledge base's language.
 *
 * @example
 * detectLanguage(["hvordan", "returnerer", "jeg", "en", "vare"], "en"); // "da"
 */
export function detectLanguage(words: readonly string[], fallback: Language): Language {
  let best = fallback;
  let bestHits = countHits(words, fallback);
  for (const lang of LANGUAGES) {
    const hits = countHits(words, lang);
    if (hits > bestHits) {
      best = lang;
      bestHits = hits;
    }
  }
  return best;
}

function countHits(words: readonly string[], lang: Language): number {
  const stop = MARKERS[lang];
  let hits = 0;
  for (const w of words) {
    if (stop.has(w)) hits++;
    // Elided articles and pronouns ("l'homme", "qu'il") say French as clearly as "le" does.
    else if (w.includes("'")) for (const part of w.split("'")) if (stop.has(part)) hits++;
  }
  return hits;
}
