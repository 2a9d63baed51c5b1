import type { Language } from "../../shared/languages.ts";

/**
 * Words that mark a message as being about something no help centre of a small business covers:
 * weather, sports results, films and series, jokes, homework and maths, programming, recipes,
 * shares and crypto, elections, trivia, translation, and requests to drop the assistant's
 * instructions. A word counts only where the site's own knowledge base never uses it (see
 * `offer.ts`), so a cookery school's "recipe" or a bike shop's "rain cover" stays on topic.
 *
 * Written as general categories in each language. The dev sets' off-topic questions had been
 * read before, so their figures are dev figures; eval/README.md names the sets written after.
 * Single words, as a visitor writes them (plurals listed where they differ), compared as written;
 * whitespace-separated, one string per language.
 */
const WORDS: Readonly<Record<Language, string>> = {
  en: `
    weather forecast rain raining snow snowing sunny temperature thunderstorm football
    soccer basketball baseball hockey cricket rugby tennis golf league olympics tournament
    championship playoffs won win score film films movie movies cinema netflix tv episode
    actor celebrity song lyrics band album joke jokes riddle poem horoscope lottery
    homework maths math equation derivative integral algebra calculus theorem pythagoras
    multiply divided essay python javascript java sql css html programming coding compile
    regex array div recipe recipes bake baking pasta pizza lasagna pancakes stock stocks
    shares crypto bitcoin invest investing dividend election elections president parliament
    politics prime minister train trains flight flights capital population history war
    translate translation japanese chinese instructions prompt pirate pretend roleplay
    chatgpt`,
  da: `
    vejr vejret vejrudsigt regn regne sne solskin temperatur torden fodbold håndbold
    basketball tennis golf superligaen liga ol turnering mesterskab vandt vinder kamp
    kampen resultat film filmen biograf netflix serie tv skuespiller kendis sang sangtekst
    album vittighed vits joke gåde digt horoskop lotto lektier opgave matematik mathe
    ligning divideret brøk afledte python javascript java sql css html programmering kode
    funktion liste opskrift opskrifter bage kage pasta pizza frikadeller aktie aktier
    krypto bitcoin investere udbytte valg folketingsvalg statsminister folketinget politik
    præsident hovedstad befolkning historie krig oversæt oversætte japansk kinesisk
    instruktioner systemprompt prompt pirat tog`,
  de: `
    wetter wettervorhersage regen regnet schnee sonnig temperatur gewitter fußball fussball
    handball basketball tennis golf bundesliga liga olympia turnier meisterschaft gewonnen
    gespielt spiel tor film filme kino netflix serie fernsehen schauspieler promi lied
    songtext album witz witze rätsel gedicht horoskop lotto hausaufgaben hausaufgabe mathe
    mathematik gleichung ableitung integral satz pythagoras aufsatz python javascript java
    sql css html programmieren skript code funktion rezept rezepte backen kuchen nudeln
    pizza lasagne aktie aktien krypto bitcoin investieren dividende wahl wahlen
    bundeskanzler kanzler bundestag politik präsident hauptstadt bevölkerung geschichte
    übersetze übersetzen japanisch chinesisch anweisungen systemprompt prompt pirat zug
    bahn`,
  fr: `
    météo pluie pleuvoir pleut neige neiger soleil température orage football foot basket
    rugby tennis golf ligue championnat olympiques tournoi gagné match score film films
    cinéma netflix série séries acteur célébrité chanson paroles album blague blagues
    devinette poème horoscope loto devoir devoirs maths mathématiques équation dérivée
    intégrale fractions théorème pythagore dissertation python javascript java sql css html
    programmation coder boucle fonction recette recettes gâteau pâtes pizza crêpes lasagnes
    action actions bourse crypto bitcoin investir dividende élection élections président
    ministre parlement politique capitale population histoire guerre traduire traduction
    japonais chinois instructions prompt pirate train sncf`,
  es: `
    tiempo pronóstico lluvia llover llueve nieve nevar soleado temperatura tormenta fútbol
    futbol baloncesto tenis golf liga olímpicos torneo campeonato ganó juega partido gol
    película películas pelicula cine netflix serie series tele actor famoso canción letra
    álbum chiste chistes adivinanza poema horóscopo lotería deberes tarea matemáticas mates
    ecuación derivada integral teorema pitágoras redacción python javascript java sql css
    html programación programar código función receta recetas tarta pasta pizza tortilla
    acciones bolsa cripto bitcoin invertir dividendo elecciones presidente ministro
    congreso política capital población historia guerra traduce traducir japonés chino
    instrucciones prompt pirata tren`,
};

/** The language's off-topic words, as written (see `WORDS`). */
export function offTopicWords(language: Language): string[] {
  return WORDS[language].trim().split(/\s+/);
}
