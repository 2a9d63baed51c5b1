/**
 * What a visitor reads, in every language, held to the rules a translator checks by eye and an
 * edit can break without anyone noticing: every sentence's placeholders present, one form of
 * address per language, French no-break spaces, Spanish ¿ and ¡, no English punctuation habits,
 * and buttons short enough for the panel at 320 px. The widget's strings, the small-talk replies
 * (the worker writes them into the chat) and a team reply's email.
 */
import { describe, expect, test } from "vitest";
import { LANGUAGE_DATA } from "../../shared/languages/registry.ts";
import { LANGUAGES, REPLY_LANGUAGES, type ReplyLanguage } from "../../shared/languages.ts";
import { ALL_STRINGS as WIDGET } from "../../widget/strings/all.ts";
import type { Strings } from "../../widget/strings/types.ts";
import { REPLY_EMAIL_WORDS } from "../../worker/channels/reply-email-words.ts";

/** Every sentence a function writes, with arguments that can be found in it again. */
function widgetTexts(strings: Strings): string[] {
  return Object.entries(strings).flatMap(([key, value]): string[] => {
    if (typeof value === "string") return [value];
    if (key === "handedOff") return [value("Acme", "jane@example.com"), value("Acme", null)];
    if (key === "backAt") return [value("DAY", "TIME", false), value("DAY", "TIME", true)];
    if (key === "tooLong" || key === "unread") return [value(1), value(2), value(500)];
    return [value(key === "emailAgain" ? "jane@example.com" : "ARG")];
  });
}

function emailTexts(language: ReplyLanguage): string[] {
  const w = REPLY_EMAIL_WORDS[language];
  return [w.subject("Acme"), w.replied("Maria"), w.youWrote, w.answerByEmail, w.answerInChat];
}

/** Everything a visitor reads in `language`: the widget, the small talk (ours only), the email. */
function everything(language: ReplyLanguage): string[] {
  const smallTalk = (LANGUAGES as readonly string[]).includes(language)
    ? Object.values(LANGUAGE_DATA[language as (typeof LANGUAGES)[number]].smallTalk.replies)
    : [];
  return [...widgetTexts(WIDGET[language]), ...smallTalk, ...emailTexts(language)];
}

describe("every language", () => {
  test("has every string, and each sentence keeps the names, numbers and times put in it", () => {
    for (const language of REPLY_LANGUAGES) {
      const s = WIDGET[language];
      // `launcher` is only the four's that widget.js names nothing in (types.ts).
      const required = (t: object) =>
        Object.keys(t)
          .filter((k) => k !== "launcher")
          .sort();
      expect(required(s), language).toEqual(required(WIDGET.en));
      expect(s.dialog("Acme"), language).toContain("Acme");
      expect(s.tooLong(500), language).toContain("500");
      expect(s.emailAgain("jane@example.com"), language).toContain("jane@example.com");
      expect(s.offTopic("Acme"), language).toContain("Acme");
      expect(s.replyWithin("2 hours"), language).toContain("2 hours");
      for (const soon of [true, false]) {
        expect(s.backAt("DAY", "TIME", soon), language).toMatch(/DAY.*TIME|TIME.*DAY/);
      }
      expect(s.unread(3), language).toContain("3");
      const w = REPLY_EMAIL_WORDS[language];
      expect(w.subject("Acme"), language).toContain("Acme");
      expect(w.replied("Maria"), language).toContain("Maria");
    }
  });

  test("writes no English punctuation habits: '...', straight double quotes, doubled or stray spaces", () => {
    for (const language of REPLY_LANGUAGES) {
      for (const text of everything(language)) {
        expect(text, language).not.toMatch(/\.\.\.|"| {2}| [.,]|\s$|^\s/);
      }
    }
  });

  test("inflects the unread count where the language does", () => {
    for (const language of ["da", "fr", "sv", "it", "pt", "pl"] as const) {
      const { unread } = WIDGET[language];
      expect(unread(1).replace("1", ""), language).not.toBe(unread(2).replace("2", ""));
    }
  });

  test("keeps buttons short enough for the panel at 320 px", () => {
    const buttons = [
      "send",
      "retry",
      "skip",
      "cancel",
      "sendWithoutEmail",
      "helpful",
      "unhelpful",
      "getPerson",
      "talkToPerson",
      "newChat",
    ] as const;
    for (const language of REPLY_LANGUAGES) {
      for (const key of buttons)
        expect(WIDGET[language][key].length, `${language} ${key}`).toBeLessThanOrEqual(32);
    }
  });
});

describe("one form of address per language, the one its shops use in chat", () => {
  // Each: a word only the other form uses (never present), and one of the chosen form's (present).
  test.each([
    ["de", /\b(du|dich|dir|dein\w*)\b/i, /\b(Sie|Ihnen|Ihre?)\b/],
    ["fr", /\b(tu|toi|ton|ta|tes|te)\b|\bt'/i, /\b(vous|votre)\b/],
    ["es", /\b(usted|ustedes)\b/i, /\b(tu|te|puedes)\b/],
    ["da", /\b(Dem|Deres)\b|[a-zæøå,] De\b/, /\b(du|dig|din)\b/],
    ["sv", /\b(ni|er|era|ert)\b/i, /\b(du|dig|din|ditt)\b/],
  ] as const)("%s", (language, other, chosen) => {
    const texts = everything(language);
    for (const text of texts) expect(text, language).not.toMatch(other);
    expect(texts.filter((t) => chosen.test(t)).length, language).toBeGreaterThan(5);
  });
});

describe("typography", () => {
  test("French puts a no-break space before ? ! : ; and none elsewhere", () => {
    for (const text of everything("fr")) {
      // A colon inside a time ("09:00") is not punctuation.
      expect(text).not.toMatch(/[^\u00a0\u202f][?!;]|[^\u00a0\u202f\d]:|:[^\d\s]/);
    }
  });

  test("Spanish opens every question and exclamation with ¿ and ¡", () => {
    for (const text of everything("es")) {
      const count = (c: string) => text.split(c).length - 1;
      expect(count("¿"), text).toBe(count("?"));
      expect(count("¡"), text).toBe(count("!"));
    }
  });

  test("a time in German is followed by 'Uhr' and a Danish or Swedish one by 'kl.' before it", () => {
    expect(WIDGET.de.backAt("Montag", "09:00", false)).toContain("Montag um 09:00 Uhr");
    expect(WIDGET.da.backAt("mandag", "09.00", false)).toContain("mandag kl. 09.00");
    expect(WIDGET.sv.backAt("måndag", "09:00", false)).toContain("på måndag kl. 09:00");
    expect(WIDGET.sv.backAt("i morgon", "09:00", true)).toContain("tillbaka i morgon kl. 09:00");
  });
});
