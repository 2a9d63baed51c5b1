import type { KbIndex } from "./index-reader.ts";

// A form shares at least this many letters with the word from its start…
const SHARED = 5;
// …or is the word's start or the word is its start, from this many letters ("kost" / "kostet").
const SHARED_AS_PART = 4;
// Beyond the shared letters, an inflection or derivation ending: at most this many letters on the
// question's side ("-iert", "-tet") and on the knowledge base's ("-ierung", "-ling").
const QUESTION_ENDING = 4;
const INDEX_ENDING = 5;

/**
 * The knowledge base's terms that look like another form of a question's word it lacks: the
 * stemmers leave many verb and noun forms of one word apart ("kostet" / "Kosten" → "kostet" /
 * "kost", "storniert" / "Stornierung", "bestilt" / "bestilling", "delivered" / "delivery"), and
 * a visitor asks with the verb where the help centre writes the noun. Found by the shared start
 * alone, so a few are other words ("protesis" / "proteccion"): retrieval scores them at half the
 * word's weight and the confidence doesn't count them as matched (`retrieve.ts`).
 *
 * Only for a word no passage holds, at least SHARED letters long and without digits; known words
 * keep their own postings. Reads the sorted vocabulary by prefix, so its cost is a binary search
 * and the few terms sharing the word's first letters.
 *
 * @example
 * formsOf(index, "storniert").map((id) => index.termOf(id)); // ["stornier", "storni"]
 */
export function formsOf(index: KbIndex, term: string): number[] {
  // A word only taught phrasings use is in the vocabulary with no passage: the text's forms of
  // it are still looked for, as before it was taught.
  if (
    term.length < SHARED ||
    /\p{N}/u.test(term) ||
    index.documentFrequency(index.termId(term)) > 0
  )
    return [];
  const forms: number[] = [];
  const start = index.termId(term.slice(0, SHARED_AS_PART));
  if (start >= 0) forms.push(start);
  for (const id of index.termsStartingWith(term.slice(0, SHARED))) {
    const form = index.termOf(id);
    let shared = SHARED;
    while (shared < term.length && shared < form.length && term[shared] === form[shared]) shared++;
    const isPart = shared === form.length || shared === term.length;
    if (isPart || (term.length - shared <= QUESTION_ENDING && form.length - shared <= INDEX_ENDING))
      forms.push(id);
  }
  return forms;
}
