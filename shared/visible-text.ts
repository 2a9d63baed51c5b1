/**
 * What a person can read of a visitor's text: whether there is anything visible in it, and the
 * same text with the characters that reorder what is shown (bidi controls) made inert. Chat,
 * handoff and every place that shows a visitor's words (Slack, the dashboard, email) use these,
 * so no two places disagree on what counts as text.
 */

// Not text a person can see: white space and separators, controls, format characters (zero-width
// spaces, joiners, bidi marks, BOM), lone surrogates (half a character: no glyph, and invalid in
// UTF-8), combining marks on their own, the default-ignorable code points (Hangul fillers U+115F,
// U+1160, U+3164, U+FFA0, variation selectors, tag characters, …), and the blank braille pattern
// U+2800, which fonts draw as nothing.
const VISIBLE = /[^\s\p{Cc}\p{Cf}\p{Cs}\p{Z}\p{M}\p{Default_Ignorable_Code_Point}\u2800]/u;

/**
 * Whether `text` holds at least one character a person can see.
 *
 * @example
 * hasVisibleText("hej"); // true
 * hasVisibleText("\u3164\u3164"); // false: Hangul fillers
 * hasVisibleText("\u2800 \u200b"); // false
 * hasVisibleText("\ud800"); // false: a lone surrogate
 */
export function hasVisibleText(text: string): boolean {
  return VISIBLE.test(text);
}

// With the u flag, \p{Cs} matches only a surrogate that is not half of a pair.
const LONE_SURROGATE = /\p{Cs}/gu;

/**
 * `text` as well-formed UTF-16: each lone surrogate replaced by U+FFFD, as a UTF-8 encoder
 * would, so what is stored is what every channel later sends.
 *
 * @example
 * withoutLoneSurrogates("a\ud800b"); // "a\ufffdb"
 * withoutLoneSurrogates("😀"); // "😀"
 */
export function withoutLoneSurrogates(text: string): string {
  return text.replace(LONE_SURROGATE, "\ufffd");
}

// The explicit bidi formatting characters (embeddings and overrides U+202A–U+202E, isolates
// U+2066–U+2069) and the implicit marks (LRM U+200E, RLM U+200F, ALM U+061C): the set the
// "Trojan Source" attack (CVE-2021-42574) uses to make text read differently from what it is.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/**
 * `text` without bidi controls, so a visitor cannot reverse or reorder what a team reads (an
 * `exe.pdf` shown as `fdp.exe`, a phone number shown backwards) or spill their direction into
 * the text around it. Right-to-left scripts still read right to left: their letters carry their
 * own direction.
 *
 * @example
 * neutraliseBidi("invoice\u202efdp.exe"); // "invoicefdp.exe"
 * neutraliseBidi("שלום"); // "שלום"
 */
export function neutraliseBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, "");
}
