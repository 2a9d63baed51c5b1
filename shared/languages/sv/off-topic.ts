/**
 * Swedish words that mark a message as being about something no small business's help centre
 * covers (weather, sport, films, jokes, homework, code, recipes, shares, elections, trivia,
 * translation, dropping the assistant's instructions); see `LanguageData.offTopic`.
 */
export const OFF_TOPIC = `
    väder vädret väderprognos regn regnar snö snöar soligt temperatur åska fotboll handboll
    ishockey hockey basket tennis golf allsvenskan liga os turnering mästerskap vann vinner
    match matchen resultat film filmer filmen bio netflix serie tv skådespelare kändis låt
    låttext album skämt vits gåta dikt horoskop lotto läxa läxor matte matematik ekvation
    derivata integral pythagoras uppsats python javascript java sql css html programmering
    kod funktion recept baka kaka tårta pasta pizza köttbullar aktie aktier krypto bitcoin
    investera utdelning val valet statsminister riksdagen politik president huvudstad
    befolkning historia krig översätt översätta japanska kinesiska instruktioner
    systemprompt prompt pirat tåg tåget`;
