/** @jsxImportSource hono/jsx */
import { type Context, Hono } from "hono";
import { MAX_MESSAGE_LENGTH } from "../../shared/limits.ts";
import {
  getEditableDocuments,
  getVersionedDocuments,
  KB_CONFLICT_MESSAGE,
  storeKnowledgeBase,
  teachQuestion,
} from "../kb/documents-store.ts";
import { getKbIndex } from "../kb/store.ts";
import { addArticle, cleanQuestion } from "../kb/teach.ts";
import type { SiteEnv } from "../sites/load-site.ts";
import { actorId, requireActor } from "./actor.ts";
import { documentChoices, resolveDocumentChoice } from "./document-choice.ts";
import { testMessage } from "./message-test.ts";
import { renderPage } from "./render.tsx";
import type { Notice } from "./views/layout.tsx";
import { isStaleForm } from "./views/kb.tsx";
import { type TeachDraft, TeachPage, teachPath } from "./views/teach.tsx";
import { siteBindings } from "../sites/site-database.ts";

/**
 * Teaching the knowledge base a visitor's question: "This is answered by…" adds it to an
 * article's phrasings; "Write an answer" adds a short article. Either rebuilds the index, and
 * the page then shows the same question re-run through the real decision.
 */
export const teachPages = new Hono<SiteEnv>()
  .get("/sites/:site/teach", (c) => teachPage(c, question(c.req.query("question")), {}))
  .post("/sites/:site/teach", async (c) => {
    const { site } = c.var;
    const form = await c.req.parseBody();
    const asked = question(form.question);
    const typed = typeof form.document === "string" ? form.document : "";
    const { documents } = await getEditableDocuments(
      siteBindings(c.env, c.var.site, c.var.config),
      site,
    );
    if (!documents) return teachPage(c, asked, { document: typed }, 409);
    const docId = resolveDocumentChoice(documents, typed);
    if (!docId) {
      const error = typed.trim()
        ? `No article is called “${typed.trim()}”: pick one from the list.`
        : "Pick the article that answers this question.";
      return teachPage(c, asked, { document: typed, errors: { document: error } }, 400);
    }
    const actor = requireActor(c);
    const taught = await teachQuestion(
      siteBindings(c.env, c.var.site, c.var.config),
      site,
      docId,
      asked,
      new Date().toISOString(),
      actor.name,
      actorId(actor),
    );
    if (!taught.ok) {
      if (taught.kind === "no_documents") return teachPage(c, asked, { document: typed }, 409);
      return teachPage(c, asked, { document: typed, errors: { document: taught.message } }, 400);
    }
    return c.redirect(`${teachPath(site, asked)}&taught=${encodeURIComponent(docId)}`, 303);
  })
  .post("/sites/:site/articles", async (c) => {
    const { site } = c.var;
    const form = await c.req.parseBody();
    const asked = question(form.question);
    const title = typeof form.title === "string" ? form.title : "";
    const text = typeof form.text === "string" ? form.text : "";
    const errors: TeachDraft["errors"] = {};
    if (!title.trim()) errors.title = "Give the article a title, such as the question it answers.";
    else if (title.trim().length > 200) errors.title = "Keep the title to 200 characters.";
    if (!text.trim()) errors.text = "Write the answer a visitor should get.";
    if (errors.title || errors.text) return teachPage(c, asked, { title, text, errors }, 400);
    const { documents, version } = await getEditableDocuments(
      siteBindings(c.env, c.var.site, c.var.config),
      site,
    );
    if (!documents) return teachPage(c, asked, { title, text }, 409);
    // Adding an article writes the whole documents value: one rendered before someone else's
    // save is shown again (draft kept) rather than written over it.
    if (isStaleForm(form, version))
      return teachPage(c, asked, { title, text, conflict: KB_CONFLICT_MESSAGE }, 409);
    const added = addArticle(documents, { title, text, question: asked });
    if (!added.ok)
      return teachPage(c, asked, { title, text, errors: { text: added.message } }, 400);
    const stored = await storeKnowledgeBase(
      siteBindings(c.env, c.var.site, c.var.config),
      site,
      added.documents,
      { basedOn: version, by: requireActor(c).name },
    );
    if (!stored.ok && stored.kind === "conflict")
      return teachPage(c, asked, { title, text, conflict: stored.message }, 409);
    if (!stored.ok)
      return teachPage(c, asked, { title, text, errors: { text: stored.message } }, 413);
    return c.redirect(
      `${teachPath(site, asked)}&added=${encodeURIComponent(added.document.id)}`,
      303,
    );
  });

/** A question from a form or query, one line, within a visitor message's length. */
function question(value: unknown): string {
  const text = typeof value === "string" ? value : "";
  return (cleanQuestion(text.slice(0, MAX_MESSAGE_LENGTH)) ?? text.trim()).slice(0, 300);
}

const NOT_KEPT =
  "This site's knowledge base was imported before Clarifier kept its documents, so it cannot be taught from here: import it again (npm run kb -- import, or PUT /admin/api/sites/{site}/kb), then teach.";

async function teachPage(
  c: Context<SiteEnv>,
  asked: string,
  draft: TeachDraft,
  status: 200 | 400 | 409 | 413 = 200,
) {
  const { site, config } = c.var;
  const [{ documents, version }, index] = await Promise.all([
    getVersionedDocuments(c.env.SITES, site),
    getKbIndex(c.env.SITES, site),
  ]);
  const blocked = !documents && index ? NOT_KEPT : null;
  const taughtId = c.req.query("taught");
  const addedId = c.req.query("added");
  const named = (id: string | undefined) => documents?.find((d) => d.id === id)?.title ?? id;
  let notice: Notice | null = null;
  if (status !== 200)
    notice = { kind: "error", text: draft.conflict ?? "Nothing was changed: see below." };
  else if (taughtId)
    notice = {
      kind: "ok",
      text: `Taught: the question was added to “${named(taughtId)}”. Re-run below.`,
    };
  else if (addedId)
    notice = { kind: "ok", text: `Added the article “${named(addedId)}”. Re-run below.` };
  if (!asked) {
    return renderPage(
      c,
      { title: `Teach · ${site}`, section: "gaps", site, status: 400 },
      <p class="empty">Open a question from Knowledge gaps, Answers or a handoff to teach it.</p>,
    );
  }
  return renderPage(
    c,
    { title: `Teach · ${site}`, section: "gaps", site, notice, status },
    <TeachPage
      site={site}
      question={asked}
      test={testMessage(asked, config, index)}
      blocked={blocked}
      choices={documentChoices(documents ?? [])}
      draft={draft}
      taught={taughtId ? (named(taughtId) ?? null) : null}
      version={version}
    />,
  );
}
