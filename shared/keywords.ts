/**
 * The keyword matcher, over whatever list it is given. It knows no phrases of its own, so the
 * widget can ship it without the default list (that lives in `default-keywords.ts`, which only
 * the worker imports; the widget learns each phrase's language from the public config).
 */
import { normalizeForMatch } from "./text/normalize.ts";

/** A phrase found in a message, and its position in the list it was matched against. */
export interface KeywordMatch {
  phrase: string;
  /** Index of `phrase` in the `phrases` given to `matchKeyword`. */
  index: number;
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
