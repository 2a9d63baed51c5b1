/**
 * Recognises a visitor asking to be put in touch with a person, in their own words, in the five
 * default languages. Fixed phrases ("talk to a human") miss most real requests ("is anyone there
 * I could speak with", "können Sie mich bitte verbinden"), so each language has a small grammar:
 * word classes (who you can ask for, verbs of talking, of passing a visitor on, of calling back)
 * and a few patterns that combine them with a short gap of any words between the parts.
 *
 * A message is reduced to tokens in `normalizeForMatch` form (case, accents and apostrophes
 * folded); a token within one typo of a word of the grammar is read as that word, and a compound
 * ending in a person ("Kundenberater") as that person; the patterns then run over the tokens
 * joined by single spaces (each compiled and run only when they hold the words it needs), and the
 * tokens a match covers give back the visitor's own words.
 */
import { LANGUAGES, type Language } from "./languages.ts";
import { LANGUAGE_DATA } from "./languages/registry.ts";
import { normalizeForMatch } from "./text/normalize.ts";
import {
  type Need,
  NeedTable,
  needOrNothing,
  requiredOne,
  requiredText,
} from "./text/required-text.ts";
import { oneEdit } from "./text/typos.ts";
import { type WordSpan, wordSpans } from "./text/words.ts";

/** A visitor's request for a person, and what in their message made it one. */
export interface PersonRequest {
  /** The words of the message that make it a request, exactly as the visitor wrote them (a substring of the message). */
  matched: string;
  language: Language;
}

/**
 * Each language's grammar. Capital letters name word classes: P anyone a visitor may ask for
 * (people, roles, teams); I indefinite persons ("someone"), who may come before the verb
 * ("someone I can talk to"); S the persons that alone, or after "want/need/get", are a request;
 * R "real" (a real person is asked for, never asked about, as in the default phrases); T
 * talking; C passing a visitor on; B the bot; M a machine, only after "talk" ("no machine" is
 * as often the visitor's washing machine); F fillers around a one-word request ("please",
 * "now"); A articles before it; O "someone from your team", a request only after "can/need/is"
 * and the like, alone, or before "can/call/available" (not "someone from your team installed
 * it"); N words that make the person someone else's ("another agent",
 * "alle Mitarbeiter"), which no gap may cross; W the business's own people (the vet, the
 * mechanic, the owner), V their plurals, K (Danish, German, Swedish) the heads a compound may
 * end in besides P's ("Augen|optiker"; not W whole, whose "Leiter" ends "Stehleiter", a ladder),
 * H the people above the assistant ("management"), asked
 * for only with an article or in a request's frame, since they are as often asked about; U the
 * parts of a business that can get in touch (the office, the front desk, "sekretariatet"), only
 * as the subject of a contact verb with the visitor as its object. `x` lists the patterns, leftmost first; `~` is a
 * gap of up to 3 words (`~5`: up to 5). Words are listed whole (no `s?`, no `[nr]`): the typo
 * tolerance takes its vocabulary from here, and a stem in it would "correct" a real word.
 * Each language's grammar is its folder's `person-requests.ts`.
 */
/** French clitics written after a hyphen ("passez-moi", "pouvez-vous") are words of their own. */
const CLITICS = /^(moi|vous|il|elle|nous|je|t|ce|on|toi|lui|les|la|le|y|en)$/;

// An elided French article or pronoun at the start of a word ("m'", "l'", "qu'") is a word of
// its own, so "m'appeler" reads as "m' appeler"; other hyphenated words stay whole, so
// "human-readable" and "real-time" are not "human" and "real".
const ELISION = /^(?:[ldjmnstc]|qu)'(?=\p{L})/iu;

/** The words of `message` with their spans, elisions split off. */
function wordsOf(message: string): WordSpan[] {
  const found: WordSpan[] = [];
  for (let word of wordSpans(message)) {
    for (let elided = ELISION.exec(word.text); elided; elided = ELISION.exec(word.text)) {
      const length = elided[0].length;
      found.push({ text: word.text.slice(0, length), from: word.from, to: word.from + length });
      word = { text: word.text.slice(length), from: word.from + length, to: word.to };
    }
    found.push(word);
  }
  return found;
}

interface Compiled {
  language: Language;
  /**
   * The patterns, in order, each compiled on first use: with W and V (`whole`) or, for a message
   * `namesPeople` finds none of them in, with W and V never matching (`lean`), and what a message
   * must contain for each to match (`requiredText`), so that a message compiles and runs only the
   * patterns it has the words of.
   */
  patterns: Pattern[];
  /** Whether a word of `text` starts like one of W or V. */
  namesPeople: (text: string) => boolean;
  /** Whether the whole readings' needs have been read and numbered (on the first message naming one of W or V). */
  wholeRead: boolean;
  needTable: NeedTable;
  vocabulary: Set<string>;
  /** Every word of the grammar, short ones too: what a letter written as two (`spelledOut`) may stand for. */
  words: Set<string>;
  /** The vocabulary by length, each word with its place in `vocabulary`: a typo is within one letter of its word's length, so only three lengths need comparing. */
  byLength: Map<number, [string, number][]>;
  /** The longer person words, which Danish and German put at the end of compounds, each with its place in `people`. */
  people: Map<string, number>;
  /** `people` by their last three letters. */
  headsByEnding: Map<string, [string, number][]>;
  /** Words already read (`correct` is pure): a long message repeats its words. */
  seen: Map<string, string>;
}

/**
 * Whether `word` is `target` with one letter added or removed (5+ letters), replaced (6+: in
 * shorter words a replacement too often makes another real word, "teach" for "reach"), or two
 * neighbours swapped (4+: "tlak", "mcih"). Not in the last letters, where an edit makes another
 * form of the same verb ("llaman" is not "llamen", "contact" not "contacte"), except a letter
 * replaced next to the last in a person (`person`: nouns do not inflect there, "superviser").
 */
function isTypoOf(word: string, target: string, person: boolean): boolean {
  const edit = oneEdit(word, target);
  if (!edit || edit.shorter < 4) return false;
  if (edit.kind === "extra" || edit.kind === "missing") return edit.shorter >= 5 && edit.end > 0;
  if (edit.kind === "replace") return edit.shorter >= 6 && edit.end > (person ? 0 : 1);
  return true;
}

/**
 * A cheap test that `word` can be one edit from `target` the way `isTypoOf` allows, to skip
 * most of the vocabulary before `oneEdit` slices strings: an edit at the start leaves one of the
 * first two letters in place or moved by one, and any edit but a swap of the last two keeps the
 * last letter.
 */
function mayBeTypoOf(word: string, target: string): boolean {
  const w0 = word[0];
  const w1 = word[1];
  const t0 = target[0];
  const t1 = target[1];
  if (w0 !== t0 && w1 !== t1 && w0 !== t1 && w1 !== t0) return false;
  const last = word[word.length - 1];
  return last === target[target.length - 1] || last === target[target.length - 2];
}

/**
 * `word`, or the grammar's word it is a typo of, or the person a compound ends in
 * ("kundekonsulent", "Kundenberater", "salesperson"). Short words are left alone: too many
 * collide.
 */
function correct(word: string, grammar: Compiled): string {
  const { vocabulary, byLength, people, headsByEnding, seen } = grammar;
  if (word.length < 4 || vocabulary.has(word) || /\d/.test(word)) return word;
  const known = seen.get(word);
  if (known !== undefined) return known;
  // Of several words it could be a typo of, or persons it could end in, the one listed first,
  // as a plain walk through the vocabulary would find it.
  let found = word;
  let place = Number.POSITIVE_INFINITY;
  for (let length = word.length - 1; length <= word.length + 1; length++) {
    for (const [candidate, at] of byLength.get(length) ?? []) {
      if (
        at < place &&
        mayBeTypoOf(word, candidate) &&
        isTypoOf(word, candidate, people.has(candidate))
      ) {
        found = candidate;
        place = at;
      }
    }
  }
  if (place === Number.POSITIVE_INFINITY) {
    // A compound's person is a suffix at least 3 letters shorter than the word; only the heads
    // that share its last three letters need comparing.
    for (const [head, at] of headsByEnding.get(word.slice(-3)) ?? []) {
      if (at < place && word.length >= head.length + 3 && word.endsWith(head)) {
        found = head;
        place = at;
      }
    }
  }
  if (seen.size > 5000) seen.clear();
  seen.set(word, found);
  return found;
}

/** One pattern of a grammar, in its two readings, each compiled when a message first needs it. */
export interface Pattern {
  readonly whole: Reading;
  readonly lean: Reading;
}

export interface Reading {
  /** The source with its classes written out; the same string for both readings when the pattern names no W or V. */
  source: string;
  /** What a message must contain for it to match (see `requiredText`), its strings numbered in the grammar's `needTable`. */
  needs: Need[];
  numbered: number[][];
  regex?: RegExp;
}

/** The top-level alternatives of a pattern: its `|`s outside groups and character classes. */
function topLevelAlternatives(source: string): string[] {
  const found: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let at = 0; at < source.length; at++) {
    const char = source[at];
    if (char === "\\") at++;
    else if (inClass) inClass = char !== "]";
    else if (char === "[") inClass = true;
    else if (char === "(") depth++;
    else if (char === ")") depth--;
    else if (char === "|" && depth === 0) {
      found.push(source.slice(start, at));
      start = at + 1;
    }
  }
  found.push(source.slice(start));
  return found;
}

/**
 * A test that a word of a text starts like one of the alternatives of `source`, as
 * `/(?<!\S)(?:source)/` would find: a lookup of each word's first two letters when they are all
 * plain words (as W and V are), which spares compiling an expression of several hundred words.
 */
function startsLikeOneOf(source: string): (text: string) => boolean {
  const word = "[a-z\\u00c0-\\u024f' -]+";
  const words = `\\(\\?:${word}(?:\\|${word})*\\)`;
  if (!new RegExp(`^${words}(?:\\|${words})*$`).test(source)) {
    const regex = new RegExp(`(?<!\\S)(?:${source})`);
    return (text) => regex.test(text);
  }
  const byStart = new Map<string, string[]>();
  const short: string[] = [];
  for (const word of source.replace(/\(\?:|\)/g, "").split("|")) {
    if (word.length < 2) short.push(word);
    else byStart.set(word.slice(0, 2), [...(byStart.get(word.slice(0, 2)) ?? []), word]);
  }
  const startsWord = (text: string, at: number) => {
    for (const word of short) if (text.startsWith(word, at)) return true;
    for (const word of byStart.get(text.slice(at, at + 2)) ?? []) {
      if (text.startsWith(word, at)) return true;
    }
    return false;
  };
  return (text) => {
    // Words start at the start and after white space: in a text with no white space but
    // spaces (a message as the grammar reads it), one space to the next.
    if (!/[^\S ]/.test(text)) {
      for (let at = 0; at >= 0; at = text.indexOf(" ", at) + 1 || -1) {
        if (startsWord(text, at)) return true;
      }
      return false;
    }
    for (let at = 0; at < text.length; at++) {
      if ((at === 0 || /\s/.test(text[at - 1] as string)) && startsWord(text, at)) return true;
    }
    return false;
  };
}

function compile(language: Language): Compiled {
  const grammar = LANGUAGE_DATA[language].personRequests;
  // Classes name other classes (P includes S), so expand until no capital is left; `without`
  // lists classes to write as never matching.
  const expand = (source: string, without: readonly string[] = []): string =>
    source.replace(/[A-Z]/g, (name) =>
      without.includes(name) ? "(?!)" : `(?:${expand(grammar[name] ?? name, without)})`,
    );
  // A gap is any words but N's; it is written before classes expand, and with `[^ ]` not `\S`,
  // whose capital would read as a class.
  const gaps = grammar.x.replace(/~(\d?)/g, (_, n: string) => `(?:(?!N )[^ ]+ ){0,${n || 3}}`);
  // The business's own people (W, V) are written out wherever a pattern names them, which makes
  // the pattern two to three times longer and its first use (when the engine compiles it) that
  // much slower. A message naming none of them reads the same with W and V never matching, so it
  // gets that shorter pattern; only one with a word that starts like one of them needs the whole.
  const namesPeople = startsLikeOneOf(expand("W|V"));
  // Each pattern is its own expression, compiled on the first message that has the words it
  // needs (`requiredText`). Compiling was most of what the first message an isolate reads cost:
  // the six languages' 292 patterns were then 112 kB of expression with W and V left out (all of
  // it compiled, a few patterns to an expression, on the first message) and 342 kB with them (on
  // the first message naming one of the business's people); the grammar has since grown
  // to 425 patterns, 199 kB and 615 kB. A message has the words of few patterns
  // ("can i return my shoes after a month" of none, "I want to talk to a human" of 6), so
  // a fresh Node 24 process (medians of 5, a shared 2-core machine) went from 138-143 ms for
  // the first message, 37-40 for the second and 87-89 for two naming a professional to 24-28,
  // 3.5 and 10.5 (of the first, some 12 ms read what the patterns need; the rest expands the
  // classes and builds the typo vocabulary). Testing the needs costs the warm path a little
  // (`npm run bench -- person-request`, medians of 7: the sets read again 0.064-0.071 →
  // 0.082-0.086 ms a message, 800 new words 16-18 → 18-19 ms; 800 repeated words 2.1-2.2 →
  // 1.8-1.9 ms). Of the patterns' matches the leftmost wins, and of two at the same place the
  // earlier pattern's, as one alternation of them all would find.
  const needsOf = (without: readonly string[]) => {
    const known = new Map<string, Need>();
    const classNeed = (name: string): Need => {
      if (without.includes(name)) return [];
      let need = known.get(name);
      if (need === undefined) {
        need = needOrNothing(() => requiredOne(grammar[name] ?? name, classNeed), null);
        known.set(name, need);
      }
      return need;
    };
    return (source: string) => needOrNothing(() => requiredText(source, classNeed), []);
  };
  const bounded = (source: string) => `(?<!\\S)(?:${source})(?!\\S)`;
  const wholeNeeds = needsOf([]);
  const leanNeeds = needsOf(["W", "V"]);
  const needTable = new NeedTable();
  const reading = (source: string, needs: Need[]): Reading => ({
    source,
    needs,
    numbered: needTable.number(needs),
  });
  // Reading what a pattern needs was most of what building a grammar cost. A pattern naming W
  // or V has its whole reading's needs read only when a message first names one of those people
  // (most first messages don't; `findPersonRequest` reads them all then, before the table reads
  // that message).
  const patterns = topLevelAlternatives(gaps).map((source): Pattern => {
    const wholeSource = bounded(expand(source));
    const leanSource = bounded(expand(source, ["W", "V"]));
    if (leanSource === wholeSource) {
      const both = reading(wholeSource, wholeNeeds(source));
      return { whole: both, lean: both };
    }
    let whole: Reading | undefined;
    return {
      lean: reading(leanSource, leanNeeds(source)),
      get whole() {
        whole ??= reading(wholeSource, wholeNeeds(source));
        return whole;
      },
    };
  });
  // N stays out: a typo read as "autres" would block a gap instead of filling one.
  // Words keep an inner apostrophe ("quelqu'un"), so the word as written is known and not
  // "corrected" to a typo'd spelling listed beside it ("quelqun").
  const { N, ...words } = grammar;
  const everyWord = Object.values(words)
    .join(" ")
    .match(/[a-zæøß]+(?:'[a-zæøß]+)*/g);
  const vocabulary = new Set(everyWord?.filter((word) => word.length >= 4));
  const byLength = new Map<number, [string, number][]>();
  for (const [at, word] of [...vocabulary].entries()) {
    const same = byLength.get(word.length) ?? [];
    same.push([word, at]);
    byLength.set(word.length, same);
  }
  // K: the heads a Danish or German compound may end in besides P's ("Augen|optiker",
  // "tømrer|mester"), listed apart from W because many of W's end other words ("Steh|leiter").
  const heads = [
    ...(expand("P").match(/[a-zæøß]{6,}/g) ?? []),
    ...(grammar.K ? (expand("K").match(/[a-zæøß]{4,}/g) ?? []) : []),
  ];
  const people = new Map([...new Set(heads)].map((word, at) => [word, at]));
  const headsByEnding = new Map<string, [string, number][]>();
  for (const [head, at] of people) {
    const same = headsByEnding.get(head.slice(-3)) ?? [];
    same.push([head, at]);
    headsByEnding.set(head.slice(-3), same);
  }
  return {
    language,
    headsByEnding,
    patterns,
    namesPeople,
    wholeRead: false,
    needTable,
    vocabulary,
    words: new Set(everyWord),
    byLength,
    people,
    seen: new Map(),
  };
}

/**
 * The letters a keyboard without them spells out, as a language's visitors write them: Danish
 * "ae", "oe", "aa" for æ, ø, å ("saet mig i forbindelse med en dyrlaege"), German "ae", "oe",
 * "ue" for ä, ö, ü ("Gespraech"). The grammar's words are in `normalizeForMatch` form, where å,
 * ä, ö and ü have lost their marks: "aa" and "ue" read as the bare vowel.
 */
const SPELLED_OUT: Partial<Record<Language, readonly [RegExp, string][]>> = {
  da: [
    [/ae/g, "æ"],
    [/oe/g, "ø"],
    [/aa/g, "a"],
  ],
  de: [
    [/ae/g, "a"],
    [/oe/g, "o"],
    [/ue/g, "u"],
  ],
};

/**
 * `word` with its spelled-out letters read as the letters, when that makes a word of the grammar
 * (at once, or within a typo's reach of one, or a compound ending in a person) and the word as
 * written is none: "dyrlaege" is "dyrlæge", but "neue" stays, and so does a word the grammar
 * lists spelled out ("faa").
 */
function asLetters(word: string, grammar: Compiled): string {
  const spellings = SPELLED_OUT[grammar.language];
  if (!spellings || grammar.words.has(word) || !/ae|oe|aa|ue/.test(word)) return word;
  let letters = word;
  for (const [spelled, letter] of spellings) letters = letters.replace(spelled, letter);
  if (letters === word) return word;
  return grammar.words.has(letters) || correct(letters, grammar) !== letters ? letters : word;
}

let compiled: Compiled[] | undefined;

/** A language's patterns, each reading with its source and needs: for the test that the needs are sound. */
export function patternsOf(language: Language): readonly Pattern[] {
  compiled ??= LANGUAGES.map(compile);
  return compiled.find((grammar) => grammar.language === language)?.patterns ?? [];
}

/**
 * The request for a person in `message`, or null. Deterministic; no network; pure. Each
 * language reads the message with its own typo vocabulary; of several readings, the language
 * that knows most of the message's words wins, so "agent" alone is English (listed first) but
 * "un agente por favor" Spanish.
 *
 * @example
 * findPersonRequest("is anyone there I could speak with?");
 * // { matched: "is anyone there", language: "en" }
 * findPersonRequest("Können Sie mich bitte verbinden?");
 * // { matched: "mich bitte verbinden", language: "de" }
 * findPersonRequest("What are your support hours on Saturdays?"); // null
 */
export function findPersonRequest(message: string): PersonRequest | null {
  compiled ??= LANGUAGES.map(compile);
  const words = wordsOf(message).map((w) => ({ ...w, text: normalizeForMatch(w.text) }));
  let best: (PersonRequest & { known: number }) | null = null;
  for (const grammar of compiled) {
    const starts: number[] = [];
    let text = "";
    let known = 0;
    for (const word of words) {
      starts.push(text.length);
      text += `${word.text
        .split("-")
        .map((written, i) => {
          const part = asLetters(written, grammar);
          if (grammar.vocabulary.has(part)) known++;
          return (i === 0 ? "" : CLITICS.test(part) ? " " : "-") + correct(part, grammar);
        })
        .join("")} `;
    }
    const read = text.trimEnd();
    // The leftmost match, and of two at the same place the earlier pattern's, as one
    // alternation of them all would find.
    const namesPeople = grammar.namesPeople(read);
    if (namesPeople && !grammar.wholeRead) {
      // The whole readings' needs, numbered before the table reads this message.
      for (const pattern of grammar.patterns) void pattern.whole;
      grammar.wholeRead = true;
    }
    grammar.needTable.read(read);
    let found: RegExpExecArray | null = null;
    for (const pattern of grammar.patterns) {
      const reading = namesPeople ? pattern.whole : pattern.lean;
      if (!grammar.needTable.meets(reading.numbered)) continue;
      reading.regex ??= new RegExp(reading.source);
      const match = reading.regex.exec(read);
      if (match && (!found || match.index < found.index)) found = match;
      // No later pattern can match further left, and at the same place this one comes first.
      if (found?.index === 0) break;
    }
    if (!found) continue;
    // The words the match starts and ends in, as the visitor typed them.
    const first = starts.findLastIndex((s) => s <= found.index);
    const last = starts.findLastIndex((s) => s < found.index + found[0].length);
    const matched = message.slice(words[first]?.from, words[last]?.to);
    // A typo can make a word of another language ("contact" → Spanish "contacte"), so the
    // language that knows more of the message's words as they are wins, then the longer match.
    if (
      !best ||
      known > best.known ||
      (known === best.known && matched.length > best.matched.length)
    ) {
      best = { matched, language: grammar.language, known };
    }
  }
  return best && { matched: best.matched, language: best.language };
}
