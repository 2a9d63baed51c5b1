/**
 * The project's blind rounds (eval/README.md): help centres written by people who read no code
 * and no other set, each round before the change it was to judge. The scripts that tune a gate
 * on the readable sets never load them, so that a round can still judge that gate once; add a
 * new round here, and every such script leaves it alone.
 */
const ROUNDS: Readonly<Record<number, readonly string[]>> = {
  4: ["en-grooming", "es-idiomas", "da-baadture"],
  5: ["en-ebikes", "fr-coworking", "es-veterinaria", "de-fotolabor"],
  6: ["en-cinema", "da-haveudstyr", "de-naturkosmetik", "fr-escalade", "es-calzado"],
  7: ["en-taskloom", "da-delebil", "de-ferienwohnung", "fr-festival", "es-gimnasio"],
  8: ["en-selfstorage", "da-flyttefirma", "de-musikschule", "fr-pressing", "es-floristeria"],
  9: ["en-campervan", "da-tandlaege", "de-solar", "fr-locski", "es-taller"],
  10: ["en-hotel", "da-boernetoej", "de-autovermietung", "fr-parapharmacie", "es-academiafoto"],
  11: ["en-boardgames", "da-skorstensfejer", "de-kajakverleih", "fr-opticien", "es-limpieza"],
  12: [
    "en-phonerepair",
    "da-rideskole",
    "de-weinhandlung",
    "fr-pensionanimaux",
    "es-academiarepaso",
  ],
  13: ["en-mealkit", "da-elektriker", "de-tanzschule", "fr-escapegame", "es-fisioterapia"],
  14: ["en-swimschool", "da-frisoer", "de-hundeschule", "fr-boulangerie", "es-camping"],
  15: ["en-pottery", "da-autovaerksted", "de-sanitaer", "fr-osteopathe", "es-reacondicionados"],
  16: ["en-printshop", "da-bryggeri", "de-schluesseldienst", "fr-fromagerie", "es-guarderia"],
  17: [
    "en-windowcleaning",
    "da-vinterbadning",
    "de-imkerei",
    "fr-cordonnerie",
    "es-escuelasurf",
    "fr-traiteurtours",
  ],
};

/** The file names (`smallsite-<lang>-<name>.json`) of the blind rounds from `first` on. */
export function blindRoundFiles(first = 4): Set<string> {
  return new Set(
    Object.entries(ROUNDS)
      .filter(([round]) => Number(round) >= first)
      .flatMap(([, names]) => names.map((name) => `smallsite-${name}.json`)),
  );
}
