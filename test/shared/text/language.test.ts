import { describe, expect, it } from "vitest";
import type { Language } from "../../../shared/languages.ts";
import { detectLanguage } from "../../../shared/text/language.ts";
import { languageOf } from "../../../worker/kb/text.ts";
import { readDevSet, SMALL_HELP_CENTRES } from "../../dev-sets.ts";

interface EvalSet {
  lang: Language;
  queries: { text: string; kind: string; lang: Language }[];
}

const SMALL_SITES: EvalSet[] = SMALL_HELP_CENTRES;

// Questions written for these tests, in the way visitors type them: lowercase, no accents, no
// question mark, a product name or a place in the middle.
const OWN_QUESTIONS: Record<Language, readonly string[]> = {
  en: [
    "how much is shipping",
    "do you deliver to Malmö",
    "Is the café open on Sundays?",
    "Can I use the app in Zürich",
    "where is Kædehuset located",
    "what happens if my payment fails",
  ],
  da: [
    "hvad koster det",
    "hvornaar har i aabent",
    "kan jeg faa pengene tilbage",
    "Hvilket år blev butikken åbnet?",
    "er der rabat på cykelhjelme",
    "Hvad er jeres adresse i Århus",
  ],
  de: [
    "Ich moechte meinen Termin verschieben",
    "wie lange dauert die reparatur",
    "Was kostet eine Waschmaschinen-Reparatur",
    "gibt es Rabatt für Studenten",
    "Kann ich mit PayPal zahlen",
    "Wo seid ihr",
  ],
  fr: [
    "ou est votre magasin",
    "ca coute combien",
    "je voudrais annuler ma commande",
    "Qu'est-ce que c'est",
    "y a-t-il des frais",
    "la garantie dure combien",
  ],
  es: [
    "cuanto cuesta el envio",
    "donde esta la tienda",
    "como cancelo mi suscripcion",
    "necesito una factura",
    "¿hacen envíos?",
    "hay descuento",
  ],
  sv: [
    "vad kostar frakten",
    "hur lang tid tar det att fa paketet",
    "kan jag betala med swish",
    "Var ligger butiken, har ni öppet i dag?",
    "jag vill byta storlek på mina skor",
    "när öppnar ni på lördag",
  ],
};

describe("detectLanguage on the small help-centre sets", () => {
  it("tells the language of every question asked in another language than the site's", () => {
    const others = SMALL_SITES.flatMap((set) =>
      set.queries.filter((q) => q.kind === "other_language"),
    );
    const wrong = others.filter((q) => detectLanguage(q.text) !== q.lang);
    expect(others).toHaveLength(24);
    expect(wrong.map((q) => q.text)).toEqual([]);
  });

  it("takes no question in the site's language for another language (null is allowed)", () => {
    for (const set of SMALL_SITES) {
      const own = set.queries.filter((q) => ["in_kb", "held_out", "off_topic"].includes(q.kind));
      const foreign = own.filter((q) => {
        const told = detectLanguage(q.text);
        return told !== null && told !== set.lang;
      });
      expect(foreign.map((q) => q.text)).toEqual([]);
    }
  });

  it("reads every question the site answers in the site's language, as the retriever did", () => {
    for (const set of SMALL_SITES) {
      const own = set.queries.filter((q) => q.kind !== "other_language" && q.kind !== "small_talk");
      const foreign = own.filter((q) => languageOf(q.text, set.lang) !== set.lang);
      expect(foreign.map((q) => q.text)).toEqual([]);
    }
  });
});

// The public dev sets beside the repository, when they are there (an optional extra).
const LARGE_SETS = ["squad-da.json", "squad-es.json", "stackfaq-en.json"].map((file) => ({
  file,
  set: readDevSet<EvalSet>(file),
}));

describe("detectLanguage on larger collections", () => {
  for (const { file, set } of LARGE_SETS) {
    it.skipIf(set === undefined)(`takes no question of ${file} for another language`, () => {
      if (!set) return;
      const foreign = set.queries.filter((q) => {
        const told = detectLanguage(q.text);
        return told !== null && told !== set.lang;
      });
      expect(foreign.map((q) => q.text)).toEqual([]);
      // And the retriever's reading, which falls back on the set's language, stays the set's.
      const read = set.queries.filter((q) => languageOf(q.text, set.lang) !== set.lang);
      expect(read.map((q) => q.text)).toEqual([]);
    });
  }

  for (const { file, set } of LARGE_SETS.filter((s) => s.file.startsWith("squad"))) {
    it.skipIf(set === undefined)(`tells most of ${file}'s questions' language`, () => {
      if (!set) return;
      const told = set.queries.filter((q) => detectLanguage(q.text) === set.lang);
      expect(told.length / set.queries.length).toBeGreaterThan(0.97);
    });
  }
});

describe("detectLanguage on questions outside the dev sets", () => {
  for (const [language, questions] of Object.entries(OWN_QUESTIONS)) {
    it(`tells ${language} from function words, question words and letters, typed with or without accents`, () => {
      expect(questions.map((q) => [q, detectLanguage(q)])).toEqual(
        questions.map((q) => [q, language]),
      );
    });
  }

  it("says nothing of a name, a number or a product alone", () => {
    for (const text of ["MobilePay 2025", "Excel", "Pennywell", "iPhone 15 Pro", "Müller"]) {
      expect(detectLanguage(text), text).toBeNull();
    }
    expect(detectLanguage("Señor Pérez")).toBeNull();
    expect(detectLanguage("")).toBeNull();
    expect(detectLanguage("¿?")).toBeNull();
  });

  it("does not take an English question naming a French dish for French", () => {
    expect(detectLanguage("Do you sell crème brûlée")).not.toBe("fr");
    expect(languageOf("Do you sell crème brûlée", "en")).toBe("en");
  });
});

describe("languageOf: detectLanguage with the knowledge base's language as fallback", () => {
  it("still recognises each supported language from an ordinary question", () => {
    expect(languageOf("How do I change the delivery address of my order?", "da")).toBe("en");
    expect(languageOf("Hvordan ændrer jeg leveringsadressen på min ordre?", "en")).toBe("da");
    expect(languageOf("Wie ändere ich die Lieferadresse meiner Bestellung?", "en")).toBe("de");
    expect(languageOf("Comment changer l'adresse de livraison de ma commande ?", "en")).toBe("fr");
    expect(languageOf("¿Cómo cambio la dirección de entrega de mi pedido?", "en")).toBe("es");
  });

  it("now reads Spanish questions that share 'de' with French or 'en' with Danish as Spanish", () => {
    expect(languageOf("se puede probar gratis antes de pagar", "en")).toBe("es");
    expect(languageOf("puedo comprar tarjeta regalo online", "da")).toBe("es");
  });

  it("keeps the fallback when a question has no function words", () => {
    expect(languageOf("express shipping cost", "da")).toBe("da");
    expect(languageOf("Reparatur Waschmaschine", "fr")).toBe("fr");
    expect(languageOf("", "fr")).toBe("fr");
  });
});
