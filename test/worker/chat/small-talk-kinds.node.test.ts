import { describe, expect, it } from "vitest";
import { LANGUAGES, type Language } from "../../../shared/languages.ts";
import { judgeMessage } from "../../../worker/chat/judge.ts";
import { detectSmallTalk, smallTalkReply } from "../../../worker/chat/small-talk.ts";
import { buildIndex } from "../../../worker/kb/index-builder.ts";
import { readFixture } from "../../dev-sets.ts";
import { helpCentre, judge, repliedAsMeant } from "./judged.ts";

// Written before the rules of round 4 were read or changed (see the commits): 40 lines of small
// talk and 20 near things a language. On main before the change 185 of the 240 lines were
// recognised; they are in-sample now, a regression set rather than a measure.
const ROUND4 = readFixture<{
  lines: Record<Language, string[]>;
  nearMisses: Record<Language, string[]>;
}>("small-talk-round4.json");

describe("small talk on the round-4 set (test/fixtures/small-talk-round4.json)", () => {
  for (const language of LANGUAGES) {
    it(`answers every line as meant (a complaint to a person) and takes no near thing in ${language}, beside a help centre`, () => {
      const index = helpCentre(language);
      expect(ROUND4.lines[language]).toHaveLength(40);
      expect(ROUND4.nearMisses[language]).toHaveLength(20);
      expect(ROUND4.lines[language].filter((t) => !repliedAsMeant(t, index))).toEqual([]);
      expect(ROUND4.nearMisses[language].filter((t) => judge(t, index).smallTalk !== null)).toEqual(
        [],
      );
    });
  }
});

// Written after the round-4 rules, before the last two (Danish and Swedish "is anyone there" in
// either word order): 12 lines a language of the new kinds in other words, and 8 near things
// that share their words. Not blind, as the round-4 set was; main recognised 20 of its 72 lines.
const CHECK = readFixture<{
  lines: Record<Language, string[]>;
  nearMisses: Record<Language, string[]>;
}>("small-talk-round4-check.json");

describe("small talk on the round-4 check (test/fixtures/small-talk-round4-check.json)", () => {
  for (const language of LANGUAGES) {
    it(`answers every line as meant and takes no near thing in ${language}`, () => {
      const index = helpCentre(language);
      expect(CHECK.lines[language]).toHaveLength(12);
      expect(CHECK.lines[language].filter((t) => !repliedAsMeant(t, index))).toEqual([]);
      expect(CHECK.nearMisses[language].filter((t) => judge(t, index).smallTalk !== null)).toEqual(
        [],
      );
    });
  }
});

describe("questions about the languages the assistant speaks", () => {
  it("reads them in every language, a question mark and all, as about_languages", () => {
    const asked: [string, Language][] = [
      ["can you speak french", "en"],
      ["what languages do you speak?", "en"],
      ["do you understand german?", "en"],
      ["kan du tale engelsk", "da"],
      ["hvilke sprog forstår du?", "da"],
      ["Kannst du auch Englisch?", "de"],
      ["sprechen Sie Französisch?", "de"],
      ["Vous parlez anglais ?", "fr"],
      ["quelles langues parles-tu", "fr"],
      ["¿hablas inglés?", "es"],
      ["¿qué idiomas entiendes?", "es"],
      ["pratar du engelska?", "sv"],
      ["vilka språk kan du?", "sv"],
    ];
    for (const [text, language] of asked) {
      expect(detectSmallTalk(text), text).toEqual({ kind: "about_languages", language });
    }
  });

  it("leaves a language that is the topic to the help centre", () => {
    for (const text of [
      "do you teach spanish",
      "do you sell spanish olive oil",
      "what languages are the books in",
      "which languages do your courses teach",
      "can you write in german on the invoice",
      "do you speak english? I need help with my order",
      "¿hablas con el transportista?",
      "tu parles de quoi",
    ]) {
      expect(judge(text).smallTalk, text).toBeNull();
    }
  });

  it("answers in the visitor's language, naming the six it writes and the help centre", () => {
    // Each reply names English in its own words, and the language it is written in.
    const names: Record<Language, [string, string]> = {
      en: ["English", "Swedish"],
      da: ["engelsk", "dansk"],
      de: ["Englisch", "Deutsch"],
      fr: ["anglais", "français"],
      es: ["inglés", "español"],
      sv: ["engelska", "svenska"],
    };
    for (const language of LANGUAGES) {
      const reply = smallTalkReply("about_languages", language);
      for (const name of names[language]) expect(reply, language).toContain(name);
      expect(reply, language).toMatch(
        /help centre|hjælpecenter|Hilfe-Center|centre d'aide|centro de ayuda|hjälpcenter/,
      );
      expect(reply, language).toMatch(/person|Menschen/i);
    }
  });
});

describe("complaints that ask nothing", () => {
  it("reads 'that didn't help' and 'you're useless' as a complaint in every language", () => {
    const said: [string, Language][] = [
      ["that didn't help at all", "en"],
      ["you're useless", "en"],
      ["thanks, but that's not what I asked", "en"],
      ["det hjalp ikke", "da"],
      ["du er ubrugelig", "da"],
      ["das hat mir nicht geholfen", "de"],
      ["du bist echt nutzlos", "de"],
      ["ça ne m'a pas aidé", "fr"],
      ["tu sers à rien", "fr"],
      ["eso no me ayudó", "es"],
      ["no sirves para nada", "es"],
      ["det hjälpte inte", "sv"],
      ["du är värdelös", "sv"],
    ];
    for (const [text, language] of said) {
      expect(detectSmallTalk(text), text).toEqual({ kind: "complaint", language });
    }
    // A complaint beside thanks or an "ok" is still the complaint: "Great!" would not do.
    expect(detectSmallTalk("ok but that didn't help")?.kind).toBe("complaint");
  });

  it("leaves a fault, impatience, a topic or a request for a person out", () => {
    for (const text of [
      "it doesn't work",
      "not working",
      "det virker ikke",
      "ça ne marche pas",
      "det fungerar inte",
      "the code doesn't work",
      "that didn't help, my order is still missing",
      "still waiting",
      "j'attends toujours",
      "jeg venter stadig",
      "this is helpful",
      "ça m'a aidé",
    ]) {
      expect(judge(text).smallTalk?.kind ?? null, text).not.toBe("complaint");
    }
    for (const text of ["this bot is useless", "you're useless, get me a human"]) {
      expect(judge(text).decision, text).toMatchObject({ handoff: true, reason: "keyword" });
    }
  });

  it("hands a complaint to a person, never answering it, however well its words match", () => {
    // An article whose words a complaint shares: the complaint must not be answered from it.
    const { index } = buildIndex([
      {
        id: "help",
        title: "Help that didn't help",
        text: "If our answer didn't help, write to us. Useless answers are rare.",
      },
    ]);
    for (const text of ["that didn't help", "that was useless", "ça ne m'a pas aidé"]) {
      const judged = judge(text, index);
      expect(judged.smallTalk, text).toBeNull();
      expect(judged.decision, text).toMatchObject({ handoff: true, reason: "low_confidence" });
      expect(judged.retrieval.confidence, text).toBeLessThan(0.2);
      expect(judged.offer, text).toEqual({ suggestions: [], about: "complaint" });
    }
    expect(judge("du bist echt nutzlos").language).toBe("de");
  });
});

describe("whether anyone is there, waiting, and the visitor's own 'you're welcome'", () => {
  it("answers 'is anyone there?' with a greeting in every language, not a handoff", () => {
    for (const text of [
      "is anyone there?",
      "er der nogen der?",
      "Hallo, ist da jemand?",
      "il y a quelqu'un ?",
      "¿hay alguien ahí?",
      "är det någon där?",
    ]) {
      const judged = judge(text);
      expect(judged.smallTalk?.kind, text).toBe("greeting");
      expect(judged.decision.handoff && judged.decision.reason, text).not.toBe("keyword");
    }
    // With a request in it, or the site's own phrase, it hands off.
    expect(judge("is anyone there I could speak with").decision).toMatchObject({
      handoff: true,
      reason: "keyword",
    });
    const listed = judgeMessage({
      message: "is anyone there?",
      keywords: { mode: "replace", phrases: ["anyone there"] },
      threshold: 0.4,
      index: null,
    });
    expect(listed.decision).toMatchObject({ handoff: true, reason: "keyword" });
    expect(listed.smallTalk).toBeNull();
  });

  it("reads agreeing to wait and 'you're welcome' as acknowledgements", () => {
    for (const text of [
      "okay I'll wait",
      "no rush",
      "okay jeg venter",
      "Okay, dann warte ich",
      "d'accord, j'attends",
      "vale, espero",
      "okej jag väntar",
      "you're welcome",
      "selv tak",
      "Gern geschehen",
      "de rien",
      "de nada",
      "varsågod",
    ]) {
      expect(detectSmallTalk(text)?.kind, text).toBe("acknowledgement");
    }
    for (const text of ["ok I'll wait for a human", "ok I'll wait for my package", "im waiting"]) {
      expect(detectSmallTalk(text), text).toBeNull();
    }
  });

  it("answers 'tell me about yourself' and 'who made you' as questions about the assistant", () => {
    for (const text of [
      "tell me about yourself",
      "who built this bot?",
      "fortæl om dig selv",
      "erzähl mal was über dich",
      "parle-moi de toi",
      "háblame de ti",
      "berätta om dig själv",
      "vem har skapat dig?",
    ]) {
      expect(detectSmallTalk(text)?.kind, text).toBe("about_assistant");
    }
  });
});
