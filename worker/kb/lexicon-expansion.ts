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

const groupsByLanguage = new Map<Language, readonly Group[]>();

/** The lexicon's groups in `language`, stemmed once per isolate. */
function groupsOf(language: Language): readonly Group[] {
  let groups = groupsByLanguage.get(language);
  if (!groups) {
    const stems = new Stems(language);
    groups = LEXICON[language].map((line) =>
      line
        .split("|")
        .map((member) => tokenize(member, language, stems))
        // A member of stop words only ("no", "in") names nothing.
        .filter((member) => member.length > 0),
    );
    groupsByLanguage.set(language, groups);
  }
  return groups;
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
  for (const group of groupsOf(language)) {
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
