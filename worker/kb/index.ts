import { type Language, LANGUAGES } from "../../shared/languages.ts";
import { languageOf, Stems, splitSentences, stripMarkup, tokenize } from "./text.ts";

export interface KbDocument {
  id: string;
  title: string;
  text: string;
  url?: string | null;
}

/** One passage of a document, as an answer quotes it. */
export interface Passage {
  /** Position of the passage in the index. */
  index: number;
  docId: string;
  title: string;
  url: string | null;
  text: string;
  language: Language;
}

/** A term's passages and counts, in passage order. */
export interface Postings {
  passages: Uint32Array;
  /** Occurrences in the passage's text. */
  counts: Uint16Array;
  /** Occurrences in the title of the passage's document. */
  titleCounts: Uint16Array;
}

const MAGIC = 0x324b4243; // "CBK2" little-endian
// 3: title and text counted apart in the postings, and each passage's terms in order (for
// proximity). 4: compound and code-like tokens indexed whole as well as split (text.ts
// `tokenize`); a format-3 index lacks the whole forms a question now asks for. An index of an
// older format does not open: the site has no knowledge base (every question hands off) until
// its next import rebuilds it.
const FORMAT = 4;
const TARGET_PASSAGE_CHARS = 700;

interface Header {
  format: typeof FORMAT;
  passages: number;
  documents: number;
  terms: number;
  /** Mean number of terms in a passage's text (its title not counted). */
  averageLength: number;
  /** Passages per language, most first. */
  languages: [Language, number][];
  sections: Record<SectionName, [offset: number, length: number]>;
}

type SectionName =
  | "vocabulary"
  | "postingOffsets"
  | "postings"
  | "termOffsets"
  | "passageTerms"
  | "passageLengths"
  | "passageDocs"
  | "passageLanguages"
  | "textOffsets"
  | "texts"
  | "docOffsets"
  | "docStrings";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * A site's search index: an inverted index (term → passages with counts) plus the passages'
 * text, in one compact binary value built at import time. Opening one decodes only the
 * vocabulary; postings and texts are read from the bytes when a query needs them.
 *
 * @example
 * const index = KbIndex.open(await kv.get(key, "arrayBuffer"));
 * index.postings(index.termId("refund"));
 */
export class KbIndex {
  readonly bytes: Uint8Array;
  readonly passageCount: number;
  readonly documentCount: number;
  readonly termCount: number;
  readonly averageLength: number;
  /** Languages of the passages, the most common first. */
  readonly languages: readonly Language[];
  readonly passageLengths: Uint16Array;
  private readonly terms: string[];
  private readonly postingOffsets: Uint32Array;
  private readonly postingBytes: Uint8Array;
  private readonly termOffsets: Uint32Array;
  private readonly passageTermBytes: Uint8Array;
  private readonly passageDocs: Uint32Array;
  private readonly passageLanguages: Uint8Array;
  private readonly textOffsets: Uint32Array;
  private readonly texts: Uint8Array;
  private readonly docOffsets: Uint32Array;
  private readonly docStrings: Uint8Array;

  private constructor(bytes: Uint8Array, header: Header) {
    this.bytes = bytes;
    this.passageCount = header.passages;
    this.documentCount = header.documents;
    this.termCount = header.terms;
    this.averageLength = header.averageLength;
    this.languages = header.languages.map(([lang]) => lang);
    const s = header.sections;
    const view = <T>(
      name: SectionName,
      make: (buffer: ArrayBufferLike, offset: number, length: number) => T,
      size: number,
    ): T => make(bytes.buffer, bytes.byteOffset + s[name][0], s[name][1] / size);
    const vocabulary = decoder.decode(
      bytes.subarray(s.vocabulary[0], s.vocabulary[0] + s.vocabulary[1]),
    );
    this.terms = header.terms === 0 ? [] : vocabulary.split("\n");
    this.postingOffsets = view("postingOffsets", (b, o, l) => new Uint32Array(b, o, l), 4);
    this.postingBytes = view("postings", (b, o, l) => new Uint8Array(b, o, l), 1);
    this.termOffsets = view("termOffsets", (b, o, l) => new Uint32Array(b, o, l), 4);
    this.passageTermBytes = view("passageTerms", (b, o, l) => new Uint8Array(b, o, l), 1);
    this.passageLengths = view("passageLengths", (b, o, l) => new Uint16Array(b, o, l), 2);
    this.passageDocs = view("passageDocs", (b, o, l) => new Uint32Array(b, o, l), 4);
    this.passageLanguages = view("passageLanguages", (b, o, l) => new Uint8Array(b, o, l), 1);
    this.textOffsets = view("textOffsets", (b, o, l) => new Uint32Array(b, o, l), 4);
    this.texts = view("texts", (b, o, l) => new Uint8Array(b, o, l), 1);
    this.docOffsets = view("docOffsets", (b, o, l) => new Uint32Array(b, o, l), 4);
    this.docStrings = view("docStrings", (b, o, l) => new Uint8Array(b, o, l), 1);
  }

  /** Opens an index from its stored bytes; throws when they are not an index of this format. */
  static open(data: ArrayBuffer | Uint8Array): KbIndex {
    // Typed-array views need 4-byte alignment: copy the rare unaligned input.
    let bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    if (bytes.byteOffset % 4 !== 0) bytes = bytes.slice();
    if (bytes.byteLength < 8) throw new Error("not a knowledge-base index");
    const head = new DataView(bytes.buffer, bytes.byteOffset, 8);
    if (head.getUint32(0, true) !== MAGIC) throw new Error("not a knowledge-base index");
    const headerLength = head.getUint32(4, true);
    const header = JSON.parse(decoder.decode(bytes.subarray(8, 8 + headerLength))) as Header;
    if (header.format !== FORMAT)
      throw new Error(`knowledge-base index format ${header.format} is not ${FORMAT}`);
    return new KbIndex(bytes, header);
  }

  /** The term's id, or -1 when no passage contains it. */
  termId(term: string): number {
    let lo = 0;
    let hi = this.terms.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const t = this.terms[mid] as string;
      if (t === term) return mid;
      if (t < term) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** The term of an id from `termId` or `passageTerms`. */
  termOf(termId: number): string {
    return this.terms[termId] ?? "";
  }

  /** Number of passages containing the term. */
  documentFrequency(termId: number): number {
    return termId < 0 ? 0 : this.readPostings(termId, null);
  }

  postings(termId: number): Postings {
    const df = this.documentFrequency(termId);
    const result: Postings = {
      passages: new Uint32Array(df),
      counts: new Uint16Array(df),
      titleCounts: new Uint16Array(df),
    };
    if (df > 0) this.readPostings(termId, result);
    return result;
  }

  passage(index: number): Passage {
    const doc = this.passageDocs[index] ?? 0;
    const start = this.textOffsets[index] ?? 0;
    const end = this.textOffsets[index + 1] ?? start;
    return {
      index,
      docId: this.docString(doc, 0),
      title: this.docString(doc, 1),
      url: this.docString(doc, 2) || null,
      text: decoder.decode(this.texts.subarray(start, end)),
      language: LANGUAGES[this.passageLanguages[index] ?? 0] ?? "en",
    };
  }

  /**
   * The term ids of a passage's text (title excluded), in order, stop words left out: what
   * proximity is measured on.
   */
  passageTerms(passage: number): number[] {
    const bytes = this.passageTermBytes;
    const end = this.termOffsets[passage + 1] ?? 0;
    const ids: number[] = [];
    let value = 0;
    let shift = 0;
    for (let pos = this.termOffsets[passage] ?? 0; pos < end; pos++) {
      const byte = bytes[pos] ?? 0;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) {
        ids.push(value);
        value = 0;
        shift = 0;
      } else shift += 7;
    }
    return ids;
  }

  /** The document id of a passage, without decoding its text. */
  docIdOf(passage: number): string {
    return this.docString(this.passageDocs[passage] ?? 0, 0);
  }

  /** The title of a passage's document, without decoding its text. */
  titleOf(passage: number): string {
    return this.docString(this.passageDocs[passage] ?? 0, 1);
  }

  private docString(doc: number, field: 0 | 1 | 2): string {
    const i = doc * 3 + field;
    return decoder.decode(
      this.docStrings.subarray(this.docOffsets[i] ?? 0, this.docOffsets[i + 1] ?? 0),
    );
  }

  // Postings are varints: a count of entries, then (passage delta, text count, title count) triples.
  private readPostings(termId: number, into: Postings | null): number {
    const bytes = this.postingBytes;
    let pos = this.postingOffsets[termId] ?? 0;
    let value = 0;
    let shift = 0;
    const next = (): number => {
      value = 0;
      shift = 0;
      for (;;) {
        const byte = bytes[pos++] ?? 0;
        value += (byte & 0x7f) * 2 ** shift;
        if (byte < 0x80) return value;
        shift += 7;
      }
    };
    const count = next();
    if (!into) return count;
    let passage = 0;
    for (let i = 0; i < count; i++) {
      passage += next();
      into.passages[i] = passage;
      into.counts[i] = Math.min(next(), 0xffff);
      into.titleCounts[i] = Math.min(next(), 0xffff);
    }
    return count;
  }
}

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
 * @example
 * buildIndex([{ id: "returns", title: "Returns", text: "You can return items within 30 days." }]).index.passageCount; // 1
 */
export function buildIndex(documents: readonly KbDocument[]): BuildResult {
  const plain = documents.map((doc) => stripMarkup(doc.text));
  // Documents without function words of their own (a price list) take the knowledge base's
  // most common language.
  const firstGuess = plain.map((text, i) =>
    languageOf(`${documents[i]?.title ?? ""}\n${text.slice(0, 5_000)}`, "en"),
  );
  const dominant = mostCommon(firstGuess);
  const stems = new Map<Language, Stems>(LANGUAGES.map((l) => [l, new Stems(l)]));

  const postings = new Map<string, number[]>();
  const passageTokens: string[][] = [];
  const passageLengths: number[] = [];
  const passageDocs: number[] = [];
  const passageLanguages: number[] = [];
  const texts: string[] = [];
  const languageCounts = new Map<Language, number>();
  documents.forEach((doc, d) => {
    const language = languageOf(`${doc.title}\n${(plain[d] ?? "").slice(0, 5_000)}`, dominant);
    const stem = stems.get(language) as Stems;
    // The title is a field of its own (BM25F, retrieve.ts weighs it): in a FAQ it is the question.
    const titleCounts = new Map<string, number>();
    for (const t of tokenize(doc.title, language, stem))
      titleCounts.set(t, (titleCounts.get(t) ?? 0) + 1);
    for (const text of splitIntoPassages(plain[d] ?? "", doc.title)) {
      const p = texts.length;
      const tokens = tokenize(text, language, stem);
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
      for (const [term, [count, titleCount]] of counts) {
        let list = postings.get(term);
        if (!list) {
          list = [];
          postings.set(term, list);
        }
        list.push(p, count, titleCount);
      }
      passageTokens.push(tokens);
      texts.push(text);
      passageLengths.push(Math.min(tokens.length, 0xffff));
      passageDocs.push(d);
      passageLanguages.push(LANGUAGES.indexOf(language));
      languageCounts.set(language, (languageCounts.get(language) ?? 0) + 1);
    }
  });

  const terms = [...postings.keys()].sort();
  const postingOffsets = new Uint32Array(terms.length + 1);
  const varints = new VarintWriter();
  terms.forEach((term, i) => {
    postingOffsets[i] = varints.length;
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
  postingOffsets[terms.length] = varints.length;
  const termIds = new Map(terms.map((term, i) => [term, i]));
  const termOffsets = new Uint32Array(passageTokens.length + 1);
  const sequences = new VarintWriter();
  passageTokens.forEach((tokens, p) => {
    termOffsets[p] = sequences.length;
    for (const t of tokens) sequences.write(termIds.get(t) ?? 0);
  });
  termOffsets[passageTokens.length] = sequences.length;

  const textParts = texts.map((t) => encoder.encode(t));
  const docParts = documents.flatMap((doc) =>
    [doc.id, doc.title, doc.url ?? ""].map((s) => encoder.encode(s)),
  );
  const totalLength = passageLengths.reduce((sum, n) => sum + n, 0);
  const languages = [...languageCounts].sort((a, b) => b[1] - a[1]);
  const bytes = pack(
    {
      passages: texts.length,
      documents: documents.length,
      terms: terms.length,
      averageLength: texts.length ? totalLength / texts.length : 0,
      languages: languages.length ? languages : [[dominant, 0]],
    },
    {
      vocabulary: encoder.encode(terms.join("\n")),
      postingOffsets: postingOffsets,
      postings: varints.bytes(),
      termOffsets,
      passageTerms: sequences.bytes(),
      passageLengths: Uint16Array.from(passageLengths),
      passageDocs: Uint32Array.from(passageDocs),
      passageLanguages: Uint8Array.from(passageLanguages),
      textOffsets: offsetsOf(textParts),
      texts: concat(textParts),
      docOffsets: offsetsOf(docParts),
      docStrings: concat(docParts),
    },
  );
  return { index: KbIndex.open(bytes), bytes };
}

function pack(
  meta: Omit<Header, "format" | "sections">,
  sections: Record<SectionName, ArrayBufferView>,
): Uint8Array {
  const names = Object.keys(sections) as SectionName[];
  // Section offsets depend on the header's length and the header holds them: lay the sections
  // out after a header padded to a fixed generous size for its digits.
  const layout = {} as Header["sections"];
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
    for (const piece of paragraph.length > TARGET_PASSAGE_CHARS * 2
      ? chunkLongParagraph(paragraph)
      : [paragraph]) {
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
