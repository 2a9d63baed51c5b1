import { Hono } from "hono";
import * as v from "valibot";
import { MAX_DOCUMENT_QUESTION_LENGTH, MAX_PUBLIC_BODY_BYTES } from "../../shared/limits.ts";
import type { AppEnv } from "../env.ts";
import { AppError } from "../errors.ts";
import { siteIdFromPath } from "../http/ids.ts";
import { readJson } from "../http/read-json.ts";
import { replyAuthorSchema } from "../handoff/reply.ts";
import { teachQuestion } from "../kb/documents-store.ts";
import { requireSiteConfig } from "../sites/store.ts";
import { siteBindings } from "../sites/site-database.ts";

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
  // Who taught it, as replies' `author` and resolutions' `by`: recorded, shown on the article.
  by: replyAuthorSchema,
});

/**
 * `POST /admin/api/sites/{site}/kb/documents/{id}/questions`: teaches one phrasing to one
 * document (one D1 row, `teachQuestion`) and rebuilds the index before answering, so the next
 * visitor question sees it.
 */
export const kbQuestionAdminRoutes = new Hono<AppEnv>().post(
  "/sites/:site/kb/documents/:id/questions",
  async (c) => {
    const site = siteIdFromPath(c.req.param("site"));
    const body = await readJson(c, TeachSchema, MAX_PUBLIC_BODY_BYTES);
    const config = await requireSiteConfig(c.env.SITES, site);
    const docId = c.req.param("id");
    const taught = await teachQuestion(
      siteBindings(c.env, site, config),
      site,
      docId,
      body.question,
      new Date().toISOString(),
      body.by ?? null,
    );
    if (!taught.ok) {
      if (taught.kind === "no_documents") {
        throw new AppError(
          "document_not_found",
          `Site "${site}" has no stored documents to teach: import its knowledge base again (PUT /admin/api/sites/${site}/kb).`,
        );
      }
      throw new AppError(
        taught.kind === "unknown_document" ? "document_not_found" : "bad_request",
        taught.message,
      );
    }
    return c.json({ id: taught.document.id, questions: taught.document.questions ?? [] });
  },
);
