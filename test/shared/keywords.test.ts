import { describe, expect, it } from "vitest";
import {
  DEFAULT_KEYWORDS,
  effectiveKeywords,
  keywordLanguage,
} from "../../shared/default-keywords.ts";
import { findHandoffRequest } from "../../shared/decision.ts";
import { matchKeyword } from "../../shared/keywords.ts";
import { normalizeForMatch } from "../../shared/text/normalize.ts";
import { LANGUAGES } from "../../shared/languages.ts";

const defaults = effectiveKeywords({ mode: "add", phrases: [] });

// Real ways visitors ask for a person, in each language, typed as people type: mixed case,
// curly apostrophes, missing accents, extra spaces.
const GENUINE_REQUESTS: Record<string, string[]> = {
  en: [
    "I'd like to talk to a human",
    "I\u2019d like to speak to someone please",
    "Can I talk to a real person?",
    "CUSTOMER SUPPORT",
    "is there a live agent I can chat with",
    "connect me with your team",
    "Please have someone call me back",
    "you're not helping, I need a human",
    "can i speak with an agent",
    "I want to talk to   customer service",
  ],
  da: [
    "Kan jeg tale med en person?",
    "jeg vil gerne snakke med et menneske",
    "Må jeg tale med en medarbejder",
    "kundeservice tak",
    "Kan I ringe mig op?",
  ],
  de: [
    "Kann ich mit einem Mitarbeiter sprechen?",
    "Ich möchte mit einem Menschen reden",
    "bitte Rückruf",
    "Wie erreiche ich den Kundenservice?",
    "ich will mit dem Kundendienst sprechen",
  ],
  fr: [
    "Je voudrais parler à un conseiller",
    "je veux parler a une personne",
    "Puis-je parler avec quelqu\u2019un ?",
    "Service client svp",
    "rappelez-moi s'il vous plaît",
  ],
  es: [
    "Quiero hablar con una persona",
    "¿Puedo hablar con un agente?",
    "necesito atencion al cliente",
    "Quiero hablar con alguien real",
    "que me llamen por favor",
  ],
};

// Ordinary product questions that must keep reaching the assistant.
const PRODUCT_QUESTIONS = [
  "How do I return a pair of boots?",
  "Is the API response human-readable?",
  "What does the agent field in the log mean?",
  "Do you ship to Denmark?",
  "Which tent is best for two people?",
  "Can a person under 18 order?",
  "Hvad koster fragt til Aarhus?",
  "Wie lange dauert der Versand nach Berlin?",
  "Quelle est la taille de cette tente ?",
  "¿Cuánto cuesta el envío a Madrid?",
  "Where is my order?",
  "How do I reset my password?",
  "What is the warranty on backpacks?",
  "Is this jacket waterproof?",
];

describe("matchKeyword with the default list", () => {
  for (const [language, messages] of Object.entries(GENUINE_REQUESTS)) {
    for (const message of messages) {
      it(`hands off on ${language}: "${message}"`, () => {
        expect(matchKeyword(message, defaults)).not.toBeNull();
      });
    }
  }

  for (const message of PRODUCT_QUESTIONS) {
    it(`does not hand off on the product question "${message}"`, () => {
      expect(matchKeyword(message, defaults)).toBeNull();
    });
  }

  it("reports the matched phrase and its index, whose default-list language the widget answers in", () => {
    const da = matchKeyword("Kan jeg tale med en person?", defaults);
    expect(da && defaults[da.index]).toBe(da?.phrase);
    expect(keywordLanguage(da?.phrase ?? "")).toBe("da");
    expect(
      keywordLanguage(matchKeyword("Je voudrais parler à un conseiller", defaults)?.phrase ?? ""),
    ).toBe("fr");
    expect(matchKeyword("book a consultation", ["x", "book a consultation"])).toEqual({
      phrase: "book a consultation",
      index: 1,
    });
    expect(keywordLanguage("book a consultation")).toBeNull();
  });

  it("prefers the longest matching phrase", () => {
    expect(matchKeyword("can I talk to a real person", defaults)?.phrase).toBe(
      "talk to a real person",
    );
  });

  it("covers all five languages with several phrases each", () => {
    for (const language of LANGUAGES)
      expect(DEFAULT_KEYWORDS[language].length).toBeGreaterThanOrEqual(20);
  });
});

describe("the default list and a real person", () => {
  // "Real person" alone would make the widget hand off a question about the assistant before the
  // worker could answer it; the grammar still reads a request for one.
  const questions = [
    "am I talking to a real person?",
    "taler jeg med et rigtigt menneske?",
    "rede ich mit einem echten Menschen?",
    "je parle à une vraie personne ?",
    "¿estoy hablando con una persona real?",
    "pratar jag med en riktig människa?",
  ];
  const requests = [
    "I want a real person",
    "jeg vil have en rigtig person",
    "ich will einen echten Menschen",
    "je veux une vraie personne",
    "quiero una persona real",
    "jag vill ha en riktig person",
  ];

  it("lists no phrase a question about the assistant contains", () => {
    expect(questions.filter((q) => matchKeyword(q, defaults) !== null)).toEqual([]);
  });

  it("still hands off a request for a real person, by the grammar", () => {
    const rules = { keywords: defaults, personRequests: true };
    expect(requests.filter((r) => findHandoffRequest(r, rules) === null)).toEqual([]);
  });
});

describe("normalizeForMatch", () => {
  it("matches composed and decomposed accents alike", () => {
    const composed = "parler \u00e0 un conseiller";
    const decomposed = "parler a\u0300 un conseiller";
    expect(normalizeForMatch(composed)).toBe(normalizeForMatch(decomposed));
    expect(matchKeyword(decomposed, ["parler à un conseiller"])).not.toBeNull();
  });

  it("folds curly apostrophes, full-width letters and runs of spaces", () => {
    expect(normalizeForMatch("I\u2019d  LIKE\u00a0to\tTALK")).toBe("i'd like to talk");
    expect(normalizeForMatch("\uff34\uff41\uff4c\uff4b")).toBe("talk");
    expect(matchKeyword("parler à quelqu\u2019un", ["parler à quelqu'un"])).not.toBeNull();
  });
});

describe("keywordLanguage", () => {
  it("knows every default phrase's language, however it is cased or accented", () => {
    for (const language of LANGUAGES)
      for (const phrase of DEFAULT_KEYWORDS[language])
        expect(keywordLanguage(phrase)).toBe(language);
    expect(keywordLanguage("PARLER A UN CONSEILLER")).toBe("fr");
  });
});

describe("effectiveKeywords", () => {
  it("adds the site's phrases to the defaults, lowercased and without duplicates", () => {
    const list = effectiveKeywords({
      mode: "add",
      phrases: ["Book a Consultation", "talk to a human"],
    });
    expect(list).toContain("book a consultation");
    expect(list.filter((p) => p === "talk to a human")).toHaveLength(1);
    expect(list.length).toBe(defaults.length + 1);
  });

  it("replaces the defaults in replace mode, dropping blank phrases", () => {
    expect(
      effectiveKeywords({ mode: "replace", phrases: ["speak to my account manager", "  "] }),
    ).toEqual(["speak to my account manager"]);
  });
});
