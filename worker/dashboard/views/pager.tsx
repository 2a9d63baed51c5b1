/** @jsxImportSource hono/jsx */

/**
 * The previous and next links of a numbered list (the knowledge base, Knowledge gaps) and where
 * the page stands. Each link leads to `#page`: the page it opens focuses the line above its list
 * that says which page it is (dashboard.js), not the top of the document, some 15 Tab stops
 * away. The arrows are drawn, not read ("left arrow Previous page").
 */
export function Pager(props: {
  label: string;
  page: number;
  pages: number;
  link: (page: number) => string;
}) {
  const { page, pages, link } = props;
  return (
    <nav class="pager" aria-label={props.label}>
      {page > 1 ? (
        <a href={`${link(page - 1)}#page`}>
          <span aria-hidden="true">← </span>Previous page
        </a>
      ) : null}
      <span>{`Page ${page} of ${pages}`}</span>
      {page < pages ? (
        <a href={`${link(page + 1)}#page`}>
          Next page<span aria-hidden="true"> →</span>
        </a>
      ) : null}
    </nav>
  );
}
