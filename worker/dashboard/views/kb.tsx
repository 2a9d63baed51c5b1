/** @jsxImportSource hono/jsx */
import { MAX_DASHBOARD_UPLOAD_BYTES, MAX_KB_DOCUMENT_LENGTH } from "../../../shared/limits.ts";
import type { KbDocument } from "../../kb/documents.ts";
import type { TaughtBy } from "../../kb/taught-store.ts";
import { questionKey } from "../../kb/teach.ts";
import { formatTime } from "../format.ts";
import { plural } from "../tally.ts";
import { pageLine, pagePosition } from "../page-position.ts";
import { describedBy, Field, KeptNote } from "./field.tsx";
import { Pager } from "./pager.tsx";

/** The Knowledge base page's path for a site, with `rest` after it. */
export function kbPath(site: string, rest = ""): string {
  return `/admin/sites/${encodeURIComponent(site)}/kb${rest}`;
}

/** An article's edit page: ids may hold `/` (a file in a folder), so the id is a query value. */
export function articlePath(site: string, id: string): string {
  return kbPath(site, `/edit?id=${encodeURIComponent(id)}`);
}

/**
 * The hidden field every form that changes the documents carries: the version of the documents
 * the page was rendered from, so a save made after someone else's is refused, not applied over it.
 */
export const KB_VERSION_FIELD = "kbVersion";

export function KbVersionInput(props: { version: number }) {
  return <input type="hidden" name={KB_VERSION_FIELD} value={String(props.version)} />;
}

/**
 * Whether a form was rendered from documents older than `current`: its hidden version differs.
 * A form without the field (a page rendered before forms carried it) is held to the documents
 * read now, as every save was before; its save still claims the version, so two at once cannot
 * both land.
 */
export function isStaleForm(form: Record<string, unknown>, current: number): boolean {
  const sent = form[KB_VERSION_FIELD];
  if (typeof sent !== "string" || sent === "") return false;
  return !/^\d{1,15}$/.test(sent) || Number(sent) !== current;
}

/** What an import came to, shown after the upload. */
export interface ImportReport {
  added: string[];
  replaced: string[];
  skipped: { file: string; reason: string }[];
}

/** The list: search, the articles of this page, paging, the upload form and "Add an article". */
export function KbList(props: {
  site: string;
  query: string;
  total: number;
  matches: readonly KbDocument[];
  page: number;
  pageSize: number;
  blocked: string | null;
  report?: ImportReport | null;
  /** The documents' version the upload form carries. */
  version: number;
  /** The upload's link field as sent, kept when nothing was imported. */
  baseUrl?: string;
}) {
  const importForm = (
    <ImportForm site={props.site} version={props.version} baseUrl={props.baseUrl} />
  );
  const { site, query, matches, page, pageSize } = props;
  const shown = matches.slice((page - 1) * pageSize, page * pageSize);
  const pages = Math.max(1, Math.ceil(matches.length / pageSize));
  const pageLink = (n: number) =>
    kbPath(site, `?${new URLSearchParams({ ...(query ? { q: query } : {}), page: String(n) })}`);
  const position = pagePosition({
    earlier: (page - 1) * pageSize,
    shown: shown.length,
    total: matches.length,
    size: pageSize,
  });
  if (props.blocked)
    return (
      <>
        {props.report ? <ImportResult report={props.report} /> : null}
        <p class="notice error" role="alert">
          {props.blocked}
        </p>
        {importForm}
      </>
    );
  return (
    <>
      {props.report ? <ImportResult report={props.report} /> : null}
      <div class="toolbar">
        {/* `#results`: the page it brings back focuses the count of matches (dashboard.js). */}
        <form class="inline" method="get" action={`${kbPath(site)}#results`}>
          <label for="kb-search">Search the articles</label>
          <input id="kb-search" name="q" type="search" value={query} />
          <button type="submit" class="secondary">
            Search
          </button>
        </form>
        <a class="button" href={kbPath(site, "/new")}>
          Add an article
        </a>
      </div>
      {/* What a search found (`#results`) and which page a pager opened (`#page`): the line
          dashboard.js focuses. */}
      <p class="hint" id="kb-count" data-results data-page tabindex={-1}>
        {pages > 1 ? `${pageLine(position, "articles")}. ` : ""}
        {query
          ? `${plural(matches.length, "article")} of ${props.total} match “${query}”.`
          : `${plural(props.total, "article")} in the knowledge base.`}
      </p>
      {shown.length === 0 ? (
        <p class="empty">
          {query ? "No article matches." : "No articles yet: add one, or upload files below."}
        </p>
      ) : (
        <table class="cards kb-list">
          <thead>
            <tr>
              <th scope="col">Article</th>
              <th scope="col">Link</th>
              <th scope="col">Taught phrasings</th>
              <th scope="col">Length</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((d) => (
              <tr>
                <th scope="row">
                  <a href={articlePath(site, d.id)}>{d.title || d.id}</a>
                  <span class="hint block">{d.id}</span>
                </th>
                <td data-label="Link">{d.url ? <span class="url">{d.url}</span> : "–"}</td>
                <td data-label="Taught phrasings">{(d.questions ?? []).length}</td>
                <td data-label="Length">{`${d.text.length.toLocaleString("en-US")} characters`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pages > 1 ? <Pager label="More articles" page={page} pages={pages} link={pageLink} /> : null}
      {importForm}
    </>
  );
}

/** The upload form: files, and a base link for articles without their own. */
function ImportForm(props: { site: string; version: number; baseUrl?: string | undefined }) {
  const { site } = props;
  return (
    <section class="card" aria-labelledby="import-heading">
      <h2 id="import-heading">Import files</h2>
      <p>
        Markdown (.md), HTML (.html) or text (.txt) files, one article each; up to{" "}
        {MAX_DASHBOARD_UPLOAD_BYTES / 1048576} MB an upload and{" "}
        {MAX_KB_DOCUMENT_LENGTH.toLocaleString("en-US")} characters a file. The title comes from the
        first heading (or the HTML title); a file named like an existing article replaces its text
        and keeps the phrasings taught to it. The same import as <code>npm run kb -- import</code>.
      </p>
      <form method="post" action={kbPath(site, "/import")} enctype="multipart/form-data">
        <KbVersionInput version={props.version} />
        <div class="field">
          <label for="kb-files">Files</label>
          <input
            id="kb-files"
            name="files"
            type="file"
            multiple
            required
            accept=".md,.markdown,.mdx,.html,.htm,.txt,.text"
          />
        </div>
        <div class="field">
          <label for="kb-base-url">Link each article to (optional)</label>
          <input
            id="kb-base-url"
            name="baseUrl"
            type="url"
            placeholder="https://example.com/help"
            value={props.baseUrl ?? ""}
            aria-describedby="kb-base-url-hint"
          />
          <p class="hint" id="kb-base-url-hint">
            An article without its own link gets this address followed by its file name.
          </p>
        </div>
        <button type="submit">Import</button>
      </form>
    </section>
  );
}

function ImportResult(props: { report: ImportReport }) {
  const { added, replaced, skipped } = props.report;
  return (
    <section class="card" id="import-result" aria-labelledby="import-result-heading">
      <h2 id="import-result-heading">Import</h2>
      <p>
        {`${plural(added.length, "article")} added, ${replaced.length} replaced, ${plural(skipped.length, "file")} skipped.`}
      </p>
      {skipped.length > 0 ? (
        <ul class="problems">
          {skipped.map((s) => (
            <li>
              <strong>{s.file}</strong>: {s.reason}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** What the article form was sent with, kept after an error. */
export interface ArticleFormState {
  title: string;
  url: string;
  text: string;
  /** The documents' version the form carries (after a conflict, the newer one it was shown again with). */
  version: number;
  error?: { field: "title" | "text" | "url" | "id"; message: string } | null;
}

/** The article form: new (no `id`) or an existing article's. */
export function ArticleForm(props: { site: string; id: string | null; state: ArticleFormState }) {
  const { state } = props;
  const err = (field: string) => (state.error?.field === field ? state.error.message : null);
  const described = (field: string, hint = false) =>
    describedBy(`article-${field}`, hint, err(field) ?? undefined);
  const action = props.id === null ? kbPath(props.site, "/new") : articlePath(props.site, props.id);
  return (
    // data-keep: what was typed is put back after a session's end (dashboard.js), with the
    // version it was based on, so a save over someone else's change is still caught (409).
    <form method="post" action={action} class="card article-form" data-keep="article">
      <KbVersionInput version={state.version} />
      <KeptNote />
      <Field id="article-title" label="Title" error={err("title")}>
        <input
          id="article-title"
          name="title"
          maxlength={200}
          value={state.title}
          required
          aria-invalid={err("title") ? "true" : undefined}
          aria-describedby={described("title")}
        />
      </Field>
      <Field
        id="article-url"
        label="Link (optional)"
        error={err("url")}
        hint="Where visitors read the whole article; answers link to it."
      >
        <input
          id="article-url"
          name="url"
          type="url"
          value={state.url}
          placeholder="https://example.com/help/returns"
          aria-invalid={err("url") ? "true" : undefined}
          aria-describedby={described("url", true)}
        />
      </Field>
      <Field
        id="article-text"
        label="Text"
        error={err("text")}
        hint="Plain text or Markdown. The AI answers from it, a passage at a time."
      >
        <textarea
          id="article-text"
          name="text"
          rows={14}
          required
          maxlength={MAX_KB_DOCUMENT_LENGTH}
          aria-invalid={err("text") ? "true" : undefined}
          aria-describedby={described("text", true)}
        >
          {state.text}
        </textarea>
      </Field>
      <button type="submit">{props.id === null ? "Add the article" : "Save the article"}</button>
    </form>
  );
}

/** An article's page: the form, its taught phrasings (each removable), and delete. */
export function ArticlePage(props: {
  site: string;
  doc: KbDocument;
  state: ArticleFormState;
  /** Who taught the phrasings taught from the dashboard or the API, and when. */
  taughtBy?: readonly TaughtBy[];
}) {
  const { site, doc } = props;
  const questions = doc.questions ?? [];
  const who = new Map((props.taughtBy ?? []).map((t) => [questionKey(t.question), t]));
  return (
    <>
      <p>
        <a href={kbPath(site)}>← All articles</a>
      </p>
      <ArticleForm site={site} id={doc.id} state={props.state} />
      <section class="card" aria-labelledby="phrasings-heading">
        <h2 id="phrasings-heading">Taught phrasings</h2>
        <p class="hint">
          Visitors' questions taught to this article from Knowledge gaps or Answers. They match the
          article as strongly as its title and are never shown as answer text.
        </p>
        {questions.length === 0 ? (
          <p class="empty">None yet.</p>
        ) : (
          <ul class="phrasings">
            {questions.map((q, i) => (
              <li>
                <span id={`phrasing-${i}`}>{q}</span>
                <TaughtByNote taught={who.get(questionKey(q))} />
                <form
                  method="post"
                  action={kbPath(site, `/phrasing/remove?id=${encodeURIComponent(doc.id)}`)}
                >
                  <input type="hidden" name="question" value={q} />
                  <KbVersionInput version={props.state.version} />
                  <button type="submit" class="secondary" aria-describedby={`phrasing-${i}`}>
                    Remove
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="card" aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete the article</h2>
        <form
          method="post"
          action={kbPath(site, `/delete?id=${encodeURIComponent(doc.id)}`)}
          data-confirm={`Delete “${doc.title}” and its taught phrasings?`}
        >
          <KbVersionInput version={props.state.version} />
          <p>Visitors stop getting answers from it at once. This cannot be undone.</p>
          <button type="submit" class="danger">
            Delete “{doc.title}”
          </button>
        </form>
      </section>
    </>
  );
}

/** "taught by Ana, 6 Dec 2026 10:00", when the phrasing's row says who (null: not recorded). */
function TaughtByNote(props: { taught: TaughtBy | undefined }) {
  const t = props.taught;
  if (!t) return null;
  return (
    <span class="hint">{` taught ${t.by ? `by ${t.by}, ` : ""}${formatTime(t.createdAt)}`}</span>
  );
}
