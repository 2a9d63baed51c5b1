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
  if (questions.some((q) => questionKey(q) === questionKey(clean))) {
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

/** One taught phrasing of one document. */
export interface TaughtQuestion {
  docId: string;
  question: string;
}

/** A phrasing's identity: the same words in another case are the same phrasing. */
export const questionKey = (question: string): string => question.toLowerCase();

/** How a phrasing typed or shown is compared with a taught one: spaces collapsed, case ignored. */
export const phrasingKey = (text: string): string => questionKey(text.replace(/\s+/g, " ").trim());

/**
 * The documents with their taught phrasings added after their own, each phrasing once (ignoring
 * case), at most MAX_DOCUMENT_QUESTIONS per document. Phrasings of a document the knowledge base
 * no longer has are left out (and come back if it is imported again under the same id).
 *
 * @example
 * withTaughtQuestions([{ id: "returns", title: "Returns", text: "…" }],
 *   [{ docId: "returns", question: "Can I send it back?" }])[0].questions; // ["Can I send it back?"]
 */
export function withTaughtQuestions(
  documents: readonly KbDocument[],
  taught: readonly TaughtQuestion[],
): KbDocument[] {
  const byDocument = new Map<string, string[]>();
  for (const t of taught) {
    const list = byDocument.get(t.docId) ?? [];
    list.push(t.question);
    byDocument.set(t.docId, list);
  }
  return documents.map((document) => {
    const added = byDocument.get(document.id);
    if (!added) return document;
    const questions = [...(document.questions ?? [])];
    const seen = new Set(questions.map(questionKey));
    for (const question of added) {
      if (questions.length >= MAX_DOCUMENT_QUESTIONS) break;
      if (seen.has(questionKey(question))) continue;
      seen.add(questionKey(question));
      questions.push(question);
    }
    return { ...document, questions };
  });
}
