import type { Language } from "../../shared/languages.ts";
import { phraseChoices } from "../../shared/text/phrases.ts";
import { LEXICON, LEXICON_WIDE } from "./lexicon.ts";
import { Stems, tokenize, words } from "./text.ts";

/** A word of the knowledge base's vocabulary that a question's word stands for. */
export interface Expansion {
  /** The stem to look for in the index. */
  term: string;
  /** The question's stems it stands in for (the lexicon member the question used). */
  stands: readonly string[];
  /**
   * True when only the wide lexicon's groups relate it (`LEXICON_WIDE`): it ranks the articles a
   * reply offers, never the answer.
   */
  wide: boolean;
}

/**
 * One member of a concept group: its content-word stems, and for a phrase ("money back", "hand
 * in") the stems of all its words, stop words included, in order.
 */
interface Member {
  stems: readonly string[];
  phrase: readonly string[] | null;
}

/** One concept group, and whether it is the wide lexicon's. */
interface Group {
  members: readonly Member[];
  wide: boolean;
}

/** A language's groups, and for each stem the groups with a member that starts with it. */
interface Lexicon {
  groups: readonly Group[];
  byFirstStem: ReadonlyMap<string, readonly number[]>;
}

const lexicons = new Map<Language, Lexicon>();

/** The lexicon's groups in `language`, stemmed and indexed once per isolate. */
function lexiconOf(language: Language): Lexicon {
  let lexicon = lexicons.get(language);
  if (!lexicon) {
    const stems = new Stems(language);
    const groupOf = (line: string, wide: boolean): Group => ({
      members: phraseChoices(line)
        .map((member) => {
          const phrase = words(member).map((w) => stems.of(w));
          return {
            stems: tokenize(member, language, stems),
            phrase: phrase.length > 1 ? phrase : null,
          };
        })
        // A member of stop words only ("no", "in") names nothing.
        .filter((member) => member.stems.length > 0),
      wide,
    });
    const groups = [
      ...LEXICON[language].map((line) => groupOf(line, false)),
      ...LEXICON_WIDE[language].map((line) => groupOf(line, true)),
    ];
    const byFirstStem = new Map<string, number[]>();
    groups.forEach((group, g) => {
      for (const member of group.members) {
        const first = member.stems[0] as string;
        const list = byFirstStem.get(first) ?? [];
        if (!list.includes(g)) list.push(g);
        byFirstStem.set(first, list);
      }
    });
    lexicon = { groups, byFirstStem };
    lexicons.set(language, lexicon);
  }
  return lexicon;
}

/**
 * The support-domain words a question stands for, by the lexicon: for each group one of whose
 * members the question holds (a word among `queryTerms`, the question's stems; a phrase word for
 * word in `questionStems`, the stems of all its words), the other members' stems it lacks. They
 * are looked for with less weight than the question's own words (`retrieve`), so "money back"
 * finds the article on refunds, but an article that says "money back" itself still wins. A term
 * only the wide lexicon's groups relate is marked `wide`: retrieval counts it only where it ranks
 * the articles a reply offers.
 *
 * @example
 * expandQuestion(["monei", "back"], ["i", "want", "my", "monei", "back"], "en").map((e) => e.term); // ["refund", "reimburs", …]
 */
export function expandQuestion(
  queryTerms: readonly string[],
  questionStems: readonly string[],
  language: Language,
): Expansion[] {
  const asked = new Set(queryTerms);
  const wideFound = new Map<string, Set<string>>();
  // The stems each term stands for by the core groups alone: a term a core group relates stays
  // the core's, standing for what the core says, however the wide lexicon relates it too.
  const core = new Map<string, Set<string>>();
  const { groups, byFirstStem } = lexiconOf(language);
  // Only groups one of whose members starts with a word of the question can match it.
  const candidates = new Set(queryTerms.flatMap((term) => byFirstStem.get(term) ?? []));
  for (const g of candidates) {
    const { members: group, wide } = groups[g] as Group;
    const used = group.filter(
      (member) =>
        member.stems.every((stem) => asked.has(stem)) &&
        (member.phrase === null || holdsPhrase(questionStems, member.phrase)),
    );
    if (used.length === 0) continue;
    const stands = [...new Set(used.flatMap((member) => member.stems))];
    for (const member of group) {
      for (const term of member.stems) {
        if (asked.has(term)) continue;
        const map = wide ? wideFound : core;
        const entry = map.get(term) ?? new Set<string>();
        for (const s of stands) entry.add(s);
        map.set(term, entry);
      }
    }
  }
  const coreTerms = [...core].map(([term, stands]) => ({ term, stands: [...stands], wide: false }));
  const wideTerms = [...wideFound]
    .filter(([term]) => !core.has(term))
    .map(([term, stands]) => ({ term, stands: [...stands], wide: true }));
  return [...coreTerms, ...wideTerms];
}

// A phrase's words may have up to this many words between them ("send it back", "log me out"),
// but must come in order: "hand in" is not in "second hand gear".
const PHRASE_GAP = 2;

/**
 * Whether `phrase` occurs in `sequence` in order, each word at most PHRASE_GAP words after the
 * last.
 */
function holdsPhrase(sequence: readonly string[], phrase: readonly string[]): boolean {
  for (let start = 0; start < sequence.length; start++) {
    if (sequence[start] !== phrase[0]) continue;
    let at = start;
    let k = 1;
    for (; k < phrase.length; k++) {
      let next = -1;
      for (let i = at + 1; i <= at + 1 + PHRASE_GAP && i < sequence.length; i++) {
        if (sequence[i] === phrase[k]) {
          next = i;
          break;
        }
      }
      if (next < 0) break;
      at = next;
    }
    if (k === phrase.length) return true;
  }
  return false;
}
