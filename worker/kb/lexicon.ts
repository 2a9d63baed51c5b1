import type { Language } from "../../shared/languages.ts";
import { byLanguage } from "../../shared/languages/registry.ts";

/**
 * The support-domain lexicon: words visitors type for the things help articles describe, so that
 * "money back" finds the article on refunds and "pw" the one on passwords.
 *
 * Each string is one concept group (each language's `lexicon.ts`): members separated by "|", each a word or a short phrase
 * (two or three words) in lowercase, in its plain dictionary form. A phrase is found in a question
 * word for word and in order, stop words included, with at most two words between ("send it
 * back"), so "hand in" is not found in "second hand gear". Retrieval stems every member
 * with the language's stemmer, so inflections ("refunds", "refunded") need no entries of their
 * own; list genuinely different words, colloquial phrasings and common abbreviations or slang
 * instead ("pw", "2fa", "tlf", "asap"). German "ae/oe/ue" spellings and missing accents are
 * folded by the text code, so they are not listed either.
 *
 * Members of a group must be interchangeable in a support question: synonyms, near-synonyms, a
 * colloquial phrase and the formal word, an abbreviation and its expansion. Loosely related words
 * do not belong together ("invoice" and "receipt" are two groups, not one), and a word appears in
 * two groups only when it really has two meanings ("package" as a parcel and as a plan). No brand
 * or product names: the lexicon serves every help centre, not one business.
 *
 * It is written by hand, per language, from how people talk to support in shops, subscription
 * software, repair services, bookings, banks and delivery. To extend it: when a real visitor's
 * question misses its article for want of a word, add the word to the group of the concept it
 * means (or add a group), add that question to a test, and check the group does not make
 * unrelated questions match (a member that is a common word on its own, like "make" or "get",
 * matches far too much: use it inside a phrase or leave it out; so does a member the stemmer
 * makes into a common word's stem: "used" is stemmed as "use" is, "billig" as "bil").
 */
export const LEXICON: Readonly<Record<Language, readonly string[]>> = byLanguage(
  (language) => language.lexicon,
);

/**
 * The wide lexicon: groups in the same form, in each language's `lexicon-wide.ts`, written on
 * 7 December 2026 from general knowledge of many more kinds of business (telecom, rentals,
 * clinics, trades, travel…) without reading any evaluation set, plus the core groups with the
 * members that widening added. Its words rank the articles a reply offers (a low-confidence
 * reply's suggestions, an answer's alternatives: `retrieve.ts`'s `offered`) but never the answer
 * or its confidence. Counted like the core, they lifted the right article's reach on the twelve
 * blind help centres of rounds four to six by 2 points, but the answers they added were mostly
 * wrong (14 more right, 21 more wrong, pooled): precision comes first.
 */
export const LEXICON_WIDE: Readonly<Record<Language, readonly string[]>> = byLanguage(
  (language) => language.lexiconWide,
);
