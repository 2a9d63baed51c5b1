import { Hono } from "hono";
import * as v from "valibot";
import { MAX_DOCUMENT_QUESTION_LENGTH, MAX_PUBLIC_BODY_BYTES } from "../../shared/limits.ts";
import type { AppEnv } from "../env.ts";
import { AppError } from "../errors.ts";
import { siteIdFromPath } from "../http/ids.ts";
import { readJson } from "../http/read-json.ts";
import { getKbDocuments, storeKnowledgeBase } from "../kb/documents-store.ts";
import { addQuestion } from "../kb/teach.ts";
import { requireSiteConfig } from "../sites/store.ts";

const TeachSchema = v.object({
  question: v.pipe(
    v.string("must be a string."),
    v.trim(),
    v.minLength(1, "must not be empty."),
    v.maxLength(
      MAX_DOCUMENT_QUESTION_LENGTH,
      `must be at most ${MAX_DOCUMENT_QUESTION_LENGTH} characters.`,
    ),
  ),
});

/**
 * `POST /admin/api/sites/{site}/kb/documents/{id}/questions`: teaches one phrasing to one
 * document and rebuilds the index from the site's stored documents before answering, so the
 * next visitor question sees it.
 */
export const kbQuestionAdminRoutes = new Hono<AppEnv>().post(
  "/sites/:site/kb/documents/:id/questions",
  async (c) => {
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
  },
);
