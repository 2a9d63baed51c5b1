/**
 * The keyword matcher, over whatever list it is given. It knows no phrases of its own, so the
 * widget can ship it without the default list (that lives in `default-keywords.ts`, which only
 * the worker imports; the widget learns each phrase's language from the public config).
 */

/** A phrase found in a message, and its position in the list it was matched against. */
export interface KeywordMatch {
  phrase: string;
  /** Index of `phrase` in the `phrases` given to `matchKeyword`. */
  index: number;
}

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
 * Every apostrophe look-alike (curly, modifier letter, backtick, acute) as a straight `'`.
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

/**
 * The phrase of `phrases` that `message` contains, ignoring case, accents, apostrophe style
 * and spacing (the spec's "case-insensitive substring match"), or null. The longest matching
 * phrase wins, so "talk to a real person" is reported rather than "real person".
 *
 * @example
 * matchKeyword("Can I talk to a real person?", ["real person", "talk to a real person"]);
 * // { phrase: "talk to a real person", index: 1 }
 */
export function matchKeyword(message: string, phrases: readonly string[]): KeywordMatch | null {
  const text = normalizeForMatch(message);
  let best: KeywordMatch | null = null;
  let bestLength = 0;
  for (let index = 0; index < phrases.length; index++) {
    const phrase = phrases[index] ?? "";
    const normalized = normalizedPhrase(phrase);
    if (normalized.length === 0 || !text.includes(normalized)) continue;
    if (normalized.length > bestLength) {
      best = { phrase, index };
      bestLength = normalized.length;
    }
  }
  return best;
}

// A site's phrases are matched against every message: each is normalised once, not per message.
const NORMALIZED_PHRASES = new Map<string, string>();
const MAX_CACHED_PHRASES = 10_000;

/**
 * `normalizeForMatch` of a list phrase, remembered: the same few hundred phrases are matched
 * against every message.
 *
 * @example
 * normalizedPhrase("Parler à un Conseiller"); // "parler a un conseiller"
 */
export function normalizedPhrase(phrase: string): string {
  let normalized = NORMALIZED_PHRASES.get(phrase);
  if (normalized === undefined) {
    normalized = normalizeForMatch(phrase);
    if (NORMALIZED_PHRASES.size >= MAX_CACHED_PHRASES) NORMALIZED_PHRASES.clear();
    NORMALIZED_PHRASES.set(phrase, normalized);
  }
  return normalized;
}
