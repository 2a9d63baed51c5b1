import { type Language, LANGUAGES } from "../../shared/languages.ts";
import { decoder, FORMAT, type Header, MAGIC, type SectionName } from "./index-format.ts";

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

/** A taught phrasing (`KbDocument.questions`): its document's number and its distinct stems. */
export interface Phrasing {
  doc: number;
  /** Term ids, ascending. */
  terms: readonly number[];
}

/**
 * The taught phrasings in flat arrays: phrasing `i` is of document `docs[i]` and holds the term
 * ids `terms[starts[i]]` to `terms[starts[i + 1]]` (ascending); the phrasings holding term `t`
 * are `withTerm[withTermStarts[t]]` to `withTerm[withTermStarts[t + 1]]`.
 */
export interface TaughtPhrasings {
  docs: Uint32Array;
  starts: Uint32Array;
  terms: Uint32Array;
  withTermStarts: Uint32Array;
  withTerm: Uint32Array;
}

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
  /** Null in an index stored before the section existed (its taught words are passage text). */
  private readonly phrasingBytes: Uint8Array | null;
  private decodedPhrasings: TaughtPhrasings | null = null;

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
    const phrasings = s.phrasings;
    this.phrasingBytes = phrasings
      ? bytes.subarray(phrasings[0], phrasings[0] + phrasings[1])
      : null;
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
    const at = this.firstTermFrom(term);
    return this.terms[at] === term ? at : -1;
  }

  /** The ids of the terms that start with `prefix`, in the vocabulary's (sorted) order. */
  termsStartingWith(prefix: string): number[] {
    const ids: number[] = [];
    const terms = this.terms;
    for (let id = this.firstTermFrom(prefix); id < terms.length; id++) {
      if (!(terms[id] as string).startsWith(prefix)) break;
      ids.push(id);
    }
    return ids;
  }

  /**
   * The id of the first term not sorted before `key`, or the vocabulary's length when there is
   * none: the one binary search both look-ups share.
   */
  private firstTermFrom(key: string): number {
    let lo = 0;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.terms[mid] as string) < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
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

  /**
   * The taught phrasings, decoded on first use; none in an index stored before they had a
   * section of their own (there their words are text of the document's passages).
   */
  phrasings(): readonly Phrasing[] {
    const taught = this.taughtPhrasings();
    return Array.from(taught.docs, (doc, i) => ({
      doc,
      terms: [...taught.terms.subarray(taught.starts[i], taught.starts[i + 1])],
    }));
  }

  /**
   * The taught phrasings as retrieval reads them, decoded once per opened index into flat
   * arrays, with the phrasings of each term (a few hundred microseconds for 5,000 phrasings,
   * where objects and a map took milliseconds).
   */
  taughtPhrasings(): TaughtPhrasings {
    if (this.decodedPhrasings) return this.decodedPhrasings;
    // Every varint at once, in one tight loop (at most one value a byte), then read as
    // [count, then per phrasing: doc, number of terms, term-id gaps…].
    const bytes = this.phrasingBytes ?? new Uint8Array([0]);
    const values = new Uint32Array(bytes.length);
    let length = 0;
    let value = 0;
    let shift = 0;
    for (let pos = 0; pos < bytes.length; pos++) {
      const byte = bytes[pos] as number;
      // Shifts rather than powers: doc numbers and term ids are far below 2^31.
      value |= (byte & 0x7f) << shift;
      if (byte < 0x80) {
        values[length++] = value;
        value = 0;
        shift = 0;
      } else shift += 7;
    }
    const count = values[0] ?? 0;
    const docs = new Uint32Array(count);
    const starts = new Uint32Array(count + 1);
    const terms = new Uint32Array(Math.max(0, length - 1 - 2 * count));
    let at = 1;
    let total = 0;
    for (let i = 0; i < count; i++) {
      docs[i] = values[at++] as number;
      starts[i] = total;
      let id = 0;
      for (let n = values[at++] as number; n > 0; n--) {
        id += values[at++] as number;
        terms[total++] = id;
      }
    }
    starts[count] = total;
    // Most indexes have no phrasings: no per-term table (a slot per vocabulary word) for them.
    if (count === 0) {
      const none = new Uint32Array(0);
      this.decodedPhrasings = { docs, starts, terms, withTermStarts: none, withTerm: none };
      return this.decodedPhrasings;
    }
    // Each term's phrasings, by counting sort: `withTermStarts[t]` to `withTermStarts[t + 1]`.
    const withTermStarts = new Uint32Array(this.termCount + 1);
    for (const id of terms) {
      if (id < this.termCount) withTermStarts[id + 1] = (withTermStarts[id + 1] as number) + 1;
    }
    for (let t = 0; t < this.termCount; t++) {
      withTermStarts[t + 1] = (withTermStarts[t + 1] as number) + (withTermStarts[t] as number);
    }
    const filled = withTermStarts.slice(0, this.termCount);
    const withTerm = new Uint32Array(terms.length);
    for (let i = 0; i < count; i++) {
      for (let k = starts[i] as number; k < (starts[i + 1] as number); k++) {
        const id = terms[k] as number;
        if (id >= this.termCount) continue;
        const at = filled[id] as number;
        withTerm[at] = i;
        filled[id] = at + 1;
      }
    }
    this.decodedPhrasings = { docs, starts, terms, withTermStarts, withTerm };
    return this.decodedPhrasings;
  }

  /** The numbers of the phrasings holding a term, ascending. */
  phrasingsWith(termId: number): Uint32Array {
    const taught = this.taughtPhrasings();
    if (termId < 0 || termId + 1 >= taught.withTermStarts.length) {
      return taught.withTerm.subarray(0, 0);
    }
    return taught.withTerm.subarray(
      taught.withTermStarts[termId],
      taught.withTermStarts[termId + 1],
    );
  }

  /** The document number of a passage. */
  docOf(passage: number): number {
    return this.passageDocs[passage] ?? 0;
  }

  /**
   * A document's passages, `[start, end)`: the builder lays each document's passages out
   * together, in document order, so two binary searches find them.
   */
  passagesOf(doc: number): [start: number, end: number] {
    const from = (d: number) => {
      let lo = 0;
      let hi = this.passageCount;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((this.passageDocs[mid] as number) < d) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    return [from(doc), from(doc + 1)];
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
