/**
 * Danish words that mark a message as being about something no small business's help
 * centre covers (weather, sport, films, jokes, homework, code, recipes, shares, elections,
 * trivia, translation, dropping the assistant's instructions); see `LanguageData.offTopic`.
 */
export const OFF_TOPIC = `
    vejr vejret vejrudsigt regn regne sne solskin temperatur torden fodbold håndbold
    basketball tennis golf superligaen liga ol turnering mesterskab vandt vinder kamp
    kampen resultat film filmen biograf netflix serie tv skuespiller kendis sang sangtekst
    album vittighed vits joke gåde digt horoskop lotto lektier opgave matematik mathe
    ligning divideret brøk afledte python javascript java sql css html programmering kode
    funktion liste opskrift opskrifter bage kage pasta pizza frikadeller aktie aktier
    krypto bitcoin investere udbytte valg folketingsvalg statsminister folketinget politik
    præsident hovedstad befolkning historie krig oversæt oversætte japansk kinesisk
    instruktioner systemprompt prompt pirat tog`;
