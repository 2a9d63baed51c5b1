/**
 * Editing a knowledge base one article at a time, as the dashboard's Knowledge base page does:
 * search, edit, delete, remove a taught phrasing, and merge an upload. Pure: each returns the
 * documents after the change (or why it cannot be made) for the caller to store.
 */
import { foldAccents } from "../../shared/text/normalize.ts";
import type { KbDocument } from "./documents.ts";
import { isHttpUrl } from "./documents.ts";
import { words } from "./text.ts";
import { phrasingKey } from "./teach.ts";

/** The documents after a change, or why the change cannot be made. */
export type Edited =
  | { ok: true; documents: KbDocument[]; document: KbDocument | null }
  | { ok: false; field: "title" | "text" | "url" | "id"; message: string };

/** What the owner typed for an article. */
export interface ArticleDraft {
  title: string;
  text: string;
  url: string;
}

function folded(text: string): string {
  return foldAccents(words(text).join(" "));
}

/**
 * The documents whose title, id, text or taught phrasings hold every word of `query` (case and
 * accents ignored), in the knowledge base's order; all of them for a blank query.
 *
 * @example
 * searchArticles([{ id: "returns", title: "Returns", text: "Within 30 days." }], "RETURN"); // [the document]
 */
export function searchArticles(documents: readonly KbDocument[], query: string): KbDocument[] {
  const needles = words(query).map(foldAccents);
  if (needles.length === 0) return [...documents];
  return documents.filter((d) => {
    const haystack = folded(`${d.title} ${d.id} ${(d.questions ?? []).join(" ")} ${d.text}`);
    return needles.every((n) => haystack.includes(n));
  });
}

/** A draft checked: a title of 1–200 characters, some text, and an http(s) URL or none. */
export function checkDraft(draft: ArticleDraft): Edited | null {
  const title = draft.title.replace(/\s+/g, " ").trim();
  if (!title) return { ok: false, field: "title", message: "Give the article a title." };
  if (title.length > 200)
    return { ok: false, field: "title", message: "Keep the title to 200 characters." };
  if (!draft.text.trim())
    return {
      ok: false,
      field: "text",
      message: "Write the text a visitor should be answered from.",
    };
  const url = draft.url.trim();
  if (url && !isHttpUrl(url))
    return {
      ok: false,
      field: "url",
      message: "A link must start with https:// or http://, such as https://example.com/returns.",
    };
  return null;
}

/**
 * The article `id` with the owner's title, text and link; its taught phrasings stay.
 *
 * @example
 * updateArticle(docs, "returns", { title: "Returns", text: "Within 60 days.", url: "" });
 */
export function updateArticle(
  documents: readonly KbDocument[],
  id: string,
  draft: ArticleDraft,
): Edited {
  const problem = checkDraft(draft);
  if (problem) return problem;
  const target = documents.find((d) => d.id === id);
  if (!target) return { ok: false, field: "id", message: `There is no article "${id}".` };
  const document: KbDocument = {
    ...target,
    title: draft.title.replace(/\s+/g, " ").trim(),
    text: draft.text.replace(/\r\n?/g, "\n").trim(),
    url: draft.url.trim() || null,
  };
  return { ok: true, documents: documents.map((d) => (d.id === id ? document : d)), document };
}

/** The documents without the article `id`. */
export function deleteArticle(documents: readonly KbDocument[], id: string): Edited {
  if (!documents.some((d) => d.id === id))
    return { ok: false, field: "id", message: `There is no article "${id}".` };
  return { ok: true, documents: documents.filter((d) => d.id !== id), document: null };
}

/** The article `id` without the taught phrasing `question` (compared ignoring case and spacing). */
export function removeQuestion(
  documents: readonly KbDocument[],
  id: string,
  question: string,
): Edited {
  const target = documents.find((d) => d.id === id);
  if (!target) return { ok: false, field: "id", message: `There is no article "${id}".` };
  const questions = (target.questions ?? []).filter(
    (q) => phrasingKey(q) !== phrasingKey(question),
  );
  const { questions: _dropped, ...rest } = target;
  const document: KbDocument = questions.length > 0 ? { ...rest, questions } : rest;
  return { ok: true, documents: documents.map((d) => (d.id === id ? document : d)), document };
}

/**
 * An upload merged into the knowledge base: a file whose id an article already has replaces
 * that article's title, text and link but keeps the phrasings taught to it (plus any the file
 * lists); a new id is added at the end.
 *
 * @example
 * mergeUpload(existing, [{ id: "returns", title: "Returns", text: "…" }]).replaced; // ["returns"]
 */
export function mergeUpload(
  documents: readonly KbDocument[],
  uploaded: readonly KbDocument[],
): { documents: KbDocument[]; added: string[]; replaced: string[] } {
  const byId = new Map(uploaded.map((d) => [d.id, d]));
  const replaced: string[] = [];
  const merged = documents.map((d) => {
    const next = byId.get(d.id);
    if (!next) return d;
    replaced.push(d.id);
    byId.delete(d.id);
    const questions = [...new Set([...(d.questions ?? []), ...(next.questions ?? [])])];
    return { ...next, ...(questions.length > 0 ? { questions } : {}) };
  });
  const added = [...byId.values()];
  return { documents: [...merged, ...added], added: added.map((d) => d.id), replaced };
}
