import { describe, expect, it } from "vitest";
import { isLanguage, LANGUAGES, type Language } from "../../../shared/languages.ts";
import { detectSmallTalk, smallTalkReply } from "../../../worker/chat/small-talk.ts";
import { readFixture } from "../../dev-sets.ts";
import { handedOffAsComplaint, helpCentre, judge, repliedAsMeant } from "./judged.ts";

type SmallTalkSet = { lines: Record<Language, string[]>; nearMisses: Record<Language, string[]> };

// Written blind (see its commit): 50 lines and 20 near misses a language. Main recognised 262 of
// the 300 lines (en 46, da 43, de 42, fr 44, es 42, sv 45) and took no near miss; the kinds it
// missed were then added as word classes, so it is in-sample now, a regression set.
const ROUND6 = readFixture<SmallTalkSet>("small-talk-round6.json");

describe("small talk on the round-6 set (test/fixtures/small-talk-round6.json)", () => {
  for (const language of LANGUAGES) {
    it(`answers every line as meant and takes no near miss in ${language}, beside a help centre`, () => {
      const index = helpCentre(language);
      expect(ROUND6.lines[language]).toHaveLength(50);
      expect(ROUND6.nearMisses[language]).toHaveLength(20);
      expect(ROUND6.lines[language].filter((t) => !repliedAsMeant(t, index))).toEqual([]);
      const taken = ROUND6.nearMisses[language].filter((t) => {
        const judged = judge(t, index);
        return judged.smallTalk !== null || judged.offer?.about === "complaint";
      });
      expect(taken).toEqual([]);
    });
  }
});

// The examples below were written for this test, beside the fixture's: each kind in word classes
// (adverb and intensifier slots, the nouns of the site and the chat), not the fixture's strings.
describe("round 6: praise for the assistant or the site", () => {
  const PRAISE: [string, Language][] = [
    ["honestly you're pretty great", "en"],
    ["this site is seriously amazing", "en"],
    ["i really like this chat", "en"],
    ["what a brilliant service", "en"],
    ["best chatbot ever", "en"],
    ["du er altså virkelig dygtig", "da"],
    ["jeg er vild med jeres side", "da"],
    ["sikke en flot hjemmeside", "da"],
    ["ihr seid wirklich richtig gut", "de"],
    ["das finde ich echt klasse", "de"],
    ["ich liebe diese seite", "de"],
    ["was für ein toller service", "de"],
    ["vous êtes vraiment trop forts", "fr"],
    ["j'aime beaucoup ce site", "fr"],
    ["franchement t'es au top", "fr"],
    ["me gusta mucho esta web", "es"],
    ["sois realmente geniales", "es"],
    ["eres de verdad muy útil", "es"],
    ["ni är verkligen jätteduktiga", "sv"],
    ["jag gillar verkligen sidan", "sv"],
    ["vilken grym tjänst", "sv"],
  ];

  it("reads praise as an acknowledgement in its language, a thing the site sells as a question", () => {
    for (const [text, language] of PRAISE) {
      expect(detectSmallTalk(text), text).toEqual({ kind: "acknowledgement", language });
    }
    for (const text of [
      "love this jacket, do you have it in blue?",
      "great site, do you ship to canada?",
      "love your candles",
      "you're good at this but where's my refund",
      "jeg elsker den her sofa",
      "ich liebe diese jacke",
      "das finde ich super, aber wann kommt meine bestellung",
      "j'adore cette robe, elle existe en bleu ?",
      "me encanta esta chaqueta",
      "jag älskar den här jackan",
    ]) {
      expect(detectSmallTalk(text), text).toBeNull();
    }
    // A negated praise is no praise: "c'est pas top" is not "c'est top".
    expect(detectSmallTalk("c'est pas top")).toBeNull();
  });
});

describe("round 6: insults to the bot", () => {
  const INSULTS: [string, Language][] = [
    ["stupid robot", "en"],
    ["you useless machine", "en"],
    ["what a dumb ai", "en"],
    ["this bot sucks", "en"],
    ["din elendige maskine", "da"],
    ["sikke en ubrugelig bot", "da"],
    ["det irriterer mig", "da"],
    ["du bist so ein dummer roboter", "de"],
    ["was für ein nutzloses programm", "de"],
    ["du nervst", "de"],
    ["danke für gar nichts", "de"],
    ["espèce de machine débile", "fr"],
    ["quel programme stupide", "fr"],
    ["tu m'énerves", "fr"],
    ["qué robot más inútil", "es"],
    ["maldito bot", "es"],
    ["me estás hartando", "es"],
    ["vilken värdelös robot", "sv"],
    ["din korkade bot", "sv"],
    ["det här suger", "sv"],
  ];

  it("reads an insult to the bot as a complaint, handed to a person as 'you're useless' is; a 'dumb question' as a question", () => {
    for (const [text, language] of INSULTS) {
      expect(detectSmallTalk(text), text).toEqual({ kind: "complaint", language });
      expect(handedOffAsComplaint(judge(text)), text).toBe(true);
    }
    // A "dumb question" is still a question, and a request for a person still a request.
    for (const text of [
      "dumb question: do you ship to canada?",
      "stupid question but do you deliver on sundays",
      "dumme spørgsmål, leverer I i weekenden?",
      "blöde frage: liefert ihr auch sonntags?",
      "question bête : vous livrez le dimanche ?",
      "pregunta tonta: ¿enviáis los domingos?",
      "dum fråga: levererar ni på söndagar?",
      "this sucks, my order is late",
      "das nervt, mein paket ist immer noch nicht da",
    ]) {
      expect(detectSmallTalk(text), text).toBeNull();
    }
    for (const text of [
      "stupid bot, get me a human",
      "dumme robot, jeg vil tale med et menneske",
      "blöder bot, ich will einen menschen sprechen",
      "bot débile, passez-moi un conseiller",
      "bot tonto, quiero hablar con una persona",
      "dumma bot, jag vill prata med en människa",
    ]) {
      expect(judge(text).decision, text).toMatchObject({ handoff: true, reason: "keyword" });
    }
  });
});

describe("round 6: slips", () => {
  it("reads a wrong button or a message sent too soon as a pause, a wrong item as a question", () => {
    const SLIPS: [string, Language][] = [
      ["whoops, hit enter too soon", "en"],
      ["sorry, clicked the wrong thing", "en"],
      ["hov, trykkede på den forkerte knap", "da"],
      ["undskyld, sendte den for tidligt", "da"],
      ["hoppla, zu früh abgeschickt", "de"],
      ["sorry, hab mich verklickt", "de"],
      ["oups, fausse manip", "fr"],
      ["désolé, envoyé trop vite", "fr"],
      ["ay, le di a enviar sin querer", "es"],
      ["perdón, se me fue el dedo", "es"],
      ["oj, skickade för tidigt", "sv"],
      ["förlåt, fel knapp", "sv"],
    ];
    for (const [text, language] of SLIPS) {
      expect(detectSmallTalk(text), text).toEqual({ kind: "pause", language });
    }
    // A slip that says what went wrong with an order is a question.
    for (const text of [
      "I pressed the wrong button and ordered twice",
      "wrong item delivered",
      "oops, wrong size, can I exchange it?",
      "jeg trykkede forkert og bestilte to gange",
      "ich hab aus versehen doppelt bestellt",
      "j'ai cliqué trop vite et commandé deux fois",
      "le di sin querer a comprar dos veces",
      "jag tryckte fel och beställde två gånger",
    ]) {
      expect(detectSmallTalk(text), text).toBeNull();
    }
  });
});

describe("round 6: a bare no", () => {
  // "No" answers "Anything else I can help with?": the goodbye's reply reads right after it.
  const NOS: Record<Language, string[]> = {
    en: ["nah", "nope, all good", "no no"],
    da: ["næ", "nej, det er fint"],
    de: ["nö", "nein, passt schon"],
    fr: ["nan", "non, ça ira"],
    es: ["nop", "no no"],
    sv: ["nää", "nej, det är lugnt"],
  };

  for (const language of LANGUAGES) {
    it(`answers a bare no in ${language} with ${language}'s goodbye, beside its help centre`, () => {
      const index = helpCentre(language);
      for (const text of NOS[language]) {
        expect(detectSmallTalk(text)?.kind, text).toBe("goodbye");
        const judged = judge(text, index);
        expect(judged.smallTalk?.kind, text).toBe("goodbye");
        const replyLanguage = isLanguage(judged.language)
          ? judged.language
          : judged.retrieval.language;
        expect(replyLanguage, text).toBe(language);
        expect(smallTalkReply("goodbye", replyLanguage)).not.toBe(
          smallTalkReply("acknowledgement", replyLanguage),
        );
      }
    });
  }

  it("tells no language by 'no' or 'nej' alone, which two languages write alike", () => {
    expect(detectSmallTalk("no")).toEqual({ kind: "goodbye", language: null });
    expect(detectSmallTalk("nej")).toEqual({ kind: "goodbye", language: null });
  });

  it("keeps a no with a question, a negation or a request no goodbye", () => {
    for (const text of [
      "no?",
      "no, I want to cancel",
      "nej, hvordan opsiger jeg?",
      "nein, wie kündige ich?",
      "non, comment je résilie ?",
      "no, ¿cómo me doy de baja?",
      "nej, hur säger jag upp?",
      // Spanish negates with it: "I don't understand", "it isn't clear", "it's not OK".
      "no entiendo",
      "no está claro",
      "no vale",
      "no eres humano",
      "no bot please",
    ]) {
      expect(detectSmallTalk(text), text).toBeNull();
    }
    expect(detectSmallTalk("no, that's wrong")?.kind).toBe("complaint");
    expect(detectSmallTalk("no thanks")?.kind).toBe("thanks");
    expect(judge("no bot please").decision).toMatchObject({ handoff: true, reason: "keyword" });
    expect(judge("no, I want a real person").decision).toMatchObject({
      handoff: true,
      reason: "keyword",
    });
  });
});

describe("round 6: greetings", () => {
  it("reads 'na?', 'wenas', a season's wish and asking back as greetings, not beside a question", () => {
    const GREETINGS: [string, Language | null][] = [
      ["merry xmas everyone", "en"],
      ["wishing you a happy new year", "en"],
      ["what about you?", "en"],
      ["glædelig jul og godt nytår", "da"],
      ["hvad med jer?", "da"],
      ["frohes fest", "de"],
      ["einen guten rutsch ins neue jahr", "de"],
      ["und dir?", "de"],
      ["bonnes fêtes à toute l'équipe", "fr"],
      ["meilleurs vœux", "fr"],
      ["et vous ?", "fr"],
      ["felices fiestas", "es"],
      ["wenas tardes", "es"],
      ["y usted?", "es"],
      ["god fortsättning", "sv"],
      ["glad midsommar", "sv"],
      ["du då?", "sv"],
      // "na" is also the Danish "nå" folded, an acknowledgement alone: a question mark makes
      // either a greeting, and the word tells neither language.
      ["na?", null],
    ];
    for (const [text, language] of GREETINGS) {
      expect(detectSmallTalk(text), text).toEqual({ kind: "greeting", language });
    }
    expect(detectSmallTalk("na")?.kind).toBe("acknowledgement");
    // A greeting beside a question is a question.
    for (const text of [
      "merry christmas, do you deliver on the 24th?",
      "guten rutsch, habt ihr an silvester offen?",
      "na, wo bleibt meine bestellung?",
      "wenas, ¿tenéis envío gratis?",
      "bonnes fêtes, vous êtes ouverts le 26 ?",
      "god jul, har I åbent mellem jul og nytår?",
      "god fortsättning, har ni öppet i helgen?",
      "and you, do you ship abroad?",
    ]) {
      expect(detectSmallTalk(text), text).toBeNull();
    }
  });
});
