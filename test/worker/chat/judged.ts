/** The chat decision as the small-talk tests read it: one place for how a message is judged. */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Language } from "../../../shared/languages.ts";
import { type Judgement, judgeMessage } from "../../../worker/chat/judge.ts";
import { detectSmallTalk } from "../../../worker/chat/small-talk.ts";
import { buildIndex } from "../../../worker/kb/index-builder.ts";
import type { KbIndex } from "../../../worker/kb/index-reader.ts";

/** The decision POST /v1/chat takes, with the default phrases and grammar. */
export function judge(message: string, index: KbIndex | null = null): Judgement {
  return judgeMessage({ message, keywords: { mode: "add", phrases: [] }, threshold: 0.4, index });
}

/**
 * Whether a judgement hands a complaint to a person as the judge means to: no small talk, a
 * low-confidence handoff, no article offered.
 */
export function handedOffAsComplaint(judged: Judgement): boolean {
  return (
    judged.smallTalk === null &&
    judged.decision.handoff &&
    judged.decision.reason === "low_confidence" &&
    judged.offer?.about === "complaint"
  );
}

/** A line of small talk is replied to socially, except a complaint, which goes to a person. */
export function repliedAsMeant(message: string, index: KbIndex): boolean {
  const judged = judge(message, index);
  if (detectSmallTalk(message)?.kind !== "complaint") return judged.smallTalk !== null;
  return handedOffAsComplaint(judged);
}

// One dev help centre per language, so that retrieval's confidence plays its part as it does live
// ("un momento" matched an olive-oil shop's article at 0.80 before it was small talk).
const HELP_CENTRES: Record<Language, string> = {
  en: "smallsite-en-coffee.json",
  da: "smallsite-da-moebler.json",
  de: "smallsite-de-tierbedarf.json",
  fr: "smallsite-fr-bougies.json",
  es: "smallsite-es-aceite.json",
  sv: "smallsite-sv-friluft.json",
};

const indexes = new Map<Language, KbIndex>();

/** The language's dev help centre (eval/), built once. */
export function helpCentre(language: Language): KbIndex {
  const built = indexes.get(language);
  if (built) return built;
  const file = path.resolve(import.meta.dirname, "..", "..", "..", "eval", HELP_CENTRES[language]);
  const set = JSON.parse(readFileSync(file, "utf8")) as { kb: Parameters<typeof buildIndex>[0] };
  const { index } = buildIndex(set.kb);
  indexes.set(language, index);
  return index;
}
