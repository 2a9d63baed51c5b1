import type { Source } from "../../shared/api.ts";
import { isHttpUrl } from "./documents.ts";
import type { Passage } from "./index-reader.ts";
import type { Retrieval } from "./retrieve.ts";
import { splitSentences, tokenize } from "./text.ts";

// "When", "how long", "how much", "how many", "what time" and their kin in the five languages.
const ASKS_FOR_AMOUNT =
  /\b(?:when|how (?:long|soon|much|many|quickly|fast)|what time|hvornår|hvor (?:længe|lang tid|meget|mange|hurtigt)|hvad koster|wann|wie (?:lange|viel|viele|schnell|bald)|was kostet|quand|combien|dans combien|cuándo|cuando|cuánto|cuanto|cuántos|cuantos)\b/iu;

/**
 * The answer from the best passage: the statement that holds the most of the question (its own
 * words first, the words the lexicon relates to them at half weight) leads, so "when will I get
 * my money back" starts with "Refunds reach your card within 5 business days", followed by the
 * next most relevant statement, or the lead's continuation. The article's own questions never
 * answer.
 */
export function extractAnswer(retrieval: Retrieval): { text: string; sources: Source[] } {
  const { best, queryTerms, relatedTerms } = retrieval;
  if (!best) return { text: "", sources: [] };
  const own = new Set(queryTerms);
  // A question after a time, a price or a count is answered by the sentence that states one.
  const wantsAmount = ASKS_FOR_AMOUNT.test(retrieval.question);
  const inTitle = new Set(tokenize(best.title, best.language));
  const related = new Set(relatedTerms);
  const sentences = splitSentences(best.text).map((text, position) => {
    let hits = wantsAmount && /\p{N}/u.test(text) ? 1 : 0;
    for (const t of new Set(tokenize(text, best.language))) {
      // A question word the title already holds says what the article is about, not which of
      // its sentences answers: it counts half.
      if (own.has(t)) hits += inTitle.has(t) ? 0.5 : 1;
      else if (related.has(t)) hits += 0.5;
    }
    return { text, position, hits };
  });
  // An article's own questions ("Your dog keeps scratching?") set up an answer; they never are
  // one. They lead only when the passage has nothing else.
  const statements = sentences.filter((s) => !isQuestion(s.text));
  const pool = statements.length > 0 ? statements : sentences;
  const byRelevance = [...pool].sort((a, b) => b.hits - a.hits || a.position - b.position);
  const lead = byRelevance[0];
  // The second sentence is the next most relevant one; when none shares a word with the
  // question, the lead's own continuation, which most often holds its detail (the price, the
  // deadline). A third follows the same rule while the answer stays short: a right article's
  // answer often holds the visitor's fact only in it. On the project's own thirteen dev help
  // centres (`npm run eval`, "the fact in right answers"), two sentences held the fact in 81 %
  // of right best matches (median 224 characters), three within 450 characters in 87 % (median
  // 320); beyond 450 characters a third added almost nothing.
  const chosen = lead ? [lead] : [];
  while (chosen.length > 0 && chosen.length < 3) {
    const sentence =
      byRelevance.find((s) => s.hits > 0 && !chosen.includes(s)) ?? continuationOf(chosen, pool);
    if (!sentence || chosen.includes(sentence)) break;
    if (chosen.length === 2 && lengthOf(chosen) + sentence.text.length > THIRD_SENTENCE_CHARS)
      break;
    chosen.push(sentence);
  }
  // The runner-up is cited only when it is nearly as strong: a weak second link is noise.
  const topScore = retrieval.ranked[0]?.score ?? 0;
  const sources: Source[] = [];
  for (const { passage, score } of retrieval.ranked.slice(0, 2)) {
    if (score < topScore * 0.8 || sources.some((s) => s.title === passage.title)) continue;
    // Indexes stored before URLs were checked may hold any scheme; never hand one to a visitor.
    const url = passage.url !== null && isHttpUrl(passage.url) ? passage.url : null;
    sources.push({ title: passage.title, url });
  }
  return { text: chosen.map((s) => s.text).join(" "), sources };
}

// The longest an answer may grow by taking a third sentence.
const THIRD_SENTENCE_CHARS = 450;

/** The sentence after the last one chosen, in the passage's order: the chosen ones' detail. */
function continuationOf<S extends { position: number }>(
  chosen: readonly S[],
  pool: readonly S[],
): S | undefined {
  const last = Math.max(...chosen.map((s) => s.position));
  return pool.find((s) => s.position === last + 1);
}

function lengthOf(sentences: readonly { text: string }[]): number {
  return sentences.reduce((sum, s) => sum + s.text.length, 0);
}

function isQuestion(sentence: string): boolean {
  return /[?？]\s*$/.test(sentence);
}

// A passage up to this long is shown whole when picked from the suggestions: the visitor chose
// the article, and reading it (as a help centre's own widget opens the article) beats sentences
// guessed at from a question retrieval was unsure of. Passages are cut at about 1,000 characters
// (passages.ts), so this is nearly always the whole passage. On the own dev help centres
// (`npm run eval`, "in right suggestions"), the sentences picked out held the visitor's fact in
// 70-100 % of right suggestions, the passage whole in all of them.
const WHOLE_PASSAGE_CHARS = 1_000;

/**
 * What a visitor reads on picking a suggested passage: the passage whole, its paragraphs kept,
 * or for an unusually long one its most relevant sentences (`extractAnswer` as
 * if it were the best match), with its source.
 *
 * @example
 * suggestedAnswer(retrieval, passage).text; // "When your order leaves our warehouse…"
 */
export function suggestedAnswer(
  retrieval: Retrieval,
  passage: Passage,
): { text: string; sources: Source[] } {
  const answer = extractAnswer({ ...retrieval, best: passage, ranked: [{ passage, score: 1 }] });
  if (passage.text.length > WHOLE_PASSAGE_CHARS) return answer;
  return { text: asRead(passage.text), sources: answer.sources };
}

/**
 * A passage's text as the chat shows it: its paragraphs (one a line in the index, passages.ts)
 * a blank line apart, which the widget keeps.
 */
function asRead(text: string): string {
  return text.trim().replace(/\s*\n\s*/g, "\n\n");
}
