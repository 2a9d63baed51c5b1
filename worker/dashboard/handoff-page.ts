/**
 * What the Handoffs list reads from D1: the page of handoffs after the cursor, the counts its
 * Open / Resolved tabs show, and where the page stands ("Page 2 of 5: 51–100 of 230 handoffs"),
 * in a number of rows that does not grow with the handoffs stored
 * (test/worker/dashboard/bounded-handoffs.test.ts). The tabs and the total come from the counts
 * kept as handoffs change (`handoff-counts.ts`, at most 12 rows a site on each database), the
 * page's number from the pager's link (`page=`): counting the handoffs read every one of the
 * database for the tabs, and every matching one again for the page line. A filter on dates is
 * the one the counts cannot answer: its total counts the rows of those days.
 */
import { countByStatus, countMatching, readHandoffCounts } from "../handoff/handoff-counts.ts";
import {
  countHandoffsAcross,
  listHandoffPageAcross,
  locateHandoff,
  readEveryDatabase,
} from "../handoff/locate.ts";
import type { HandoffStatus } from "../handoff/replies-store.ts";
import { getHandoff, type HandoffFilter, type LabelledHandoff } from "../handoff/store.ts";
import { cursorPagePosition, type PagePosition, parsePageNumber } from "./page-position.ts";

export interface HandoffListPage {
  handoffs: LabelledHandoff[];
  /** The cursor the page started after, when it named a stored handoff. */
  before: string | undefined;
  nextBefore: string | null;
  /** The open and resolved handoffs of the site (of every site without one), for the tabs. */
  counts: Record<HandoffStatus, number>;
  /** This page's number, for the next page's link to carry (one more); null if not known. */
  page: number | null;
  /** Where the page stands; null when it fits on one page or its number is not known. */
  position: PagePosition | null;
}

/** The query's cursor and page number, each checked, the page they name, and the counts. */
export async function readHandoffListPage(
  env: Env,
  query: {
    filters: Omit<HandoffFilter, "before" | "limit">;
    before?: string;
    page?: string;
    size: number;
  },
): Promise<HandoffListPage> {
  const { filters, size } = query;
  // A page starts after the handoff `before` names; an id that names none starts from the newest.
  const cursor = query.before ? await locateHandoff(env, query.before, getHandoff) : null;
  const before = cursor ? query.before : undefined;
  // Every shard's: a site's handoffs are on its database, the list of all sites on all of them.
  const [{ handoffs, nextBefore }, kept] = await Promise.all([
    listHandoffPageAcross(env, { ...filters, before, limit: size }),
    readEveryDatabase(env, (db) => readHandoffCounts(db, filters.site ?? null)),
  ]);
  const counts = countByStatus(kept);
  // Placed only when there is more than one page: one page's count is its length.
  if (!before && !nextBefore) {
    return { handoffs, before, nextBefore, counts, page: 1, position: null };
  }
  const page = before ? parsePageNumber(query.page) : 1;
  const total =
    filters.from || filters.until
      ? await countHandoffsAcross(env, filters)
      : countMatching(kept, filters);
  const position = cursorPagePosition({
    page,
    shown: handoffs.length,
    total,
    size,
    hasNext: nextBefore !== null,
  });
  return { handoffs, before, nextBefore, counts, page: position?.page ?? page, position };
}
