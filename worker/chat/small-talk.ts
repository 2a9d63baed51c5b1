import { LANGUAGES, type Language } from "../../shared/languages.ts";
import { LANGUAGE_DATA } from "../../shared/languages/registry.ts";
import type {
  RepliedKind,
  SmallTalkKind,
  SmallTalkTag as Tag,
} from "../../shared/languages/types.ts";
import { normalizeForMatch } from "../../shared/text/normalize.ts";
import { type PhraseSlot, parsePhrase } from "../../shared/text/phrases.ts";
import { withOneEdit } from "../../shared/text/typos.ts";
import { wordsAsWritten } from "../../shared/text/words.ts";
import { ASSISTANT_NAMES, EMOJI_KINDS, SHARED_SOCIAL_WORDS } from "./small-talk-words.ts";

export type { SmallTalkKind };

export interface SmallTalk {
  kind: SmallTalkKind;
  /** The language the words are in, when they tell (null for "ok", "hi"…). */
  language: Language | null;
}

/** Small talk the assistant replies to socially: all but a complaint, which the judge hands off. */
export type RepliedSmallTalk = SmallTalk & { kind: RepliedKind };

// Emoticons are made of punctuation, which the word split drops, except letters such as the
// "D" of ":D" or the "p" of ":p": they go first.
const EMOTICONS = /(^|\s)(?:[:;=8xX][-'^o]?[)(\][dDpP3oO*|/\\]+|<3+|\^\^|\^_\^)(?=\s|$|[!.,])/gu;
// The phrases of every language, the shared ones first (`null`: they tell no language).
const SOCIAL_WORDS: readonly (readonly [Tag, Language | null, string])[] = [
  ...SHARED_SOCIAL_WORDS.map(([tag, source]) => [tag, null, source] as const),
  ...LANGUAGES.flatMap((language) =>
    LANGUAGE_DATA[language].smallTalk.phrases.map(
      ([tag, source]) => [tag, language, source] as const,
    ),
  ),
];
// Longer than any greeting or thanks people type; a message this long asks something.
const MAX_WORDS = 16;

interface Pattern {
  slots: readonly PhraseSlot[];
  tag: Tag;
  language: Language | null;
}

/** A pattern matched over `length` words of the message. */
interface Phrase {
  length: number;
  tag: Tag;
  language: Language | null;
}

// The form words are compared in: `normalizeForMatch` (case, accents, apostrophes), "ß" as
// "ss", and without apostrophes, which chat visitors mostly leave out: "thats", "cest",
// "quil" meet "that's", "c'est", "qu'il". German words are also read with "ue", "oe", "ae" as
// the plain vowel, which is what folding makes of "ü", "ö", "ä": "tschüss", "tschuess" and
// "tschuss" meet.
function normalize(text: string): string {
  return normalizeForMatch(text).replace(/ß/g, "ss").replace(/'/g, "");
}

function readAsGerman(text: string): string {
  return text.replace(/([aou])e/g, "$1");
}

// A phrase in the shared notation (`parsePhrase`), normalised as a whole first: its brackets
// and bars pass through unchanged.
function parsePattern(tag: Tag, language: Language | null, source: string): Pattern {
  const text = language === "de" ? readAsGerman(normalize(source)) : normalize(source);
  return { slots: parsePhrase(text), tag, language };
}

// The words a pattern can start with, so that only the patterns that may match at a position
// are tried.
function firstWords(pattern: Pattern): string[] {
  const first: string[] = [];
  for (const slot of pattern.slots) {
    for (const choice of slot.choices) first.push(choice[0] ?? "");
    if (!slot.optional) break;
  }
  return first;
}

// Every word the patterns know, to read a stretched word ("byeee", "thanksss", "okk") as one.
const VOCABULARY = new Set<string>();
// The words that are a social phrase alone ("thanks", "perfect", "gracias"), the ones a typo is
// read back to: never a filler, never a word of a longer phrase ("explains" of "explains it",
// whose typo "explain it" asks something).
const TYPO_TARGETS = new Set<string>();

const PATTERNS: ReadonlyMap<string, readonly Pattern[]> = (() => {
  const byFirst = new Map<string, Pattern[]>();
  for (const [tag, language, source] of SOCIAL_WORDS) {
    const pattern = parsePattern(tag, language, source);
    for (const slot of pattern.slots) {
      for (const choice of slot.choices) {
        for (const w of choice) VOCABULARY.add(w);
        const [only] = choice;
        if (tag !== "filler" && choice.length === 1 && only && /^\p{L}{4,}$/u.test(only)) {
          TYPO_TARGETS.add(only);
        }
      }
    }
    for (const word of new Set(firstWords(pattern))) {
      const list = byFirst.get(word);
      if (list) list.push(pattern);
      else byFirst.set(word, [pattern]);
    }
  }
  return byFirst;
})();

// A typo of a social word: `word` with one letter more than a target of 6 letters or more
// ("thnks", "grcias", "perfet" read back to "thanks", "gracias", "perfect"), keyed by the typo.
const MISSING_LETTER: ReadonlyMap<string, string> = (() => {
  const typos = new Map<string, string>();
  for (const target of TYPO_TARGETS) {
    if (target.length < 6) continue;
    withOneEdit(target, [], (typo, edit) => {
      if (edit === "extra" && !typos.has(typo)) typos.set(typo, target);
    });
  }
  return typos;
})();

// Laughter, however long: "haha", "hahaha", "jajaja", "hehe", "hihihi".
const LAUGHTER = /^(?:[hj][aei]){2,}[hj]?$/u;

/**
 * The word of the patterns that `word` was meant to be, or `word` itself. A letter typed three
 * times or more is emphasis: the word is read with it twice ("goood", "cooool"), else once
 * ("byeee", "hiii", and "okk", whose doubled letter makes no word). Laughter is "haha". A word
 * the patterns do not know may be a typo of a social word standing alone: two neighbouring
 * letters swapped ("thnaks", "dnake"), one letter too many ("thankes", "mercie"), one missing
 * ("thnks", "grcias"). Only words of letters are read back, and only to such a social word,
 * never to a filler: "three" stays a question, and so does every word the patterns know.
 */
function readWord(word: string): string {
  if (VOCABULARY.has(word)) return word;
  if (LAUGHTER.test(word)) return "haha";
  if (/(\p{L})\1/u.test(word)) {
    const twice = word.replace(/(\p{L})\1{2,}/gu, "$1$1");
    if (VOCABULARY.has(twice)) return twice;
    const once = word.replace(/(\p{L})\1+/gu, "$1");
    if (VOCABULARY.has(once)) return once;
  }
  return typoOf(word) ?? word;
}

function typoOf(word: string): string | undefined {
  if (!/^\p{L}{4,}$/u.test(word)) return undefined;
  let swapped: string | undefined;
  let shorter: string | undefined;
  withOneEdit(word, [], (candidate, edit) => {
    if (!TYPO_TARGETS.has(candidate)) return;
    if (edit === "swap") swapped ??= candidate;
    else if (word.length >= 6) shorter ??= candidate;
  });
  return swapped ?? shorter ?? MISSING_LETTER.get(word);
}

// Where a match of `pattern` that starts at `at` can end.
function matchEnds(pattern: Pattern, words: readonly string[], at: number): Set<number> {
  let positions = new Set([at]);
  for (const slot of pattern.slots) {
    const next = new Set<number>();
    for (const p of positions) {
      if (slot.optional) next.add(p);
      for (const choice of slot.choices) {
        if (choice.every((w, i) => words[p + i] === w)) next.add(p + choice.length);
      }
    }
    if (next.size === 0) return next;
    positions = next;
  }
  positions.delete(at);
  return positions;
}

// German patterns are matched against the words as a German reader reads them ("schoen").
function phrasesAt(plain: readonly string[], german: readonly string[], at: number): Phrase[] {
  const found: Phrase[] = [];
  const candidates = new Set([
    ...(PATTERNS.get(plain[at] ?? "") ?? []),
    ...(PATTERNS.get(german[at] ?? "") ?? []),
  ]);
  for (const pattern of candidates) {
    const words = pattern.language === "de" ? german : plain;
    for (const end of matchEnds(pattern, words, at)) {
      const length = end - at;
      // Laughter is written alike everywhere, and "jaja" is also Danish and German for "yeah
      // yeah": it tells no language (a Spanish "jaja" must not be answered in Danish).
      const language = length === 1 && LAUGHTER.test(plain[at] ?? "") ? null : pattern.language;
      // Words two languages write alike ("hej igen", "okej" in Danish and Swedish) tell neither:
      // the reply falls back to the language the rest of the conversation shows.
      const twin = found.find((p) => p.length === length && p.tag === pattern.tag);
      if (twin && twin.language !== language) twin.language = null;
      else if (!twin) found.push({ length, tag: pattern.tag, language });
    }
  }
  // Words one language reads as social and another as a filler ("ja", Swedish "yes" and a Danish
  // and German filler; "sorry", English and a German filler) tell no language either.
  for (const p of found) {
    if (p.tag === "filler" || p.language === null) continue;
    const filler = found.some(
      (q) => q.tag === "filler" && q.length === p.length && q.language !== p.language,
    );
    if (filler) p.language = null;
  }
  return found;
}

/**
 * Small talk when `message` is only social words (greeting, thanks, goodbye, acknowledgement,
 * a pause or apology, a question about the assistant or the languages it speaks, a complaint
 * that the last reply did not help, with emoji, punctuation, "so much", "for the help", the
 * assistant's name…) and asks nothing else; else null. One word that is neither social nor a
 * filler ("Canada", "cancel", "how", a number) makes it a question, and so does a question mark
 * anywhere but after a greeting ("hello?") or a question about the assistant ("are you a bot?",
 * "do you speak french?").
 *
 * @example
 * detectSmallTalk("Mange tak for hjælpen!"); // { kind: "thanks", language: "da" }
 * detectSmallTalk("ok cool 👍"); // { kind: "acknowledgement", language: null }
 * detectSmallTalk("sorry about that"); // { kind: "pause", language: "en" }
 * detectSmallTalk("are you a bot?"); // { kind: "about_assistant", language: "en" }
 * detectSmallTalk("Vous parlez anglais ?"); // { kind: "about_languages", language: "fr" }
 * detectSmallTalk("that didn't help at all"); // { kind: "complaint", language: "en" }
 * detectSmallTalk("nein"); // { kind: "goodbye", language: "de" }: it answers "Anything else?"
 * detectSmallTalk("hi, do you ship to Canada?"); // null
 */
export function detectSmallTalk(message: string): SmallTalk | null {
  // A plus sign is a sum or a version ("2+2", "C++", "+1"), never small talk.
  if (message.includes("+")) return null;
  const emoticons = message.match(EMOTICONS) ?? [];
  const text = message.replace(EMOTICONS, " ");
  const written = wordsAsWritten(normalize(text));
  const plain = written.map(readWord);
  if (plain.length === 0) {
    // Only emoji: a thumbs-up or a wave says something; a lone "🤔" or "😡" does not.
    const kinds = [...text.replace(/[\s\p{P}]/gu, "")]
      .filter((c) => c !== "\u200D" && c !== "\uFE0F" && !/\p{Emoji_Modifier}/u.test(c))
      .map((c) => EMOJI_KINDS[c]);
    // Emoticons alone: a smile, a grin or a heart (":)", ":D", "<3") says what "🙂" does; a
    // frown or a grimace (":(", ":/") says something went wrong, for retrieval or a person.
    if (emoticons.length > 0) {
      if (!emoticons.every((e) => HAPPY_EMOTICON.test(e))) return null;
      if (kinds.length === 0) return { kind: "acknowledgement", language: null };
    }
    const kind = kinds[0];
    if (kind === undefined || kinds.some((k) => k === undefined)) return null;
    return { kind, language: null };
  }
  if (plain.length > MAX_WORDS) return null;
  // German typed without umlauts ("schoen", "tschuess") is German, never a typo of another word.
  const german = written.map((w, i) =>
    VOCABULARY.has(readAsGerman(w)) ? readAsGerman(w) : readAsGerman(plain[i] ?? w),
  );

  // Of equally short readings the first found is kept, which tells the language best ("ja danke"
  // reads "ja" as the German filler beside "danke"); only a message that reads as fillers alone
  // is read again preferring social phrases, so that a word that is a filler beside others
  // ("sorry, but…", "perdón, pero…") is small talk alone ("sorry", "perdón").
  // A message with a question mark is read again, too, preferring phrases a question mark may
  // follow: the German "na?" greets, though the Danish "nå", which folds to the same word, is an
  // acknowledgement and is found first.
  let reading = readingOf(plain, german);
  if (reading?.every((p) => p.tag === "filler")) {
    reading = readingOf(plain, german, socialCount) ?? reading;
  }
  if (reading && /[?¿]/.test(text) && askingFirst(reading) < 0) {
    reading = readingOf(plain, german, askingFirst) ?? reading;
  }
  if (reading === undefined) return null;
  if (negates(reading, plain)) return null;
  const social = reading.filter((p) => p.tag !== "filler");
  // Laughter alone ("lol", "hahaha", "mdr") answers a reply the way "ok" does.
  const kind =
    social.length === 0 && plain.some((w) => LAUGHS.has(w) || LAUGHTER.test(w))
      ? "acknowledgement"
      : kindOf(social.map((p) => (p.tag === "no" ? "goodbye" : (p.tag as SmallTalkKind))));
  if (kind === null) return null;
  // A question mark asks something unless it follows a greeting ("hello?", "ça va ?") or a
  // question about the assistant ("are you a bot?"); "thanks?" and "ok?" are not small talk.
  if (/[?¿]/.test(text) && social.some((p) => !ASKING_KINDS.has(p.tag))) return null;
  return { kind, language: languageOfReading(reading) };
}

// An emoticon that smiles, grins, winks or loves (":)", ";-)", ":D", ":p", "<3", "^^"); not a
// frown or a grimace (":(", ":/", ":|").
const HAPPY_EMOTICON = /(?:[)\]dDpP3*]|<3+|\^\^|\^_\^)$/u;

/**
 * One reading of the whole message as phrases, or undefined when there is none: of several, the
 * one with the fewest phrases (the longest phrases), and of as few, the first found or, with
 * `prefer`, the one it scores highest (a sum over the phrases, so that the best reading of each
 * prefix makes the best of the whole).
 */
function readingOf(
  plain: readonly string[],
  german: readonly string[],
  prefer?: (reading: readonly Phrase[]) => number,
): Phrase[] | undefined {
  // reach[i]: the phrases of one reading of the first i words, or undefined when there is none.
  const reach: (Phrase[] | undefined)[] = [[]];
  for (let at = 0; at < plain.length; at++) {
    const before = reach[at];
    if (before === undefined) continue;
    for (const phrase of phrasesAt(plain, german, at)) {
      const end = at + phrase.length;
      const current = reach[end];
      const next = [...before, phrase];
      if (
        current === undefined ||
        current.length > next.length ||
        (prefer && current.length === next.length && prefer(current) < prefer(next))
      ) {
        reach[end] = next;
      }
    }
  }
  return reach[plain.length];
}

function socialCount(reading: readonly Phrase[]): number {
  return reading.filter((p) => p.tag !== "filler").length;
}

// The phrases a question mark may follow, less a hundred for each social phrase it may not:
// negative when there is one.
function askingFirst(reading: readonly Phrase[]): number {
  let score = 0;
  for (const p of reading) {
    if (p.tag !== "filler") score += ASKING_KINDS.has(p.tag) ? 1 : -100;
  }
  return score;
}

// A bare "no" ("no", "nope", "nej", "nein", "non") answers the question most replies end with,
// "Anything else I can help with?": it closes the conversation, a goodbye, whose reply ("Goodbye!
// If anything else comes up, just ask.") reads right after it and still invites a question, where
// the acknowledgement's "Great! Anything else…?" would ask again. Before an acknowledgement, a
// greeting or a question about the assistant it negates them, as Spanish does ("no entiendo", "no
// está claro", "no eres humano"): the message says something else, no small talk. After one ("ok,
// no") or beside thanks, a goodbye, a pause or a complaint ("no, sorry", "no, that's wrong") it
// stays an answer; the longer answers ("no thanks", "no, I'm good", "nej, det var det") are
// phrases of their own. Before the assistant's name it asks for a person ("no bot please"): no
// small talk either.
const NEGATED: ReadonlySet<Tag> = new Set<Tag>([
  "acknowledgement",
  "greeting",
  "about_assistant",
  "about_languages",
]);

const NAMES: ReadonlySet<string> = new Set(ASSISTANT_NAMES);

function negates(reading: readonly Phrase[], words: readonly string[]): boolean {
  const no = reading.findIndex((p) => p.tag === "no");
  if (no < 0) return false;
  const after = reading.slice(0, no + 1).reduce((end, p) => end + p.length, 0);
  return (
    reading.slice(no + 1).some((p) => NEGATED.has(p.tag)) ||
    words.slice(after).some((w) => NAMES.has(w))
  );
}

// The words laughter is read as (`readWord` makes "hahaha", "jajaja", "hehe" "haha").
const LAUGHS: ReadonlySet<string> = new Set(["haha", "lol", "xd", "lmao", "mdr", "ptdr", "rofl"]);

// The kinds a question mark may follow.
const ASKING_KINDS: ReadonlySet<string> = new Set<SmallTalkKind>([
  "greeting",
  "about_assistant",
  "about_languages",
]);

// A question about the assistant gets its answer whatever comes with it ("hi, are you a bot?"),
// the languages it speaks first ("hi, who are you, do you speak french?" asks that). A complaint
// beats thanks and acknowledgements ("ok but that didn't help", "thanks, but that didn't help":
// the apology and the way to a person serve it, not "Great!"). Thanks and goodbyes close a
// conversation and their reply must say so ("ok bye" is a goodbye, "super, danke dir" a thanks).
// A pause or an apology beats a greeting and an acknowledgement ("hi, sorry, wrong window", "ok
// cool, brb"): "Great!" reads oddly after "sorry" (issue #19). A greeting beats the
// acknowledgement of "hi, ok".
const KIND_ORDER: readonly SmallTalkKind[] = [
  "about_languages",
  "about_assistant",
  "complaint",
  "thanks",
  "goodbye",
  "pause",
  "greeting",
  "acknowledgement",
];

function kindOf(kinds: readonly SmallTalkKind[]): SmallTalkKind | null {
  return KIND_ORDER.find((k) => kinds.includes(k)) ?? null;
}

// The language most of the message's words are in; none when no word tells or two tie.
function languageOfReading(reading: readonly Phrase[]): Language | null {
  const votes = new Map<Language, number>();
  for (const p of reading) {
    if (p.language) votes.set(p.language, (votes.get(p.language) ?? 0) + p.length);
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || (second && second[1] === first[1])) return null;
  return first[0];
}

/**
 * A short friendly reply to small talk of `kind`, in `language`, that invites a question and
 * promises nothing (no "someone will get back to you": small talk is never handed off).
 *
 * @example
 * smallTalkReply("thanks", "en"); // "You're welcome! Anything else I can help with?"
 * smallTalkReply("greeting", "de"); // "Hallo! Wobei kann ich Ihnen helfen?"
 * smallTalkReply("pause", "en"); // "No problem, take your time. I'm here if you need…"
 * smallTalkReply("about_assistant", "en"); // "I'm this site's AI assistant: …"
 */
export function smallTalkReply(kind: RepliedKind, language: Language): string {
  return LANGUAGE_DATA[language].smallTalk.replies[kind];
}
