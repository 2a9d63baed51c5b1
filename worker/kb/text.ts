import { normalizeForMatch } from "../../shared/keywords.ts";

// Short function-word lists for the five supported languages: they carry no topic, and leaving
// them in would let "how do I" match every how-to passage.
const STOP_WORDS = new Set(
  [
    // en
    "a an and are as at be by can could do does for from had has have how i if in is it its me my of on or our so than that the their them then there these they this to was we were what when where which who why will with would you your yours",
    // da
    "af at de den der det du eller en er et for fra har hvad hvis hvor hvordan i ikke jeg kan med man mig min mit og om på sig som til ved vi vil",
    // de
    "aber als am an auch auf aus bei bin bis das dass dem den der des die ein eine einem einen einer es für hat ich ihr im in ist ja kann man mit nach nicht oder sie sind so über um und von vor was wie wir zu zum zur",
    // fr
    "au aux avec ce ces dans de des du elle en est et il je la le les leur mais me mon ne nous on ou par pas pour qu que qui sa se ses son sur ta te tu un une vos votre vous",
    // es
    "al como con de del el en es esta este la las lo los me mi mis para pero por que se si su sus te tu un una uno y yo",
  ]
    .join(" ")
    .split(" ")
    .map((w) => normalizeForMatch(w)),
);

/**
 * Content words of `text`, normalised like keyword matching (case, accents, NFKC) so that a
 * visitor's "Rückgabe" and a document's "ruckgabe" meet. A light suffix trim folds plurals.
 *
 * @example
 * tokenize("How do I return my Orders?"); // ["return", "order"]
 */
export function tokenize(text: string): string[] {
  const words = normalizeForMatch(text).split(/[^\p{L}\p{N}]+/u);
  const tokens: string[] = [];
  for (const word of words) {
    if (word.length < 2 || STOP_WORDS.has(word)) continue;
    tokens.push(stem(word));
  }
  return tokens;
}

// Deliberately tiny until the knowledge-base issue brings real Snowball stemmers: folding a
// trailing plural "s" is right far more often than wrong in all five languages.
function stem(word: string): string {
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

/** Markdown and HTML reduced to the text a reader sees. */
export function stripMarkup(text: string): string {
  return text
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, "")
    .replace(/[*_`~]{1,3}/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

/** Sentences of a passage, for extractive answers. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=\p{Lu}|\p{N})|\n+/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
