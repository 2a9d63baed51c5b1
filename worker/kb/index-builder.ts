import { type Language, LANGUAGES } from "../../shared/languages.ts";
import type { KbDocument } from "./documents.ts";
import { encoder, FORMAT, type Header, MAGIC, type SectionName } from "./index-format.ts";
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
    // The phrasings visitors used for what the document answers (`questions`, taught from the
    // dashboard or written by the owner) count the same way, and are never quoted as answers.
    const titleCounts = new Map<string, number>();
    for (const field of [doc.title, ...(doc.questions ?? [])]) {
      for (const t of tokenize(field, language, stem))
        titleCounts.set(t, (titleCounts.get(t) ?? 0) + 1);
    }
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
