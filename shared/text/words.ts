/**
 * Where words are: the one word pattern every feature reads text with (retrieval, language
 * detection, small talk, requests for a person), and the compound tokens retrieval also indexes
 * whole. A word is letters, marks and digits, with
 * apostrophes ("don't", "l'homme") and hyphens ("week-end", "human-readable") inside it; each
 * reader decides what to make of those ("e-mail" is two words for retrieval, one for small talk).
 */
import { unifyApostrophes } from "./normalize.ts";

const WORD = /[\p{L}\p{M}\p{N}]+(?:['-][\p{L}\p{M}\p{N}]+)*/gu;

/** A word of a text and where it is. */
export interface WordSpan {
  /** The word as typed, with apostrophes unified. */
  text: string;
  from: number;
  to: number;
}

/**
 * The words of `text` as typed (hyphenated words whole), each with its span in `text`.
 *
 * @example
 * wordSpans("Passez-moi l’agent"); // [{ text: "Passez-moi", from: 0, to: 10 }, { text: "l'agent", from: 11, to: 18 }]
 */
export function wordSpans(text: string): WordSpan[] {
  return [...unifyApostrophes(text).matchAll(WORD)].map((m) => ({
    text: m[0],
    from: m.index,
    to: m.index + m[0].length,
  }));
}

/**
 * The words of `text` exactly as written, hyphenated words whole: for text already in the form
 * it is compared in.
 *
 * @example
 * wordsAsWritten("merci, c'est top"); // ["merci", "c'est", "top"]
 */
export function wordsAsWritten(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * The words of `text` for reading and indexing: NFKC, lowercase, one apostrophe style, a
 * hyphenated word as its parts, accents kept (the stemmers need them: "würde", "été").
 *
 * @example
 * words("Don’t RETURN the e-mail"); // ["don't", "return", "the", "e", "mail"]
 */
export function words(text: string): string[] {
  return wordsAsWritten(unifyApostrophes(text.normalize("NFKC").toLowerCase())).flatMap((w) =>
    w.includes("-") ? w.split("-") : [w],
  );
}

// A code-like or compound token: words joined by punctuation without spaces ("gmail.com",
// "snake_case", "e-mail", "v1.2", "user@example.com"); apostrophes join as in a word.
const COMPOUND = /[\p{L}\p{N}_]+(?:[._\-/@:+#'][\p{L}\p{N}_]+)*/gu;

/**
 * The tokens of `text` that may join several words with punctuation (NFKC, apostrophes unified,
 * case kept): retrieval indexes each both as its words and whole.
 *
 * @example
 * compounds("Sign in to gmail.com or my_app"); // ["Sign", "in", "to", "gmail.com", "or", "my_app"]
 */
export function compounds(text: string): string[] {
  return unifyApostrophes(text.normalize("NFKC")).match(COMPOUND) ?? [];
}
