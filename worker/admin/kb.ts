import { Hono } from "hono";
import * as v from "valibot";
import type { ErrorBody } from "../../shared/api.ts";
import { MAX_ADMIN_BODY_BYTES, MAX_KB_DOCUMENTS } from "../../shared/limits.ts";
import { readJson } from "../http/read-json.ts";
import { type DocumentProblem, findDocumentProblems } from "../kb/documents.ts";
import { storeKnowledgeBase } from "../kb/documents-store.ts";
import type { AppEnv } from "../env.ts";
import { AppError } from "../errors.ts";
import { siteIdFromPath } from "../http/ids.ts";
import { optionalOrNull } from "../http/optional-field.ts";
import { requireSiteConfig } from "../sites/store.ts";
import { siteBindings } from "../sites/site-database.ts";

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
        url: v.optional(v.nullable(v.string("must be a string."))),
        // Phrasings visitors used for what the document answers; matched like its title.
        questions: optionalOrNull(
          v.pipe(
            v.array(
              v.pipe(
                v.string("must be a string."),
                v.trim(),
                v.minLength(1, "must not be empty."),
                v.maxLength(300, "must be at most 300 characters."),
              ),
            ),
            v.maxLength(50, "may list at most 50 questions."),
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
 * The version an `If-Match` header names (`"7"`, as the previous PUT's `ETag`); undefined without
 * one or with `*` (any version). Anything else is refused: a precondition that cannot be read
 * must not be ignored.
 */
function ifMatchVersion(header: string | undefined): number | undefined {
  const value = header?.trim();
  if (!value || value === "*") return undefined;
  const match = /^"(\d{1,15})"$/.exec(value);
  if (!match)
    throw new AppError("bad_request", 'If-Match must be one version as ETag gave it: "7".');
  return Number(match[1]);
}

/**
 * `PUT /admin/api/sites/{site}/kb`: replaces the site's knowledge base. The new index is built
 * and stored under a new version before the site's pointer moves to it, so visitors chatting
 * meanwhile keep the old one until the new one is complete. Nothing is stored when any
 * document is refused. A replacement, so the last one wins; it still moves the documents'
 * version, so a dashboard form opened before it refuses to save over it.
 */
export const kbAdminRoutes = new Hono<AppEnv>().put("/sites/:site/kb", async (c) => {
  const site = siteIdFromPath(c.req.param("site"));
  const body = await readJson(c, KbUploadSchema, MAX_ADMIN_BODY_BYTES);
  const config = await requireSiteConfig(c.env.SITES, site);
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
  const ifVersion = ifMatchVersion(c.req.header("if-match"));
  const stored = await storeKnowledgeBase(siteBindings(c.env, site, config), site, body.documents, {
    replace: true,
    by: "api",
    ...(ifVersion === undefined ? {} : { ifVersion }),
  });
  if (!stored.ok && stored.kind === "conflict") {
    throw new AppError(
      "precondition_failed",
      "The knowledge base changed since the version If-Match names: nothing was stored.",
    );
  }
  if (!stored.ok) throw new AppError("payload_too_large", stored.message);
  // The version the documents are now, for the next PUT's If-Match.
  c.header("etag", `"${stored.version}"`);
  return c.json({ documents: stored.documents, passages: stored.passages });
});
