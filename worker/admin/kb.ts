import { Hono } from "hono";
import * as v from "valibot";
import type { ErrorBody } from "../../shared/api.ts";
import {
  MAX_ADMIN_BODY_BYTES,
  MAX_DOCUMENT_QUESTION_LENGTH,
  MAX_DOCUMENT_QUESTIONS,
  MAX_KB_DOCUMENTS,
  MAX_PUBLIC_BODY_BYTES,
} from "../../shared/limits.ts";
import type { AppEnv } from "../env.ts";
import { AppError } from "../errors.ts";
import { siteIdFromPath } from "../http/ids.ts";
import { readJson } from "../http/read-json.ts";
import { type DocumentProblem, findDocumentProblems } from "../kb/documents.ts";
import { getKbDocuments, storeKnowledgeBase } from "../kb/documents-store.ts";
import { addQuestion } from "../kb/teach.ts";
import { requireSiteConfig } from "../sites/store.ts";

const questionSchema = v.pipe(
  v.string("must be a string."),
  v.trim(),
  v.minLength(1, "must not be empty."),
  v.maxLength(
    MAX_DOCUMENT_QUESTION_LENGTH,
    `must be at most ${MAX_DOCUMENT_QUESTION_LENGTH} characters.`,
  ),
);

const TeachSchema = v.object({ question: questionSchema });

// Shapes only: what each document's content may be is checked per document below, so an
// error can name the document by its id rather than by its position.
const KbUploadSchema = v.object({
  documents: v.pipe(
    v.array(
      v.object({
        id: v.pipe(
          v.string("must be a string."),
          v.minLength(1, "must not be empty."),
          v.maxLength(200, "must be at most 200 characters."),
        ),
        title: v.pipe(
          v.string("must be a string."),
          v.maxLength(500, "must be at most 500 characters."),
        ),
        text: v.string("must be a string."),
        url: v.optional(v.nullable(v.pipe(v.string(), v.url("must be a URL.")))),
        questions: v.optional(
          v.pipe(
            v.array(questionSchema),
            v.maxLength(
              MAX_DOCUMENT_QUESTIONS,
              `may hold at most ${MAX_DOCUMENT_QUESTIONS} questions.`,
            ),
          ),
        ),
      }),
    ),
    v.maxLength(MAX_KB_DOCUMENTS, `may hold at most ${MAX_KB_DOCUMENTS} documents.`),
  ),
});

/** The 4xx body for documents that cannot be indexed: `api.md`'s error, plus every problem by id. */
export type KbUploadErrorBody = ErrorBody & {
  error: { documents: Omit<DocumentProblem, "kind">[] };
};

/**
 * `PUT /admin/api/sites/{site}/kb`: replaces the site's knowledge base. The new index is built
 * and stored under a new version before the site's pointer moves to it, so visitors chatting
 * meanwhile keep the old one until the new one is complete. Nothing is stored when any
 * document is refused.
 */
export const kbAdminRoutes = new Hono<AppEnv>()
  .put("/sites/:site/kb", async (c) => {
    const site = siteIdFromPath(c.req.param("site"));
    const body = await readJson(c, KbUploadSchema, MAX_ADMIN_BODY_BYTES);
    await requireSiteConfig(c.env.SITES, site);
    const problems = findDocumentProblems(body.documents);
    if (problems.length > 0) {
      const tooLarge = problems.some((p) => p.kind === "too_large");
      const first = problems[0] as DocumentProblem;
      const more =
        problems.length > 1
          ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? "s" : ""}: see "documents")`
          : "";
      const error: KbUploadErrorBody = {
        error: {
          code: tooLarge ? "payload_too_large" : "bad_request",
          message: `${first.message}${more}`,
          documents: problems.map(({ id, message }) => ({ id, message })),
        },
      };
      return c.json(error, tooLarge ? 413 : 400);
    }
    const stored = await storeKnowledgeBase(c.env.SITES, site, body.documents);
    if (!stored.ok) throw new AppError("payload_too_large", stored.message);
    return c.json({ documents: stored.documents, passages: stored.passages });
  })
  /**
   * `POST /admin/api/sites/{site}/kb/documents/{id}/questions`: teaches one phrasing to one
   * document and rebuilds the index from the stored documents, so the next visitor question sees it.
   */
  .post("/sites/:site/kb/documents/:id/questions", async (c) => {
    const site = siteIdFromPath(c.req.param("site"));
    const body = await readJson(c, TeachSchema, MAX_PUBLIC_BODY_BYTES);
    await requireSiteConfig(c.env.SITES, site);
    const documents = await getKbDocuments(c.env.SITES, site);
    if (!documents) {
      throw new AppError(
        "document_not_found",
        `Site "${site}" has no stored documents to teach: import its knowledge base again (PUT /admin/api/sites/${site}/kb).`,
      );
    }
    const taught = addQuestion(documents, c.req.param("id"), body.question);
    if (!taught.ok) {
      throw new AppError(
        taught.kind === "unknown_document" ? "document_not_found" : "bad_request",
        taught.message,
      );
    }
    if (taught.changed) {
      const stored = await storeKnowledgeBase(c.env.SITES, site, taught.documents);
      if (!stored.ok) throw new AppError("payload_too_large", stored.message);
    }
    return c.json({ id: taught.document.id, questions: taught.document.questions ?? [] });
  });
