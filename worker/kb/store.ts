import { KbIndex } from "./index-reader.ts";

/**
 * The part of a KV namespace the knowledge-base store uses. `KVNamespace` satisfies it; so does
 * `npm run kb`'s wrangler-backed adapter.
 */
export interface KbKv {
  get(key: string, type: "text"): Promise<string | null>;
  get(key: string, type: "arrayBuffer"): Promise<ArrayBuffer | null>;
  put(key: string, value: string | ArrayBuffer): Promise<unknown>;
  delete(key: string): Promise<unknown>;
}

/**
 * The small value visitors read first: which version of the index is live. Swapping it is the
 * only step that changes what visitors see, so an import is atomic for them.
 */
export interface KbPointer {
  format: 2;
  version: string;
  shards: number;
  bytes: number;
  documents: number;
  passages: number;
  builtAt: string;
  /** The version this one replaced, kept until the next import so a request that read the old pointer can finish. */
  previous: { version: string; shards: number } | null;
}

/** KV values are limited to 25 MiB; shards stay well below. */
export const SHARD_BYTES = 16 * 1024 * 1024;

/**
 * The KV key of a site's knowledge-base pointer (which index version is live).
 *
 * @example
 * kbPointerKey("acme"); // "v1:kb:acme"
 */
export const kbPointerKey = (site: string): string => `v1:kb:${site}`;
/**
 * The KV key of a site's knowledge-base documents as imported or taught (JSON), from which the
 * index is rebuilt when the owner teaches a phrasing or adds an article.
 *
 * @example
 * kbDocumentsKey("acme"); // "v1:kb-docs:acme"
 */
export const kbDocumentsKey = (site: string): string => `v1:kb-docs:${site}`;
/**
 * The KV key of a site's passage vectors (`semantic/vectors-store.ts`), which follow its index
 * and go with it.
 *
 * @example
 * kbVectorsKey("acme"); // "v1:kb-vectors:acme"
 */
export const kbVectorsKey = (site: string): string => `v1:kb-vectors:${site}`;
const shardKey = (site: string, version: string, shard: number) =>
  `v1:kb:${site}:${version}:${shard}`;

// Opened indexes of this isolate, by site: a warm request costs one small KV read.
const cache = new Map<string, { version: string; index: KbIndex }>();
// The version each opened index was stored under: the semantic stage's vectors name it.
const versions = new WeakMap<KbIndex, string>();
const CACHE_BYTES = 48 * 1024 * 1024;

/** The site's live index, or null when it has none (or only one in a format this code cannot read). */
export async function getKbIndex(kv: KbKv, site: string): Promise<KbIndex | null> {
  const pointer = parsePointer(await kv.get(kbPointerKey(site), "text"));
  if (!pointer) return null;
  const cached = cache.get(site);
  if (cached?.version === pointer.version) return cached.index;
  const current = await loadVersion(kv, site, pointer.version, pointer.shards);
  if (current) versions.set(current, pointer.version);
  // Shards of a fresh version can lag its pointer at a far edge location: keep the old one.
  const index =
    current ??
    (pointer.previous
      ? await loadVersion(kv, site, pointer.previous.version, pointer.previous.shards)
      : null);
  if (index && !current && pointer.previous) versions.set(index, pointer.previous.version);
  if (index) remember(site, pointer.version, index);
  return index;
}

/** The version an index read by `getKbIndex` was stored under, or null for one built in memory. */
export function kbVersionOf(index: KbIndex): string | null {
  return versions.get(index) ?? null;
}

/** Writes a new index under a new version, then points visitors at it; returns the pointer. */
export async function putKbIndex(
  kv: KbKv,
  site: string,
  bytes: Uint8Array,
  stats: { documents: number; passages: number },
  shardBytes = SHARD_BYTES,
): Promise<KbPointer> {
  const old = parsePointer(await kv.get(kbPointerKey(site), "text"));
  const version = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const shards = Math.max(1, Math.ceil(bytes.byteLength / shardBytes));
  for (let i = 0; i < shards; i++) {
    const chunk = bytes.slice(i * shardBytes, (i + 1) * shardBytes);
    await kv.put(shardKey(site, version, i), chunk.buffer);
  }
  const pointer: KbPointer = {
    format: 2,
    version,
    shards,
    bytes: bytes.byteLength,
    ...stats,
    builtAt: new Date().toISOString(),
    previous: old ? { version: old.version, shards: old.shards } : null,
  };
  await kv.put(kbPointerKey(site), JSON.stringify(pointer));
  if (old?.previous) await deleteShards(kv, site, old.previous.version, old.previous.shards);
  return pointer;
}

/** Removes the site's knowledge base: pointer first, so visitors never see half of it. */
export async function deleteKbIndex(kv: KbKv, site: string): Promise<void> {
  const pointer = parsePointer(await kv.get(kbPointerKey(site), "text"));
  await kv.delete(kbPointerKey(site));
  cache.delete(site);
  await kv.delete(kbVectorsKey(site));
  if (!pointer) return;
  await deleteShards(kv, site, pointer.version, pointer.shards);
  if (pointer.previous)
    await deleteShards(kv, site, pointer.previous.version, pointer.previous.shards);
}

export function parsePointer(text: string | null): KbPointer | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<KbPointer> | null;
    if (value?.format !== 2 || typeof value.version !== "string" || !Number.isInteger(value.shards))
      return null;
    return value as KbPointer;
  } catch {
    return null;
  }
}

async function loadVersion(
  kv: KbKv,
  site: string,
  version: string,
  shards: number,
): Promise<KbIndex | null> {
  const parts = await Promise.all(
    Array.from({ length: shards }, (_, i) => kv.get(shardKey(site, version, i), "arrayBuffer")),
  );
  if (parts.some((p) => p === null)) return null;
  const buffers = parts as ArrayBuffer[];
  const bytes =
    buffers.length === 1 ? new Uint8Array(buffers[0] as ArrayBuffer) : joinBuffers(buffers);
  try {
    return KbIndex.open(bytes);
  } catch {
    return null;
  }
}

async function deleteShards(
  kv: KbKv,
  site: string,
  version: string,
  shards: number,
): Promise<void> {
  await Promise.all(
    Array.from({ length: shards }, (_, i) => kv.delete(shardKey(site, version, i))),
  );
}

function joinBuffers(buffers: readonly ArrayBuffer[]): Uint8Array {
  const out = new Uint8Array(buffers.reduce((sum, b) => sum + b.byteLength, 0));
  let offset = 0;
  for (const b of buffers) {
    out.set(new Uint8Array(b), offset);
    offset += b.byteLength;
  }
  return out;
}

function remember(site: string, version: string, index: KbIndex): void {
  cache.delete(site);
  cache.set(site, { version, index });
  let total = 0;
  for (const entry of cache.values()) total += entry.index.bytes.byteLength;
  // Evict the least recently loaded sites first (Map keeps insertion order).
  for (const [key, entry] of cache) {
    if (total <= CACHE_BYTES || key === site) break;
    total -= entry.index.bytes.byteLength;
    cache.delete(key);
  }
}
