import type { Language } from "../../shared/languages.ts";

/*
 * A sentence that leans on the one before it: it opens with a pronoun or an adverb that points
 * back ("It costs €89.", "Das kostet 35 €", "Elle est valable 1 an", "Den dækker fejl…",
 * "Dafür verlangt das Finanzamt…"). Quoted without that sentence, an answer starts mid-thought:
 * the visitor never learns what "it" is. The extractive answer quotes it after its antecedent
 * (extract.ts). Only openings are read, and only forms that point back whatever follows, or
 * that do when a verb follows (a German or Scandinavian article looks like a pronoun: "Das
 * Servicetelefon", "Den oprindelige fragt"). Impersonal openings ("Es gibt", "Il faut",
 * "Il y a", "Det finns") point nowhere and never count, nor does "also" and its kin without a
 * comma ("También puedes pagar por Bizum"): it names what it adds.
 */

// Openings that point back whatever follows them. A word ends where no letter follows: `\b`
// reads only ASCII letters ("ça", "därför").
const ALWAYS: Record<Language, RegExp> = {
  en: /^(?:it|it's|its|they|they're|their|them|these|those|this|that|that's|he|she|both|otherwise|then|after that|before that|in that case)(?![\p{L}\p{N}])/iu,
  da: /^(?:disse|dette|ellers|derfor|dermed|heri|derefter|herefter|i så fald)(?![\p{L}\p{N}])/iu,
  de: /^(?:er|dies|diese|dieser|dieses|diesen|dafür|dabei|dazu|davon|darin|darauf|deshalb|daher|ansonsten|sonst|danach|davor|dann|in diesem fall)(?![\p{L}\p{N}])/iu,
  fr: /^(?:c['’]|(?:elle|ils|elles|cela|ceci|ça|celui|celle|ceux|celles|ces|cette|cet|sinon|en revanche|ensuite|puis|après cela|dans ce cas)(?![\p{L}\p{N}]))/iu,
  es: /^(?:esto|eso|ello|este|esta|estos|estas|ese|esa|esos|esas|sin embargo|de lo contrario|después de eso|luego|entonces|en ese caso)(?![\p{L}\p{N}])/iu,
  sv: /^(?:dessa|detta|annars|därför|därefter|sedan|i så fall)(?![\p{L}\p{N}])/iu,
};

// A connective set off by a comma adds to the sentence before ("Además, damos 1 año extra",
// "In addition, …"); without the comma, "also" and its kin name what they add to.
const ADDS_TO_THE_LAST =
  /^(?:also|additionally|moreover|furthermore|in addition|desuden|derudover|dessutom|dessuden|außerdem|zudem|de plus|en outre|par ailleurs|además|asimismo),/iu;

// A Scandinavian present-tense verb or modal: "Den dækker", "Det koster", "De kan".
const NORDIC_VERB =
  /^\s+(?:er|är|har|kan|skal|ska|må|får|vil|bør|måste|\p{Ll}+(?:er|ar|ir|rer))\b/u;

/**
 * Whether `sentence` (in a passage of `language`) points back to the sentence before it. In
 * German, "Sie" is "you" as often as "they": it points back before a singular verb ("Sie
 * kostet 390 €"), or before "sind" on a site that calls its visitors "du" (`informal`).
 *
 * @example
 * leansOnPrevious("It costs €89 including setup.", "en"); // true
 * leansOnPrevious("Das Servicetelefon ist besetzt.", "de"); // false
 */
export function leansOnPrevious(sentence: string, language: Language, informal = false): boolean {
  const s = sentence.replace(/^["'«„“(¿¡\s]+/u, "");
  if (ALWAYS[language].test(s) || ADDS_TO_THE_LAST.test(s)) return true;
  switch (language) {
    case "en":
      return false;
    case "da":
    case "sv": {
      const m = /^(den|det|de)(\s+\p{Ll}+)/iu.exec(s);
      if (!m || (language === "sv" && /^\s+finns\b/u.test(m[2] ?? ""))) return false;
      return NORDIC_VERB.test(m[2] ?? "");
    }
    case "de": {
      // "Es gibt" is "there is"; "Es kostet" is "it costs".
      if (/^es\s+(?!gibt\b)\p{Ll}/iu.test(s)) return true;
      // A pronoun "das"/"die"/"der" before a verb, never before a (capitalised) noun.
      if (
        /^(?:das|die|der)\s+(?:ist|sind|kostet|kosten|gilt|gelten|wird|werden|kann|können|muss|müssen|dauert|dauern|hat|haben)\b/u.test(
          s.replace(/^\p{Lu}/u, (c) => c.toLowerCase()),
        )
      )
        return true;
      if (/^Sie\s+(?:ist|wird|hat|kann|muss|darf|soll|\p{Ll}+t)\b/u.test(s)) return true;
      return informal && /^Sie\s+sind\b/u.test(s);
    }
    case "fr":
      // "Il faut", "Il y a", "Il est possible de…" point nowhere.
      return (
        /^il\s/iu.test(s) &&
        !/^il\s+(?:faut|y\s|suffit|existe|reste|arrive|est\s+(?:possible|impossible|nécessaire|conseillé|recommandé|préférable|interdit|important|obligatoire)\b)/iu.test(
          s,
        )
      );
    case "es":
      return false;
  }
}

/** Whether a German passage calls its reader "du" (so a "Sie" in it is "they"). */
export function addressesInformally(text: string): boolean {
  return /\b(?:du|dich|dir|dein|deine|deinen|deinem|deiner)\b/u.test(text);
}
