/**
 * German words that mark a message as being about something no small business's help
 * centre covers (weather, sport, films, jokes, homework, code, recipes, shares, elections,
 * trivia, translation, dropping the assistant's instructions); see `LanguageData.offTopic`.
 */
export const OFF_TOPIC = `
    wetter wettervorhersage regen regnet schnee sonnig temperatur gewitter fußball fussball
    handball basketball tennis golf bundesliga liga olympia turnier meisterschaft gewonnen
    gespielt spiel tor film filme kino netflix serie fernsehen schauspieler promi lied
    songtext album witz witze rätsel gedicht horoskop lotto hausaufgaben hausaufgabe mathe
    mathematik gleichung ableitung integral satz pythagoras aufsatz python javascript java
    sql css html programmieren skript code funktion rezept rezepte backen kuchen nudeln
    pizza lasagne aktie aktien krypto bitcoin investieren dividende wahl wahlen
    bundeskanzler kanzler bundestag politik präsident hauptstadt bevölkerung geschichte
    übersetze übersetzen japanisch chinesisch anweisungen systemprompt prompt pirat zug
    bahn`;
