/**
 * A site's knowledge-base documents in KV (`kbDocumentsKey`), kept beside the index so that a
 * taught phrasing or a new article can rebuild the index without a re-import.
 */
import * as v from "valibot";
import type { KbDocument } from "./documents.ts";
import { buildIndex } from "./index-builder.ts";
import { type KbKv, kbDocumentsKey, putKbIndex } from "./store.ts";

/**
 * The largest documents value stored: KV allows 25 MiB a value; the rest is headroom. An import
 * is at most 5 MiB of JSON, so only many taught phrasings could reach it.
 */
export const MAX_DOCUMENTS_BYTES = 24 * 1024 * 1024;

const StoredDocumentsSchema = v.array(
  v.object({
    id: v.string(),
    title: v.string(),
    text: v.string(),
    url: v.optional(v.nullable(v.string())),
    questions: v.optional(v.array(v.string())),
  }),
);

/** The site's stored documents, or null when none are stored (or the value is unreadable). */
export async function getKbDocuments(kv: KbKv, site: string): Promise<KbDocument[] | null> {
  const text = await kv.get(kbDocumentsKey(site), "text");
  if (!text) return null;
  try {
    const parsed = v.safeParse(StoredDocumentsSchema, JSON.parse(text));
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
}

/** What storing a knowledge base came to. */
export type StoredKnowledgeBase =
  | { ok: true; documents: number; passages: number }
  | { ok: false; message: string };

/**
 * Builds the index of `documents` and stores both: the documents first (refused, with nothing
 * stored, when they are too large for one KV value), then the index, whose pointer swap is the
 * moment visitors see the new knowledge base.
 */
export async function storeKnowledgeBase(
  kv: KbKv,
  site: string,
  documents: readonly KbDocument[],
): Promise<StoredKnowledgeBase> {
  const json = JSON.stringify(documents);
  const bytes = new TextEncoder().encode(json).byteLength;
  if (bytes > MAX_DOCUMENTS_BYTES) {
    return {
      ok: false,
      message: `The knowledge base would take ${(bytes / 1048576).toFixed(1)} MiB, more than the ${MAX_DOCUMENTS_BYTES / 1048576} MiB Clarifier keeps per site: remove taught phrasings or split long documents.`,
    };
  }
  const built = buildIndex(documents);
  await kv.put(kbDocumentsKey(site), json);
  await putKbIndex(kv, site, built.bytes, {
    documents: built.index.documentCount,
    passages: built.index.passageCount,
  });
  return { ok: true, documents: built.index.documentCount, passages: built.index.passageCount };
}

/** Removes the site's stored documents. */
export async function deleteKbDocuments(kv: KbKv, site: string): Promise<void> {
  await kv.delete(kbDocumentsKey(site));
}
