import { splitSentences } from "./text.ts";

/*
 * An article's layout as lines: headings and FAQ questions, which say what the lines below them
 * are about, and a list's entries. A passage keeps them as lines of their own (passages.ts); the
 * extractive answer gives the sentences below a heading its words, never quotes a heading on its
 * own, and quotes a list's entries one to a line (extract.ts).
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

/** Whether a line ends as a sentence does (a list's entry or a heading doesn't). */
export function endsSentence(line: string): boolean {
  return /[.!?？…]["'»”)]*$/.test(line);
}

/**
 * Whether the line break after `line` is a list's, kept so each entry stays a line of its own:
 * the line has no sentence's end and is short, a "key: value" ("Monday: closed", "Small
 * $60", "Pack sécurité (DVA, pelle, sonde) : 16 € par jour") or a list's introduction ("We
 * need proof of these vaccinations:"), and the next starts like an entry (a capital, a number,
 * a currency sign as in "£1,000 of cover: £1.20 a week", or a bullet). A hard-wrapped paragraph's lines are long and run on
 * ("Use the form in your account and" / "then print the label.").
 */
export function breaksList(line: string, next: string | undefined): boolean {
  return (
    next !== undefined &&
    !endsSentence(line) &&
    (line.length <= SHORT_ENTRY_CHARS ||
      (line.length <= KEYED_ENTRY_CHARS && /\s?:\s/.test(line)) ||
      /:$/.test(line)) &&
    /^(?:[-•*–]\s|["'«„“(¿¡]?[\p{Lu}\p{N}\p{Sc}])/u.test(next)
  );
}

// Shorter than a hard-wrapped line (72-80 characters); a keyed entry may be longer.
const SHORT_ENTRY_CHARS = 60;
const KEYED_ENTRY_CHARS = 160;
