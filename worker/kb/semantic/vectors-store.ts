/**
 * A site's passage vectors in KV, one value beside the index (`v1:kb-vectors:<site>`), naming
 * the model and index version they follow; opened vectors are kept per isolate like the index.
 */
import { type KbKv, kbVectorsKey } from "../store.ts";
import { decodeVectors, type PassageVectors } from "./vectors.ts";

/** KV's limit is 25 MiB a value: about 24,000 passages of bge-m3's 1,024 dimensions. */
export const MAX_VECTORS_BYTES = 24 * 1024 * 1024;

// Opened vectors of this isolate, by site, bounded in bytes beside the index cache's 48 MiB
// (an isolate has 128 MiB): a busy isolate re-reads a large site's vectors rather than run out.
const cache = new Map<string, PassageVectors>();
const CACHE_BYTES = 24 * 1024 * 1024;

/** The site's stored vectors, whatever model and version they follow, or null. */
export async function getKbVectors(kv: KbKv, site: string): Promise<PassageVectors | null> {
  const buffer = await kv.get(kbVectorsKey(site), "arrayBuffer");
  return buffer ? decodeVectors(new Uint8Array(buffer)) : null;
}

/**
 * The site's vectors if they follow `indexVersion` and `model`, from this isolate's cache when
 * it has them (one KV read on a miss, none on a hit).
 */
export async function getMatchingVectors(
  kv: KbKv,
  site: string,
  indexVersion: string,
  model: string,
): Promise<PassageVectors | null> {
  const matches = (v: PassageVectors | null | undefined): v is PassageVectors =>
    v?.indexVersion === indexVersion && v.model === model;
  const cached = cache.get(site);
  if (matches(cached)) return cached;
  const stored = await getKbVectors(kv, site);
  if (!matches(stored)) return null;
  cache.delete(site);
  cache.set(site, stored);
  let total = 0;
  for (const entry of cache.values()) total += entry.rows.byteLength;
  // Least recently loaded first (Map keeps insertion order); the site just read stays.
  for (const [key, entry] of cache) {
    if (total <= CACHE_BYTES || key === site) break;
    total -= entry.rows.byteLength;
    cache.delete(key);
  }
  return stored;
}

/** Stores encoded vectors; false (nothing written) when they would not fit in one value. */
export async function putKbVectors(kv: KbKv, site: string, bytes: Uint8Array): Promise<boolean> {
  if (bytes.byteLength > MAX_VECTORS_BYTES) return false;
  await kv.put(kbVectorsKey(site), bytes.slice().buffer);
  return true;
}

/** Removes the site's vectors (with its knowledge base, or when the stage is turned off). */
export async function deleteKbVectors(kv: KbKv, site: string): Promise<void> {
  cache.delete(site);
  await kv.delete(kbVectorsKey(site));
}
