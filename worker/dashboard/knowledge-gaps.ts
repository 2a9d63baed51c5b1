/** A question handed off for low confidence, with the knowledge base's best (too weak) match. */
export interface GapQuestion {
  handoffId: string;
  text: string;
  confidence: number | null;
  bestMatch: { title: string; url: string | null } | null;
}

export interface GapGroup {
  /** The group's first question, shown as its title. */
  example: string;
  questions: GapQuestion[];
  /** The weak match most of the group's questions reached, if any. */
  bestMatch: { title: string; url: string | null } | null;
}

// Words too common to say two questions are about the same thing.
const COMMON = new Set(
  "the and you your for are can how what when where why who which does did with this that have has was were will would could should from about into there their they them our out not but any all get got i'm its it's".split(
    " ",
  ),
);

/** The content words of a question, lowercase, accents kept (they are rare in a cluster key). */
export function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  return new Set(
    words.filter((w) => w.length >= 3 && !COMMON.has(w)).map((w) => w.replace(/(?:'s|s)$/, "")),
  );
}

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / Math.min(a.size, b.size);
}

/**
 * Groups questions that share most of their content words (greedy, in the order given), and
 * puts the largest groups first: the knowledge-base articles worth writing first.
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
  return groups
    .map((g) => ({
      example: g.questions[0]?.text ?? "",
      questions: g.questions,
      bestMatch: commonestMatch(g.questions),
    }))
    .sort((a, b) => b.questions.length - a.questions.length);
}

function commonestMatch(questions: readonly GapQuestion[]): GapQuestion["bestMatch"] {
  const counts = new Map<string, { match: NonNullable<GapQuestion["bestMatch"]>; n: number }>();
  for (const q of questions) {
    if (!q.bestMatch) continue;
    const entry = counts.get(q.bestMatch.title) ?? { match: q.bestMatch, n: 0 };
    entry.n++;
    counts.set(q.bestMatch.title, entry);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.match ?? null;
}
