/**
 * English words that mark a message as being about something no small business's help
 * centre covers (weather, sport, films, jokes, homework, code, recipes, shares, elections,
 * trivia, translation, dropping the assistant's instructions); see `LanguageData.offTopic`.
 */
export const OFF_TOPIC = `
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
    chatgpt`;
