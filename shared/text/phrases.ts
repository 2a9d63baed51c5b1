/**
 * The one phrase notation every word table is written in (lexicon groups, small talk, default
 * phrases, the person-request grammar's word classes): words separated by single spaces,
 * `a b|c` a choice between plain word sequences, `(a|b)` a choice inside a longer phrase,
 * `[a|b]` an optional choice. Each reader turns the slots into what it matches with (small talk walks them,
 * the lexicon takes a line's choices as a group's members).
 */

/** One slot of a phrase: a choice of word sequences, which may be skipped when optional. */
export interface PhraseSlot {
  optional: boolean;
  choices: readonly (readonly string[])[];
}

const PART = /\([^)]*\)|\[[^\]]*\]|[^\s()[\]]+/g;

/**
 * The slots of `source`. A `|` outside brackets makes the whole phrase one choice.
 *
 * @example
 * parsePhrase("good (morning|day) [all]");
 * // [{ optional: false, choices: [["good"]] }, { optional: false, choices: [["morning"], ["day"]] },
 * //  { optional: true, choices: [["all"]] }]
 * parsePhrase("money back|refund"); // [{ optional: false, choices: [["money", "back"], ["refund"]] }]
 */
export function parsePhrase(source: string): PhraseSlot[] {
  if (/\|/.test(source.replace(/\([^)]*\)|\[[^\]]*\]/g, ""))) {
    return [{ optional: false, choices: choicesOf(source) }];
  }
  return (source.match(PART) ?? []).map((part) => {
    const optional = part.startsWith("[");
    const grouped = optional || part.startsWith("(");
    return { optional, choices: grouped ? choicesOf(part.slice(1, -1)) : [[part]] };
  });
}

function choicesOf(list: string): string[][] {
  return list.split("|").map((choice) => choice.trim().split(" "));
}

/**
 * The alternatives of a one-slot phrase (a lexicon group, a word class), each as written.
 *
 * @example
 * phraseChoices("money back|refund"); // ["money back", "refund"]
 */
export function phraseChoices(source: string): string[] {
  const [slot, ...more] = parsePhrase(source);
  if (!slot || more.length > 0 || slot.optional) return [source];
  return slot.choices.map((words) => words.join(" "));
}
