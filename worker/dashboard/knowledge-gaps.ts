import { languageOf, tokenize } from "../kb/text.ts";

/** An article as a gap shows it. */
export interface GapArticle {
  title: string;
  url: string | null;
}

/** A question the knowledge base missed, with the article it found (too weak, or wrong). */
export interface GapQuestion {
  /** The visitor message's id. */
  id: string;
  text: string;
  confidence: number | null;
  /** Judged below the threshold. */
  lowConfidence: boolean;
  /** Answered, and the visitor marked the answer 👎. */
  unhelpful: boolean;
  /** The visitor's handoff of it, when they finished one. */
  handoffId: string | null;
  /** Its handoff is labelled "the AI could have answered this". */
  couldHaveAnswered: boolean;
  /** The knowledge base's best match (for a 👎 answer, the article given). */
  bestMatch: GapArticle | null;
}

export interface GapGroup {
  /** The group's first question (the newest when given newest first), shown as its title. */
  example: string;
  questions: GapQuestion[];
  /** The match most of the group's questions reached, if any. */
  bestMatch: GapArticle | null;
  /** How many of the group's questions each kind of miss accounts for. */
  counts: {
    lowConfidence: number;
    abandoned: number;
    unhelpful: number;
    couldHaveAnswered: number;
  };
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

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / Math.min(a.size, b.size);
}

/**
 * Groups questions that share most of their content stems (greedy, in the order given), and
 * puts the largest groups first: the knowledge-base articles worth writing or fixing first.
 *
 * @example
 * groupSimilarQuestions([q("Do you ship to Norway?"), q("Shipping to Norway?"), q("Gift cards?")]);
 * // [{ example: "Do you ship to Norway?", questions: [two] }, { example: "Gift cards?", … }]
 */
export function groupSimilarQuestions(
  questions: readonly GapQuestion[],
  minOverlap = 0.5,
): GapGroup[] {
  const groups: { words: Set<string>; questions: GapQuestion[] }[] = [];
  for (const question of questions) {
    const words = contentWords(question.text);
    const home = groups.find((g) => overlap(g.words, words) >= minOverlap);
    if (home) {
      home.questions.push(question);
      for (const w of words) home.words.add(w);
    } else {
      groups.push({ words, questions: [question] });
    }
  }
  // A stable sort: among groups of one size, the one with the newest question stays first.
  return groups
    .map((g) => ({
      example: g.questions[0]?.text ?? "",
      questions: g.questions,
      bestMatch: commonestMatch(g.questions),
      counts: {
        lowConfidence: g.questions.filter((q) => q.lowConfidence).length,
        abandoned: g.questions.filter((q) => q.lowConfidence && !q.handoffId).length,
        unhelpful: g.questions.filter((q) => q.unhelpful).length,
        couldHaveAnswered: g.questions.filter((q) => q.couldHaveAnswered).length,
      },
    }))
    .sort((a, b) => b.questions.length - a.questions.length);
}

function commonestMatch(questions: readonly GapQuestion[]): GapArticle | null {
  const counts = new Map<string, { match: GapArticle; n: number }>();
  for (const q of questions) {
    if (!q.bestMatch) continue;
    const entry = counts.get(q.bestMatch.title) ?? { match: q.bestMatch, n: 0 };
    entry.n++;
    counts.set(q.bestMatch.title, entry);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.match ?? null;
}
