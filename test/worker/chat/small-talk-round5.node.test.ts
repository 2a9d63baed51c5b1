import { describe, expect, it } from "vitest";
import { isLanguage, LANGUAGES, type Language } from "../../../shared/languages.ts";
import { detectSmallTalk, smallTalkReply } from "../../../worker/chat/small-talk.ts";
import { readFixture } from "../../dev-sets.ts";
import { helpCentre, judge, repliedAsMeant } from "./judged.ts";

type SmallTalkSet = { lines: Record<Language, string[]>; nearMisses: Record<Language, string[]> };

// Written before the small-talk rules were read (see its commit): 40 lines and 20 near things a
// language. Main recognised 30-33 of each language's 40 (183 of 240, the two complaints a
// language handed off included); in-sample now, a regression set rather than a measure.
const ROUND5 = readFixture<SmallTalkSet>("small-talk-round5.json");
// Written after the round's first rules: main 48 of 72, the branch 63 of 72 when first measured;
// the two kinds it showed missing were then added, so it is no longer blind either.
const CHECK = readFixture<SmallTalkSet>("small-talk-round5-check.json");

for (const [name, set, lines, near] of [
  ["round-5 set (test/fixtures/small-talk-round5.json)", ROUND5, 40, 20],
  ["round-5 check (test/fixtures/small-talk-round5-check.json)", CHECK, 12, 8],
] as const) {
  describe(`small talk on the ${name}`, () => {
    for (const language of LANGUAGES) {
      it(`answers every line as meant and takes no near thing in ${language}, beside a help centre`, () => {
        const index = helpCentre(language);
        expect(set.lines[language]).toHaveLength(lines);
        expect(set.nearMisses[language]).toHaveLength(near);
        expect(set.lines[language].filter((t) => !repliedAsMeant(t, index))).toEqual([]);
        const taken = set.nearMisses[language].filter((t) => {
          const judged = judge(t, index);
          return judged.smallTalk !== null || judged.offer?.about === "complaint";
        });
        expect(taken).toEqual([]);
      });
    }
  });
}

describe("pauses, apologies and 'found it'", () => {
  it("reads a pause in every language as a pause in that language", () => {
    const pauses: [string, Language][] = [
      ["hang on a sec", "en"],
      ["let me have a look", "en"],
      ["vent lige lidt", "da"],
      ["jeg tjekker lige", "da"],
      ["Augenblick bitte", "de"],
      ["lass mich kurz nachschauen", "de"],
      ["un momentito", "es"],
      ["dame un segundo", "es"],
      ["attendez un peu", "fr"],
      ["laissez-moi vérifier", "fr"],
      ["vänta en sekund", "sv"],
      ["låt mig kolla", "sv"],
    ];
    for (const [text, language] of pauses) {
      expect(detectSmallTalk(text), text).toEqual({ kind: "pause", language });
    }
  });

  it("reads an apology, an owned mistake or 'found it' alone as a pause, with a question as a question", () => {
    for (const text of [
      "so sorry about that",
      "beklager",
      "tut mir leid",
      "disculpe",
      "désolée",
      "förlåt mig",
      "nvm I figured it out",
      "glem det, jeg har fundet det",
      "hat sich erledigt, habs gefunden",
      "olvídalo, ya lo tengo",
      "laisse tomber, j'ai trouvé",
      "strunta i det, jag löste det",
      "my fault",
      "c'est de ma faute",
    ]) {
      expect(detectSmallTalk(text)?.kind, text).toBe("pause");
    }
    for (const text of [
      "sorry?",
      "sorry, I was charged twice",
      "wait for what?",
      "hold on to my order",
      "let me see the menu",
      "one sec, where do I enter the discount code",
      "found it, but the link is broken",
      "un momento, cuánto cuesta el envío",
      "je vérifie mon numéro de commande, c'est le 4412",
    ]) {
      expect(detectSmallTalk(text), text).toBeNull();
    }
  });

  it("answers a Spanish 'perdón' socially, though the grammar reads it as the English 'person'", () => {
    const judged = judge("perdón");
    expect(judged.smallTalk).toEqual({ kind: "pause", language: "es" });
    expect(judged.decision.handoff && judged.decision.reason).not.toBe("keyword");
    // A request beside it, or the English word itself, still hands off.
    for (const text of ["perdón, quiero hablar con una persona", "person please", "a person"]) {
      expect(judge(text).decision, text).toMatchObject({ handoff: true, reason: "keyword" });
    }
  });
});

// What POST /v1/chat sends back for `message` beside `language`'s help centre, worked out as the
// route does: the kind's reply in the visitor's language, else the knowledge base's.
function replyTo(message: string, language: Language): { text: string; language: Language } | null {
  const index = helpCentre(language);
  const judged = judge(message, index);
  if (!judged.smallTalk) return null;
  const replyLanguage = isLanguage(judged.language) ? judged.language : judged.retrieval.language;
  return { text: smallTalkReply(judged.smallTalk.kind, replyLanguage), language: replyLanguage };
}

describe("the reply to a pause (issue #19)", () => {
  // A pause and an apology in each language, and the words of the reply that only that
  // language's pause reply writes ("take your time" and its kin), so that a reply in another
  // language, or the acknowledgement's "Great!", fails.
  const PAUSES: Record<Language, { lines: string[]; words: RegExp }> = {
    en: {
      lines: ["hang on a sec", "so sorry about that", "my bad", "nvm I found it"],
      words: /take your time/,
    },
    da: {
      lines: ["vent lige lidt", "undskyld det", "glem det, jeg har fundet det"],
      words: /tag dig bare god tid/,
    },
    de: {
      lines: ["Augenblick bitte", "tut mir leid", "mein Fehler"],
      words: /lassen Sie sich Zeit/,
    },
    fr: {
      lines: ["attendez un peu", "désolée pour ça", "laisse tomber, j'ai trouvé"],
      words: /prenez votre temps/,
    },
    es: { lines: ["un momentito", "lo siento mucho", "ya lo encontré"], words: /tómate tu tiempo/ },
    sv: {
      lines: ["vänta en sekund", "förlåt för besväret", "glöm det, jag hittade det"],
      words: /ta den tid du behöver/,
    },
  };

  for (const language of LANGUAGES) {
    it(`answers a pause, an apology and 'found it' in ${language} with ${language}'s own pause reply`, () => {
      const pause = smallTalkReply("pause", language);
      expect(pause).toMatch(PAUSES[language].words);
      expect(pause).not.toBe(smallTalkReply("acknowledgement", language));
      for (const text of PAUSES[language].lines) {
        expect(detectSmallTalk(text), text).toEqual({ kind: "pause", language });
        expect(replyTo(text, language), text).toEqual({ text: pause, language });
      }
    });
  }

  it("keeps 'ok cool', a thumbs-up, laughter and 'nvm' alone acknowledgements, answered 'Great!'", () => {
    for (const text of ["ok cool", "👍", "lol", "nvm", ":)"]) {
      expect(detectSmallTalk(text)?.kind, text).toBe("acknowledgement");
      expect(replyTo(text, "en")?.text, text).toBe("Great! Anything else I can help with?");
    }
    // Regional acknowledgements and compliments in the round-5 block stay acknowledgements too.
    for (const text of ["tiguidou", "órale", "strunta i det", "du er virkelig god"]) {
      expect(detectSmallTalk(text)?.kind, text).toBe("acknowledgement");
    }
  });

  it("lets a pause outrank a greeting or an acknowledgement beside it, but not thanks or a goodbye", () => {
    expect(detectSmallTalk("ok cool, brb")?.kind).toBe("pause");
    expect(detectSmallTalk("hi, sorry about that")?.kind).toBe("pause");
    expect(detectSmallTalk("thanks, brb")?.kind).toBe("thanks");
    expect(detectSmallTalk("sorry, bye")?.kind).toBe("goodbye");
    // A question beside it is still a question, and a complaint still goes to a person.
    expect(detectSmallTalk("sorry, where is my order")).toBeNull();
    expect(detectSmallTalk("sorry but that didn't help")?.kind).toBe("complaint");
  });
});

describe("emoticons, laughter and wishes", () => {
  it("reads a smiling emoticon alone as an acknowledgement, and a frown as nothing social", () => {
    for (const text of [":)", ":-)", ";)", ":D", "xD", ":p", "<3", "^^", ":) 👍"]) {
      expect(detectSmallTalk(text), text).toEqual({ kind: "acknowledgement", language: null });
    }
    for (const text of [":(", ":-/", ":|", ":) :(", ":( where is my order"]) {
      expect(detectSmallTalk(text), text).toBeNull();
    }
  });

  it("reads laughter in any spelling as an acknowledgement that tells no language", () => {
    for (const text of ["hehe", "hihihi", "jaja", "jajajaja", "hahaha"]) {
      expect(detectSmallTalk(text), text).toEqual({ kind: "acknowledgement", language: null });
    }
    // Danish "jaja" beside Danish words is still Danish.
    expect(detectSmallTalk("jaja, tak")?.language).toBe("da");
  });

  it("lets a word social in one language and a filler in another tell neither, alone", () => {
    // Swedish "ja" is an acknowledgement, Danish and German "ja" a filler: "Ja." alone is a yes
    // in any of them, and "ja danke" is still German.
    expect(detectSmallTalk("Ja.")).toEqual({ kind: "acknowledgement", language: null });
    expect(detectSmallTalk("ja danke")).toEqual({ kind: "thanks", language: "de" });
    expect(detectSmallTalk("sorry")).toEqual({ kind: "pause", language: null });
    expect(detectSmallTalk("undskyld")).toEqual({ kind: "pause", language: "da" });
  });

  it("reads a wish for the visitor's day or week going well as a greeting", () => {
    const wishes: [string, Language][] = [
      ["hey, hope your day is going well", "en"],
      ["hi, hope you're having a great week", "en"],
      ["hej, jeg håber ugen går godt", "da"],
      ["Hallo, ich hoffe, dein Tag läuft gut", "de"],
      ["hola, espero que tu semana vaya genial", "es"],
      ["salut, j'espère que ta journée se passe bien", "fr"],
      ["hej, hoppas helgen har varit bra", "sv"],
    ];
    for (const [text, language] of wishes) {
      expect(detectSmallTalk(text), text).toEqual({ kind: "greeting", language });
    }
    expect(detectSmallTalk("hope my order arrives well")).toBeNull();
  });
});
