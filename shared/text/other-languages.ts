import type { OtherLanguage } from "../languages.ts";

/**
 * Languages Clarifier doesn't speak but visitors write in: Italian, Dutch, Polish and Portuguese,
 * the ones European visitors most often bring to a site in one of ours. Knowing them only has to
 * tell "this is not one of ours", so that a question in them is neither answered nor offered
 * articles on the strength of the names and loanwords it shares with the help centre ("Czy w
 * mieszkaniu jest darmowe Wi-Fi?" beside an article on WLAN, "Kan ik mijn abonnement pauzeren?"
 * beside one on the Abo): a person answers it in its own language.
 *
 * Each list holds function words, question words and the verbs visitors ask with, written from
 * general knowledge of the languages, leaving out every word that is also a marker of one of ours
 * or an everyday word in one ("il" and "non" are French, "alla" Swedish, "tak" Danish, "siete",
 * "está" and "pelo" Spanish, "fare", "fate", "met" and "ben" English, "nie" German, "com" a web address's,
 * "chi" tai chi's, "hoe" a garden tool): a test holds that no marker here is
 * one of ours (test/shared/text/language.test.ts).
 */

/** A language Clarifier doesn't speak, by ISO 639-1 code (`OTHER_LANGUAGES`). */
export type { OtherLanguage };

interface OtherMarks {
  markers: string;
  /** Letters only this language (of ours and these) writes. */
  letters?: RegExp;
  /**
   * Its function words that are also ours' markers ("la", "un", "se"; "de", "en", "is"): not
   * counted for ours when weighing a text against this language.
   */
  shared: string;
  /** Whether it elides articles as French does ("l'auto"): an elided word isn't French then. */
  elides?: boolean;
}

export const OTHER_LANGUAGE_MARKS: Readonly<Record<OtherLanguage, OtherMarks>> = {
  it: {
    markers:
      "gli della dello delle degli dei nella nello nelle nel sulla sullo sul allo alle agli dalla dagli sono è perché perche anche quanto quanta quanti quante quale quali questo questa questi queste vorrei posso possiamo potete avete abbiamo c'è hai ho già più però oppure essere ancora mio miei mie vostro vostra vostri nostro nostra loro cui qual di senza costa quando come fate per molto sotto tutti tutto dopo oggi domani ogni sì puoi può",
    // And words only Italian spells so: "-zione", "-ggio", "cch" ("prenotazione", "noleggio", "macchia").
    letters: /[ìò]|zion[ei]$|ggi[oa]$|cch/,
    shared: "la le lo un una uno se si il del al mi me ti te tu no non con in a da su ma",
    elides: true,
  },
  nl: {
    markers:
      "het een ik niet mijn jullie wij waar welke graag ook naar geen heeft hebben moet kunnen kunt wordt worden uw onze deze dat wel hij zij voor bij nog maar uit wanneer waarom hoeveel kost mogelijk wil heb zou hoe mee op tijdens aan tot met mogen laat gaat ze dank",
    letters: /ij\p{L}/u,
    shared: "de en in is van die als om er kan wie te was dan je",
  },
  pl: {
    markers:
      "czy jest się jak dla mogę można może proszę gdzie kiedy jaki jaka jakie który która które mój moja moje macie jestem są chcę chciałbym chciałabym czym też bardzo jeśli przez państwo pani czego ile",
    letters: /[ąęłńśźżć]/,
    shared: "do to na i a o w z co nie tak po za od ze mi go ja",
  },
  pt: {
    markers:
      "não nao você voce vocês voces posso podem têm são estão também meu minha isso essa esse onde quanto custa qual quais uma ao aos às pela gostaria tenho fazer muito já então seu sua ele ela",
    letters: /[ãõ]/,
    shared: "de do da no na o a os as e em para por com que se um mais me como tem ou nos te",
  },
};
