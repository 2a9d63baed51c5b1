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
import { getEditableDocuments, storeKnowledgeBase } from "../kb/documents-store.ts";
import { deleteTaughtQuestion, listTaughtBy } from "../kb/taught-store.ts";
import { documentIdOf, importFile } from "../kb/import-file.ts";
import { addArticle } from "../kb/teach.ts";
import type { SiteEnv } from "../sites/load-site.ts";
import { renderPage } from "./render.tsx";
import {
  ArticleForm,
  type ArticleFormState,
  ArticlePage,
  articlePath,
  type ImportReport,
  KbList,
  kbPath,
} from "./views/kb.tsx";
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

/** The site's documents to edit (`getEditableDocuments`). */
function editableDocuments(c: Context<SiteEnv>): Promise<KbDocument[] | null> {
  return getEditableDocuments(siteBindings(c.env, c.var.site, c.var.config), c.var.site);
}

/** Stores the documents after a change and redirects with `done`, or shows why it failed. */
async function storeAndGo(
  c: Context<SiteEnv>,
  documents: readonly KbDocument[],
  to: string,
  done: string,
): Promise<Response | string> {
  const stored = await storeKnowledgeBase(
    siteBindings(c.env, c.var.site, c.var.config),
    c.var.site,
    documents,
  );
  if (!stored.ok) return stored.message;
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
  status: 200 | 400 | 413 = 200,
) {
  const { site } = c.var;
  const documents = await editableDocuments(c);
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
    />,
  );
}

async function articlePage(
  c: Context<SiteEnv>,
  doc: KbDocument,
  state: ArticleFormState,
  status: 200 | 400 | 413 = 200,
) {
  const taughtBy = await listTaughtBy(siteDatabase(c.env, c.var.config), c.var.site, doc.id);
  return renderPage(
    c,
    {
      title: `${doc.title} · Knowledge base · ${c.var.site}`,
      section: "kb",
      site: c.var.site,
      notice:
        status !== 200 ? { kind: "error", text: "Nothing was saved: see below." } : noticeOf(c),
      status,
    },
    <ArticlePage site={c.var.site} doc={doc} state={state} taughtBy={taughtBy} />,
  );
}

function newPage(c: Context<SiteEnv>, state: ArticleFormState, status: 200 | 400 | 409 | 413) {
  return renderPage(
    c,
    {
      title: `New article · ${c.var.site}`,
      section: "kb",
      site: c.var.site,
      notice: status === 200 ? null : { kind: "error", text: "Nothing was saved: see below." },
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

const stateOf = (draft: ArticleDraft, edited?: Edited): ArticleFormState => ({
  ...draft,
  error: edited && !edited.ok ? { field: edited.field, message: edited.message } : null,
});

/** The Knowledge base page: browse, search, add, edit, delete, un-teach, and upload files. */
export const kbPages = new Hono<SiteEnv>()
  .get("/sites/:site/kb", (c) => listPage(c))
  .get("/sites/:site/kb/new", (c) => newPage(c, { title: "", url: "", text: "" }, 200))
  .post("/sites/:site/kb/new", async (c) => {
    const draft = draftOf(await c.req.parseBody());
    const problem = checkDraft(draft);
    if (problem) return newPage(c, stateOf(draft, problem), 400);
    const documents = await editableDocuments(c);
    if (!documents)
      return newPage(c, { ...draft, error: { field: "text", message: NOT_KEPT } }, 409);
    const added = addArticle(documents, { title: draft.title, text: draft.text, question: null });
    if (!added.ok || !added.document)
      return newPage(c, { ...draft, error: { field: "text", message: "Not added." } }, 400);
    const id = added.document.id;
    const url = draft.url.trim() || null;
    const next = added.documents.map((d) => (d.id === id ? { ...d, url } : d));
    const gone = await storeAndGo(c, next, articlePath(c.var.site, id), "added");
    return typeof gone === "string"
      ? newPage(c, { ...draft, error: { field: "text", message: gone } }, 413)
      : gone;
  })
  .get("/sites/:site/kb/edit", async (c) => {
    const { doc } = await findArticle(c);
    return articlePage(c, doc, { title: doc.title, url: doc.url ?? "", text: doc.text });
  })
  .post("/sites/:site/kb/edit", async (c) => {
    const { doc, documents } = await findArticle(c);
    const draft = draftOf(await c.req.parseBody());
    const edited = updateArticle(documents, doc.id, draft);
    if (!edited.ok) return articlePage(c, doc, stateOf(draft, edited), 400);
    const gone = await storeAndGo(c, edited.documents, articlePath(c.var.site, doc.id), "saved");
    return typeof gone === "string"
      ? articlePage(c, doc, { ...draft, error: { field: "text", message: gone } }, 413)
      : gone;
  })
  .post("/sites/:site/kb/delete", async (c) => {
    const { doc, documents } = await findArticle(c);
    const edited = deleteArticle(documents, doc.id);
    if (!edited.ok) return c.notFound();
    const gone = await storeAndGo(c, edited.documents, kbPath(c.var.site), "deleted");
    return typeof gone === "string" ? c.text(gone, 413) : gone;
  })
  .post("/sites/:site/kb/phrasing/remove", async (c) => {
    const { doc, documents } = await findArticle(c);
    const form = await c.req.parseBody();
    const question = typeof form.question === "string" ? form.question : "";
    const edited = removeQuestion(documents, doc.id, question);
    if (!edited.ok) return c.notFound();
    // A phrasing taught from the dashboard or the API is a D1 row laid over the kept documents:
    // it goes too, or the rebuild would bring it back.
    await deleteTaughtQuestion(siteDatabase(c.env, c.var.config), c.var.site, doc.id, question);
    const to = articlePath(c.var.site, doc.id);
    const gone = await storeAndGo(c, edited.documents, to, "phrasing-removed");
    return typeof gone === "string" ? c.text(gone, 413) : gone;
  })
  .post("/sites/:site/kb/import", async (c) => {
    const form = await c.req.parseBody({ all: true });
    const files = [form.files].flat().filter((f): f is File => f instanceof File && f.name !== "");
    const rawBase = typeof form.baseUrl === "string" ? form.baseUrl.trim().replace(/\/+$/, "") : "";
    const report: ImportReport = { added: [], replaced: [], skipped: [] };
    if (rawBase && !isHttpUrl(rawBase)) {
      report.skipped.push({ file: "Link", reason: "must start with https:// or http://." });
      return listPage(c, report, 400);
    }
    if (files.length === 0) {
      report.skipped.push({ file: "Files", reason: "choose at least one file to import." });
      return listPage(c, report, 400);
    }
    const documents = await editableDocuments(c);
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
    if (uploaded.length === 0) return listPage(c, report, 400);
    const merged = mergeUpload(documents ?? [], uploaded);
    if (merged.documents.length > MAX_KB_DOCUMENTS) {
      report.skipped.push({
        file: "Upload",
        reason: `the knowledge base would hold ${merged.documents.length} articles, more than ${MAX_KB_DOCUMENTS}.`,
      });
      return listPage(c, report, 413);
    }
    const stored = await storeKnowledgeBase(
      siteBindings(c.env, c.var.site, c.var.config),
      c.var.site,
      merged.documents,
    );
    if (!stored.ok) {
      report.skipped.push({ file: "Upload", reason: stored.message });
      return listPage(c, report, 413);
    }
    report.added = merged.added;
    report.replaced = merged.replaced;
    return listPage(c, report);
  });

/** The article the `id` query names, or a 404 page. */
/** The article the query's `id` names, with the documents it was read from (read once). */
async function findArticle(
  c: Context<SiteEnv>,
): Promise<{ doc: KbDocument; documents: KbDocument[] }> {
  const id = c.req.query("id") ?? "";
  const documents = await editableDocuments(c);
  const doc = documents?.find((d) => d.id === id);
  if (!documents || !doc) {
    throw new AppError("document_not_found", `There is no article “${id}” in this knowledge base.`);
  }
  return { doc, documents };
}
