import type { Language } from "../../shared/languages.ts";
import { LEXICON } from "./lexicon.ts";
import { Stems, tokenize } from "./text.ts";

/** A word of the knowledge base's vocabulary that a question's word stands for. */
export interface Expansion {
  /** The stem to look for in the index. */
  term: string;
  /** The question's stems it stands in for (the lexicon member the question used). */
  stands: readonly string[];
}

/** One concept group, each member as its content-word stems. */
type Group = readonly (readonly string[])[];

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
    const groups = LEXICON[language].map((line) =>
      line
        .split("|")
        .map((member) => tokenize(member, language, stems))
        // A member of stop words only ("no", "in") names nothing.
        .filter((member) => member.length > 0),
    );
    const byFirstStem = new Map<string, number[]>();
    groups.forEach((group, g) => {
      for (const member of group) {
        const first = member[0] as string;
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
 * The support-domain words `queryTerms` (a question's stems) stand for, by the lexicon: for each
 * group one of whose members the question holds whole, the other members' stems it lacks. They
 * are looked for with less weight than the question's own words (`retrieve`), so "money back"
 * finds the article on refunds, but an article that says "money back" itself still wins.
 *
 * @example
 * expandQuestion(["monei", "back"], "en").map((e) => e.term); // ["refund", "reimburs", …]
 */
export function expandQuestion(queryTerms: readonly string[], language: Language): Expansion[] {
  const asked = new Set(queryTerms);
  const found = new Map<string, Set<string>>();
  const { groups, byFirstStem } = lexiconOf(language);
  // Only groups one of whose members starts with a word of the question can match it.
  const candidates = new Set(queryTerms.flatMap((term) => byFirstStem.get(term) ?? []));
  for (const g of candidates) {
    const group = groups[g] as Group;
    const used = group.filter((member) => member.every((stem) => asked.has(stem)));
    if (used.length === 0) continue;
    const stands = [...new Set(used.flat())];
    for (const member of group) {
      for (const term of member) {
        if (asked.has(term)) continue;
        const entry = found.get(term) ?? new Set<string>();
        for (const s of stands) entry.add(s);
        found.set(term, entry);
      }
    }
  }
  return [...found].map(([term, stands]) => ({ term, stands: [...stands] }));
}
