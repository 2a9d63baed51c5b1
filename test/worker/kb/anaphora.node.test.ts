import { describe, expect, it } from "vitest";
import { addressesInformally, leansOnPrevious } from "../../../worker/kb/anaphora.ts";

describe("leansOnPrevious", () => {
  it("reads a pronoun or a pointing adverb at a sentence's start in the six languages", () => {
    expect(leansOnPrevious("It costs $22 for 30 minutes.", "en")).toBe(true);
    expect(leansOnPrevious("They can't be used to buy membership.", "en")).toBe(true);
    expect(leansOnPrevious("Den dækker fejl, der var der fra starten.", "da")).toBe(true);
    expect(leansOnPrevious("Det skal du selv aflevere på genbrugspladsen.", "da")).toBe(true);
    expect(leansOnPrevious("Das kostet 35 € für Waschmaschinen.", "de")).toBe(true);
    expect(leansOnPrevious("Es kostet 89 € inklusive Einrichtung.", "de")).toBe(true);
    expect(leansOnPrevious("Dafür verlangt das Finanzamt eine unbare Zahlung.", "de")).toBe(true);
    expect(leansOnPrevious("Elle est valable 1 an à partir de la date d'achat.", "fr")).toBe(true);
    expect(leansOnPrevious("Il coûte 25 € par livraison.", "fr")).toBe(true);
    expect(leansOnPrevious("Sinon, il coûte 6 € par jour.", "fr")).toBe(true);
    expect(leansOnPrevious("Esto incluye la revisión anual.", "es")).toBe(true);
    expect(leansOnPrevious("Además, damos 1 año extra de garantía.", "es")).toBe(true);
    expect(leansOnPrevious("Den kostar 50 kr per dag.", "sv")).toBe(true);
    // "After that" and its kin: the visitor never learns after what.
    expect(leansOnPrevious("After that the plan rolls on monthly.", "en")).toBe(true);
    expect(leansOnPrevious("Danach löschen wir sie automatisch.", "de")).toBe(true);
    expect(leansOnPrevious("Derefter er ordren som regel pakket.", "da")).toBe(true);
  });

  it("never reads an article before a noun, an impersonal phrase or 'also' as pointing back", () => {
    expect(leansOnPrevious("Das Servicetelefon ist montags besetzt.", "de")).toBe(false);
    expect(leansOnPrevious("Den Newsletter bekommen Sie nur nach Bestätigung.", "de")).toBe(false);
    expect(leansOnPrevious("Es gibt 6 Parkplätze hinter dem Haus.", "de")).toBe(false);
    expect(leansOnPrevious("Den oprindelige fragt refunderes kun ved fuld retur.", "da")).toBe(
      false,
    );
    expect(leansOnPrevious("Det finns 6 parkeringsplatser.", "sv")).toBe(false);
    expect(leansOnPrevious("Il faut réserver 72 heures avant.", "fr")).toBe(false);
    expect(leansOnPrevious("Il y a 25 places gratuites.", "fr")).toBe(false);
    expect(leansOnPrevious("También puedes pagar por Bizum.", "es")).toBe(false);
    expect(leansOnPrevious("Si no estás en casa, lo intentamos otra vez.", "es")).toBe(false);
    expect(leansOnPrevious("Gift cards can't be exchanged for cash.", "en")).toBe(false);
  });

  it("reads a German 'Sie' as 'they' before a singular verb or on a site that says 'du'", () => {
    expect(leansOnPrevious("Sie kostet 390 € und wird angerechnet.", "de")).toBe(true);
    expect(leansOnPrevious("Sie bezahlen direkt beim Techniker.", "de")).toBe(false);
    expect(leansOnPrevious("Sie sind 3 Jahre gültig.", "de")).toBe(false);
    expect(leansOnPrevious("Sie sind 3 Jahre gültig.", "de", true)).toBe(true);
    expect(addressesInformally("Den Code gibst du im Warenkorb ein.")).toBe(true);
    expect(addressesInformally("Den Code geben Sie im Warenkorb ein.")).toBe(false);
  });
});

describe("leansOnPrevious reads whole words", () => {
  it("never takes a longer word for a pronoun", () => {
    expect(leansOnPrevious("Cellier et cave sont au sous-sol.", "fr")).toBe(false);
    expect(leansOnPrevious("Puisque le magasin ferme à 19 h, passez avant.", "fr")).toBe(false);
    expect(leansOnPrevious("C'est gratuit pour les enfants.", "fr")).toBe(true);
    expect(leansOnPrevious("Thereafter billing is monthly.", "en")).toBe(false);
    expect(leansOnPrevious("Ça prend 2 jours.", "fr")).toBe(true);
  });
});
