/**
 * A site's knowledge-base documents in KV (`kbDocumentsKey`), kept beside the index so that a
 * taught phrasing (D1, `taught-store.ts`) or a new article can rebuild the index without a
 * re-import.
 */
import * as v from "valibot";
import type { KbDocument } from "./documents.ts";
import { buildIndex } from "./index-builder.ts";
import type { KbIndex } from "./index-reader.ts";
import { type Embedder, embedderFor } from "./semantic/embedder.ts";
import { embedPassages } from "./semantic/indexing.ts";
import { semanticSettingsIn } from "./semantic/settings.ts";
import { encodeVectors } from "./semantic/vectors.ts";
import { getKbVectors, putKbVectors } from "./semantic/vectors-store.ts";
import { getKbIndex, type KbKv, kbDocumentsKey, putKbIndex } from "./store.ts";
import { siteKey } from "../sites/kv-keys.ts";
import { insertTaughtQuestion, listTaughtQuestions, taughtGeneration } from "./taught-store.ts";
import { addQuestion, cleanQuestion, withTaughtQuestions } from "./teach.ts";

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

/**
 * The site's documents with every phrasing taught to them (the ones kept in KV with the D1
 * rows laid over), as the dashboard shows and edits them; null when none were kept.
 */
export async function getTaughtDocuments(
  bindings: KbBindings,
  site: string,
): Promise<KbDocument[] | null> {
  const documents = await getKbDocuments(bindings.SITES, site);
  if (!documents) return null;
  const taught = await listTaughtQuestions(bindings.DB, site);
  return withTaughtQuestions(documents, taught.questions);
}

/**
 * The site's documents to change from the dashboard: the kept ones with their phrasings, none
 * for a site without a knowledge base, and null for one whose index was imported before
 * documents were kept (it cannot be rebuilt, so it cannot be changed in place).
 */
export async function getEditableDocuments(
  bindings: KbBindings,
  site: string,
): Promise<KbDocument[] | null> {
  const documents = await getTaughtDocuments(bindings, site);
  if (documents) return documents;
  return (await getKbIndex(bindings.SITES, site)) ? null : [];
}

/** What storing a knowledge base came to. */
export type StoredKnowledgeBase =
  | { ok: true; documents: number; passages: number; stored: KbDocument[] }
  | { ok: false; message: string };

/**
 * Where a knowledge base lives: documents and index in KV, taught phrasings in D1. The optional
 * `AI` binding is read (`embedderFor`) only for a site whose config turns the semantic stage on.
 */
export interface KbBindings {
  SITES: KbKv;
  DB: D1Database;
}

/**
 * Stores `documents` as the site's documents and builds the index from them and the site's
 * taught phrasings (`rebuildKnowledgeBase`). Refused, with nothing stored, when they are too
 * large for one KV value.
 */
export async function storeKnowledgeBase(
  bindings: KbBindings,
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
  await bindings.SITES.put(kbDocumentsKey(site), json);
  return rebuildKnowledgeBase(bindings, site, documents);
}

// Rebuilds that find a newer phrasing after writing go round again; past this many the next
// teach rebuilds anyway, and every phrasing is safe in D1 meanwhile.
const MAX_REBUILDS = 5;

/**
 * Builds the index from `documents` (the ones kept in KV) with every phrasing taught in D1, and
 * points visitors at it (the pointer swap is the moment they see it). Teaches that run at once
 * each rebuild; one that wrote an index without a phrasing taught meanwhile sees the newer
 * phrasing afterwards and builds again, so the index written last has every phrasing.
 */
export async function rebuildKnowledgeBase(
  bindings: KbBindings,
  site: string,
  documents: readonly KbDocument[],
): Promise<StoredKnowledgeBase & { ok: true }> {
  const embedder = embedderFor(
    bindings,
    semanticSettingsIn(await bindings.SITES.get(siteKey(site), "text")),
  );
  for (let round = 1; ; round++) {
    const taught = await listTaughtQuestions(bindings.DB, site);
    const stored = withTaughtQuestions(documents, taught.questions);
    const built = buildIndex(stored);
    // Embedded before the index goes live, so its vectors follow it within one KV write.
    const vectors = embedder
      ? await vectorsFor(bindings.SITES, site, embedder, built.index, stored)
      : null;
    const pointer = await putKbIndex(bindings.SITES, site, built.bytes, {
      documents: built.index.documentCount,
      passages: built.index.passageCount,
    });
    if (vectors) {
      const { model, rows, hashes } = vectors;
      await putKbVectors(
        bindings.SITES,
        site,
        encodeVectors({ model, indexVersion: pointer.version, hashes }, rows),
      );
    }
    const current = (await taughtGeneration(bindings.DB, site)) === taught.generation;
    if (current || round >= MAX_REBUILDS) {
      return {
        ok: true,
        documents: built.index.documentCount,
        passages: built.index.passageCount,
        stored,
      };
    }
  }
}

/**
 * The index's passage vectors, reusing the stored ones where the text is unchanged; null when the
 * model fails or is too slow: the index goes live without them and visitors get lexical
 * suggestions until the next rebuild.
 */
async function vectorsFor(
  kv: KbKv,
  site: string,
  embedder: Embedder,
  index: KbIndex,
  documents: readonly KbDocument[],
) {
  const questions = new Map(documents.map((d) => [d.id, d.questions ?? []]));
  const done = await embedPassages(embedder, index, await getKbVectors(kv, site), questions);
  if (!done.ok) console.error(`semantic stage: passages of ${site} not embedded:`, done.error);
  return done.ok ? done : null;
}

/** What teaching one phrasing came to: the document with its phrasings after it, or why not. */
export type TaughtPhrasing =
  | { ok: true; document: KbDocument }
  | {
      ok: false;
      kind: "no_documents" | "unknown_document" | "too_many" | "invalid";
      message: string;
    };

/**
 * Teaches `question` to the document `docId`: checked against the document's phrasings (its own
 * and the taught ones), stored as one D1 row, and the index rebuilt before it returns, so the
 * next visitor question sees it. Nothing is read, changed and written back, so phrasings taught
 * at once are all kept. `no_documents` when the site's documents were never kept.
 */
export async function teachQuestion(
  bindings: KbBindings,
  site: string,
  docId: string,
  question: string,
  now: string,
  /** Who taught it (a member's name, "admin", an API caller's `by`), or null when automatic. */
  by: string | null = null,
): Promise<TaughtPhrasing> {
  const documents = await getKbDocuments(bindings.SITES, site);
  if (!documents) {
    return { ok: false, kind: "no_documents", message: "The site has no stored documents." };
  }
  const taught = await listTaughtQuestions(bindings.DB, site);
  const checked = addQuestion(withTaughtQuestions(documents, taught.questions), docId, question);
  if (!checked.ok) return checked;
  const clean = cleanQuestion(question);
  if (!checked.changed || clean === null) return { ok: true, document: checked.document };
  await insertTaughtQuestion(bindings.DB, site, { docId, question: clean }, now, by);
  const rebuilt = await rebuildKnowledgeBase(bindings, site, documents);
  return { ok: true, document: rebuilt.stored.find((d) => d.id === docId) ?? checked.document };
}

/** Removes the site's stored documents. */
export async function deleteKbDocuments(kv: KbKv, site: string): Promise<void> {
  await kv.delete(kbDocumentsKey(site));
}
