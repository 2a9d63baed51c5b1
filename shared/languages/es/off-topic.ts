/**
 * Spanish words that mark a message as being about something no small business's help
 * centre covers (weather, sport, films, jokes, homework, code, recipes, shares, elections,
 * trivia, translation, dropping the assistant's instructions); see `LanguageData.offTopic`.
 */
export const OFF_TOPIC = `
    tiempo pronóstico lluvia llover llueve nieve nevar soleado temperatura tormenta fútbol
    futbol baloncesto tenis golf liga olímpicos torneo campeonato ganó juega partido gol
    película películas pelicula cine netflix serie series tele actor famoso canción letra
    álbum chiste chistes adivinanza poema horóscopo lotería deberes tarea matemáticas mates
    ecuación derivada integral teorema pitágoras redacción python javascript java sql css
    html programación programar código función receta recetas tarta pasta pizza tortilla
    acciones bolsa cripto bitcoin invertir dividendo elecciones presidente ministro
    congreso política capital población historia guerra traduce traducir japonés chino
    instrucciones prompt pirata tren`;
