/**
 * The forms text is compared in: accents folded, one apostrophe and hyphen style. Tiny and
 * dependency-free: the widget ships it with the keyword matcher.
 */

const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u02BB\u0060\u00B4\u2032]/g;
const HYPHENS = /[\u2010\u2011\u2012\u2013\u2014\u2212]/g;
const COMBINING_MARKS = /\p{M}/gu;
const SPACES = /[\s\u00A0\u200B]+/gu;

/**
 * `text` without accents: "Rückgabe" → "Ruckgabe", "été" → "ete". Danish "ø" and "æ" are letters
 * of their own, not accented ones, and stay.
 *
 * @example
 * foldAccents("parler à un conseiller"); // "parler a un conseiller"
 */
export function foldAccents(text: string): string {
  return text.normalize("NFD").replace(COMBINING_MARKS, "").normalize("NFC");
}

/**
 * Every apostrophe look-alike (curly, modifier letter, backtick, acute) as a straight `'`. One
 * character for one, so positions in the text stay where they were.
 *
 * @example
 * unifyApostrophes("I\u2019d"); // "I'd"
 */
export function unifyApostrophes(text: string): string {
  return text.replace(APOSTROPHES, "'");
}

/**
 * The form both a message and a phrase are reduced to before matching: NFKC (so composed and
 * decomposed "é", full-width letters and ligatures agree), lowercase, accents removed (visitors
 * often type "parler a un conseiller"), one apostrophe and hyphen style, single spaces.
 *
 * @example
 * normalizeForMatch("I\u2019d  like to TALK to a Human") === "i'd like to talk to a human";
 */
export function normalizeForMatch(text: string): string {
  return unifyApostrophes(foldAccents(text.normalize("NFKC").toLowerCase()))
    .replace(HYPHENS, "-")
    .replace(SPACES, " ")
    .trim();
}
