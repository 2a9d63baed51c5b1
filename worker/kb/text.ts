/**
 * Retrieval's reading of text: the topic words of a question or a passage as stems, markup
 * stripped, sentences. Words, accents and the language come from the text module
 * (`shared/text/`), each language's stop words and stemmer from its folder.
 */
import type { Language } from "../../shared/languages.ts";
import { byLanguage } from "../../shared/languages/registry.ts";
import { detectLanguage } from "../../shared/text/language.ts";
import { foldAccents } from "../../shared/text/normalize.ts";
import { compounds, words } from "../../shared/text/words.ts";

// Retrieval reads words where it reads stems: one import for both.
export { words };

/** Stop words per language, lowercase, with accents kept (they are removed after stemming). */
export const STOP_WORDS: Record<Language, ReadonlySet<string>> = byLanguage(
  (language) => new Set(language.stopWords.map((w) => w.toLowerCase())),
);

/** The same stop words with their accents folded, for text read folded (word shapes, off-topic). */
export const FOLDED_STOP_WORDS: Record<Language, ReadonlySet<string>> = byLanguage(
  (language) => new Set(language.stopWords.map((w) => foldAccents(w.toLowerCase()))),
);

/** Snowball stemmers (via `@orama/stemmers`); English is Porter's original algorithm. */
const STEMMERS: Record<Language, (word: string) => string> = byLanguage(
  (language) => language.stem,
);

/** Stems of words, memoised per language: a knowledge base repeats the same words many times. */
export class Stems {
  readonly language: Language;
  private readonly cache = new Map<string, string>();

  constructor(language: Language) {
    this.language = language;
  }

  of(word: string): string {
    let stem = this.cache.get(word);
    if (stem === undefined) {
      // Accents go after stemming (the stemmers need them), so "Rückgabe" and "ruckgabe" meet.
      stem = foldAccents(STEMMERS[this.language](word));
      if (this.cache.size < 200_000) this.cache.set(word, stem);
    }
    return stem;
  }
}

const JOINER = /[._\-/@:+#]/;
const CAMEL_CASE = /(\p{Ll})(\p{Lu})/gu;
// Joiners are dropped from a compound's whole form ("e-mail" → "email") except between two
// digits, where they carry meaning ("3.5" is not "35").
const DROPPED_JOINERS = /(?<!\p{N})[._\-/@:+#]|[._\-/@:+#](?!\p{N})/gu;

/**
 * Content-word stems of `text` in `language`: stop words removed (before stemming, so the lists
 * apply as written), elided articles split off ("l'homme" → "homme"), Snowball-stemmed, then
 * accents removed. A compound or code-like token is indexed both as its parts (split on
 * punctuation and camelCase: "gmail.com" → "gmail", "com"; "GitHub" → "git", "hub") and whole
 * ("gmailcom", "github"), so "e-mail" meets "email" and "snake_case" meets "snake case"; the
 * whole form is left out when no part is a content word ("puis-je", "est-ce").
 *
 * @example
 * tokenize("How do I return my orders?", "en"); // ["return", "order"]
 * tokenize("Sign in to gmail.com", "en"); // ["sign", "gmail", "com", "gmailcom"]
 */
export function tokenize(
  text: string,
  language: Language,
  stems: Stems = new Stems(language),
): string[] {
  const stop = STOP_WORDS[language];
  const tokens: string[] = [];
  for (const raw of compounds(text)) {
    const camel = /\p{Ll}\p{Lu}/u.test(raw);
    const compound = camel || JOINER.test(raw);
    const before = tokens.length;
    for (const word of words(camel ? raw.replace(CAMEL_CASE, "$1 $2") : raw)) {
      if (stop.has(word)) continue;
      for (const part of word.includes("'") ? word.split("'") : [word]) {
        if (stop.has(part) || (part.length < 2 && !/\p{N}/u.test(part))) continue;
        tokens.push(stems.of(part));
      }
    }
    if (compound && tokens.length > before) {
      const whole = raw.toLowerCase().replace(DROPPED_JOINERS, "").replace(/_/g, "");
      if (whole.length >= 2 && !stop.has(whole)) tokens.push(stems.of(whole));
    }
  }
  return tokens;
}

// Question words of duration, frequency and distance that the stop-word lists keep because
// elsewhere they carry meaning ("long sleeves", "tiempo libre"). After "how" they only ask
// for an amount, and an answer states the amount ("within 5 business days"), never the word:
// left in, "How long do refunds take?" reads as a question about something called "long" that
// the knowledge base lacks. Each language lists its own (`interrogatives`).
const INTERROGATIVES: Record<Language, RegExp> = byLanguage((language) => language.interrogatives);

/**
 * A question without the phrases that only ask "how much of it" (`INTERROGATIVES`), or null
 * when it has none (most questions), so the caller need not read it twice.
 *
 * @example
 * withoutInterrogatives("How long do refunds take?", "en"); // " do refunds take?"
 * withoutInterrogatives("Do you ship to Canada?", "en"); // null
 */
export function withoutInterrogatives(question: string, language: Language): string | null {
  const normalized = question.normalize("NFKC");
  const stripped = normalized.replace(INTERROGATIVES[language], " ");
  return stripped === normalized ? null : stripped;
}

/**
 * The language to read `text` in: the one it is clearly written in (`detectLanguage`), else
 * `fallback`, so a short question with no function words ("express shipping cost") keeps the
 * knowledge base's language.
 *
 * @example
 * languageOf("hvordan returnerer jeg en vare", "en"); // "da"
 * languageOf("express shipping cost", "da"); // "da"
 */
export function languageOf(text: string, fallback: Language): Language {
  return detectLanguage(text) ?? fallback;
}

const ENTITIES: Record<string, string> = {
  nbsp: " ",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  "#39": "'",
};

/**
 * Markdown and HTML reduced to the text a reader sees, paragraphs kept as blank-line breaks.
 *
 * Linear in the length of `text` whatever it holds: a knowledge-base upload is untrusted, and a
 * lazy regex such as `<!--[\s\S]*?-->` rescans the rest of the document from every unclosed
 * opener (199,000 characters of `<!--` took 3.8 s). So the constructs that need a closer far
 * away (comments, script-like blocks, tags, links) are found by scanners that stop at the first
 * opener without a closer, and the line patterns cannot cross a line.
 *
 * @example
 * stripMarkup("<p>Fish &amp; chips</p>"); // "\n\nFish & chips\n\n"
 */
export function stripMarkup(text: string): string {
  let out = text.replace(/\r\n?/g, "\n");
  out = replaceComments(out);
  out = replaceRawBlocks(out);
  out = replaceTags(out, BLOCK_TAG_OPENER, "\n\n");
  out = replaceTags(out, /</g, " ");
  out = out.replace(/^```.*$/gm, "");
  out = replaceLinks(out, "![");
  out = replaceLinks(out, "[");
  return (
    out
      .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, "")
      // Whitespace within the line only: with \s the rule reached across every following blank
      // line from each line start, quadratic on a run of newlines.
      .replace(/^[^\S\n]*(?:[-*_][^\S\n]*){3,}$/gm, "")
      .replace(/[*_`~]{1,3}/g, "")
      .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) =>
        decodeEntity(entity, name),
      )
  );
}

/** `<!-- … -->` → " ". Without a closer after one opener there is none after any later one. */
function replaceComments(text: string): string {
  let out = "";
  let from = 0;
  for (;;) {
    const open = text.indexOf("<!--", from);
    if (open < 0) break;
    const close = text.indexOf("-->", open + 4);
    if (close < 0) break;
    out += `${text.slice(from, open)} `;
    from = close + 3;
  }
  return out + text.slice(from);
}

const RAW_BLOCK_OPENER = /<(script|style|noscript|template|svg)\b/gi;

/** `<script …>…</script>` and its kin (their content is never text) → " ". */
function replaceRawBlocks(text: string): string {
  return removeElements(text, RAW_BLOCK_OPENER);
}

/**
 * Each element `opener` finds (a global pattern whose first group is the element's name), from
 * its opener to the first closer of its name after it, → " ", as `/<(name)\b[\s\S]*?<\/\1\s*>/gi`
 * would, without rescanning: a name whose closer is missing after some position is missing
 * after any later one, so each opener is looked past once.
 *
 * @example
 * removeElements("<nav>Home</nav><p>Hi</p>", /<(nav|header|footer)\b/gi); // " <p>Hi</p>"
 */
export function removeElements(text: string, opener: RegExp): string {
  let out = "";
  let from = 0;
  const unclosed = new Set<string>();
  opener.lastIndex = 0;
  for (let match = opener.exec(text); match; match = opener.exec(text)) {
    const name = (match[1] ?? "").toLowerCase();
    if (unclosed.has(name)) continue;
    const closer = new RegExp(`</${name}\\s*>`, "gi");
    closer.lastIndex = match.index + match[0].length;
    const close = closer.exec(text);
    if (!close) {
      unclosed.add(name);
      opener.lastIndex = match.index + 1;
      continue;
    }
    out += `${text.slice(from, match.index)} `;
    from = close.index + close[0].length;
    opener.lastIndex = from;
  }
  return out + text.slice(from);
}

const BLOCK_TAG_OPENER =
  /<\/?(p|div|section|article|main|header|footer|aside|nav|h[1-6]|li|ul|ol|dl|dt|dd|tr|table|blockquote|pre|br|hr)\b/gi;

/**
 * Each `opener` up to the next ">" (at least one character after "<") → `replacement`, as
 * `/<name\b[^>]*>/` would, without rescanning: with no ">" left nothing more can close.
 */
function replaceTags(text: string, opener: RegExp, replacement: string): string {
  let out = "";
  let from = 0;
  opener.lastIndex = 0;
  for (let match = opener.exec(text); match; match = opener.exec(text)) {
    const close = text.indexOf(">", match.index + match[0].length);
    if (close < 0) break;
    if (close === match.index + 1) continue; // "<>" is no tag: `[^>]+` needs a character
    out += text.slice(from, match.index) + replacement;
    from = close + 1;
    opener.lastIndex = from;
  }
  return out + text.slice(from);
}

/**
 * `${opener}text](target)` → "text", as `/\[([^\]]*)\]\([^)]*\)/` would. The first "]" and ")"
 * after a position are remembered, so a run of openers without closers is read once.
 */
function replaceLinks(text: string, opener: "[" | "!["): string {
  let out = "";
  let from = 0;
  let bracket = -1; // the first "]" at or after `bracketFrom`, -1 for none
  let bracketFrom = Number.POSITIVE_INFINITY;
  let paren = -1;
  let parenFrom = Number.POSITIVE_INFINITY;
  const next = (char: string, at: number, known: number, knownFrom: number) =>
    knownFrom <= at && (known < 0 || known >= at) ? known : text.indexOf(char, at);
  for (let open = text.indexOf(opener, from); open >= 0; open = text.indexOf(opener, open + 1)) {
    const start = open + opener.length;
    bracket = next("]", start, bracket, bracketFrom);
    bracketFrom = start;
    if (bracket < 0) break;
    if (text[bracket + 1] !== "(") continue;
    paren = next(")", bracket + 2, paren, parenFrom);
    parenFrom = bracket + 2;
    if (paren < 0) break;
    out += text.slice(from, open) + text.slice(start, bracket);
    from = paren + 1;
    open = paren;
  }
  return out + text.slice(from);
}

function decodeEntity(entity: string, name: string): string {
  const lower = name.toLowerCase();
  if (lower in ENTITIES) return ENTITIES[lower] ?? entity;
  const code = lower.startsWith("#x")
    ? Number.parseInt(lower.slice(2), 16)
    : lower.startsWith("#")
      ? Number(lower.slice(1))
      : Number.NaN;
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff
    ? String.fromCodePoint(code)
    : entity;
}

// Abbreviations a number follows ("kl. 10-14", "ca. 3 Tage", "Nr. 12", "Sa. 9-13", "max. 20",
// "zzgl. 1,50 €", "maks. 5 cm", "reg. 9570", "pr. 1. januar"),
// in the six languages: a sentence rarely ends in one just before a number, so a period after
// one ends no sentence there. Lowercase; matched case-insensitively.
const BEFORE_A_NUMBER = new Set(
  (
    "kl ca nr no tlf tel str s p pp approx env art max min inkl incl ink bzw ggf evt fx vs pkt " +
    "maks zzgl abzgl exkl ekskl evtl mind pr reg stk ung omkr aprox máx mín núm " +
    "mo di mi do fr sa so man tir ons tor tors fre lør søn mån tis lör sön " +
    "lun mar mer jeu ven sam dim mié jue vie sáb dom " +
    "jan feb apr jun jul aug sep sept okt oct nov dec dez déc ene abr ago dic"
  ).split(" "),
);
// Titles a name follows ("Dr. Jensen", "Hr. Müller", "Mme. Roux", "Sra. López").
const BEFORE_A_NAME = new Set("dr dra mr mrs ms st sr sra srta hr fr prof mme mlle".split(" "));

const ORDINAL_AFTER = /(?:^|\s)(?:zum|zur|am|im|vom|beim|ins|dem|den|der|des)\s\d{1,2}\.$/iu;

/**
 * Whether a sentence break after `before` (the text up to its period) is no break: an
 * abbreviation before the number or the name that starts `after`, one lowercase letter ("z. B.",
 * "d. h."), or an ordinal ("zum 3. Stock").
 */
function abbreviationBefore(before: string, after: string): boolean {
  // A German or Scandinavian ordinal after an article or a preposition ("bis zum 3. Stock",
  // "am 24. Dezember", "den 1. Juni"): the noun after it is capitalised, no new sentence.
  if (ORDINAL_AFTER.test(before) && /^\p{Lu}/u.test(after)) return true;
  const word = /(?:^|[\s(])(\p{L}+)\.$/u.exec(before)?.[1];
  if (word === undefined) return false;
  const lower = word.toLowerCase();
  if (/^\p{N}/u.test(after)) return BEFORE_A_NUMBER.has(lower);
  if (/^\p{Lu}/u.test(after)) return BEFORE_A_NAME.has(lower) || /^\p{Ll}$/u.test(word);
  return false;
}

// A numbered list's marker run into a paragraph ("…pas. 3. Ne sautez jamais."): the start of
// the entry after it, never a sentence of its own.
const LIST_NUMBER = /^\d{1,2}\.$/;

/**
 * Sentences of a passage, for extractive answers and passage splitting: a line is split after
 * ".", "!" or "?" and a space before a capital, a number or an opening mark, but not after an
 * abbreviation (`abbreviationBefore`: "åbent søndag kl. 10-14" is one sentence).
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const line of text.split(/\n+/)) {
    const lineStart = sentences.length;
    for (const piece of line.split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}¿¡"'(])/u)) {
      const last = sentences.length - 1;
      const previous = sentences[last];
      if (
        previous !== undefined &&
        last >= lineStart &&
        (abbreviationBefore(previous, piece) || LIST_NUMBER.test(previous))
      )
        sentences[last] = `${previous} ${piece.trim()}`;
      else sentences.push(piece.trim());
    }
  }
  return sentences.filter((s) => s.length > 0);
}
