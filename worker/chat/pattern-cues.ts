/**
 * The literal text a regular expression's match must contain, read from its source: a cheap
 * pre-test that lets the off-topic shapes (off-topic.ts) skip a pattern without running it.
 *
 * Why: V8 compiles a regular expression the first time it runs, and a language has 105-119
 * shapes, so an isolate's first off-topic check in a language spent 10-20 ms compiling them all
 * (joined into one expression, 50 ms). A shape whose cue ("capital of", "population of") is
 * nowhere in the message cannot match it, so it is never run, and so never compiled. The cues
 * are derived from the sources, never written by hand, so a new shape gets its own and none can
 * drift. Measured in Node (medians of 9 alternated runs, one-passage index): a language's first
 * check 10.3-19.0 → 0.8-1.8 ms, its second 0.5-5.7 → 0.1-0.3 ms; warm, the whole check on
 * ordinary questions 7.7-9.6 → 7.6-8.8 µs (the cue tests cost about what running the compiled
 * shapes did). docs/knowledge-base.md ("Cues") has the figures by language.
 *
 * Pure. Reads only the small subset of regular-expression syntax the shapes are written in:
 * literals, `(?:…)`, `(?<name>…)`, `|`, `?`, `*`, `+`, `{m,n}` (and their lazy forms),
 * character classes, `.`, lookarounds, anchors and escapes. Anything it cannot read yields no
 * cue (the pattern always runs), never a wrong one.
 */

/**
 * Lists of substrings: a match contains at least one substring of each list. Most selective
 * (and cheapest) list first, so that a message without it is dismissed after one list. null
 * when nothing is required.
 */
export type Cues = readonly (readonly string[])[] | null;

/** What a piece of a pattern is known to match. */
interface Reading {
  /** Every string it can match, when they are few (at most EXACT_LIMIT); else null. */
  exact: Set<string> | null;
  /** Substrings one of which each of its matches contains; null when none is known. */
  required: Set<string> | null;
  /** Further conditions its matches meet besides `required` (a sequence's other pieces'). */
  more: readonly Set<string>[];
}

// Beyond this many strings a piece's exact matches are not kept: sets multiply in a sequence,
// and a cue list that long costs more to test than it saves.
const EXACT_LIMIT = 64;

// The least weight (letters, and spaces at half) a cue needs to be worth testing.
const MIN_WEIGHT = 2;

// Beyond this many conditions a shape's test stops: the first rarely passes, the rest seldom
// run, and each is kept for as long as the isolate.
const MAX_CONDITIONS = 3;
const MAX_FURTHER_CUES = 6;

const NOTHING: Reading = { exact: null, required: null, more: [] };
const EMPTY: Reading = { exact: new Set([""]), required: null, more: [] };

/**
 * The cues of a regular-expression source: any text the pattern matches contains at least one
 * of them (as a substring: a literal may be the start of a longer word in the match). null when
 * the source requires no literal text (the pattern must always run).
 *
 * @example
 * requiredCues("(?:the )?(?:capital|capital city|population) of"); // [["capital of", "population of", "capital city of"]]
 * requiredCues("my (?<thing>[^ ]+) (?:won't|doesn't) (?:charge|start)"); // [[" won't start", " won't charge", " doesn't start", " doesn't charge"], ["my "]]
 * requiredCues("[^ ]+"); // null
 */
export function requiredCues(source: string): Cues {
  let reading: Reading;
  try {
    const parser = new Parser(source);
    reading = parser.alternation();
    if (!parser.done()) return null;
  } catch (error) {
    // Syntax this reader does not know: no cue, so the pattern always runs.
    if (error instanceof SyntaxError) return null;
    throw error;
  }
  const first = condition(reading);
  if (first === null) return null;
  return choose([first, ...reading.more]).map(minimal);
}

/**
 * A message read once for the cue tests: its text, and which pairs of neighbouring characters
 * it holds (hashed into 4,096 bits). A cue whose pairs are not all there is not in the text, so
 * most cues are dismissed with a bit test or three instead of a substring search: every English
 * shape's cues on four ordinary questions, 7-9 → 5-5.5 µs a message, about what running every
 * compiled shape costs (5-5.5 µs). A hash collision only lets the substring search decide.
 */
export interface Probe {
  readonly text: string;
  readonly pairs: Uint32Array;
}

const pairHash = (s: string, at: number): number =>
  (s.charCodeAt(at) * 31 + s.charCodeAt(at + 1)) & 4095;

/** `text` read for the cue tests. */
export function probe(text: string): Probe {
  const pairs = new Uint32Array(128);
  for (let i = 0; i + 1 < text.length; i++) {
    const h = pairHash(text, i);
    pairs[h >>> 5] = (pairs[h >>> 5] as number) | (1 << (h & 31));
  }
  return { text, pairs };
}

/** Whether the probed text holds the pair of characters of `cue` at `at`. */
const holdsPair = (pairs: Uint32Array, cue: string, at: number): boolean => {
  const h = pairHash(cue, at);
  return ((pairs[h >>> 5] as number) & (1 << (h & 31))) !== 0;
};

/**
 * Whether a text can match a pattern of these cues (always, when there are none). Give a
 * `probe` when testing many patterns' cues on one text.
 */
export function mayMatch(cues: Cues, text: string | Probe): boolean {
  if (cues === null) return true;
  const read = typeof text === "string" ? probe(text) : text;
  // Index loops: this runs for every shape on every message.
  for (let i = 0; i < cues.length; i++)
    if (!holdsOne(read, cues[i] as readonly string[])) return false;
  return true;
}

/** Whether the probed text holds one of `list` (each cue is two characters or more). */
function holdsOne(read: Probe, list: readonly string[]): boolean {
  for (let i = 0; i < list.length; i++) {
    const cue = list[i] as string;
    const last = cue.length - 2;
    // Its first, middle and last pairs before the search itself (a cue of one character, which
    // the weights never choose, goes straight to the search).
    if (
      last >= 0 &&
      !(
        holdsPair(read.pairs, cue, 0) &&
        holdsPair(read.pairs, cue, last >> 1) &&
        holdsPair(read.pairs, cue, last)
      )
    )
      continue;
    if (read.text.includes(cue)) return true;
  }
  return false;
}

/** The condition a reading puts on its matches: its exact strings, or what it requires. */
function condition(reading: Reading): Set<string> | null {
  const candidates = [reading.required, reading.exact].filter(
    (set): set is Set<string> => set !== null && !set.has(""),
  );
  return best(candidates);
}

/**
 * The most selective of several conditions, each of which holds. A longer literal is rarer in a
 * message (spaces count for less, being in every message), but each cue is one more substring
 * search on every message: a long list of long cues ("how many km to ", "how many miles to "…,
 * 48 of them) costs more to test than one short cue ("how many ") saves. So the shortest cue's
 * weight counts, less three for each doubling of the list. Measured over the six languages'
 * shapes on short messages: less 1 for a doubling kept 5,435 cues and cost 13-17 µs a message
 * to test, more than running every compiled shape (4-6 µs); less 3 keeps 1,660 cues in first
 * lists, 4-7 µs. With the further lists (choose) an ordinary question passes 0.3-4 shapes' tests
 * of 105-119 on average (2-9 with the first list alone).
 */
function best(candidates: readonly Set<string>[]): Set<string> | null {
  return choose(candidates)[0] ?? null;
}

/** How selective a condition is for its cost (above); -Infinity when it is worth nothing. */
function score(set: Set<string>): number {
  if (set.size === 0 || set.has("")) return Number.NEGATIVE_INFINITY;
  const cues = minimal(set);
  const shortest = Math.min(...cues.map(weight));
  // A space or a letter or two is in nearly every message: no better than no cue.
  if (shortest < MIN_WEIGHT) return Number.NEGATIVE_INFINITY;
  return shortest - 3 * Math.log2(cues.length);
}

/**
 * The conditions worth testing, best first (at most MAX_CONDITIONS), each cut to its minimal
 * cues, leaving out one that a condition already chosen implies ("how many km " implies
 * "how many ").
 */
function choose(candidates: readonly Set<string>[]): Set<string>[] {
  const scored = candidates
    .map((set) => ({ set: new Set(set.size > 0 ? minimal(set) : []), score: score(set) }))
    .filter((c) => c.score > Number.NEGATIVE_INFINITY)
    .sort((a, b) => b.score - a.score);
  const chosen: Set<string>[] = [];
  for (const { set } of scored) {
    if (chosen.length === MAX_CONDITIONS) break;
    // A further condition is tested only on the messages the first lets through, but a long one
    // still costs more there than it saves.
    if (chosen.length > 0 && set.size > MAX_FURTHER_CUES) continue;
    if (chosen.some((c) => implies(c, set))) continue;
    chosen.push(set);
  }
  return chosen;
}

/** Whether a text holding a cue of `a` must hold one of `b`: each of `a`'s contains one. */
function implies(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (![...b].some((y) => x.includes(y))) return false;
  return true;
}

const weight = (cue: string): number => {
  const spaces = cue.split(" ").length - 1;
  return cue.length - spaces + 0.5 * spaces;
};

/** The set without cues that contain another of its cues: "capital" covers "capital city". */
function minimal(set: Set<string>): string[] {
  const sorted = [...set].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const kept: string[] = [];
  for (const cue of sorted) if (!kept.some((k) => cue.includes(k))) kept.push(cue);
  return kept;
}

/** Every concatenation of one string of `a` and one of `b`, or null when too many. */
function product(a: Set<string>, b: Set<string>): Set<string> | null {
  if (a.size * b.size > EXACT_LIMIT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/** A sequence's reading: its pieces' matches follow one another, so literals join up. */
function sequence(pieces: readonly Reading[]): Reading {
  const candidates: Set<string>[] = [];
  // A run of neighbouring pieces with exact strings, joined: "how " "(?:many|much)" → "how
  // many", "how much"; and, within it, the plain text since its last choice ("how "), which
  // may be the cheaper cue.
  let run: Set<string> = new Set([""]);
  let text = "";
  let whole: Set<string> | null = new Set([""]);
  const flushText = () => {
    if (text) candidates.push(new Set([text]));
    text = "";
  };
  const flush = () => {
    candidates.push(run);
    run = new Set([""]);
    flushText();
  };
  for (const piece of pieces) {
    if (piece.required !== null) candidates.push(piece.required);
    candidates.push(...piece.more);
    if (piece.exact === null) {
      flush();
      whole = null;
      continue;
    }
    if (piece.exact.size === 1) text += [...piece.exact][0];
    else flushText();
    const joined = product(run, piece.exact);
    if (joined === null) {
      // Too many strings to join: what is joined so far still holds, and the run starts again.
      candidates.push(run);
      run = new Set(piece.exact);
    } else run = joined;
    whole = whole === null ? null : product(whole, piece.exact);
  }
  flush();
  const [required = null, ...more] = choose(candidates);
  return { exact: whole, required, more };
}

/** An alternation's reading: each match is one branch's, so it needs one of theirs. */
function alternation(branches: readonly Reading[]): Reading {
  if (branches.length === 1) return branches[0] as Reading;
  let exact: Set<string> | null = new Set();
  const required = new Set<string>();
  let anyRequired = true;
  for (const branch of branches) {
    if (exact !== null && branch.exact !== null) {
      for (const s of branch.exact) exact.add(s);
      if (exact.size > EXACT_LIMIT) exact = null;
    } else exact = null;
    const needed = condition(branch);
    if (needed === null) anyRequired = false;
    else for (const cue of needed) required.add(cue);
  }
  // Each branch's further conditions are its own: none holds for every branch.
  return { exact, required: anyRequired ? required : null, more: [] };
}

/** A piece repeated `min` to `max` times (max null: unbounded). */
function repeat(piece: Reading, min: number, max: number | null): Reading {
  if (max === 0) return EMPTY;
  if (min === 0 && max === 1)
    return {
      exact: piece.exact === null ? null : new Set([...piece.exact, ""]),
      required: null,
      more: [],
    };
  if (min === 1 && max === 1) return piece;
  // At least once: one whole match of the piece is inside. More than that is not worked out.
  return min >= 1
    ? { exact: null, required: condition(piece), more: piece.more }
    : { exact: null, required: null, more: [] };
}

/** A recursive-descent reader of the regular-expression subset named at the top. */
class Parser {
  private at = 0;
  private readonly source: string;

  constructor(source: string) {
    this.source = source;
  }

  done(): boolean {
    return this.at >= this.source.length;
  }

  private peek(): string | undefined {
    return this.source[this.at];
  }

  alternation(): Reading {
    const branches = [this.sequence()];
    while (this.peek() === "|") {
      this.at++;
      branches.push(this.sequence());
    }
    return alternation(branches);
  }

  private sequence(): Reading {
    const pieces: Reading[] = [];
    while (!this.done() && this.peek() !== "|" && this.peek() !== ")") {
      pieces.push(this.quantified(this.atom()));
    }
    return sequence(pieces);
  }

  private quantified(piece: Reading): Reading {
    let result = piece;
    for (;;) {
      const c = this.peek();
      let min: number;
      let max: number | null;
      if (c === "?") [min, max] = [0, 1];
      else if (c === "*") [min, max] = [0, null];
      else if (c === "+") [min, max] = [1, null];
      else if (c === "{") {
        const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.source.slice(this.at));
        if (!m) return result; // a literal "{" (atom() reads it next)
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] ? Number(m[3]) : null;
        this.at += m[0].length - 1;
      } else return result;
      this.at++;
      if (this.peek() === "?") this.at++; // lazy: matches the same strings
      result = repeat(result, min, max);
    }
  }

  private atom(): Reading {
    const c = this.source[this.at++];
    switch (c) {
      case "(":
        return this.group();
      case "[":
        return this.characterClass();
      case ".":
        return NOTHING;
      case "^":
      case "$":
        return EMPTY;
      case "\\":
        return this.escape();
      case "*":
      case "+":
      case "?":
        throw new SyntaxError("nothing to repeat");
      default:
        return literal(c as string);
    }
  }

  private group(): Reading {
    const rest = this.source.slice(this.at);
    let lookaround = false;
    if (rest.startsWith("?:")) this.at += 2;
    else if (/^\?<?[=!]/.test(rest)) {
      // A lookaround matches no text: it adds a test, never a literal the text must hold.
      lookaround = true;
      this.at += rest[1] === "<" ? 3 : 2;
    } else if (rest.startsWith("?<")) {
      const end = this.source.indexOf(">", this.at);
      if (end < 0) throw new SyntaxError("unterminated group name");
      this.at = end + 1;
    } else if (rest.startsWith("?")) throw new SyntaxError("unknown group");
    const inner = this.alternation();
    if (this.source[this.at++] !== ")") throw new SyntaxError("unterminated group");
    return lookaround ? EMPTY : inner;
  }

  /** A class of a few plain characters ("[sz]") is their alternation; any other, nothing. */
  private characterClass(): Reading {
    // Its end is the first "]" not escaped ("[]" is an empty class, as in JavaScript).
    let end = this.at;
    while (end < this.source.length && this.source[end] !== "]")
      end += this.source[end] === "\\" ? 2 : 1;
    if (end >= this.source.length) throw new SyntaxError("unterminated class");
    const body = this.source.slice(this.at, end);
    this.at = end + 1;
    if (body === "" || body.startsWith("^") || /[-\\]/.test(body) || body.length > 8)
      return NOTHING;
    return { exact: new Set(body), required: null, more: [] };
  }

  private escape(): Reading {
    const c = this.source[this.at++];
    if (c === undefined) throw new SyntaxError("trailing backslash");
    if (c === "b" || c === "B") return EMPTY;
    if ("dDwWsS".includes(c)) return NOTHING;
    // A property (\p{…}), a code (\u…, \x…) or a back-reference: not read, no cue.
    if (/[A-Za-z0-9]/.test(c)) throw new SyntaxError("escape not read");
    return literal(c);
  }
}

const literal = (c: string): Reading => ({ exact: new Set([c]), required: null, more: [] });
