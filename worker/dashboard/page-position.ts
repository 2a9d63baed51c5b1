/**
 * Where a page of a list stands in it, for the line that heads the list. A pager link brings
 * the owner to the list's next page with the focus on that line (dashboard.js, `#page`), so
 * what it says is what a screen reader says first: which page of how many, and which items.
 */

/** A page's place in its list: numbered from 1, items counted from 1. */
export interface PagePosition {
  page: number;
  pages: number;
  /** The first and last item shown, counted from the list's start. */
  first: number;
  last: number;
  total: number;
}

/**
 * The position of a page that shows `shown` items after `earlier` ones, of `total`, `size` to a
 * page. A cursor list (the handoffs, the answers) counts `earlier` as the items newer than the
 * page: while new ones arrive the walk's pages stay as they were, and the count says where the
 * page now stands. The pages after it are the rest, `size` to a page, so the count always ends.
 *
 * @example
 * pagePosition({ earlier: 50, shown: 50, total: 230, size: 50 });
 * // { page: 2, pages: 5, first: 51, last: 100, total: 230 }
 */
export function pagePosition(counts: {
  earlier: number;
  shown: number;
  total: number;
  size: number;
}): PagePosition {
  const { earlier, shown, size } = counts;
  const total = Math.max(counts.total, earlier + shown);
  const page = Math.floor(earlier / size) + 1;
  const later = total - earlier - shown;
  return {
    page,
    pages: page + Math.ceil(later / size),
    first: shown === 0 ? earlier : earlier + 1,
    last: earlier + shown,
    total,
  };
}

/**
 * "Page 2 of 5: 51–100 of 230 handoffs", what heads a list of more than one page; null for a
 * list that fits on one, whose line says its count as before.
 *
 * @example
 * pageLine(pagePosition({ earlier: 0, shown: 50, total: 51, size: 50 }), "handoffs");
 * // "Page 1 of 2: 1–50 of 51 handoffs"
 */
export function pageLine(position: PagePosition, noun: string): string | null {
  if (position.pages <= 1) return null;
  const n = (count: number) => count.toLocaleString("en-US");
  const { page, pages, first, last, total } = position;
  const shown = first === last ? n(first) : `${n(first)}–${n(last)}`;
  return `Page ${n(page)} of ${n(pages)}: ${shown} of ${n(total)} ${noun}`;
}

/**
 * The position of a page of a cursor list of fixed-size pages whose number the pager's link
 * carries (`page=`), with the list's `total` counted apart (the Answers list: from the counts
 * kept as messages land): counting the items newer than the cursor read every one of them. A
 * last page (`hasNext` false) places itself from the total, whatever the link said: items that
 * arrived during the walk are newer than it, so it stands `total - shown` in. A page before the
 * last takes the link's number, checked: a number the total cannot hold (a link edited, or
 * items deleted since) gives null, and the line says what it shows without a page number.
 * Items arriving during a walk count among the pages still to come (they are newer, but no
 * count of them is read), so a middle page may say one page more than the walk will take.
 *
 * @example
 * cursorPagePosition({ page: 2, shown: 50, total: 230, size: 50, hasNext: true });
 * // { page: 2, pages: 5, first: 51, last: 100, total: 230 }
 */
export function cursorPagePosition(walk: {
  /** The page's number as the link carried it; 1 without a cursor, null if none was given. */
  page: number | null;
  shown: number;
  total: number;
  size: number;
  hasNext: boolean;
}): PagePosition | null {
  const { page, shown, total, size, hasNext } = walk;
  if (!hasNext) return pagePosition({ earlier: Math.max(0, total - shown), shown, total, size });
  if (page === null) return null;
  const earlier = (page - 1) * size;
  if (page > 1 && earlier + shown > total) return null;
  return pagePosition({ earlier, shown, total, size });
}

/**
 * The page number a pager's link carries (`page=`): a whole number from 2 up (a later page;
 * the first has no cursor), or null for anything else. Checked again against the total
 * (`cursorPagePosition`), so a number that fits this but not the list is no page either.
 */
export function parsePageNumber(raw: string | undefined): number | null {
  if (!raw || !/^[1-9][0-9]{0,8}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= 2 ? n : null;
}
