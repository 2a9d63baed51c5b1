/** @jsxImportSource hono/jsx */
import { type Context, Hono } from "hono";
import { MAX_KB_DOCUMENTS } from "../../shared/limits.ts";
import {
  type ArticleDraft,
  checkDraft,
  deleteArticle,
  type Edited,
  mergeUpload,
  removeQuestion,
  searchArticles,
  updateArticle,
} from "../kb/articles.ts";
import { AppError } from "../errors.ts";
import { isHttpUrl, type KbDocument } from "../kb/documents.ts";
import {
  type EditableDocuments,
  getEditableDocuments,
  KB_CONFLICT_MESSAGE,
  type StoredKnowledgeBase,
  storeKnowledgeBase,
} from "../kb/documents-store.ts";
import { deleteTaughtQuestion, listTaughtBy } from "../kb/taught-store.ts";
import { documentIdOf, importFile } from "../kb/import-file.ts";
import { addArticle } from "../kb/teach.ts";
import type { SiteEnv } from "../sites/load-site.ts";
import { listMembers } from "../team/members-store.ts";
import { teamDirectory, whoDid } from "./attribution.ts";
import { renderPage } from "./render.tsx";
import {
  ArticleForm,
  type ArticleFormState,
  ArticlePage,
  articlePath,
  type ImportReport,
  isStaleForm as isStale,
  KbList,
  kbPath,
} from "./views/kb.tsx";
import { requireActor } from "./actor.ts";
import type { Notice } from "./views/layout.tsx";
import { siteBindings, siteDatabase } from "../sites/site-database.ts";

const PAGE_SIZE = 50;

const NOT_KEPT =
  "This site's knowledge base was imported before Clarifier kept its documents, so it cannot be edited here: import its files again below (or with npm run kb -- import), then edit.";

const DONE: Record<string, string> = {
  added: "Article added. Visitors get answers from it from the next message on.",
  saved: "Article saved. Visitors get answers from the new text from the next message on.",
  deleted: "Article deleted.",
  "phrasing-removed": "Phrasing removed.",
};

const DELETED_MEANWHILE =
  "Someone else deleted this article while you were editing: your text is below; add it again to keep it.";
const NOT_DELETED =
  "Someone else changed the knowledge base while you were looking: nothing was deleted or removed; review the article and try again.";
const NOT_IMPORTED =
  "someone else changed the knowledge base while this page was open: nothing was imported; review the articles and choose the files again.";

/** The site's documents to edit and their version (`getEditableDocuments`). */
function editableDocuments(c: Context<SiteEnv>): Promise<EditableDocuments> {
  return getEditableDocuments(siteBindings(c.env, c.var.site, c.var.config), c.var.site);
}

/** Stores the documents changed from `basedOn` and redirects with `done`, or says why not. */
async function storeAndGo(
  c: Context<SiteEnv>,
  documents: readonly KbDocument[],
  basedOn: number,
  to: string,
  done: string,
  onClaimed?: () => Promise<void>,
): Promise<Response | (StoredKnowledgeBase & { ok: false })> {
  const stored = await storeKnowledgeBase(
    siteBindings(c.env, c.var.site, c.var.config),
    c.var.site,
    documents,
    { basedOn, by: requireActor(c).name, ...(onClaimed ? { onClaimed } : {}) },
  );
  if (!stored.ok) return stored;
  const url = new URL(to, "http://dashboard.invalid");
  url.searchParams.set("done", done);
  return c.redirect(`${url.pathname}${url.search}`, 303);
}

function draftOf(form: Record<string, unknown>): ArticleDraft {
  const text = (v: unknown) => (typeof v === "string" ? v : "");
  return { title: text(form.title), text: text(form.text), url: text(form.url) };
}

function noticeOf(c: Context<SiteEnv>): Notice | null {
  const done = DONE[c.req.query("done") ?? ""];
  return done ? { kind: "ok", text: done } : null;
}

async function listPage(
  c: Context<SiteEnv>,
  report: ImportReport | null = null,
  status: 200 | 400 | 409 | 413 = 200,
  baseUrl = "",
) {
  const { site } = c.var;
  const { documents, version } = await editableDocuments(c);
  const query = (c.req.query("q") ?? "").slice(0, 200);
  const matches = documents ? searchArticles(documents, query) : [];
  const pages = Math.max(1, Math.ceil(matches.length / PAGE_SIZE));
  const page = Math.min(pages, Math.max(1, Math.floor(Number(c.req.query("page")) || 1)));
  return renderPage(
    c,
    {
      title: `Knowledge base · ${site}`,
      section: "kb",
      site,
      notice: noticeOf(c),
      status,
    },
    <KbList
      site={site}
      query={query}
      total={documents?.length ?? 0}
      matches={matches}
      page={page}
      pageSize={PAGE_SIZE}
      blocked={documents ? null : NOT_KEPT}
      report={report}
      version={version}
      baseUrl={baseUrl}
    />,
  );
}

async function articlePage(
  c: Context<SiteEnv>,
  doc: KbDocument,
  state: ArticleFormState,
  status: 200 | 400 | 409 | 413 = 200,
  notice?: string,
) {
  const [taught, members] = await Promise.all([
    listTaughtBy(siteDatabase(c.env, c.var.config), c.var.site, doc.id),
    listMembers(c.env.DB),
  ]);
  // Who taught each, by the id recorded where there is one (a renamed or removed member).
  const team = teamDirectory(members);
  const taughtBy = taught.map((t) => ({ ...t, by: whoDid(team, t.by, t.byId) }));
  return renderPage(
    c,
    {
      title: `${doc.title} · Knowledge base · ${c.var.site}`,
      section: "kb",
      site: c.var.site,
      notice:
        status !== 200
          ? { kind: "error", text: notice ?? "Nothing was saved: see below." }
          : noticeOf(c),
      status,
    },
    <ArticlePage site={c.var.site} doc={doc} state={state} taughtBy={taughtBy} />,
  );
}

function newPage(
  c: Context<SiteEnv>,
  state: ArticleFormState,
  status: 200 | 400 | 409 | 413,
  notice?: string,
) {
  return renderPage(
    c,
    {
      title: `New article · ${c.var.site}`,
      section: "kb",
      site: c.var.site,
      notice:
        status === 200 ? null : { kind: "error", text: notice ?? "Nothing was saved: see below." },
      status,
    },
    <>
      <p>
        <a href={kbPath(c.var.site)}>← All articles</a>
      </p>
      <ArticleForm site={c.var.site} id={null} state={state} />
    </>,
  );
}

const stateOf = (draft: ArticleDraft, version: number, edited?: Edited): ArticleFormState => ({
  ...draft,
  version,
  error: edited && !edited.ok ? { field: edited.field, message: edited.message } : null,
});

/**
 * The article form shown again after someone else's save: the visitor's draft, carrying the
 * version just read, so saving it again is a deliberate choice over the newer documents. When
 * the other save deleted the article, the draft is offered as a new article.
 */
async function articleConflict(c: Context<SiteEnv>, id: string, draft: ArticleDraft) {
  const { documents, version } = await editableDocuments(c);
  const doc = documents?.find((d) => d.id === id);
  if (!doc) return newPage(c, { ...draft, version }, 409, DELETED_MEANWHILE);
  return articlePage(c, doc, { ...draft, version }, 409, KB_CONFLICT_MESSAGE);
}

/** The article's page again, as it now is, after a delete or phrasing removal refused for a newer save. */
async function articleActionConflict(c: Context<SiteEnv>, id: string) {
  const { documents, version } = await editableDocuments(c);
  const doc = documents?.find((d) => d.id === id);
  if (!doc) {
    throw new AppError("document_not_found", `There is no article “${id}” in this knowledge base.`);
  }
  return articlePage(
    c,
    doc,
    { title: doc.title, url: doc.url ?? "", text: doc.text, version },
    409,
    NOT_DELETED,
  );
}

/** The Knowledge base page: browse, search, add, edit, delete, un-teach, and upload files. */
export const kbPages = new Hono<SiteEnv>()
  .get("/sites/:site/kb", (c) => listPage(c))
  .get("/sites/:site/kb/new", async (c) => {
    const { version } = await editableDocuments(c);
    return newPage(c, { title: "", url: "", text: "", version }, 200);
  })
  .post("/sites/:site/kb/new", async (c) => {
    const form = await c.req.parseBody();
    const draft = draftOf(form);
    const { documents, version } = await editableDocuments(c);
    const problem = checkDraft(draft);
    if (problem) return newPage(c, stateOf(draft, version, problem), 400);
    if (!documents)
      return newPage(c, { ...draft, version, error: { field: "text", message: NOT_KEPT } }, 409);
    if (isStale(form, version)) return newPage(c, { ...draft, version }, 409, KB_CONFLICT_MESSAGE);
    const added = addArticle(documents, { title: draft.title, text: draft.text, question: null });
    if (!added.ok || !added.document)
      return newPage(
        c,
        { ...draft, version, error: { field: "text", message: "Not added." } },
        400,
      );
    const id = added.document.id;
    const url = draft.url.trim() || null;
    const next = added.documents.map((d) => (d.id === id ? { ...d, url } : d));
    const gone = await storeAndGo(c, next, version, articlePath(c.var.site, id), "added");
    if (gone instanceof Response) return gone;
    if (gone.kind === "conflict") {
      const now = await editableDocuments(c);
      return newPage(c, { ...draft, version: now.version }, 409, KB_CONFLICT_MESSAGE);
    }
    return newPage(c, { ...draft, version, error: { field: "text", message: gone.message } }, 413);
  })
  .get("/sites/:site/kb/edit", async (c) => {
    const { doc, version } = await findArticle(c);
    return articlePage(c, doc, { title: doc.title, url: doc.url ?? "", text: doc.text, version });
  })
  .post("/sites/:site/kb/edit", async (c) => {
    const form = await c.req.parseBody();
    const draft = draftOf(form);
    const id = c.req.query("id") ?? "";
    const read = await editableDocuments(c);
    if (isStale(form, read.version)) return articleConflict(c, id, draft);
    const { doc, documents, version } = articleIn(read, id);
    const edited = updateArticle(documents, doc.id, draft);
    if (!edited.ok) return articlePage(c, doc, stateOf(draft, version, edited), 400);
    const to = articlePath(c.var.site, doc.id);
    const gone = await storeAndGo(c, edited.documents, version, to, "saved");
    if (gone instanceof Response) return gone;
    if (gone.kind === "conflict") return articleConflict(c, id, draft);
    return articlePage(
      c,
      doc,
      { ...draft, version, error: { field: "text", message: gone.message } },
      413,
    );
  })
  .post("/sites/:site/kb/delete", async (c) => {
    const form = await c.req.parseBody();
    const id = c.req.query("id") ?? "";
    const read = await editableDocuments(c);
    if (isStale(form, read.version)) return articleActionConflict(c, id);
    const { doc, documents, version } = articleIn(read, id);
    const edited = deleteArticle(documents, doc.id);
    if (!edited.ok) return c.notFound();
    const gone = await storeAndGo(c, edited.documents, version, kbPath(c.var.site), "deleted");
    if (gone instanceof Response) return gone;
    return gone.kind === "conflict" ? articleActionConflict(c, id) : kbRefused(c, gone.message);
  })
  .post("/sites/:site/kb/phrasing/remove", async (c) => {
    const form = await c.req.parseBody();
    const id = c.req.query("id") ?? "";
    const read = await editableDocuments(c);
    if (isStale(form, read.version)) return articleActionConflict(c, id);
    const { doc, documents, version } = articleIn(read, id);
    const question = typeof form.question === "string" ? form.question : "";
    const edited = removeQuestion(documents, doc.id, question);
    if (!edited.ok) return c.notFound();
    const db = siteDatabase(c.env, c.var.config);
    const to = articlePath(c.var.site, doc.id);
    // A phrasing taught from the dashboard or the API is a D1 row laid over the kept documents:
    // it goes too, or the rebuild would bring it back; only once this save has won its version.
    const gone = await storeAndGo(c, edited.documents, version, to, "phrasing-removed", () =>
      deleteTaughtQuestion(db, c.var.site, doc.id, question),
    );
    if (gone instanceof Response) return gone;
    return gone.kind === "conflict" ? articleActionConflict(c, id) : kbRefused(c, gone.message);
  })
  .post("/sites/:site/kb/import", async (c) => {
    const form = await c.req.parseBody({ all: true });
    const files = [form.files].flat().filter((f): f is File => f instanceof File && f.name !== "");
    const rawBase = typeof form.baseUrl === "string" ? form.baseUrl.trim().replace(/\/+$/, "") : "";
    const report: ImportReport = { added: [], replaced: [], skipped: [] };
    if (rawBase && !isHttpUrl(rawBase)) {
      report.skipped.push({ file: "Link", reason: "must start with https:// or http://." });
      return listPage(c, report, 400, rawBase);
    }
    if (files.length === 0) {
      report.skipped.push({ file: "Files", reason: "choose at least one file to import." });
      return listPage(c, report, 400, rawBase);
    }
    const { documents, version } = await editableDocuments(c);
    // The upload replaces articles named like its files: made over a list someone else has
    // changed since, it could replace their edit unseen, so it is refused like an article save.
    if (isStale(form, version)) {
      report.skipped.push({ file: "Upload", reason: NOT_IMPORTED });
      return listPage(c, report, 409, rawBase);
    }
    const uploaded: KbDocument[] = [];
    for (const file of files) {
      const id = documentIdOf(file.name);
      const read = importFile(file.name, new Uint8Array(await file.arrayBuffer()), {
        id,
        baseUrl: rawBase || null,
      });
      if (!read.ok) report.skipped.push({ file: file.name, reason: read.reason });
      else if (uploaded.some((d) => d.id === id))
        report.skipped.push({ file: file.name, reason: `another file is also named “${id}”.` });
      else uploaded.push(read.document);
    }
    if (uploaded.length === 0) return listPage(c, report, 400, rawBase);
    const merged = mergeUpload(documents ?? [], uploaded);
    if (merged.documents.length > MAX_KB_DOCUMENTS) {
      report.skipped.push({
        file: "Upload",
        reason: `the knowledge base would hold ${merged.documents.length} articles, more than ${MAX_KB_DOCUMENTS}.`,
      });
      return listPage(c, report, 413, rawBase);
    }
    const stored = await storeKnowledgeBase(
      siteBindings(c.env, c.var.site, c.var.config),
      c.var.site,
      merged.documents,
      { basedOn: version, by: requireActor(c).name },
    );
    if (!stored.ok) {
      const conflict = stored.kind === "conflict";
      report.skipped.push({ file: "Upload", reason: conflict ? NOT_IMPORTED : stored.message });
      return listPage(c, report, conflict ? 409 : 413, rawBase);
    }
    report.added = merged.added;
    report.replaced = merged.replaced;
    return listPage(c, report);
  });

/** The article `id` in the documents read, or a 404 page. */
function articleIn(
  read: EditableDocuments,
  id: string,
): { doc: KbDocument; documents: KbDocument[]; version: number } {
  const doc = read.documents?.find((d) => d.id === id);
  if (!read.documents || !doc) {
    throw new AppError("document_not_found", `There is no article “${id}” in this knowledge base.`);
  }
  return { doc, documents: read.documents, version: read.version };
}

/** The article the query's `id` names, with the documents it was read from (read once). */
async function findArticle(
  c: Context<SiteEnv>,
): Promise<{ doc: KbDocument; documents: KbDocument[]; version: number }> {
  return articleIn(await editableDocuments(c), c.req.query("id") ?? "");
}

/**
 * A removal the knowledge base refused (it would no longer fit), as a dashboard page that says
 * why (title, language, navigation) rather than a bare line of text.
 */
function kbRefused(c: Context<SiteEnv>, message: string): Promise<Response> {
  return renderPage(
    c,
    {
      title: "Knowledge base",
      section: "kb",
      site: c.var.site,
      notice: { kind: "error", text: message },
      status: 413,
    },
    <p>
      <a href={`/admin/sites/${encodeURIComponent(c.var.site)}/kb`}>Back to the knowledge base</a>
    </p>,
  );
}
