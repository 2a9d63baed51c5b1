/**
 * Typos: the one edit between two words, and the words one edit from a word. Each feature keeps
 * its own policy on top (which edits it trusts at which lengths), because a wrong correction
 * costs differently in each: a request for a person is handed off, small talk gets a social
 * reply, a search term only finds other passages.
 */

/** The single edit that turns a typed word into the intended one. */
export interface Edit {
  /** `extra`: the typed word has one letter more; `missing`: one less; `swap`: two neighbours swapped. */
  kind: "extra" | "missing" | "replace" | "swap";
  /** The length of the shorter of the two words. */
  shorter: number;
  /** How many letters at the end both words share, after the edit. */
  end: number;
}

/**
 * The one edit that turns `typed` into `intended` (a letter added, removed or replaced, or two
 * neighbours swapped), or null when they are equal or further apart.
 *
 * @example
 * oneEdit("spaek", "speak"); // { kind: "swap", shorter: 5, end: 1 }
 * oneEdit("agnet", "agents"); // null
 */
export function oneEdit(typed: string, intended: string): Edit | null {
  if (Math.abs(typed.length - intended.length) > 1) return null;
  const shorter = Math.min(typed.length, intended.length);
  let start = 0;
  while (start < shorter && typed[start] === intended[start]) start++;
  let end = 0;
  while (
    end < shorter - start &&
    typed[typed.length - 1 - end] === intended[intended.length - 1 - end]
  ) {
    end++;
  }
  const a = typed.slice(start, typed.length - end);
  const b = intended.slice(start, intended.length - end);
  if (a.length + b.length === 1)
    return { kind: a.length === 1 ? "extra" : "missing", shorter, end };
  if (a.length === 1 && b.length === 1) return { kind: "replace", shorter, end };
  if (a.length === 2 && b.length === 2 && a === `${b[1]}${b[0]}`) {
    return { kind: "swap", shorter, end };
  }
  return null;
}

/**
 * Calls `visit` with every string one edit from `word` over `letters`, and the edit that string
 * would have needed to become `word`: each letter deleted (`extra`), each pair of neighbours
 * swapped, each letter replaced, each letter inserted (`missing`), left to right. For a
 * vocabulary too large to compare with word by word (a knowledge base's index), or a set to
 * look the candidates up in; with no letters, only deletions and swaps.
 *
 * @example
 * const seen: string[] = [];
 * withOneEdit("ab", ["x"], (w) => seen.push(w));
 * seen; // ["b", "ba", "xb", "xab", "a", "ax", "axb", "abx"]
 */
export function withOneEdit(
  word: string,
  letters: readonly string[],
  visit: (candidate: string, edit: Edit["kind"]) => void,
): void {
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) visit(head + tail.slice(1), "extra");
    if (tail.length > 1) visit(head + tail[1] + tail[0] + tail.slice(2), "swap");
    for (const letter of letters) {
      if (tail) visit(head + letter + tail.slice(1), "replace");
      visit(head + letter + tail, "missing");
    }
  }
}
