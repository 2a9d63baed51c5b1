/**
 * `handoff-requests.json` (../shared/eval/README.md): how visitors ask for a person, and
 * ordinary questions that must not be taken for such a request, scored with the decision the
 * widget and the worker share, over the default phrases and grammar.
 */
import * as v from "valibot";
import { findHandoffRequest } from "../../shared/decision.ts";
import { effectiveKeywords } from "../../shared/default-keywords.ts";
import { LANGUAGES } from "../../shared/languages.ts";

export const HandoffRequestSetSchema = v.object({
  name: v.optional(v.string()),
  requests: v.record(v.string(), v.array(v.string())),
  ordinary: v.array(
    v.object({ text: v.string(), lang: v.string(), tricky: v.optional(v.boolean()) }),
  ),
});
export type HandoffRequestSet = v.InferOutput<typeof HandoffRequestSetSchema>;

export interface HandoffRequestReport {
  /** Share of requests recognised, per language, with counts. */
  recall: Record<string, { found: number; of: number }>;
  /** Ordinary questions taken for a request, overall and among the tricky ones. */
  falseHandoffs: {
    found: number;
    of: number;
    tricky: number;
    trickyOf: number;
    examples: string[];
  };
}

/**
 * Recall per language and false handoffs, with the default phrases and grammar (mode `add`).
 *
 * @example
 * scoreHandoffRequests(set).recall.da; // { found: 39, of: 40 }
 */
export function scoreHandoffRequests(set: HandoffRequestSet): HandoffRequestReport {
  const rules = { keywords: effectiveKeywords({ mode: "add", phrases: [] }), personRequests: true };
  const recall: HandoffRequestReport["recall"] = {};
  // The languages the set has requests in (a set written before a language was added has none).
  for (const language of LANGUAGES.filter((l) => set.requests[l] !== undefined)) {
    const requests = set.requests[language] ?? [];
    const found = requests.filter((text) => findHandoffRequest(text, rules) !== null).length;
    recall[language] = { found, of: requests.length };
  }
  const flagged = set.ordinary.filter((q) => findHandoffRequest(q.text, rules) !== null);
  return {
    recall,
    falseHandoffs: {
      found: flagged.length,
      of: set.ordinary.length,
      tricky: flagged.filter((q) => q.tricky).length,
      trickyOf: set.ordinary.filter((q) => q.tricky).length,
      examples: flagged.map((q) => q.text),
    },
  };
}
