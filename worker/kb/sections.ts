import { splitSentences } from "./text.ts";

/*
 * An article's headings and FAQ questions: the lines that say what the lines below them are
 * about. A passage keeps them as lines of their own (passages.ts), and the extractive answer
 * gives the sentences below one its words and never quotes a heading (extract.ts).
 */

// Longer than this, a line without a sentence's end is a wrapped or a listed line, not a heading.
const HEADING_MAX_CHARS = 80;

/**
 * Whether `line` heads the lines after it: an FAQ's question above its answer ("Can I park at
 * the clinic?" / "Yes. There are 6 spaces…"), or a heading ("Invoices", "Security bond"): short,
 * without a sentence's end, starting with a capital, between a sentence's end and a line that
 * is a sentence. A list's entry ("Monday: closed", "Up to 60 guests" above "£450 an hour") or a
 * line of a hard-wrapped paragraph ("Use the form in your account," / "then print it.") is not.
 *
 * @example
 * headsSection("Invoices", "We take cards.", "Ask at reception."); // true
 * headsSection("Use the form in your account,", "Exchanges are free.", "then print it."); // false
 */
export function headsSection(
  line: string,
  previous: string | undefined,
  next: string | undefined,
): boolean {
  if (next === undefined) return false;
  if (isQuestion(line)) return !isQuestion(next) && splitSentences(line).length === 1;
  return (
    line.length <= HEADING_MAX_CHARS &&
    !endsSentence(line) &&
    !/[:;,]\s|[:;,\-–]$/.test(line) &&
    STARTS_LIKE_A_SENTENCE.test(line) &&
    STARTS_LIKE_A_SENTENCE.test(next) &&
    endsSentence(next) &&
    (previous === undefined || endsSentence(previous))
  );
}

const STARTS_LIKE_A_SENTENCE = /^["'«„“(¿¡]?[\p{Lu}\p{N}]/u;

/** Whether a sentence or a line is a question. */
export function isQuestion(text: string): boolean {
  return /[?？]\s*$/.test(text);
}

function endsSentence(line: string): boolean {
  return /[.!?？…]["'»”)]*$/.test(line);
}
