/**
 * What visitors' picks among suggestions say about the knowledge base, per article, counted per
 * visitor: "3 visitors picked Exchanges for questions like…". Pure: the caller reads the held
 * picks (`listHeldPicks`) and teaches what `picksToTeach` returns.
 */
import { languageOf, tokenize } from "../kb/text.ts";

/** A pick that still stands as evidence (see `listHeldPicks`). */
export interface HeldPick {
  id: string;
  docId: string;
  title: string;
  question: string;
  /** A one-way hash naming the visitor: picks count per visitor. */
  visitor: string;
  createdAt: string;
  taughtAt: string | null;
}

/** One article's evidence. */
export interface ArticleEvidence {
  docId: string;
  title: string;
  /** Distinct visitors whose pick of this article held. */
  visitors: number;
  /** The questions they picked it for, newest first, one per distinct text. */
  questions: { text: string; pickIds: string[]; taught: boolean }[];
}

/**
 * The held picks grouped by article, the article most visitors picked first (then the newest).
 *
 * @example
 * groupPicks(picks)[0]; // { docId: "exchanges", title: "Exchanges", visitors: 3, questions: [...] }
 */
export function groupPicks(picks: readonly HeldPick[]): ArticleEvidence[] {
  return evidenceOf(byArticle(picks));
}

/** The held picks of each article, in the order given. */
function byArticle(picks: readonly HeldPick[]): Map<string, HeldPick[]> {
  const byDoc = new Map<string, HeldPick[]>();
  for (const pick of picks) {
    const ofDoc = byDoc.get(pick.docId);
    if (ofDoc) ofDoc.push(pick);
    else byDoc.set(pick.docId, [pick]);
  }
  return byDoc;
}

function evidenceOf(byDoc: ReadonlyMap<string, readonly HeldPick[]>): ArticleEvidence[] {
  const evidence = [...byDoc].map(([docId, ofDoc]) => {
    const questions = new Map<string, { text: string; pickIds: string[]; taught: boolean }>();
    const newestFirst = [...ofDoc].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    for (const pick of newestFirst) {
      const key = normalise(pick.question);
      const question = questions.get(key) ?? { text: pick.question, pickIds: [], taught: true };
      question.pickIds.push(pick.id);
      question.taught &&= pick.taughtAt !== null;
      questions.set(key, question);
    }
    return {
      docId,
      title: ofDoc[0]?.title ?? "",
      visitors: new Set(ofDoc.map((p) => p.visitor)).size,
      questions: [...questions.values()],
      newest: newestFirst[0]?.createdAt ?? "",
    };
  });
  evidence.sort((a, b) => b.visitors - a.visitors || b.newest.localeCompare(a.newest));
  return evidence.map(({ newest: _, ...rest }) => rest);
}

/** A question to teach to an article, and the picks it settles. */
export interface PickLesson {
  docId: string;
  question: string;
  pickIds: string[];
}

/**
 * The questions to teach automatically: each question not taught yet whose own evidence comes
 * from at least `minVisitors` different visitors (two at least), the visitors who picked the
 * same article for it or for a question sharing a content word with it ("bigger size" and
 * "can I swap for a bigger one" corroborate each other; "swap colour" and "bigger size" don't).
 * One visitor alone never reaches the bar, however often they click, since picks are counted
 * per visitor; nor can one visitor add a question of their own to an article other visitors
 * picked for something else, which an article-wide count let through.
 *
 * @example
 * picksToTeach(picks, 3); // [{ docId: "exchanges", question: "can i swap for a bigger size", pickIds: [...] }]
 */
export function picksToTeach(picks: readonly HeldPick[], minVisitors: number): PickLesson[] {
  const bar = Math.max(2, minVisitors);
  const byDoc = byArticle(picks);
  return evidenceOf(byDoc)
    .filter((article) => article.visitors >= bar)
    .flatMap((article) => {
      const ofDoc = (byDoc.get(article.docId) ?? []).map((p) => ({
        visitor: p.visitor,
        words: contentWords(p.question),
      }));
      return lessonsOf(article).filter((lesson) => {
        const words = contentWords(lesson.question);
        const support = new Set(
          ofDoc.filter((p) => [...words].some((w) => p.words.has(w))).map((p) => p.visitor),
        );
        return support.size >= bar;
      });
    });
}

/** A question's content-word stems, in the language it is written in. */
function contentWords(question: string): ReadonlySet<string> {
  return new Set(tokenize(question, languageOf(question, "en")));
}

/** Each question an article was picked for that is not taught yet, as a lesson. */
export function lessonsOf(article: ArticleEvidence): PickLesson[] {
  return article.questions
    .filter((q) => !q.taught)
    .map((q) => ({ docId: article.docId, question: q.text, pickIds: q.pickIds }));
}

function normalise(question: string): string {
  return question.toLowerCase().replace(/\s+/g, " ").trim();
}
