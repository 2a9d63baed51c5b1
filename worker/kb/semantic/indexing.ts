/**
 * Passage vectors for a freshly built index, at import and teach: each passage's text is
 * embedded once, and a rebuild reuses every vector whose text and model it has already seen, so
 * teaching one phrasing embeds one passage, and a model change embeds them all.
 */
import type { KbIndex } from "../index-reader.ts";
import { type Embedder, embedWithin, PASSAGE_BUDGET_MS } from "./embedder.ts";
import { type PassageVectors, passageText, quantize, rowOf, textHash } from "./vectors.ts";

/** Rows in passage order and the hash of each text, or why there are none. */
export type EmbeddedPassages =
  | { ok: true; model: string; rows: Int8Array[]; hashes: number[]; embedded: number }
  | { ok: false; error: string };

/**
 * Every passage of `index` as a vector, reusing `previous` rows of the same model and text.
 * `questions` gives each document's phrasings (by id), embedded with each of its passages.
 *
 * @example
 * const done = await embedPassages(embedder, built.index, await getKbVectors(kv, site));
 * done.ok && done.embedded; // how many texts the model was asked for
 */
export async function embedPassages(
  embedder: Embedder,
  index: KbIndex,
  previous: PassageVectors | null,
  questions: ReadonlyMap<string, readonly string[]> = new Map(),
  budgetMs = PASSAGE_BUDGET_MS,
): Promise<EmbeddedPassages> {
  const known = new Map<number, Int8Array>();
  if (previous?.model === embedder.model) {
    for (const [row, hash] of previous.hashes.entries()) known.set(hash, rowOf(previous, row));
  }
  const texts: string[] = [];
  const hashes: number[] = [];
  for (let p = 0; p < index.passageCount; p++) {
    const passage = index.passage(p);
    const text = passageText(passage, questions.get(passage.docId));
    texts.push(text);
    hashes.push(textHash(text));
  }
  const missing = [...new Set(hashes.filter((h) => !known.has(h)))];
  if (missing.length > 0) {
    const textOf = new Map(hashes.map((h, p) => [h, texts[p] as string]));
    const result = await embedWithin(
      embedder,
      missing.map((h) => textOf.get(h) as string),
      "passage",
      budgetMs,
    );
    if (!result.ok) return result;
    if (result.vectors.length !== missing.length) {
      return { ok: false, error: "the model answered a different number of vectors" };
    }
    for (const [i, h] of missing.entries()) {
      known.set(h, quantize(result.vectors[i] as Float32Array));
    }
  }
  const rows = hashes.map((h) => known.get(h) as Int8Array);
  const dimensions = rows[0]?.length ?? 0;
  if (rows.some((r) => r.length !== dimensions)) {
    return { ok: false, error: "vectors of different lengths" };
  }
  return { ok: true, model: embedder.model, rows, hashes, embedded: missing.length };
}
