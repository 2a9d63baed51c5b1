import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  hasVisibleText,
  neutraliseBidi,
  withoutLoneSurrogates,
} from "../../shared/visible-text.ts";

describe("hasVisibleText", () => {
  it("finds no text in fillers, blank braille, lone surrogates, tags or marks alone", () => {
    for (const text of [
      "",
      "\u3164\u3164",
      "\u115f\u1160",
      "\uffa0",
      "\u2800",
      "\ud800",
      "\udfff",
      "\u{e0041}",
      "\ufe0f\u200b\u2060\ufeff",
      "\u202e\u2066\u200f",
      "\u0301",
      " \u00a0\u3000\u2028",
    ])
      expect(hasVisibleText(text), JSON.stringify(text)).toBe(false);
  });

  it("finds text in any script, emoji and symbols", () => {
    for (const text of ["a", "ø", "😀", "שלום", "مرحبا", "你好", "한", "?", "1", "\u3164a"])
      expect(hasVisibleText(text), JSON.stringify(text)).toBe(true);
  });
});

describe("withoutLoneSurrogates", () => {
  it("replaces half characters and keeps whole ones", () => {
    expect(withoutLoneSurrogates("a\ud800b\udc00")).toBe("a\ufffdb\ufffd");
    expect(withoutLoneSurrogates("😀 \ud83d\ude00")).toBe("😀 😀");
  });

  it("always gives text that survives UTF-8 unchanged", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const clean = withoutLoneSurrogates(text);
        expect(new TextDecoder().decode(new TextEncoder().encode(clean))).toBe(clean);
        expect(clean.length).toBe(text.length);
      }),
    );
    // A hundred random binary strings take about 1.5 s alone; on a loaded machine (CI's two
    // cores shared with the other test projects) the default 5 s was once too short.
  }, 20_000);
});

describe("neutraliseBidi", () => {
  it("removes every bidi control and nothing else", () => {
    expect(neutraliseBidi("a\u202ab\u202bc\u202cd\u202de\u202ef\u2066g\u2067h\u2068i\u2069j")).toBe(
      "abcdefghij",
    );
    expect(neutraliseBidi("\u200eleft\u200f \u061cright")).toBe("left right");
    expect(neutraliseBidi("שלום, ok 😀")).toBe("שלום, ok 😀");
  });
});
