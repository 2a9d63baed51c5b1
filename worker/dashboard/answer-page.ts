/**
 * What the Answers page reads from D1 for its list: the page of answers after the cursor, and
 * where that page stands ("Page 2 of 5: 51–100 of 230 answers"), in a bounded number of rows
 * whatever the site has stored (test/worker/dashboard/bounded-figures.test.ts). The total comes
 * from the counts kept as messages land (`countListedAnswers`), the page's number from the
 * pager's link (`page=`): counting the matching answers and those before the cursor read every
 * answer of the site on each page after the first.
 */
import { answerExists, type GivenAnswer, listAnswerPage } from "../conversations/answers-store.ts";
import { countListedAnswers } from "../conversations/message-counts.ts";
import { cursorPagePosition, type PagePosition, parsePageNumber } from "./page-position.ts";

export interface AnswerListPage {
  answers: GivenAnswer[];
  /** The cursor the page started after, when it named an answer of the site. */
  before: string | undefined;
  nextBefore: string | null;
  /** This page's number, for the next page's link to carry (one more); null if not known. */
  page: number | null;
  /** Where the page stands; null when it fits on one page or its number is not known. */
  position: PagePosition | null;
}

/** The query's cursor and page number, each checked, and the page they name. */
export async function readAnswerListPage(
  db: D1Database,
  query: { site: string; unhelpfulOnly: boolean; before?: string; page?: string; size: number },
): Promise<AnswerListPage> {
  const { site, unhelpfulOnly, size } = query;
  // A page starts after the answer `before` names; an id that names none starts from the newest.
  const before =
    query.before && (await answerExists(db, site, query.before)) ? query.before : undefined;
  const { answers, nextBefore } = await listAnswerPage(db, {
    site,
    unhelpfulOnly,
    before,
    limit: size,
  });
  // Counted only when there is more than one page: one page's count is its length.
  if (!before && !nextBefore) return { answers, before, nextBefore, page: 1, position: null };
  const page = before ? parsePageNumber(query.page) : 1;
  const total = await countListedAnswers(db, site, unhelpfulOnly);
  const position = cursorPagePosition({
    page,
    shown: answers.length,
    total,
    size,
    hasNext: nextBefore !== null,
  });
  return { answers, before, nextBefore, page: position?.page ?? page, position };
}
