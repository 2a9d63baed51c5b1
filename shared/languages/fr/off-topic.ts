/**
 * French words that mark a message as being about something no small business's help
 * centre covers (weather, sport, films, jokes, homework, code, recipes, shares, elections,
 * trivia, translation, dropping the assistant's instructions); see `LanguageData.offTopic`.
 */
export const OFF_TOPIC = `
    météo pluie pleuvoir pleut neige neiger soleil température orage football foot basket
    rugby tennis golf ligue championnat olympiques tournoi gagné match score film films
    cinéma netflix série séries acteur célébrité chanson paroles album blague blagues
    devinette poème horoscope loto devoir devoirs maths mathématiques équation dérivée
    intégrale fractions théorème pythagore dissertation python javascript java sql css html
    programmation coder boucle fonction recette recettes gâteau pâtes pizza crêpes lasagnes
    action actions bourse crypto bitcoin investir dividende élection élections président
    ministre parlement politique capitale population histoire guerre traduire traduction
    japonais chinois instructions prompt pirate train sncf`;
