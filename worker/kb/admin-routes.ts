import { Hono } from "hono";
import * as v from "valibot";
import { MAX_ADMIN_BODY_BYTES, MAX_KB_DOCUMENT_LENGTH, MAX_KB_DOCUMENTS } from "../../shared/limits.ts";
import type { AppEnv } from "../env.ts";
import { siteIdFromPath } from "../http/ids.ts";
import { readJson } from "../http/read-json.ts";
import { requireSiteConfig } from "../sites/store.ts";
import { buildIndex } from "./index.ts";
import { putKbIndex } from "./store.ts";

const KbUploadSchema = v.object({
  documents: v.pipe(
    v.array(
      v.object({
        id: v.pipe(v.string("must be a string."), v.minLength(1, "must not be empty."), v.maxLength(200, "must be at most 200 characters.")),
        title: v.pipe(v.string("must be a string."), v.maxLength(500, "must be at most 500 characters.")),
        text: v.pipe(v.string("must be a string."), v.maxLength(MAX_KB_DOCUMENT_LENGTH, `must be at most ${MAX_KB_DOCUMENT_LENGTH} characters.`)),
        url: v.optional(v.nullable(v.pipe(v.string(), v.url("must be a URL.")))),
      }),
    ),
    v.maxLength(MAX_KB_DOCUMENTS, `may hold at most ${MAX_KB_DOCUMENTS} documents.`),
  ),
});

/** `PUT /admin/api/sites/{site}/kb`: replaces the site's knowledge base with a new index. */
export const kbAdminRoutes = new Hono<AppEnv>().put("/sites/:site/kb", async (c) => {
    const site = siteIdFromPath(c.req.param("site"));
    const body = await readJson(c, KbUploadSchema, MAX_ADMIN_BODY_BYTES);
    await requireSiteConfig(c.env.SITES, site);
    const index = buildIndex(body.documents);
    await putKbIndex(c.env.SITES, site, index);
    return c.json({ documents: body.documents.length, passages: index.passages.length });
  });
