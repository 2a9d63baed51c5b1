/**
 * Knowledge gaps, pure: which missed questions are already taught, which belong together, and
 * which matter most, counted per visitor so that a flood from a few addresses cannot bury the
 * question one real visitor asked.
 */
import type { MissedText } from "../conversations/missed-text.ts";
import type { KbDocument } from "../kb/documents.ts";
import { languageOf, tokenize } from "../kb/text.ts";
import { phrasingKey } from "../kb/teach.ts";

/** An article as a gap shows it. */
export interface GapArticle {
  title: string;
  url: string | null;
}

export interface GapGroup {
  /** The group's first question (its most weighty), shown as its title. */
  example: string;
  texts: MissedText[];
  /** Distinct visitors who asked any of the group's questions. */
  visitors: number;
  /** Messages that asked them. */
  messages: number;
  /**
   * What the list is ordered by: each visitor counts 1 in all, shared among the distinct
   * questions they missed, so one address sending 300 questions weighs as one visitor.
   */
  weight: number;
  counts: {
    lowConfidence: number;
    abandoned: number;
    unhelpful: number;
    couldHaveAnswered: number;
  };
}

/** A missed question since taught to an article: it leaves the list. */
export interface TaughtMiss {
  text: MissedText;
  article: { id: string; title: string };
}

/**
 * The content words of a question as the knowledge base reads them: its language's stop words
 * dropped, Snowball stems, accents folded (`tokenize`), so "shipping", "ships" and "shipped" meet.
 *
 * @example
 * contentWords("Do you ship to Norway?"); // Set { "ship", "norway" }
 */
export function contentWords(text: string): Set<string> {
  return new Set(tokenize(text, languageOf(text, "en")));
}

/**
 * Splits the misses into those still open and those whose words are now a taught phrasing of
 * an article (taught from this page, Answers, or a new article written for the question).
 *
 * @example
 * splitTaught(misses, documents).taught[0]?.article.title; // "Gift cards"
 */
export function splitTaught(
  texts: readonly MissedText[],
  documents: readonly KbDocument[],
): { open: MissedText[]; taught: TaughtMiss[] } {
  const taughtTo = new Map<string, { id: string; title: string }>();
  for (const d of documents) {
    for (const q of d.questions ?? []) taughtTo.set(phrasingKey(q), { id: d.id, title: d.title });
  }
  const open: MissedText[] = [];
  const taught: TaughtMiss[] = [];
  for (const t of texts) {
    const article = taughtTo.get(phrasingKey(t.text));
    if (article) taught.push({ text: t, article });
    else open.push(t);
  }
  return { open, taught };
}

/** Each visitor's weight: 1 shared among the distinct questions they missed. */
export function visitorWeights(texts: readonly MissedText[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of texts) for (const v of t.visitors) counts.set(v, (counts.get(v) ?? 0) + 1);
  return new Map([...counts].map(([v, n]) => [v, 1 / n]));
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}

/** A word in more questions than this links none of them: it says nothing about any one. */
const COMMON_WORD = 500;

/**
 * Groups questions linked by mostly the same content stems: two questions are linked when the
 * stems they share are at least `minSimilarity` of all the stems of the two ("Do you sell
 * kayaks?" and "Do you sell gift cards?" share "sell" of four stems, and stay apart), and a
 * group is every question reachable by links. Within a group the weightiest question comes
 * first; groups are ordered by weight, then by their newest question.
 *
 * @example
 * groupMisses([miss("Do you ship to Norway?"), miss("Shipping to Norway?"), miss("Gift cards?")]);
 * // [{ example: "Do you ship to Norway?", texts: [two] }, { example: "Gift cards?", … }]
 */
export function groupMisses(texts: readonly MissedText[], minSimilarity = 0.5): GapGroup[] {
  const weights = visitorWeights(texts);
  const weightOf = (t: MissedText) => t.visitors.reduce((s, v) => s + (weights.get(v) ?? 0), 0);
  const ordered = [...texts].sort(
    (a, b) => weightOf(b) - weightOf(a) || b.lastAt.localeCompare(a.lastAt),
  );
  const words = ordered.map((t) => contentWords(t.text));
  // Union-find over the questions; only questions that share a word are ever compared.
  const parent = ordered.map((_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    parent[i] = r;
    return r;
  };
  const byWord = new Map<string, number[]>();
  words.forEach((set, i) => {
    for (const w of set) {
      const holders = byWord.get(w);
      if (holders) holders.push(i);
      else byWord.set(w, [i]);
    }
  });
  words.forEach((set, i) => {
    const compared = new Set<number>();
    for (const w of set) {
      const holders = byWord.get(w) ?? [];
      if (holders.length > COMMON_WORD) continue;
      for (const j of holders) {
        if (j <= i || compared.has(j)) continue;
        compared.add(j);
        if (jaccard(set, words[j] ?? new Set()) >= minSimilarity) {
          // The weightier question's group absorbs the other, so it stays the example.
          const [a, b] = [root(i), root(j)];
          if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
        }
      }
    }
  });
  const byRoot = new Map<number, MissedText[]>();
  ordered.forEach((t, i) => {
    const r = root(i);
    const members = byRoot.get(r);
    if (members) members.push(t);
    else byRoot.set(r, [t]);
  });
  const groups = [...byRoot.values()].map((members) => ({ texts: members }));
  return groups
    .map((g) => {
      const visitors = new Set(g.texts.flatMap((t) => t.visitors));
      const sum = (f: (t: MissedText) => number) => g.texts.reduce((s, t) => s + f(t), 0);
      return {
        example: g.texts[0]?.text ?? "",
        texts: g.texts,
        visitors: visitors.size,
        messages: sum((t) => t.messages),
        weight: [...visitors].reduce((s, v) => s + (weights.get(v) ?? 0), 0),
        newest:
          g.texts
            .map((t) => t.lastAt)
            .sort()
            .at(-1) ?? "",
        counts: {
          lowConfidence: sum((t) => t.lowConfidence),
          abandoned: sum((t) => t.abandoned),
          unhelpful: sum((t) => t.unhelpful),
          couldHaveAnswered: sum((t) => t.couldHaveAnswered),
        },
      };
    })
    .sort((a, b) => b.weight - a.weight || b.newest.localeCompare(a.newest))
    .map(({ newest: _newest, ...group }) => group);
}

/**
 * The closest articles for a group, from the retriever's own best candidates (`ranked` of
 * `retrieve`, one per document, best first) for its first question, after the articles its 👎
 * answers were given from; at most `max`, each article once.
 *
 * @example
 * closestArticles(group, retrieve(index, group.example).ranked.map((r) => r.passage));
 */
export function closestArticles(
  group: GapGroup,
  candidates: readonly GapArticle[],
  max = 3,
): GapArticle[] {
  const given = group.texts.flatMap((t) =>
    t.sourceTitle ? [{ title: t.sourceTitle, url: t.sourceUrl }] : [],
  );
  const unique = new Map<string, GapArticle>();
  for (const a of [...given, ...candidates]) if (!unique.has(a.title)) unique.set(a.title, a);
  return [...unique.values()].slice(0, max);
}
