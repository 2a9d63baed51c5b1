/**
 * What a text must contain for a regular expression to match it, read from the expression's
 * source: a cheap test that lets a caller skip (and never compile) an expression that cannot
 * match. `person-request.ts` uses it so that an isolate's first message compiles only the few
 * patterns whose words it contains, not every pattern of every language.
 *
 * The answer is a list of sets of strings, all of which must be met: a set is met when the
 * text contains one of its strings. It is sound for the subset of syntax the grammars use
 * (literals, groups, `|`, quantifiers, lookarounds, character classes, `^`/`$`, capital letters
 * naming word classes): a match always contains, or its lookarounds see, one string of each set.
 * What it cannot see through (an optional part, a negative lookaround, a character class)
 * requires nothing. An empty set means the expression can never match (a class written `(?!)`).
 */

/** At least one of these strings occurs in the text; `null`: nothing is required. */
export type Need = readonly string[] | null;

/**
 * The needs of `source`, all of which a text must meet. `classNeed` gives the need of a capital
 * letter (a word class), `null` if none.
 */
export function requiredText(source: string, classNeed: (name: string) => Need): Need[] {
  const parser = new NeedParser(source, classNeed);
  const alternatives = parser.alternatives();
  if (parser.at < source.length) throw new Error(`unbalanced ")" in ${source.slice(0, 60)}`);
  if (alternatives.length === 1) return (alternatives[0] ?? []).filter((need) => need !== null);
  const need = union(alternatives.map(best));
  return need === null ? [] : [need];
}

/** The need of `source` as one set (the most telling of its needs, or their union). */
export function requiredOne(source: string, classNeed: (name: string) => Need): Need {
  const parser = new NeedParser(source, classNeed);
  return union(parser.alternatives().map(best));
}

/**
 * What `read` reads (`requiredText`, `requiredOne`), or `nothing` (no need: the pattern always
 * runs) where a source holds syntax this reader doesn't know: a grammar or a list edited later
 * can make a first message slower, never make it fail.
 */
export function needOrNothing<T>(read: () => T, nothing: T): T {
  try {
    return read();
  } catch {
    return nothing;
  }
}

/** Whether `text` meets every one of `needs`. */
export function meets(text: string, needs: readonly Need[]): boolean {
  return needs.every((need) => need === null || need.some((part) => text.includes(part)));
}

/**
 * The most telling of a sequence's needs: the one whose shortest string is longest (a one-letter
 * string is in almost any text), then the one with fewest strings.
 */
function best(needs: Need[]): Need {
  let found: Need = null;
  for (const need of needs) {
    if (need === null) continue;
    if (need.length === 0) return need;
    if (found === null || score(need) > score(found)) found = need;
  }
  return found;
}

const scores = new WeakMap<readonly string[], number>();

function score(need: readonly string[]): number {
  let found = scores.get(need);
  if (found === undefined) {
    let shortest = Number.POSITIVE_INFINITY;
    for (const part of need) shortest = Math.min(shortest, part.length);
    found = shortest * 10_000 - need.length;
    scores.set(need, found);
  }
  return found;
}

/**
 * The need met by meeting any of `needs`. One of more than `MOST` strings is no need: it costs
 * more to build and test than it saves (a long class such as the business's people is met by
 * too many messages to tell much anyway), and requiring nothing is always sound.
 */
function union(needs: Need[]): Need {
  let size = 0;
  for (const need of needs) {
    if (need === null) return null;
    size += need.length;
  }
  if (size > MOST) return null;
  const some = needs.filter((need): need is readonly string[] => need !== null && need.length > 0);
  if (some.length <= 1) return some[0] ?? [];
  return [...new Set(some.flat())];
}

const MOST = 60;

/** Characters that stand for themselves in the grammars' patterns. */
const LETTERS = /[^()[\]|?*+{}^$.\\A-Z]+/y;

/** Plain words and phrases, `|` between them. */
const PLAIN = /[^()[\]|?*+{}^$.\\A-Z]+(?:\|[^()[\]|?*+{}^$.\\A-Z]+)*/y;

/** Quantifiers whose minimum is 0 make their atom optional. */
const QUANTIFIER = /^(?:([?*+])|\{(\d+)(?:,\d*)?\})\??/;

class NeedParser {
  at = 0;
  private readonly source: string;
  private readonly classNeed: (name: string) => Need;
  constructor(source: string, classNeed: (name: string) => Need) {
    this.source = source;
    this.classNeed = classNeed;
  }

  /** `a|b|…` up to a closing parenthesis or the end: each alternative's needs. */
  alternatives(): Need[][] {
    // Most groups and classes are plain words or phrases: split them at once.
    PLAIN.lastIndex = this.at;
    const plain = PLAIN.exec(this.source)?.[0];
    if (plain !== undefined && (this.source[this.at + plain.length] ?? ")") === ")") {
      this.at += plain.length;
      return plain.split("|").map((words) => [[words]]);
    }
    const found = [this.sequence()];
    while (this.source[this.at] === "|") {
      this.at++;
      found.push(this.sequence());
    }
    return found;
  }

  /** Atoms in a row: each one's need, consecutive literal letters joined into one string. */
  private sequence(): Need[] {
    const needs: Need[] = [];
    let run = "";
    const endRun = () => {
      if (run) needs.push([run]);
      run = "";
    };
    while (this.at < this.source.length) {
      const char = this.source[this.at] as string;
      if (char === "|" || char === ")") break;
      // Letters come in runs: read a run at once (all but its last letter, which a quantifier
      // may follow), not letter by letter.
      LETTERS.lastIndex = this.at;
      const letters = LETTERS.exec(this.source)?.[0];
      if (letters && letters.length > 1) {
        run += letters.slice(0, -1);
        this.at += letters.length - 1;
        continue;
      }
      const atom = this.atom();
      const next = this.source[this.at];
      const quantified =
        next === "?" || next === "*" || next === "+" || next === "{"
          ? QUANTIFIER.exec(this.source.slice(this.at, this.at + 12))
          : null;
      if (quantified) {
        this.at += quantified[0].length;
        const optional = quantified[1] === "?" || quantified[1] === "*" || quantified[2] === "0";
        endRun();
        needs.push(optional ? null : atom.need);
      } else if (atom.literal !== undefined) {
        run += atom.literal;
      } else {
        endRun();
        needs.push(atom.need);
      }
    }
    endRun();
    return needs;
  }

  /** One atom: a literal character (`literal`) or what it needs. */
  private atom(): { literal?: string; need: Need } {
    const source = this.source;
    const char = source[this.at] as string;
    if (char === "(") {
      let negative = false;
      if (source.startsWith("(?:", this.at)) this.at += 3;
      else if (source.startsWith("(?=", this.at)) this.at += 3;
      else if (source.startsWith("(?<=", this.at)) this.at += 4;
      else if (source.startsWith("(?!", this.at) || source.startsWith("(?<!", this.at)) {
        negative = true;
        this.at += source[this.at + 2] === "<" ? 4 : 3;
      } else if (source.startsWith("(?<", this.at) && source.indexOf(">", this.at) > this.at + 3) {
        // A named group (`(?<topic>…)`, as the off-topic shapes name theirs) reads as its content.
        this.at = source.indexOf(">", this.at) + 1;
      } else if (source.startsWith("(?", this.at)) {
        throw new Error(`unsupported group at ${source.slice(this.at, this.at + 20)}`);
      } else this.at++;
      const inner = this.alternatives();
      if (source[this.at] !== ")") throw new Error(`unclosed group in ${source.slice(0, 60)}`);
      this.at++;
      // A negative lookaround requires nothing, even one that always fails (`(?!)`) only
      // prevents a match, which requiring nothing allows.
      return { need: negative ? null : union(inner.map(best)) };
    }
    if (char === "[") {
      let end = this.at + 1;
      if (source[end] === "^") end++;
      if (source[end] === "]") end++;
      while (end < source.length && source[end] !== "]") end += source[end] === "\\" ? 2 : 1;
      this.at = end + 1;
      return { need: null };
    }
    this.at++;
    if (char === "\\") {
      this.at++;
      return { need: null };
    }
    if (char === "." || char === "^" || char === "$") return { need: null };
    if (char >= "A" && char <= "Z") return { need: this.classNeed(char) };
    if ("*+?{}".includes(char)) throw new Error(`unexpected "${char}" in ${source.slice(0, 60)}`);
    return { literal: char, need: [char] };
  }
}

/**
 * Needs with their strings numbered, so that a text is searched once for each string however
 * many patterns' needs name it (a grammar's needs name its ~300 strings some 2,000 times).
 */
export class NeedTable {
  private readonly ids = new Map<string, number>();
  private readonly strings: string[] = [];
  /** Each string's first pair of letters with no space in it (its `pairHash`), -1 for one without. */
  private readonly pairs: number[] = [];
  /** Each string's last pair of letters with no space in it, the same way. */
  private readonly lastPairs: number[] = [];

  /** `needs` as lists of string numbers, the shortest list (cheapest to find unmet) first. */
  number(needs: readonly Need[]): number[][] {
    return needs
      .filter((need) => need !== null)
      .map((need) =>
        need.map((part) => {
          let id = this.ids.get(part);
          if (id === undefined) {
            id = this.strings.length;
            this.strings.push(part);
            let at = 1;
            while (at < part.length && (part[at - 1] === " " || part[at] === " ")) at++;
            this.pairs.push(
              at >= part.length ? -1 : pairHash(part.charCodeAt(at - 1), part.charCodeAt(at)),
            );
            let end = part.length - 1;
            while (end > 0 && (part[end - 1] === " " || part[end] === " ")) end--;
            this.lastPairs.push(
              end < 1 ? -1 : pairHash(part.charCodeAt(end - 1), part.charCodeAt(end)),
            );
            this.ids.set(part, id);
          }
          return id;
        }),
      )
      .sort((a, b) => a.length - b.length);
  }

  /** The text `meets` tests, set by `read`. */
  private text = "";
  /** Each string's presence in the text: `2 * round + 1` in it, `2 * round` not, less: not searched. */
  private known = new Uint32Array(0);
  private round = 0;

  /**
   * Makes `text` the one `meets` tests. One table and no closures serve every message (a
   * message tests some 100 strings in each of six languages: allocating for each costs more
   * than the searches).
   */
  read(text: string): void {
    this.text = text;
    if (this.known.length < this.strings.length || this.round >= 2 ** 30) {
      this.known = new Uint32Array(this.strings.length);
      this.round = 0;
    }
    this.round++;
    markPairs(text);
  }

  /** Whether the text last `read` meets numbered needs, as `meets` would. */
  meets(needs: readonly (readonly number[])[]): boolean {
    for (const need of needs) {
      let met = false;
      for (const id of need) {
        if (this.has(id)) {
          met = true;
          break;
        }
      }
      if (!met) return false;
    }
    return true;
  }

  private has(id: number): boolean {
    const seen = this.known[id] as number;
    if (seen >= 2 * this.round) return seen % 2 === 1;
    const pair = this.pairs[id] as number;
    const last = this.lastPairs[id] as number;
    const found =
      (pair < 0 || PAIRS[pair] === pairsRound) &&
      (last < 0 || PAIRS[last] === pairsRound) &&
      this.text.includes(this.strings[id] as string);
    this.known[id] = 2 * this.round + (found ? 1 : 0);
    return found;
  }
}

/**
 * The pairs of letters of the text last marked, hashed, each stamped with the round that marked
 * it: a string one of whose pairs is not stamped is not in the text, which a lookup tells sooner
 * than a search (a message searched some 680 times, now fewer). One table serves every grammar.
 */
const PAIRS = new Uint32Array(65_536);
let pairsRound = 0;

function pairHash(a: number, b: number): number {
  return (a * 31 + b) & 0xffff;
}

function markPairs(text: string): void {
  if (++pairsRound >= 2 ** 31) {
    PAIRS.fill(0);
    pairsRound = 1;
  }
  for (let at = 1; at < text.length; at++) {
    PAIRS[pairHash(text.charCodeAt(at - 1), text.charCodeAt(at))] = pairsRound;
  }
}
