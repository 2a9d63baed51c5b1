/**
 * A site's knowledge-base documents in KV (`kbDocumentsKey`), kept beside the index so that a
 * taught phrasing (D1, `taught-store.ts`) or a new article can rebuild the index without a
 * re-import.
 *
 * Every write of the documents is versioned: the writer first claims the next version in D1
 * (`kb-version-store.ts`, a compare-and-set KV lacks), and only the winner writes KV, with the
 * version in the value's metadata so a reader knows which documents it got. A dashboard change
 * names the version it was computed from and is refused when another write landed since, so
 * two people editing at once never silently lose one edit.
 */
import { type KbDocument, parseStoredDocuments } from "./documents.ts";
import { buildIndex } from "./index-builder.ts";
import type { KbIndex } from "./index-reader.ts";
import { type Embedder, embedderFor } from "./semantic/embedder.ts";
import { embedPassages } from "./semantic/indexing.ts";
import { semanticSettingsIn } from "./semantic/settings.ts";
import { encodeVectors } from "./semantic/vectors.ts";
import { getKbVectors, putKbVectors } from "./semantic/vectors-store.ts";
import { getKbIndex, type KbKv, kbDocumentsKey, putKbIndex } from "./store.ts";
import { siteKey } from "../sites/kv-keys.ts";
import { claimKbVersion, getKbVersion, type KbVersionRow } from "./kb-version-store.ts";
import { insertTaughtQuestion, listTaughtQuestions, taughtGeneration } from "./taught-store.ts";
import { addQuestion, cleanQuestion, withTaughtQuestions } from "./teach.ts";

/**
 * The largest documents value stored: KV allows 25 MiB a value; the rest is headroom. An import
 * is at most 5 MiB of JSON, so only many taught phrasings could reach it.
 */
export const MAX_DOCUMENTS_BYTES = 24 * 1024 * 1024;

/** The metadata stored with the documents value: the version it was written as. */
interface DocumentsMetadata {
  kbVersion?: unknown;
}

/**
 * The KV the versioned reads and writes need besides `KbKv`: the version rides in the documents
 * value's metadata, which KV stores and returns atomically with the value. `KVNamespace` has it.
 */
export interface DocumentsKv extends KbKv {
  getWithMetadata<M>(
    key: string,
    type: "text",
  ): Promise<{ value: string | null; metadata: M | null }>;
  getWithMetadata<M>(
    key: string,
    type: "stream",
  ): Promise<{ value: ReadableStream | null; metadata: M | null }>;
  put(
    key: string,
    value: string | ArrayBuffer,
    options?: { metadata?: DocumentsMetadata },
  ): Promise<unknown>;
}

/** The version in the documents' metadata; 0 for documents written before versions (or by the CLI). */
function versionIn(metadata: DocumentsMetadata | null): number {
  const version = metadata?.kbVersion;
  return typeof version === "number" && Number.isSafeInteger(version) && version >= 0 ? version : 0;
}

/** The site's stored documents, or null when none are stored (or the value is unreadable). */
export async function getKbDocuments(kv: KbKv, site: string): Promise<KbDocument[] | null> {
  return parseStoredDocuments(await kv.get(kbDocumentsKey(site), "text"));
}

/** The site's stored documents (null: none, or unreadable) and the version they were written as. */
export interface VersionedDocuments {
  documents: KbDocument[] | null;
  version: number;
}

/** `getKbDocuments` with the version read in the same KV read. */
export async function getVersionedDocuments(
  kv: DocumentsKv,
  site: string,
): Promise<VersionedDocuments> {
  const read = await kv.getWithMetadata<DocumentsMetadata>(kbDocumentsKey(site), "text");
  return { documents: parseStoredDocuments(read.value), version: versionIn(read.metadata) };
}

/** Only the version of the stored documents: the value itself is not read (its stream is dropped). */
async function storedVersion(kv: DocumentsKv, site: string): Promise<number> {
  const read = await kv.getWithMetadata<DocumentsMetadata>(kbDocumentsKey(site), "stream");
  await read.value?.cancel();
  return versionIn(read.metadata);
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
 * The site's documents to change from the dashboard, and the version they are (what a form
 * carries, and what `storeKnowledgeBase`'s `basedOn` names). `documents` is the kept ones with
 * their phrasings, none for a site without a knowledge base, and null for one whose index was
 * imported before documents were kept (it cannot be rebuilt, so it cannot be changed in place).
 */
export interface EditableDocuments {
  documents: KbDocument[] | null;
  version: number;
}

export async function getEditableDocuments(
  bindings: KbBindings,
  site: string,
): Promise<EditableDocuments> {
  const { documents, version } = await getVersionedDocuments(bindings.SITES, site);
  if (documents) {
    const taught = await listTaughtQuestions(bindings.DB, site);
    return { documents: withTaughtQuestions(documents, taught.questions), version };
  }
  return { documents: (await getKbIndex(bindings.SITES, site)) ? null : [], version };
}

/** What storing a knowledge base came to: `version` is the documents' version after it. */
export type StoredKnowledgeBase =
  | { ok: true; documents: number; passages: number; stored: KbDocument[]; version: number }
  | {
      ok: false;
      /** `conflict`: another write landed since the documents the change was made from. */
      kind: "too_large" | "conflict";
      message: string;
    };

/** Why a dashboard save is refused when someone else saved the knowledge base meanwhile. */
export const KB_CONFLICT_MESSAGE =
  "Someone else changed the knowledge base while you were editing: your changes are below; review and save again.";

/**
 * Where a knowledge base lives: documents and index in KV, taught phrasings and the documents'
 * version in D1. The optional `AI` binding is read (`embedderFor`) only for a site whose config
 * turns the semantic stage on.
 */
export interface KbBindings {
  SITES: DocumentsKv;
  DB: D1Database;
}

/** Which documents a write replaces, and who makes it (recorded on the version row). */
export type DocumentsWrite =
  | {
      /**
       * The version of the documents the change was computed from (`getEditableDocuments`):
       * refused, with nothing written, when another write claimed a newer version since.
       */
      basedOn: number;
      by: string | null;
      /** Runs once the version is claimed, before the documents are written (a D1 change that goes with them). */
      onClaimed?: () => Promise<void>;
    }
  | {
      /** A whole replacement (the admin API's import): the last one wins, and the version moves. */
      replace: true;
      by: string | null;
      /** `If-Match`: replace only the documents of this version (`conflict` otherwise). */
      ifVersion?: number;
    };

/**
 * How long a claimed version may go without its documents reaching KV before the next writer
 * takes it over: a writer writes KV milliseconds after its claim, so a claim this old was made by
 * one that died in between (nothing it wrote was accepted), or its KV write is slower to show
 * here than KV's usual minute.
 */
export const CLAIM_LEASE_MS = 2 * 60_000;

// A replacement waits this long at most for a claim in flight to reach KV, so replacements and
// edits land in KV in the order of their versions.
const REPLACE_WAIT_MS = 3_000;
const REPLACE_POLL_MS = 100;
const MAX_REPLACE_CLAIMS = 20;

function abandoned(row: KbVersionRow, now: number): boolean {
  return now - Date.parse(row.changedAt) >= CLAIM_LEASE_MS;
}

/** Claims the version the write will store, or null when another write got there first. */
async function claimVersion(
  bindings: KbBindings,
  site: string,
  write: DocumentsWrite,
): Promise<number | null> {
  const started = Date.now();
  let lost = 0;
  for (;;) {
    const row = await getKbVersion(bindings.DB, site);
    const claimed = row?.version ?? 0;
    const now = Date.now();
    let stored: number;
    if ("basedOn" in write) {
      // A newer claim than the documents read: someone else saved meanwhile (or is writing now).
      if (row && claimed > write.basedOn && !abandoned(row, now)) return null;
      stored = write.basedOn;
    } else {
      stored = await storedVersion(bindings.SITES, site);
      const inFlight = row && claimed > stored && !abandoned(row, now);
      if (inFlight && now - started < REPLACE_WAIT_MS) {
        await new Promise((resolve) => setTimeout(resolve, REPLACE_POLL_MS));
        continue;
      }
      // The precondition holds only for the version stored and claimed, checked by the claim.
      if (write.ifVersion !== undefined && Math.max(claimed, stored) !== write.ifVersion)
        return null;
    }
    const next = Math.max(claimed, stored) + 1;
    const at = new Date(now).toISOString();
    if (await claimKbVersion(bindings.DB, site, claimed, next, at, write.by)) return next;
    if ("basedOn" in write || write.ifVersion !== undefined) return null;
    // A replacement lost the race to another write: it replaces that one too, so go again. A
    // claim is lost only to one made in the milliseconds between reading and claiming, so this
    // many in a row means something is wrong, not busy.
    if (++lost >= MAX_REPLACE_CLAIMS)
      throw new Error(`knowledge base of ${site}: lost ${lost} version claims in a row`);
  }
}

/**
 * Stores `documents` as the site's documents and builds the index from them and the site's
 * taught phrasings (`rebuildKnowledgeBase`). The version is claimed in D1 first and the
 * documents written to KV only by its winner: a crash between the two leaves the previous
 * documents (the write was never reported done) and a claim the next writer takes over after
 * `CLAIM_LEASE_MS`. Refused, with nothing stored, when they are too large for one KV value or
 * (`basedOn`) when another write landed since.
 */
export async function storeKnowledgeBase(
  bindings: KbBindings,
  site: string,
  documents: readonly KbDocument[],
  write: DocumentsWrite,
): Promise<StoredKnowledgeBase> {
  const json = JSON.stringify(documents);
  const bytes = new TextEncoder().encode(json).byteLength;
  if (bytes > MAX_DOCUMENTS_BYTES) {
    return {
      ok: false,
      kind: "too_large",
      message: `The knowledge base would take ${(bytes / 1048576).toFixed(1)} MiB, more than the ${MAX_DOCUMENTS_BYTES / 1048576} MiB Clarifier keeps per site: remove taught phrasings or split long documents.`,
    };
  }
  const version = await claimVersion(bindings, site, write);
  if (version === null) return { ok: false, kind: "conflict", message: KB_CONFLICT_MESSAGE };
  if ("onClaimed" in write && write.onClaimed) await write.onClaimed();
  await bindings.SITES.put(kbDocumentsKey(site), json, { metadata: { kbVersion: version } });
  return rebuildKnowledgeBase(bindings, site, documents, version);
}

/**
 * The site's documents when a write newer than `version` has reached KV; null when none has
 * (a newer claim still being written rebuilds the index itself once its documents are stored).
 */
async function newerDocuments(
  bindings: KbBindings,
  site: string,
  version: number,
): Promise<{ documents: KbDocument[]; version: number } | null> {
  const row = await getKbVersion(bindings.DB, site);
  if (!row || row.version <= version) return null;
  const read = await getVersionedDocuments(bindings.SITES, site);
  return read.documents && read.version > version
    ? { documents: read.documents, version: read.version }
    : null;
}

// Rebuilds that find a newer phrasing after writing go round again; past this many the next
// teach rebuilds anyway, and every phrasing is safe in D1 meanwhile.
const MAX_REBUILDS = 5;

/**
 * Builds the index from `documents` (the ones kept in KV, as of `version`) with every phrasing
 * taught in D1, and points visitors at it (the pointer swap is the moment they see it). Teaches
 * and edits that run at once each rebuild; one that wrote an index without a phrasing taught
 * meanwhile, or from documents a newer write has replaced, sees so afterwards and builds again,
 * so the index written last has every phrasing and the newest documents.
 */
export async function rebuildKnowledgeBase(
  bindings: KbBindings,
  site: string,
  kept: readonly KbDocument[],
  keptVersion: number,
): Promise<StoredKnowledgeBase & { ok: true }> {
  const embedder = embedderFor(
    bindings,
    semanticSettingsIn(await bindings.SITES.get(siteKey(site), "text")),
  );
  let documents = kept;
  let version = keptVersion;
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
    const taughtCurrent = (await taughtGeneration(bindings.DB, site)) === taught.generation;
    const newer = await newerDocuments(bindings, site, version);
    if ((taughtCurrent && !newer) || round >= MAX_REBUILDS) {
      return {
        ok: true,
        documents: built.index.documentCount,
        passages: built.index.passageCount,
        stored,
        version,
      };
    }
    if (newer) ({ documents, version } = newer);
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
  /** The member's id ("admin" for the token holder), when a signed-in member taught it. */
  byId: string | null = null,
): Promise<TaughtPhrasing> {
  const { documents, version } = await getVersionedDocuments(bindings.SITES, site);
  if (!documents) {
    return { ok: false, kind: "no_documents", message: "The site has no stored documents." };
  }
  const taught = await listTaughtQuestions(bindings.DB, site);
  const checked = addQuestion(withTaughtQuestions(documents, taught.questions), docId, question);
  if (!checked.ok) return checked;
  const clean = cleanQuestion(question);
  if (!checked.changed || clean === null) return { ok: true, document: checked.document };
  await insertTaughtQuestion(bindings.DB, site, { docId, question: clean }, now, by, byId);
  const rebuilt = await rebuildKnowledgeBase(bindings, site, documents, version);
  return { ok: true, document: rebuilt.stored.find((d) => d.id === docId) ?? checked.document };
}

/** Removes the site's stored documents. */
export async function deleteKbDocuments(kv: KbKv, site: string): Promise<void> {
  await kv.delete(kbDocumentsKey(site));
}
