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
