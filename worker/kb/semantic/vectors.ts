/**
 * A knowledge base's passage vectors, as stored beside its index: one row of int8 per passage
 * (cosine similarity ignores scale, so each row is scaled to its own largest component: a
 * quarter of float32's bytes, and a ranking that agrees with float32's to the third decimal),
 * under a small JSON header naming the model and the index version they belong to. Pure: the
 * store and the eval both use it.
 */
import type { KbIndex, Passage } from "../index-reader.ts";

const MAGIC = 0x56424b43; // "CKBV"
const FORMAT = 1;

/** Which vectors these are: a different model, or another index version, means unusable. */
export interface VectorsHeader {
  format: typeof FORMAT;
  model: string;
  /** The index version (`KbPointer.version`) whose passages the rows follow, in order. */
  indexVersion: string;
  dimensions: number;
  count: number;
  /** Per row, `textHash` of the text embedded: a rebuild re-embeds only texts it hasn't seen. */
  hashes: number[];
}

/** Decoded vectors: `rows` holds `count × dimensions` int8 values, `norms` each row's length. */
export interface PassageVectors extends VectorsHeader {
  rows: Int8Array;
  norms: Float32Array;
}

/**
 * What is embedded of a passage: its document's title, the phrasings visitors used for it
 * (imported or taught), then its text.
 */
export function passageText(
  passage: Pick<Passage, "title" | "text">,
  questions: readonly string[] = [],
): string {
  return [passage.title, ...questions, passage.text].join("\n");
}

/** FNV-1a over the text's UTF-16 code units: a 32-bit name for "this exact text". */
export function textHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A vector as int8, scaled so that its largest component is ±127. */
export function quantize(vector: ArrayLike<number>): Int8Array {
  let max = 0;
  for (let i = 0; i < vector.length; i++) max = Math.max(max, Math.abs(vector[i] as number));
  const out = new Int8Array(vector.length);
  if (max === 0) return out;
  for (let i = 0; i < vector.length; i++) out[i] = Math.round(((vector[i] as number) * 127) / max);
  return out;
}

/** The stored value: magic, header length, JSON header, then the rows. */
export function encodeVectors(
  header: Omit<VectorsHeader, "format" | "count" | "dimensions">,
  rows: readonly Int8Array[],
): Uint8Array {
  const dimensions = rows[0]?.length ?? 0;
  const json = new TextEncoder().encode(
    JSON.stringify({
      format: FORMAT,
      ...header,
      dimensions,
      count: rows.length,
    } satisfies VectorsHeader),
  );
  const out = new Uint8Array(8 + json.byteLength + rows.length * dimensions);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, json.byteLength, true);
  out.set(json, 8);
  rows.forEach((row, i) => {
    out.set(
      new Uint8Array(row.buffer, row.byteOffset, row.byteLength),
      8 + json.byteLength + i * dimensions,
    );
  });
  return out;
}

/** The stored value read back, or null when it is not one this code wrote. */
export function decodeVectors(bytes: Uint8Array): PassageVectors | null {
  if (bytes.byteLength < 8) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) return null;
  const length = view.getUint32(4, true);
  let header: VectorsHeader;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))) as VectorsHeader;
  } catch {
    return null;
  }
  const { count, dimensions } = header;
  if (
    header.format !== FORMAT ||
    !Number.isInteger(count) ||
    !Number.isInteger(dimensions) ||
    !Array.isArray(header.hashes) ||
    header.hashes.length !== count ||
    bytes.byteLength !== 8 + length + count * dimensions
  ) {
    return null;
  }
  const rows = new Int8Array(bytes.buffer, bytes.byteOffset + 8 + length, count * dimensions);
  const norms = new Float32Array(count);
  for (let r = 0; r < count; r++) {
    let sum = 0;
    for (let d = r * dimensions; d < (r + 1) * dimensions; d++) sum += (rows[d] as number) ** 2;
    norms[r] = Math.sqrt(sum);
  }
  return { ...header, rows, norms };
}

/** One row of `vectors`, for reuse by a rebuild. */
export function rowOf(vectors: PassageVectors, row: number): Int8Array {
  return vectors.rows.slice(row * vectors.dimensions, (row + 1) * vectors.dimensions);
}

/**
 * The passages closest in meaning to `query` (cosine similarity), the best passage of each
 * document, best first, at most `limit`.
 *
 * @example
 * semanticRanking(index, vectors, queryVector, 20)[0]; // { passage: 4, similarity: 0.71 }
 */
export function semanticRanking(
  index: KbIndex,
  vectors: PassageVectors,
  query: Float32Array,
  limit: number,
): { passage: number; similarity: number }[] {
  const { dimensions, count, rows, norms } = vectors;
  if (query.length !== dimensions || count !== index.passageCount) return [];
  let queryNorm = 0;
  for (let d = 0; d < dimensions; d++) queryNorm += (query[d] as number) ** 2;
  queryNorm = Math.sqrt(queryNorm);
  if (queryNorm === 0) return [];
  const scored: { passage: number; similarity: number }[] = [];
  for (let r = 0; r < count; r++) {
    const norm = norms[r] as number;
    if (norm === 0) continue;
    let dot = 0;
    const base = r * dimensions;
    for (let d = 0; d < dimensions; d++) dot += (query[d] as number) * (rows[base + d] as number);
    scored.push({ passage: r, similarity: dot / (norm * queryNorm) });
  }
  scored.sort((a, b) => b.similarity - a.similarity);
  const seen = new Set<string>();
  const out: { passage: number; similarity: number }[] = [];
  for (const s of scored) {
    const doc = index.docIdOf(s.passage);
    if (seen.has(doc)) continue;
    seen.add(doc);
    out.push(s);
    if (out.length === limit) break;
  }
  return out;
}
