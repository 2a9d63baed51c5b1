import type { ForeignLanguage, OtherLanguage } from "../languages.ts";

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

/** A language Clarifier doesn't speak, by ISO 639-1 code (`OTHER_LANGUAGES`, `UNSPOKEN_LANGUAGES`). */
export type { ForeignLanguage, OtherLanguage };

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
  /**
   * Whether its markers are also known typed without accents ("moge", "nao", "sifremi"), as
   * ours' are (`LanguageMarks.accentFree`): visitors on a keyboard of another language drop them.
   * A folded form that is a marker of ours ("są" → "sa", "się" → "sie") is left out.
   */
  accentFree?: boolean;
}

export const OTHER_LANGUAGE_MARKS: Readonly<Record<ForeignLanguage, OtherMarks>> = {
  it: {
    markers:
      "gli della dello delle degli dei nella nello nelle nel sulla sullo sul allo alle agli dalla dagli sono è perché perche anche quanto quanta quanti quante quale quali questo questa questi queste vorrei posso possiamo potete avete abbiamo c'è hai ho già più però oppure essere ancora mio miei mie vostro vostra vostri nostro nostra loro cui qual di senza costa quando come fate per molto sotto tutti tutto dopo oggi domani ogni sì puoi può che ci io mia tuo tua suo sua",
    // And words only Italian spells so: "-zione", "-ggio", "cch" ("prenotazione", "noleggio", "macchia").
    letters: /[ìò]|zion[ei]$|ggi[oa]$|cch/,
    accentFree: true,
    shared: "la le lo un una uno se si il del al mi me ti te tu no non con in a da su ma",
    elides: true,
  },
  nl: {
    markers:
      "het een ik niet mijn jullie wij waar welke graag ook naar geen heeft hebben moet kunnen kunt wordt worden uw onze deze dat wel hij zij voor bij nog maar uit wanneer waarom hoeveel kost mogelijk wil heb zou hoe mee op tijdens aan tot met mogen laat gaat ze dank wat zijn welk mag krijg krijgen bent",
    letters: /ij\p{L}/u,
    shared: "de en in is van die als om er kan wie te was dan je",
  },
  pl: {
    markers:
      "czy jest się jak dla mogę można może proszę gdzie kiedy jaki jaka jakie który która które mój moja moje macie jestem są chcę chciałbym chciałabym czym też bardzo jeśli przez państwo pani czego ile jak",
    // And spellings only Polish has among these: "sz", "cz", "-uje", "-ych", "-ów", "-ość".
    letters: /[ąęłńśźżć]|sz|cz|(?:uje|ych|ów|ość)$/,
    accentFree: true,
    shared: "do to na i a o w z co nie tak po za od ze mi go ja",
  },
  pt: {
    markers:
      "não nao você voce vocês voces posso podem têm são estão também meu minha isso essa esse onde quanto custa qual quais uma ao aos às pela gostaria tenho fazer muito já então seu sua ele ela eu obrigado obrigada ainda nosso nossa numa",
    // And spellings only Portuguese has among these: "-ção", "-nha", "-lho" ("senha", "trabalho").
    letters: /[ãõ]|çã|çõ|(?:nh|lh)(?:a|o|as|os)$/,
    accentFree: true,
    shared: "de do da no na o a os as e em para por com que se um mais me como tem ou nos te",
  },
  // The unspoken languages (`UNSPOKEN_LANGUAGES`): told apart only to hand off in English.
  ca: {
    markers:
      "els amb puc podeu pots teniu tenim tinc vull voldria quant quants quanta quina quin què perquè també aquest aquesta aquests això heu meu meva vostre vostra nostre nostra dels pels encara molt gràcies vaig quan altra altre dues tots",
    // "l·l" and "-ció", "-cions" ("cancel·lar", "informació") are Catalan's own.
    letters: /l·l|ció$|cions$/,
    shared: "la les el en de del per a al un una que no es com si me te",
    elides: true,
    accentFree: true,
  },
  fi: {
    markers:
      "onko voiko voinko voitteko voisitteko saako saanko miten miksi mitä missä milloin mikä kuinka paljonko kauanko ei ole olen olette oletteko minä minun minulla minulta minulle teillä teidän meillä meidän tai mutta jos kun myös tämä tämän niin kiitos",
    // Finnish's doubled front vowels and case endings ("tilaukseni", "sähköpostilla", "leipää").
    letters: /ää|yy|öö|(?:ssä|stä|llä|ltä|nkö|tkö)$/,
    shared: "",
    accentFree: true,
  },
  no: {
    // Bokmål's words that Danish and Swedish write otherwise ("mye"/"meget", "dere"/"jeres",
    // "meg"/"mig", "å"/"at"); the many it shares with Danish tell nothing, nor "hva", which
    // Danes type for "hvad" ("hva koster det pr md").
    markers:
      "mye dere deres noen noe meg deg seg kjøpt kjøpe kjøper gjør gjøre takk etter lurer fikk å ble bli",
    shared:
      "hva at de den der det du eller en er et for fra har hvis hvor hvordan hvilke hvilket hvilken hvorfor hvem i ikke jeg kan med man min mitt og om på som til ved vi vil være også skal må få kunne koster hos mer lang når av sin",
  },
  tr: {
    markers:
      "nasıl nasil neden niye nerede mı mu mü mısınız misiniz musunuz müsünüz miyim mıyım muyum müyüm var yok bir ve için icin ama çok cok daha bu şu benim bana beni siz size sizin biz bizim olan teşekkürler lütfen kadar hangi kaç değil mümkün",
    // Turkish's own letters ("ı", "ğ", "ş") and the ability suffix ("yapabilir", "edebilir").
    letters: /[ığş]|abilir|ebilir|iyor|ıyor|uyor|üyor/,
    shared: "ne mi",
    accentFree: true,
  },
};
