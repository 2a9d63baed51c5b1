import { splitSentences, stripMarkup, tokenize } from "./text.ts";

export interface KbDocument {
  id: string;
  title: string;
  text: string;
  url?: string | null;
}

export interface Passage {
  docId: string;
  title: string;
  url: string | null;
  text: string;
  /** term → count, title terms included. */
  terms: Record<string, number>;
  length: number;
}

/** A site's search index, built once at import time and stored in KV. */
export interface KbIndex {
  version: 1;
  passages: Passage[];
  /** term → number of passages containing it. */
  documentFrequency: Record<string, number>;
  averageLength: number;
}

const TARGET_PASSAGE_CHARS = 700;

/**
 * Splits documents into passages of about a paragraph or two, each keeping its document's title
 * and URL, and computes the statistics retrieval needs.
 *
 * @example
 * buildIndex([{ id: "returns", title: "Returns", text: "You can return items within 30 days." }]);
 */
export function buildIndex(documents: readonly KbDocument[]): KbIndex {
  const passages: Passage[] = [];
  for (const doc of documents) {
    for (const text of splitIntoPassages(stripMarkup(doc.text), doc.title)) {
      const tokens = [...tokenize(doc.title), ...tokenize(text)];
      const terms: Record<string, number> = {};
      for (const t of tokens) terms[t] = (terms[t] ?? 0) + 1;
      passages.push({ docId: doc.id, title: doc.title, url: doc.url ?? null, text, terms, length: tokens.length });
    }
  }
  const documentFrequency: Record<string, number> = {};
  for (const p of passages) {
    for (const t of Object.keys(p.terms)) documentFrequency[t] = (documentFrequency[t] ?? 0) + 1;
  }
  const totalLength = passages.reduce((sum, p) => sum + p.length, 0);
  return {
    version: 1,
    passages,
    documentFrequency,
    averageLength: passages.length ? totalLength / passages.length : 0,
  };
}

function splitIntoPassages(text: string, title: string): string[] {
  // A Markdown document usually repeats its title as its first heading; it is already indexed
  // as the title and would only crowd the extractive answer.
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter((p) => p.length > 0 && p !== title.trim());
  const passages: string[] = [];
  let current = "";
  for (const paragraph of paragraphs) {
    for (const piece of paragraph.length > TARGET_PASSAGE_CHARS * 2 ? chunkLongParagraph(paragraph) : [paragraph]) {
      if (current && current.length + piece.length > TARGET_PASSAGE_CHARS) {
        passages.push(current);
        current = "";
      }
      current = current ? `${current}\n${piece}` : piece;
    }
  }
  if (current) passages.push(current);
  return passages;
}

function chunkLongParagraph(paragraph: string): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const sentence of splitSentences(paragraph)) {
    if (current && current.length + sentence.length > TARGET_PASSAGE_CHARS) {
      chunks.push(current);
      current = "";
    }
    current = current ? `${current} ${sentence}` : sentence;
  }
  if (current) chunks.push(current);
  return chunks;
}
