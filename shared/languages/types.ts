/**
 * What Clarifier knows of one language, all in one folder (`shared/languages/<code>/`), like a
 * date-fns locale: the folder's `index.ts` exports one `LanguageData` object, and the registry
 * (`registry.ts`) lists them. A missing piece is a compile error.
 *
 * Every word table uses one phrase notation (`shared/text/phrases.ts`): words in lowercase
 * separated by single spaces, `a|b` a choice between word sequences, `(a|b)` a choice inside a
 * longer phrase, `[a|b]` an optional choice. The person-request grammar's rules add class
 * letters and `~` gaps on top (see `shared/person-request.ts`).
 */
import type { Language } from "../languages.ts";

/**
 * What a line of small talk does: a greeting, thanks, a goodbye, an acknowledgement, a pause (an
 * apology, "hang on", "let me check" or "found it": the visitor asks nothing yet and may come
 * back, so its reply gives them time rather than saying "Great!"), a question
 * about the assistant itself ("are you a bot?", "what can you do?"), which is answered with what
 * it is and that a person is one step away, a question about the languages it speaks ("can you
 * speak french"), or a complaint about the replies that asks nothing ("that didn't help",
 * "you're useless"), which the judge hands to a person rather than answering.
 */
export type SmallTalkKind =
  | "greeting"
  | "thanks"
  | "goodbye"
  | "acknowledgement"
  | "pause"
  | "about_assistant"
  | "about_languages"
  | "complaint";

/** The kinds of small talk answered with a social reply: all but a complaint (handed off). */
export type RepliedKind = Exclude<SmallTalkKind, "complaint">;

/**
 * A small-talk phrase's role: a social phrase of some kind, a filler around one, or a bare "no"
 * ("no", "nope", "nej", "nein", "non"), which answers "Anything else I can help with?" and is
 * read by `worker/chat/small-talk.ts` as a goodbye, or as a negation before another phrase.
 */
export type SmallTalkTag = SmallTalkKind | "filler" | "no";

/** One small-talk phrase: its role and its pattern, e.g. `["greeting", "good (morning|day)"]`. */
export type SmallTalkPhrase = readonly [SmallTalkTag, string];

/**
 * A person-request grammar: capital letters name word classes (each a choice, `a|b`), and `x`
 * holds the rules that combine them (see `shared/person-request.ts` for the classes and gaps).
 */
export type PersonRequestGrammar = Readonly<Record<string, string>> & { readonly x: string };

/** How the language detector (`shared/text/language.ts`) recognises the language. */
export interface LanguageMarks {
  /** Function words, question words and the verbs visitors ask with, space-separated. */
  markers: string;
  /** Letters (or word shapes) that few other languages write; a word with one counts as a marker. */
  letters?: RegExp;
  /** Whether the markers are also known as typed without accents ("cuanto", "moechte"). */
  accentFree?: boolean;
  /** Punctuation only this language writes, worth one marker ("¿", "¡"). */
  punctuation?: RegExp;
  /**
   * A grammatical frame only this language writes, matched on the message's words (lowercase,
   * one space between), worth one marker: Swedish "kan man boka" beside Danish "kan man booke",
   * whose function words are the same.
   */
  frame?: RegExp;
}

/**
 * Shapes of a message that mark it off-topic where its words alone don't: sums ("hvad er 17
 * gange 23"), trivia ("what's the capital of…"), weather asked for a day ("quel temps fera-t-il
 * demain"), recommendations ("empfiehl mir ein gutes Buch"). Read by `worker/chat/off-topic.ts`;
 * written from what people ask chat assistants in general, not from any eval set.
 */
export interface OffTopicFrames {
  /**
   * Words a sum may come with, space-separated ("what is", "combien font", "rechne"): a message
   * of only these, numbers and operators is arithmetic. Any other word ("pay 3 times 50 euros",
   * "2 x 1.5 litre bottles") makes it something else.
   */
  sumWords: string;
  /**
   * Operator words, one per line, several words allowed ("divided by"); "phrase = replacement"
   * for one that holds its number too ("squared = × 2").
   */
  operators: string;
  /**
   * Things people ask to be recommended or ask which to buy (films, books, phones…),
   * space-separated, forms listed. `{things}` in a pattern stands for them; like `offTopic`
   * words, one the knowledge base uses ("Buch" in a bookshop's) doesn't count.
   */
  things: string;
  /**
   * Regular-expression sources over the message's words (lowercase, accents folded, one space
   * between, apostrophes kept), matched as whole words. A match marks the message off-topic,
   * unless the pattern names a group and the knowledge base knows it: `topic` words are checked
   * like `offTopic` words (as written); a `thing` is on topic when any of its content words
   * stems to one the knowledge base uses ("how tall is *the box*"); `places` are on topic only
   * when the knowledge base uses every one ("how far is it from *the harbour to the island*").
   */
  patterns: readonly string[];
  /**
   * Shapes of a question to the business about its own service (paying, delivery, orders,
   * bookings and cancelling, what it sells, its opening hours, how its products hold up), as
   * regular-expression sources matched like `patterns`. In such a message an `offTopic` word is
   * the visitor's circumstance, not the topic ("do you deliver when it *snows*", "can I pay
   * with *bitcoin*"), so a word alone doesn't mark it off-topic; a shape still does.
   */
  siteFrames: readonly string[];
}

/** Everything language-specific about one language. */
export interface LanguageData {
  code: Language;
  /** The default handoff phrases, written the way visitors type them. */
  keywords: readonly string[];
  /** The grammar of requests for a person in the visitor's own words. */
  personRequests: PersonRequestGrammar;
  /**
   * Greetings, thanks, goodbyes, acknowledgements, pauses, questions about the assistant, and
   * the reply to each kind.
   */
  smallTalk: {
    phrases: readonly SmallTalkPhrase[];
    replies: Readonly<Record<RepliedKind, string>>;
  };
  /** The support-domain lexicon: one group of interchangeable words per line (`a|b|c`). */
  lexicon: readonly string[];
  /**
   * The wide lexicon, groups in the same form: words of many more kinds of business, which rank
   * the articles a reply offers but never an answer or its confidence (`worker/kb/lexicon.ts`).
   */
  lexiconWide: readonly string[];
  /**
   * Words, space-separated, as visitors write them (plurals listed where they differ), that mark
   * a message as being about something no small business's help centre covers: weather,
   * sport, films, jokes, homework, code, recipes, shares, elections, trivia, translation,
   * dropping the assistant's instructions. They count only where the site's knowledge base
   * never writes the word (`worker/chat/off-topic.ts`), so a cookery school's "recipe" stays on
   * topic.
   * Written as general categories; the dev sets' off-topic questions had been read first, so
   * only sets written after measure them (eval/README.md).
   */
  offTopic: string;
  /** Shapes of off-topic messages whose words alone don't tell (`worker/chat/off-topic.ts`). */
  offTopicFrames: OffTopicFrames;
  /** Stop words (a maintained list plus the question words it misses), lowercase. */
  stopWords: readonly string[];
  /** The stemmer retrieval indexes words with. */
  stem: (word: string) => string;
  /** Phrases that only ask "how much of it" ("how long"), left out of a question's topic words. */
  interrogatives: RegExp;
  /** How the detector tells the language. */
  marks: LanguageMarks;
}
