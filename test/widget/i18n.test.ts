import { describe, expect, test, vi } from "vitest";
import { REPLY_LANGUAGES } from "../../shared/languages.ts";
import { CONVERSATION_ID_PATTERN } from "../../shared/limits.ts";
import { createConversationId } from "../../widget/conversation-id.ts";
import { refusalText, resolveLanguage } from "../../widget/i18n.ts";
import { ALL_STRINGS, stringsFor } from "../../widget/strings/all.ts";

describe("resolveLanguage", () => {
  test("data-lang beats everything", () => {
    expect(resolveLanguage({ attribute: "es", site: "da", browser: "de-DE" })).toBe("es");
  });

  test("the site's language beats the browser's unless it is auto", () => {
    expect(resolveLanguage({ attribute: null, site: "da", browser: "de-DE" })).toBe("da");
    expect(resolveLanguage({ attribute: null, site: "auto", browser: "de-DE" })).toBe("de");
  });

  test("uses the browser's primary subtag when supported, else English", () => {
    expect(resolveLanguage({ attribute: null, site: null, browser: "fr-CA" })).toBe("fr");
    expect(resolveLanguage({ attribute: null, site: "auto", browser: "it-IT" })).toBe("en");
    expect(resolveLanguage({ attribute: null, site: null, browser: null })).toBe("en");
  });
});

describe("strings", () => {
  test("every language fills every string, and none is left in English by mistake", () => {
    const english = stringsFor("en");
    for (const language of REPLY_LANGUAGES) {
      const strings = stringsFor(language);
      expect(Object.keys(strings).sort()).toEqual(Object.keys(english).sort());
      for (const value of Object.values(strings)) {
        const text =
          typeof value === "function" ? String(value("Acme", "jane@example.com")) : value;
        expect(text.trim().length).toBeGreaterThan(0);
      }
      if (language !== "en") expect(strings.emailPrompt).not.toBe(english.emailPrompt);
    }
  });

  test("the confirmation names the site, and the email only when given", () => {
    for (const language of REPLY_LANGUAGES) {
      const { handedOff } = stringsFor(language);
      expect(handedOff("Acme", "jane@example.com")).toContain("Acme");
      expect(handedOff("Acme", "jane@example.com")).toContain("jane@example.com");
      expect(handedOff("Acme", null)).toContain("Acme");
      expect(handedOff("Acme", null)).not.toContain("null");
    }
  });
});

describe("the languages Clarifier doesn't answer in", () => {
  // Each one's words for the lines a handed-off visitor reads: not English, not another's.
  test.each([
    ["it", "persona", "Grazie!"],
    ["nl", "medewerker", "Bedankt!"],
    ["pl", "konsultant", "Dziękujemy!"],
    ["pt", "pessoa", "Obrigado!"],
  ] as const)(
    "%s offers a person, asks for the email and confirms in its own words",
    (code, person, thanks) => {
      const strings = stringsFor(code);
      expect(strings.talkToPerson.toLowerCase()).toContain(person);
      expect(strings.emailPrompt).not.toBe(stringsFor("en").emailPrompt);
      expect(strings.handedOff("Acme", "jane@example.com")).toMatch(new RegExp(`^${thanks}`));
      for (const other of ["it", "nl", "pl", "pt"] as const) {
        if (other !== code) expect(stringsFor(other).emailPrompt).not.toBe(strings.emailPrompt);
      }
    },
  );

  test("Polish counts unread messages in its three forms", () => {
    const { unread } = stringsFor("pl");
    expect([1, 2, 4, 5, 12, 14, 21, 22, 25, 112, 122].map(unread)).toEqual([
      "1 nieprzeczytana",
      "2 nieprzeczytane",
      "4 nieprzeczytane",
      "5 nieprzeczytanych",
      "12 nieprzeczytanych",
      "14 nieprzeczytanych",
      "21 nieprzeczytanych",
      "22 nieprzeczytane",
      "25 nieprzeczytanych",
      "112 nieprzeczytanych",
      "122 nieprzeczytane",
    ]);
  });

  test("each names the launcher in its own strings (widget.js names it in our six only)", () => {
    for (const code of ["it", "nl", "pl", "pt"] as const) {
      expect(ALL_STRINGS[code].launcher).toBeTruthy();
      expect(stringsFor(code).launcher).not.toBe(stringsFor("en").launcher);
    }
  });
});

describe("createConversationId", () => {
  test("makes valid, distinct ids", () => {
    const ids = new Set(Array.from({ length: 50 }, createConversationId));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(CONVERSATION_ID_PATTERN);
  });

  test("falls back to base36 where randomUUID is unavailable (plain-http pages)", () => {
    vi.spyOn(crypto, "randomUUID").mockImplementation(() => {
      throw new TypeError("randomUUID is not a function");
    });
    try {
      const id = createConversationId();
      expect(id).toMatch(/^[a-z0-9]{16,}$/);
      expect(id).toMatch(CONVERSATION_ID_PATTERN);
    } finally {
      vi.restoreAllMocks();
    }
  });
});

describe("names in sentences", () => {
  const fr = stringsFor("fr");
  const es = stringsFor("es");

  test.each([
    ["Acme", "Merci\u00a0! Quelqu'un d'Acme vous répondra à jane@example.com."],
    ["Hermès", "Merci\u00a0! Quelqu'un d'Hermès vous répondra à jane@example.com."],
    ["Yves Rocher", "Merci\u00a0! Quelqu'un d'Yves Rocher vous répondra à jane@example.com."],
    ["Zalando", "Merci\u00a0! Quelqu'un de Zalando vous répondra à jane@example.com."],
    ["Le Bon Marché", "Merci\u00a0! Quelqu'un du Bon Marché vous répondra à jane@example.com."],
    ["Les Galeries", "Merci\u00a0! Quelqu'un des Galeries vous répondra à jane@example.com."],
  ])("French elides and contracts 'de' before %s", (site, expected) => {
    expect(fr.handedOff(site, "jane@example.com")).toBe(expected);
  });

  test("French contracts 'à' with an article, and never writes 'de Acme'", () => {
    expect(fr.handedOff("Le Bon Marché", null)).toMatch(/^Envoyé au Bon Marché\./);
    expect(fr.handedOff("Acme", null)).toMatch(/^Envoyé à Acme\./);
    expect(fr.handedOff("Acme", "a@b.fr")).not.toMatch(/de Acme/);
  });

  test("French puts a no-break space before ? ! and :, so they never start a line", () => {
    for (const text of [fr.greeting, fr.emailPrompt, fr.askNeed, fr.skipWarning]) {
      expect(text).not.toMatch(/ [?!:;]/);
    }
  });

  test("Spanish contracts 'de' and 'a' with the article El", () => {
    expect(es.handedOff("El Corte Inglés", "ana@example.es")).toBe(
      "¡Gracias! Alguien del Corte Inglés te responderá en ana@example.es.",
    );
    expect(es.handedOff("El Corte Inglés", null)).toMatch(/^Enviado al Corte Inglés\./);
    expect(es.handedOff("Acme", null)).toMatch(/^Enviado a Acme\./);
  });
});

describe("refusalText", () => {
  test("says a known refusal in its own words and any other as `failed`, in every language", () => {
    for (const language of REPLY_LANGUAGES) {
      const strings = ALL_STRINGS[language];
      expect(refusalText("rate_limited", strings)).toBe(strings.rateLimited);
      expect(refusalText("email_required", strings)).toBe(strings.emailRequired);
      expect(refusalText("invalid_email", strings)).toBe(strings.invalidEmail);
      expect(refusalText("conversation_full", strings)).toBe(strings.full);
      // A code this widget doesn't know (a newer worker's, or one not meant for visitors) and a
      // notice restored from before it had a code: never the API's English message.
      for (const code of ["handoff_not_justified", "bad_request", "", undefined])
        expect(refusalText(code, strings)).toBe(strings.failed);
      if (language !== "en") expect(strings.failed).not.toBe(ALL_STRINGS.en.failed);
      if (language !== "en") expect(strings.full).not.toBe(ALL_STRINGS.en.full);
    }
  });
});
