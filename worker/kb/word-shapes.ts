/**
 * A second ranking of the knowledge base by the shapes of words rather than their stems: each
 * passage (its title twice, then its text) and the question as bags of character 5-grams of their
 * words, compared by TF-IDF cosine. It meets what stems keep apart: "deliver" / "delivery",
 * "Versand" / "versenden", compounds ("Fotoabzüge" / "Abzug"), a typo two letters deep, a word
 * with its accents left out. It never decides whether to answer, nor whether to suggest: it only
 * helps choose which articles a low-confidence reply suggests and an answer offers beside it
 * (`offer.ts`), where a visitor picks among three and a second opinion finds an article words
 * alone ranked fourth or lower.
 *
 * Built from an opened index the first time a suggestion needs it and kept with that index (a new
 * import is a new index), so the answer path never pays for it. Only up to MAX_PASSAGES: the
 * small help centres it is for build it in a few milliseconds, and a large one keeps the lexical
 * order (building would cost one request too much time).
 */
import { foldAccents } from "../../shared/text/normalize.ts";
import type { Language } from "../../shared/languages.ts";
import type { KbIndex } from "./index-reader.ts";
import { bestPerDocument } from "./per-document.ts";
import { FOLDED_STOP_WORDS, words } from "./text.ts";

/** How many characters a gram spans, a word's edges counting as a space. */
const GRAM = 5;
/** Words shorter than this add no grams: "the", "und", "vos" carry no topic. */
const MIN_WORD = 4;
/** Above this many passages the ranking is not built (see the module comment). */
export const MAX_PASSAGES = 300;
/** How many documents the ranking returns. */
const DEPTH = 20;

/**
 * The grams of `text`'s words, each as a 30-bit hash (FNV-1a of its UTF-16 code units; a
 * collision costs a sliver of similarity, never an error), with their counts.
 */
function gramsOf(text: string, language: Language): Map<number, number> {
  const grams = new Map<number, number>();
  const stopWords = FOLDED_STOP_WORDS[language];
  // Accents folded once for the whole text: word by word it costs more than the rest together.
  for (const word of words(foldAccents(text))) {
    if (word.length < MIN_WORD || stopWords.has(word)) continue;
    const padded = ` ${word} `;
    for (let i = 0; i + GRAM <= padded.length; i++) {
      let hash = 0x811c9dc5;
      for (let k = i; k < i + GRAM; k++) {
        hash ^= padded.charCodeAt(k);
        hash = Math.imul(hash, 0x01000193);
      }
      // 30 bits: small integers, which V8's maps hash fastest.
      const gram = hash & 0x3fffffff;
      grams.set(gram, (grams.get(gram) ?? 0) + 1);
    }
  }
  return grams;
}

/** For each gram, its IDF and the passages that hold it with their L2-normalised weights. */
interface ShapeIndex {
  grams: Map<number, { idf: number; passages: Uint32Array; weights: Float32Array }>;
  /** The IDF a gram no passage holds would have: what it weighs in a question's norm. */
  unseenIdf: number;
}

const built = new WeakMap<KbIndex, ShapeIndex | null>();

function shapeIndexOf(index: KbIndex): ShapeIndex | null {
  const known = built.get(index);
  if (known !== undefined) return known;
  const n = index.passageCount;
  if (n === 0 || n > MAX_PASSAGES) {
    built.set(index, null);
    return null;
  }
  const bags: Map<number, number>[] = [];
  const df = new Map<number, number>();
  for (let p = 0; p < n; p++) {
    const { title, text, language } = index.passage(p);
    const bag = gramsOf(`${title} ${title} ${text}`, language);
    bags.push(bag);
    for (const gram of bag.keys()) df.set(gram, (df.get(gram) ?? 0) + 1);
  }
  const idfOf = (count: number) => Math.log(1 + n / (1 + count));
  const lists = new Map<number, { passages: number[]; weights: number[] }>();
  bags.forEach((bag, p) => {
    let norm = 0;
    for (const [gram, count] of bag) {
      const w = (1 + Math.log(count)) * idfOf(df.get(gram) ?? 0);
      bag.set(gram, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [gram, w] of bag) {
      let list = lists.get(gram);
      if (!list) {
        list = { passages: [], weights: [] };
        lists.set(gram, list);
      }
      list.passages.push(p);
      list.weights.push(w / norm);
    }
  });
  const grams: ShapeIndex["grams"] = new Map();
  for (const [gram, { passages, weights }] of lists) {
    grams.set(gram, {
      idf: idfOf(passages.length),
      passages: Uint32Array.from(passages),
      weights: Float32Array.from(weights),
    });
  }
  const shapes = { grams, unseenIdf: idfOf(0) };
  built.set(index, shapes);
  return shapes;
}

/**
 * The documents whose words look most like the question's, best first, as passage numbers (each
 * document's best passage) with their cosine similarity (0..1), at most DEPTH and only those
 * sharing a gram with the question. Empty when the index is above MAX_PASSAGES or the question
 * has no word of MIN_WORD letters.
 *
 * @example
 * shapeRanking(index, "do you deliver on saturdays?", "en").map((r) => index.docIdOf(r.passage));
 * // ["shipping", …]: "deliver" and "Delivery" share " deli", "deliv", "elive", "liver"
 */
export function shapeRanking(
  index: KbIndex,
  question: string,
  language: Language,
): { passage: number; score: number }[] {
  const shapes = shapeIndexOf(index);
  if (!shapes) return [];
  const asked: [number, number][] = [];
  let norm = 0;
  for (const [gram, count] of gramsOf(question, language)) {
    // A gram no passage holds still counts in the question's norm: a question mostly of words the
    // help centre never uses is far from every passage.
    const w = (1 + Math.log(count)) * (shapes.grams.get(gram)?.idf ?? shapes.unseenIdf);
    asked.push([gram, w]);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  const scores = new Map<number, number>();
  for (const [gram, w] of asked) {
    const list = shapes.grams.get(gram);
    if (!list) continue;
    for (let i = 0; i < list.passages.length; i++) {
      const p = list.passages[i] as number;
      scores.set(p, (scores.get(p) ?? 0) + (w / norm) * (list.weights[i] as number));
    }
  }
  const sorted = [...scores]
    .sort((a, b) => b[1] - a[1])
    .map(([passage, score]) => ({ passage, score }));
  return bestPerDocument(index, sorted, DEPTH);
}

/** The shape ranking's weight beside the lexical one when the two are blended (see below). */
const SHAPE_WEIGHT = 0.75;

/**
 * Two rankings of documents blended by score, each scaled by its own best (BM25F scores have no
 * fixed range, cosines do): lexical + SHAPE_WEIGHT × shape, best first, one passage per document
 * (the lexical one when both have it). On the seventeen dev help centres, filling a reply's last
 * place from this blend rather than from words alone took the right article reached from 81.8 to
 * 83.6 % of answerable questions (docs/knowledge-base.md); the weight was chosen there
 * (0.5-1 did alike).
 *
 * @example
 * const blended = blendRankings(index, retrieval.documents, shapeRanking(index, question, "en"));
 * index.docIdOf(blended[0].passage); // "shipping"
 */
export function blendRankings(
  index: KbIndex,
  lexical: readonly { passage: number; score: number }[],
  shapes: readonly { passage: number; score: number }[],
): { passage: number; score: number }[] {
  const lexicalTop = lexical[0]?.score || 1;
  const shapeTop = shapes[0]?.score || 1;
  const byDoc = new Map<string, { passage: number; score: number }>();
  for (const { passage, score } of lexical) {
    byDoc.set(index.docIdOf(passage), { passage, score: score / lexicalTop });
  }
  for (const { passage, score } of shapes) {
    const doc = index.docIdOf(passage);
    const share = (SHAPE_WEIGHT * score) / shapeTop;
    const entry = byDoc.get(doc);
    if (entry) entry.score += share;
    else byDoc.set(doc, { passage, score: share });
  }
  return [...byDoc.values()].sort((a, b) => b.score - a.score);
}
