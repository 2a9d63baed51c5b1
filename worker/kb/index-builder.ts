import { type Language, LANGUAGES } from "../../shared/languages.ts";
import type { KbDocument } from "./documents.ts";
import {
  encoder,
  FORMAT,
  type Header,
  MAGIC,
  type OptionalSectionName,
  type SectionName,
} from "./index-format.ts";
import { KbIndex } from "./index-reader.ts";
import { splitIntoPassages } from "./passages.ts";
import { languageOf, Stems, stripMarkup, tokenize } from "./text.ts";

/** What a build reports besides the index. */
export interface BuildResult {
  index: KbIndex;
  /** Bytes to store. */
  bytes: Uint8Array;
}

/**
 * Splits documents into passages of about a paragraph or two, each keeping its document's title
 * and URL; detects each document's language; and builds the inverted index retrieval reads.
 *
 * Four steps, each a function below: `languagesOf` → `collectPassages` → `encodePostings`,
 * `encodeSequences` and `encodePhrasings` → `pack`.
 *
 * @example
 * buildIndex([{ id: "returns", title: "Returns", text: "You can return items within 30 days." }]).index.passageCount; // 1
 */
export function buildIndex(documents: readonly KbDocument[]): BuildResult {
  const plain = documents.map((doc) => stripMarkup(doc.text));
  const { dominant, languages: documentLanguages } = languagesOf(documents, plain);
  const collected = collectPassages(documents, plain, documentLanguages);
  const { texts, passageLengths } = collected;
  const postings = encodePostings(collected.postings);
  const sequences = encodeSequences(collected.passageTokens, postings.terms);
  const phrasings = encodePhrasings(collected.phrasings, postings.terms);

  const textParts = texts.map((t) => encoder.encode(t));
  const docParts = documents.flatMap((doc) =>
    [doc.id, doc.title, doc.url ?? ""].map((s) => encoder.encode(s)),
  );
  const totalLength = passageLengths.reduce((sum, n) => sum + n, 0);
  const languages = [...collected.languageCounts].sort((a, b) => b[1] - a[1]);
  const bytes = pack(
    {
      passages: texts.length,
      documents: documents.length,
      terms: postings.terms.length,
      averageLength: texts.length ? totalLength / texts.length : 0,
      languages: languages.length ? languages : [[dominant, 0]],
    },
    {
      vocabulary: encoder.encode(postings.terms.join("\n")),
      postingOffsets: postings.offsets,
      postings: postings.bytes,
      termOffsets: sequences.offsets,
      passageTerms: sequences.bytes,
      passageLengths: Uint16Array.from(passageLengths),
      passageDocs: Uint32Array.from(collected.passageDocs),
      passageLanguages: Uint8Array.from(collected.passageLanguages),
      textOffsets: offsetsOf(textParts),
      texts: concat(textParts),
      docOffsets: offsetsOf(docParts),
      docStrings: concat(docParts),
      phrasings,
    },
  );
  return { index: KbIndex.open(bytes), bytes };
}

/**
 * Step 1: each document's language, and the knowledge base's most common one. Two passes,
 * because documents without function words of their own (a price list) take the most common
 * language, which is known only once every document has had a first guess.
 */
function languagesOf(
  documents: readonly KbDocument[],
  plain: readonly string[],
): { dominant: Language; languages: Language[] } {
  const firstGuess = plain.map((text, i) =>
    languageOf(`${documents[i]?.title ?? ""}\n${text.slice(0, 5_000)}`, "en"),
  );
  const dominant = mostCommon(firstGuess);
  const languages = documents.map((doc, d) =>
    languageOf(`${doc.title}\n${(plain[d] ?? "").slice(0, 5_000)}`, dominant),
  );
  return { dominant, languages };
}

/** The passages of every document, as the index's sections need them, in passage order. */
interface Collected {
  /** Term → flat [passage, text count, title count, …] triples, passages ascending. */
  postings: Map<string, number[]>;
  passageTokens: string[][];
  passageLengths: number[];
  passageDocs: number[];
  /** Index into LANGUAGES. */
  passageLanguages: number[];
  texts: string[];
  /** Passages per language, in order of first appearance (the header sorts them by count). */
  languageCounts: Map<Language, number>;
  /** Each taught phrasing: its document's number and its distinct stems. */
  phrasings: { doc: number; terms: string[] }[];
}

/**
 * Step 2: splits each document into passages and counts every passage's terms in its text
 * and its title field, in the document's own language, so a Danish page is stemmed as Danish
 * even in a mostly English knowledge base.
 */
function collectPassages(
  documents: readonly KbDocument[],
  plain: readonly string[],
  documentLanguages: readonly Language[],
): Collected {
  const stems = new Map<Language, Stems>(LANGUAGES.map((l) => [l, new Stems(l)]));
  const out: Collected = {
    postings: new Map(),
    passageTokens: [],
    passageLengths: [],
    passageDocs: [],
    passageLanguages: [],
    texts: [],
    languageCounts: new Map(),
    phrasings: [],
  };
  documents.forEach((doc, d) => {
    const language = documentLanguages[d] as Language;
    const stem = stems.get(language) as Stems;
    const titleCounts = titleCountsOf(doc, language, stem);
    for (const terms of phrasingsOf(doc, language, stem)) out.phrasings.push({ doc: d, terms });
    for (const text of splitIntoPassages(plain[d] ?? "", doc.title)) {
      const p = out.texts.length;
      const tokens = tokenize(text, language, stem);
      for (const [term, [count, titleCount]] of countTerms(tokens, titleCounts)) {
        let list = out.postings.get(term);
        if (!list) {
          list = [];
          out.postings.set(term, list);
        }
        list.push(p, count, titleCount);
      }
      out.passageTokens.push(tokens);
      out.texts.push(text);
      out.passageLengths.push(Math.min(tokens.length, 0xffff));
      out.passageDocs.push(d);
      out.passageLanguages.push(LANGUAGES.indexOf(language));
      out.languageCounts.set(language, (out.languageCounts.get(language) ?? 0) + 1);
    }
  });
  // A word only a phrasing uses is in the vocabulary all the same, with no passages: spelling
  // correction leaves a word the index has alone (so "grejerna" is never "corrected" into
  // another word), and the off-topic rules see the knowledge base use it, as when taught words
  // were text.
  for (const { terms } of out.phrasings)
    for (const term of terms) if (!out.postings.has(term)) out.postings.set(term, []);
  return out;
}

/**
 * The title field's term counts. The title is a field of its own (BM25F, bm25f.ts weighs it):
 * in a FAQ it is the question.
 */
function titleCountsOf(doc: KbDocument, language: Language, stem: Stems): Map<string, number> {
  const titleCounts = new Map<string, number>();
  for (const t of tokenize(doc.title, language, stem))
    titleCounts.set(t, (titleCounts.get(t) ?? 0) + 1);
  return titleCounts;
}

/**
 * The phrasings visitors used for what the document answers (`questions`, taught from the
 * dashboard, learnt from picks or written by the owner), each as its distinct stems, those
 * without any left out. They are never quoted as answers, and no longer counted as text of the
 * document's passages: retrieval counts a phrasing's words for its document only when a question
 * matches that phrasing (`retrieve.ts` `taughtMatches`). Merged into every passage's text,
 * a phrasing's everyday words ("stuff", "sub", "combien temps"), rare in formal articles and so
 * of high IDF, pulled other visitors' unrelated questions to the taught article.
 */
function phrasingsOf(doc: KbDocument, language: Language, stem: Stems): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const question of doc.questions ?? []) {
    const terms = [...new Set(tokenize(question, language, stem))].sort();
    const key = terms.join(" ");
    if (terms.length === 0 || seen.has(key)) continue;
    seen.add(key);
    out.push(terms);
  }
  return out;
}

/**
 * A passage's terms with their text and title counts; every passage of a document carries its
 * title's terms, since each passage is ranked on its own.
 */
function countTerms(
  tokens: readonly string[],
  titleCounts: ReadonlyMap<string, number>,
): Map<string, [text: number, title: number]> {
  const counts = new Map<string, [text: number, title: number]>();
  for (const t of tokens) {
    const c = counts.get(t);
    if (c) c[0]++;
    else counts.set(t, [1, 0]);
  }
  for (const [t, n] of titleCounts) {
    const c = counts.get(t);
    if (c) c[1] = n;
    else counts.set(t, [0, n]);
  }
  return counts;
}

/**
 * Step 3: the vocabulary, sorted so the reader finds a term by binary search, and each term's
 * postings as varints (passage numbers as gaps, which are mostly small), with an offset table
 * so the reader decodes only the lists a question needs.
 */
function encodePostings(postings: ReadonlyMap<string, readonly number[]>): {
  terms: string[];
  offsets: Uint32Array;
  bytes: Uint8Array;
} {
  const terms = [...postings.keys()].sort();
  const offsets = new Uint32Array(terms.length + 1);
  const varints = new VarintWriter();
  terms.forEach((term, i) => {
    offsets[i] = varints.length;
    const list = postings.get(term) ?? [];
    varints.write(list.length / 3);
    let previous = 0;
    for (let j = 0; j < list.length; j += 3) {
      const passage = list[j] ?? 0;
      varints.write(passage - previous);
      varints.write(list[j + 1] ?? 0);
      varints.write(list[j + 2] ?? 0);
      previous = passage;
    }
  });
  offsets[terms.length] = varints.length;
  return { terms, offsets, bytes: varints.bytes() };
}

/**
 * Step 3, continued: every passage's content words in order, as term ids, which is what the
 * re-ranking's proximity and partial-word bonuses read (and only for the best passages).
 */
function encodeSequences(
  passageTokens: readonly (readonly string[])[],
  terms: readonly string[],
): { offsets: Uint32Array; bytes: Uint8Array } {
  const termIds = new Map(terms.map((term, i) => [term, i]));
  const offsets = new Uint32Array(passageTokens.length + 1);
  const sequences = new VarintWriter();
  passageTokens.forEach((tokens, p) => {
    offsets[p] = sequences.length;
    for (const t of tokens) sequences.write(termIds.get(t) ?? 0);
  });
  offsets[passageTokens.length] = sequences.length;
  return { offsets, bytes: sequences.bytes() };
}

/**
 * Step 3, continued: the taught phrasings as varints, a count then for each its document's
 * number, its number of terms and its term ids ascending as gaps: a few bytes a phrasing.
 */
function encodePhrasings(
  phrasings: readonly { doc: number; terms: readonly string[] }[],
  terms: readonly string[],
): Uint8Array {
  const termIds = new Map(terms.map((term, i) => [term, i]));
  const varints = new VarintWriter();
  varints.write(phrasings.length);
  for (const phrasing of phrasings) {
    const ids = phrasing.terms.map((t) => termIds.get(t) ?? 0).sort((a, b) => a - b);
    varints.write(phrasing.doc);
    varints.write(ids.length);
    let previous = 0;
    for (const id of ids) {
      varints.write(id - previous);
      previous = id;
    }
  }
  return varints.bytes();
}

/** Step 4: the header and the sections laid out in one buffer (`index-format.ts`). */
function pack(
  meta: Omit<Header, "format" | "sections">,
  sections: Record<SectionName | OptionalSectionName, ArrayBufferView>,
): Uint8Array {
  const names = Object.keys(sections) as (SectionName | OptionalSectionName)[];
  // Section offsets depend on the header's length and the header holds them: lay the sections
  // out after a header padded to a fixed generous size for its digits.
  const layout = {} as Record<SectionName | OptionalSectionName, [number, number]>;
  const provisional = JSON.stringify({
    format: FORMAT,
    ...meta,
    sections: Object.fromEntries(names.map((n) => [n, [0xffffffff, 0xffffffff]])),
  });
  let offset = align(8 + encoder.encode(provisional).byteLength);
  for (const name of names) {
    const length = sections[name].byteLength;
    layout[name] = [offset, length];
    offset = align(offset + length);
  }
  const header = encoder.encode(
    JSON.stringify({ format: FORMAT, ...meta, sections: layout } satisfies Header),
  );
  const out = new Uint8Array(offset);
  const head = new DataView(out.buffer);
  head.setUint32(0, MAGIC, true);
  head.setUint32(4, header.byteLength, true);
  out.set(header, 8);
  for (const name of names) {
    const section = sections[name];
    out.set(
      new Uint8Array(section.buffer, section.byteOffset, section.byteLength),
      layout[name][0],
    );
  }
  return out;
}

const align = (n: number) => Math.ceil(n / 4) * 4;

function offsetsOf(parts: readonly Uint8Array[]): Uint32Array {
  const offsets = new Uint32Array(parts.length + 1);
  let total = 0;
  parts.forEach((part, i) => {
    offsets[i] = total;
    total += part.byteLength;
  });
  offsets[parts.length] = total;
  return offsets;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}

class VarintWriter {
  private buffer = new Uint8Array(1 << 16);
  length = 0;

  write(value: number): void {
    if (this.length + 8 > this.buffer.length) {
      const bigger = new Uint8Array(this.buffer.length * 2);
      bigger.set(this.buffer);
      this.buffer = bigger;
    }
    let v = value;
    while (v >= 0x80) {
      this.buffer[this.length++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buffer[this.length++] = v;
  }

  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

function mostCommon<T>(values: readonly T[]): T | "en" {
  const counts = new Map<T, number>();
  let best: T | "en" = "en";
  let bestCount = 0;
  for (const v of values) {
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}
