import { describe, expect, test, vi } from "vitest";
import { LANGUAGES } from "../../shared/languages.ts";
import { CONVERSATION_ID_PATTERN } from "../../shared/limits.ts";
import { createConversationId } from "../../widget/conversation-id.ts";
import { resolveLanguage, stringsFor } from "../../widget/i18n.ts";

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
    for (const language of LANGUAGES) {
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
    for (const language of LANGUAGES) {
      const { handedOff } = stringsFor(language);
      expect(handedOff("Acme", "jane@example.com")).toContain("Acme");
      expect(handedOff("Acme", "jane@example.com")).toContain("jane@example.com");
      expect(handedOff("Acme", null)).toContain("Acme");
      expect(handedOff("Acme", null)).not.toContain("null");
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
