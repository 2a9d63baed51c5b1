/**
 * Whether a message is about something no small business's help centre covers (weather, sport,
 * sums, trivia, films, phones…), in the knowledge base's terms: a topic word counts only where
 * the site never writes it, so a bike shop's "weather" and a bookshop's "Buch" stay on topic.
 * Pure: the knowledge base is read through the opened index, and what is learnt of it is cached
 * with that index.
 */
import type { Language } from "../../shared/languages.ts";
import { byLanguage } from "../../shared/languages/registry.ts";
import { foldAccents } from "../../shared/text/normalize.ts";
import type { KbIndex } from "../kb/index-reader.ts";
import { FOLDED_STOP_WORDS, Stems, words } from "../kb/text.ts";
import {
  type Need,
  NeedTable,
  needOrNothing,
  requiredText,
} from "../../shared/text/required-text.ts";

interface LanguageRules {
  /** `offTopic` words, accents folded. */
  words: ReadonlySet<string>;
  /** Every listed form (`offTopic` and `things`), lowercase with its accents, by stem. */
  formsByStem: ReadonlyMap<string, readonly string[]>;
  sumWords: ReadonlySet<string>;
  /** Operator phrases (longest first), each with what it reads as ("×", or "× 2" for "squared"). */
  operators: { pattern: RegExp; replacements: ReadonlyMap<string, string> } | null;
  /**
   * `offTopicFrames.patterns`, each with the text a match must hold (`requiredText`, the reader
   * the request grammar uses), numbered in `needTable`.
   */
  patterns: readonly { pattern: RegExp; needs: readonly Need[]; numbered: number[][] }[];
  needTable: NeedTable;
  /** `siteFrames`, one pattern: a question to the business about its own service. */
  siteFrame: RegExp | null;
  stopWords: ReadonlySet<string>;
}

const split = (list: string): string[] =>
  list
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => foldAccents(w.toLowerCase()));

// A pattern matches whole words of the message's words joined by single spaces: a space or
// either end on each side. Spaces, not Unicode letter classes (\p{L}), mark the words: V8
// compiles a \p{L} pattern ten times slower, and 40 such patterns cost a cold isolate 20 ms.
const wholeWords = (source: string, flags = ""): RegExp =>
  new RegExp(`(?<![^ ])(?:${source})(?![^ ])`, flags);

const RULES: Record<Language, LanguageRules> = byLanguage((data) => {
  const stems = new Stems(data.code);
  const lower = (list: string) =>
    list
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => w.toLowerCase());
  const things = split(data.offTopicFrames.things);
  const formsByStem = new Map<string, string[]>();
  for (const form of [...lower(data.offTopic), ...lower(data.offTopicFrames.things)]) {
    const stem = stems.of(form);
    const forms = formsByStem.get(stem) ?? [];
    if (!forms.includes(form)) forms.push(form);
    formsByStem.set(stem, forms);
  }
  // An operator line is a phrase read as "×" ("divided by"), or "phrase = replacement" for one
  // that also holds its number ("squared = × 2").
  const operators = data.offTopicFrames.operators
    .split("\n")
    .map((line) => foldAccents(line.trim().toLowerCase()))
    .filter(Boolean)
    .map((line) => {
      const [phrase = "", replacement = "×"] = line.split(" = ");
      return { phrase: phrase.replace(/\s+/g, " "), replacement };
    })
    .sort((a, b) => b.phrase.length - a.phrase.length);
  const needTable = new NeedTable();
  return {
    words: new Set(split(data.offTopic)),
    formsByStem,
    sumWords: new Set(split(data.offTopicFrames.sumWords)),
    operators:
      operators.length > 0
        ? {
            pattern: wholeWords(operators.map((o) => o.phrase).join("|"), "g"),
            replacements: new Map(operators.map((o) => [o.phrase, o.replacement])),
          }
        : null,
    patterns: data.offTopicFrames.patterns.map((p) => {
      const source = foldAccents(p).replaceAll("{things}", `(?<topic>${things.join("|")})`);
      // The shapes hold no word classes (capitals): a capital requires nothing.
      const needs = needOrNothing(() => requiredText(source, () => null), []);
      return { pattern: wholeWords(source, "d"), needs, numbered: needTable.number(needs) };
    }),
    needTable,
    siteFrame:
      data.offTopicFrames.siteFrames.length > 0
        ? wholeWords(data.offTopicFrames.siteFrames.map(foldAccents).join("|"))
        : null,
    stopWords: FOLDED_STOP_WORDS[data.code],
  };
});

/**
 * A language's shapes (`offTopicFrames.patterns`), each as it runs, with its cues: read by the
 * test that checks every cue is one a match must hold.
 */
export function offTopicShapes(
  language: Language,
): readonly { pattern: RegExp; needs: readonly Need[] }[] {
  return RULES[language].patterns;
}

/**
 * Whether `message` (already read as `written`, its `words`) is off-topic for this knowledge
 * base, in `language`: it names a topic no help centre covers in words the knowledge base
 * never writes (`LanguageData.offTopic`), is a sum, or has the shape of trivia, a weather
 * question or a request for a recommendation (`LanguageData.offTopicFrames`).
 *
 * @example
 * isOffTopic("combien font 12 fois 14", words("combien font 12 fois 14"), "fr", index); // true
 * isOffTopic("puis-je payer en 3 fois 50 euros", …, "fr", index); // false
 */
export function isOffTopic(
  message: string,
  written: readonly string[],
  language: Language,
  index: KbIndex,
): boolean {
  return offTopicSign(message, written, language, index) !== null;
}

/**
 * What marks the message off-topic, or null: a `word` (a topic word the knowledge base never
 * writes: "weather", but also Spanish "pasta", which is money too), or its `shape` (a sum,
 * trivia, a weather question, a request for a recommendation), the surer sign.
 */
export function offTopicSign(
  message: string,
  written: readonly string[],
  language: Language,
  index: KbIndex,
): "word" | "shape" | null {
  const rules = RULES[language];
  const kb = new KbWords(index, language, rules);
  // French elides its articles onto the word: "d'avion" is "avion".
  const bare = language === "fr" ? written.map((w) => w.replace(ELISION, "")) : written;
  // Shapes read the words as written ("combien d'habitants"); words and topics without elision.
  const text = written.map(foldAccents).join(" ");
  // The words as the visitor wrote them (accents kept) from `from` in `text`, `count` of them.
  const writtenAt = (from: number, count: number) => {
    const at = text.slice(0, from).split(" ").length - 1;
    return bare.slice(at, at + count);
  };
  if (isSum(message, rules) || isSum(afterColon(message), rules)) return "shape";
  rules.needTable.read(text);
  for (const { pattern, numbered } of rules.patterns) {
    // A shape whose required text is not in the message cannot match it: skipped, it is never
    // compiled.
    if (!rules.needTable.meets(numbered)) continue;
    const match = pattern.exec(text);
    if (!match) continue;
    const topic = match.groups?.topic;
    const topicAt = match.indices?.groups?.topic;
    if (topic !== undefined && topicAt) {
      const topicWords = writtenAt(topicAt[0], topic.split(" ").length);
      if (topicWords.every((word) => !kb.uses(word))) return "shape";
      continue;
    }
    const content = (words: string) =>
      words.split(" ").filter((w) => w && !rules.stopWords.has(w) && !/^\d/.test(w));
    const thing = match.groups?.thing;
    if (thing !== undefined) {
      const named = content(thing);
      if (named.length > 0 && named.every((word) => !kb.knowsStem(word))) return "shape";
      continue;
    }
    // Two places, one the site never names: "de valencia a madrid" beside a Valencia clinic is
    // trivia ("madrid" stems like the clinic's "madre"); "fra havnen til øen" beside a boat
    // trip's route is the site's own.
    const places = match.groups?.places;
    if (places !== undefined) {
      if (content(places).some((word) => !kb.names(word))) return "shape";
      continue;
    }
    return "shape";
  }
  if (!bare.some((word) => rules.words.has(foldAccents(word)) && !kb.uses(word))) return null;
  // A question to the business about its own service: the topic word is the visitor's
  // circumstance ("do you deliver when it snows", "can I pay with bitcoin").
  if (rules.siteFrame?.test(text)) return null;
  return "word";
}

const ELISION = /^(?:qu|[cdjlmnst])'/u;

/**
 * What follows a message's last colon, or "": a sum asked after a preamble ("can you help me
 * with my maths homework: what is 17 times 23") is still only a sum. The whole message has been
 * read first, so "what is 10:2" is a sum either way.
 */
function afterColon(message: string): string {
  const at = message.lastIndexOf(":");
  return at > 0 ? message.slice(at + 1) : "";
}

// Numbers as people type them in a sum: "17", "1.5", "3,25".
const NUMBER = /^\d+(?:[.,]\d+)?$/;
const SYMBOL = /^[+\-*/×÷x^=:%]$/;
// A sum's tokens: numbers, operator symbols, and words (anything else between them).
const SUM_TOKEN = /\d+(?:[.,]\d+)?|[+\-*/×÷^=:%√]|[^\s\d+\-*/×÷^=:%√.,!?;()"¿¡]+/g;

/**
 * Whether the message is only a sum: numbers joined by operators (symbols or the language's
 * words), with at most the words a sum is asked with around it. "what is 17 times 23" is;
 * "can I pay 3 times 50 euros" and "2 x 1.5 litre bottles" are not (euros, litre, bottles).
 */
function isSum(message: string, rules: LanguageRules): boolean {
  const text = foldAccents(message.normalize("NFKC").toLowerCase());
  let tokens: string[] = text.match(SUM_TOKEN) ?? [];
  // An equation's unknown is a number to its sum: "3x + 7 = 22".
  if (tokens.includes("="))
    tokens = tokens.flatMap((t, i) =>
      /^[xyz]$/.test(t) ? (NUMBER.test(tokens[i - 1] ?? "") ? [] : ["1"]) : [t],
    );
  const operators = rules.operators;
  if (operators)
    tokens = ` ${tokens.join(" ")} `
      .replace(operators.pattern, (phrase) => ` ${operators.replacements.get(phrase) ?? "×"} `)
      .trim()
      .split(/ +/);
  const rest = tokens.filter((t) => !rules.sumWords.has(t));
  // Number, then one or more (operator, number); an "=" or a trailing operator may end it.
  let numbers = 0;
  let joins = 0;
  let rooted = false;
  let expectNumber = true;
  for (const token of rest) {
    // A root takes one number: "square root of 81".
    if (token === "√") {
      if (!expectNumber) return false;
      joins++;
      rooted = true;
    } else if (NUMBER.test(token)) {
      if (!expectNumber) return false;
      numbers++;
      expectNumber = false;
    } else if (SYMBOL.test(token)) {
      if (token === "=") {
        expectNumber = true;
        continue;
      }
      if (expectNumber && numbers > 0) return false;
      joins++;
      expectNumber = true;
    } else return false;
  }
  return (numbers >= 2 || (rooted && numbers === 1)) && joins >= 1;
}

/** What the knowledge base writes, looked up lazily and cached with its opened index. */
class KbWords {
  private readonly index: KbIndex;
  private readonly rules: LanguageRules;
  private readonly stems: Stems;

  constructor(index: KbIndex, language: Language, rules: LanguageRules) {
    this.index = index;
    this.rules = rules;
    this.stems = new Stems(language);
  }

  /** Whether any word of the knowledge base stems like `word`. */
  knowsStem(word: string): boolean {
    return this.index.termId(this.stems.of(word)) >= 0;
  }

  /**
   * Whether the knowledge base writes a word of `word`'s stem that begins with it or that it
   * begins with: a place it names ("havn", "havnen"), not one whose stem merely collides
   * ("madrid" and "madre" are both "madr").
   */
  names(word: string): boolean {
    if (!this.knowsStem(word)) return false;
    const written = writtenForms(this.index, this.stems, this.stems.of(word));
    if (written === null) return true;
    const a = foldAccents(word);
    for (const form of written) {
      const b = foldAccents(form);
      if (a.startsWith(b) || b.startsWith(a)) return true;
    }
    return false;
  }

  /**
   * Whether the knowledge base writes `word` itself, or another listed form of the same topic
   * word ("vejr" for "vejret"). Stems alone collide across topics: Danish "regn" (rain) and
   * "regning" (invoice) are both "regn", so a shop's invoices would make rain on topic.
   */
  uses(word: string): boolean {
    if (!this.knowsStem(word)) return false;
    const stem = this.stems.of(word);
    const written = writtenForms(this.index, this.stems, stem);
    if (written === null) return true;
    const listed = this.rules.formsByStem.get(stem) ?? [];
    for (const form of written) {
      if (sameWord(word, form)) return true;
      if (listed.some((topic) => topic === form)) return true;
    }
    return false;
  }
}

/**
 * Whether the visitor's `word` is the knowledge base's `form`: the same, accents aside, or one
 * letter more or less ("tiempo", "tiempos"). "regning" is not "regn". An accent the visitor
 * left out counts as left out ("telephone" is "téléphone"), except on the knowledge base's letter
 * where the visitor's word ends, where it makes another word: "livré" (delivered) is not
 * "livre" (book).
 */
function sameWord(word: string, form: string): boolean {
  if (word === form) return true;
  const a = foldAccents(word);
  const b = foldAccents(form);
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length - short.length > 1 || !long.startsWith(short)) return false;
  if (word !== a) return true;
  const end = Math.min(a.length, b.length) - 1;
  return form.length !== b.length || form[end] === b[end];
}

// Beyond this many passages a stem is part of the knowledge base's own vocabulary whatever its
// form: reading them all would cost more than it could change.
const MAX_PASSAGES_READ = 64;

const WRITTEN = new WeakMap<KbIndex, Map<string, ReadonlySet<string> | null>>();

/**
 * The forms (lowercase, accents kept) in which the knowledge base writes words of `stem`, read from the
 * passages that hold it; null when too many do to read.
 */
function writtenForms(index: KbIndex, stems: Stems, stem: string): ReadonlySet<string> | null {
  let byStem = WRITTEN.get(index);
  if (!byStem) {
    byStem = new Map();
    WRITTEN.set(index, byStem);
  }
  const cached = byStem.get(stem);
  if (cached !== undefined) return cached;
  const id = index.termId(stem);
  let forms: Set<string> | null = null;
  if (id >= 0 && index.documentFrequency(id) <= MAX_PASSAGES_READ) {
    const found = new Set<string>();
    forms = found;
    const seen = new Set<string>();
    const { passages } = index.postings(id);
    // A word's stem keeps its first letters: only words that start like it are stemmed, found
    // in the passage with its accents folded and read back as written (one letter for one).
    const head = stem.slice(0, 3).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    // Latin letters by code point rather than \p{L}, which V8 compiles far slower.
    const candidate = new RegExp(
      `(?<![a-z0-9\\u00c0-\\u024f])${head}[a-z0-9\\u00c0-\\u024f]*`,
      "g",
    );
    const consider = (word: string) => {
      if (seen.has(word)) return;
      seen.add(word);
      if (stems.of(word) === stem) found.add(word);
    };
    for (const p of passages) {
      const passage = index.passage(p);
      const text = `${passage.title} ${passage.text}`.normalize("NFC").toLowerCase();
      const folded = foldAccents(text);
      if (folded.length !== text.length) {
        for (const word of words(text)) consider(word);
        continue;
      }
      for (const m of folded.matchAll(candidate))
        consider(text.slice(m.index, m.index + m[0].length));
    }
  }
  byStem.set(stem, forms);
  return forms;
}
