/**
 * The knowledge-base index's binary layout, shared by its reader and its builder: a magic
 * number, a JSON header naming each section's offset and length, then the sections, 4-byte
 * aligned so typed arrays can view them in place.
 */
import type { Language } from "../../shared/languages.ts";

export const MAGIC = 0x324b4243; // "CBK2" little-endian
// 3: title and text counted apart in the postings, and each passage's terms in order (for
// proximity). 4: compound and code-like tokens indexed whole as well as split (text.ts
// `tokenize`); a format-3 index lacks the whole forms a question now asks for. An index of an
// older format does not open: the site has no knowledge base (every question hands off) until
// its next import rebuilds it.
// Format 4 gained an OPTIONAL section, `phrasings` (taught phrasings as term ids, see
// `index-builder.ts` `encodePhrasings`), without a new number: an index stored before it has the
// taught words merged into its passages' text and opens and answers as it did, where a bump
// would leave every live site without a knowledge base until its next import.
export const FORMAT = 4;
export interface Header {
  format: typeof FORMAT;
  passages: number;
  documents: number;
  terms: number;
  /** Mean number of terms in a passage's text (its title not counted). */
  averageLength: number;
  /** Passages per language, most first. */
  languages: [Language, number][];
  sections: Record<SectionName, [offset: number, length: number]> &
    Partial<Record<OptionalSectionName, [offset: number, length: number]>>;
}

export type SectionName =
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

/** Sections an index may lack: one stored before they existed. */
export type OptionalSectionName = "phrasings";

export const encoder = new TextEncoder();
export const decoder = new TextDecoder();
