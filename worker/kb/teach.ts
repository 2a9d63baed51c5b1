/**
 * Teaching the knowledge base from the dashboard: a visitor's question added to the document
 * that answers it, or a short new article. Pure: the caller stores the result.
 */
import { MAX_DOCUMENT_QUESTION_LENGTH, MAX_DOCUMENT_QUESTIONS } from "../../shared/limits.ts";
import type { KbDocument } from "./documents.ts";

/** The documents after a change, or why the change cannot be made. */
export type Taught =
  | { ok: true; documents: KbDocument[]; document: KbDocument; changed: boolean }
  | { ok: false; kind: "unknown_document" | "too_many" | "invalid"; message: string };

/** A question as taught: one line, spaces collapsed, within the length limit, or null. */
export function cleanQuestion(question: string): string | null {
  const clean = question.replace(/\s+/g, " ").trim();
  return clean.length > 0 && clean.length <= MAX_DOCUMENT_QUESTION_LENGTH ? clean : null;
}

/**
 * Adds `question` to the `questions` of the document `docId`. A question it already has (ignoring
 * case and spacing) changes nothing; a document at MAX_DOCUMENT_QUESTIONS takes no more.
 *
 * @example
 * addQuestion([{ id: "returns", title: "Returns", text: "…" }], "returns", "Can I send it back?");
 * // { ok: true, changed: true, document: { …, questions: ["Can I send it back?"] }, … }
 */
export function addQuestion(
  documents: readonly KbDocument[],
  docId: string,
  question: string,
): Taught {
  const clean = cleanQuestion(question);
  if (!clean) {
    return {
      ok: false,
      kind: "invalid",
      message: `A question must be 1 to ${MAX_DOCUMENT_QUESTION_LENGTH} characters.`,
    };
  }
  const target = documents.find((d) => d.id === docId);
  if (!target) {
    return {
      ok: false,
      kind: "unknown_document",
      message: `The knowledge base has no document "${docId}".`,
    };
  }
  const questions = target.questions ?? [];
  if (questions.some((q) => q.toLowerCase() === clean.toLowerCase())) {
    return { ok: true, documents: [...documents], document: target, changed: false };
  }
  if (questions.length >= MAX_DOCUMENT_QUESTIONS) {
    return {
      ok: false,
      kind: "too_many",
      message: `"${target.title}" already has ${MAX_DOCUMENT_QUESTIONS} taught questions, the most a document keeps: remove some first.`,
    };
  }
  const document = { ...target, questions: [...questions, clean] };
  return {
    ok: true,
    documents: documents.map((d) => (d.id === docId ? document : d)),
    document,
    changed: true,
  };
}

/**
 * Adds a short article written in the dashboard, with the visitor's question taught to it. Its
 * id comes from the title, made unique among the documents.
 *
 * @example
 * addArticle([], { title: "Gift cards", text: "We sell gift cards from $10.", question: "Do you sell gift cards?" }).document?.id;
 * // "gift-cards"
 */
export function addArticle(
  documents: readonly KbDocument[],
  article: { title: string; text: string; question: string | null },
): Taught {
  const title = article.title.replace(/\s+/g, " ").trim();
  const text = article.text.trim();
  if (!title || title.length > 200 || !text) {
    return {
      ok: false,
      kind: "invalid",
      message: "An article needs a title (up to 200 characters) and an answer.",
    };
  }
  const base =
    title
      .toLowerCase()
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "article";
  const taken = new Set(documents.map((d) => d.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  const question = article.question ? cleanQuestion(article.question) : null;
  const document: KbDocument = {
    id,
    title,
    text,
    url: null,
    ...(question ? { questions: [question] } : {}),
  };
  return { ok: true, documents: [...documents, document], document, changed: true };
}
