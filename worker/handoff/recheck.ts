import type { HandoffReason } from "../../shared/api.ts";
import { findHandoffRequest } from "../../shared/decision.ts";
import type { VisitorMessageRecord } from "../conversations/store.ts";

export interface RecheckInput {
  claimed: HandoffReason;
  message: string;
  /** The site's effective keyword list. */
  keywords: readonly string[];
  /** Whether the default requests for a person apply (keyword mode `add`). */
  personRequests: boolean;
  handoffButton: boolean;
  /** The worker's own earlier judgement of this message in this conversation, if any. */
  judged: VisitorMessageRecord | null;
}

export type Recheck =
  | {
      justified: true;
      reason: HandoffReason;
      matched: string | null;
      confidence: number | null;
      threshold: number | null;
    }
  | { justified: false; why: string };

/**
 * The worker's re-check of a handoff the widget asks for: the client is never trusted.
 * `keyword` needs the message to match the site's phrases; `low_confidence` needs the worker to
 * have judged this very message a handoff; `visitor_request` needs the site's handoff button.
 *
 * A claim that fails its own check is still accepted when the message matches the site's phrases
 * or was judged a handoff by the worker, with the reason that holds: the spec lists those two
 * justifications without tying either to a `reason` (only the button is `visitor_request`'s), so
 * a client that reads it so (a keyword handoff sent as `low_confidence`, a button press on a
 * message that asked for a person) is served too. Every accepted handoff still rests on the
 * worker's own judgement or the site's setting, never on the client's word.
 *
 * @example
 * recheckHandoff({ claimed: "keyword", message: "hello", keywords: ["talk to a human"], personRequests: false, handoffButton: false, judged: null });
 * // { justified: false, why: "…" }
 */
export function recheckHandoff(input: RecheckInput): Recheck {
  const claimed = checkClaim(input.claimed, input);
  if (claimed.justified) return claimed;
  for (const other of ["keyword", "low_confidence"] as const) {
    if (other === input.claimed) continue;
    const fallback = checkClaim(other, input);
    if (fallback.justified) return fallback;
  }
  return claimed;
}

function checkClaim(claimed: HandoffReason, input: RecheckInput): Recheck {
  switch (claimed) {
    case "keyword": {
      const match = findHandoffRequest(input.message, input);
      if (!match)
        return {
          justified: false,
          why: "The message contains none of this site's handoff phrases.",
        };
      return {
        justified: true,
        reason: "keyword",
        matched: match.phrase,
        confidence: input.judged?.confidence ?? null,
        threshold: input.judged?.threshold ?? null,
      };
    }
    case "low_confidence": {
      const judged = input.judged;
      if (!judged)
        return {
          justified: false,
          why: "This message was not judged below the site's threshold in this conversation.",
        };
      return {
        justified: true,
        reason: judged.reason ?? "low_confidence",
        matched: judged.matched,
        confidence: judged.confidence,
        threshold: judged.threshold,
      };
    }
    case "visitor_request":
      if (!input.handoffButton)
        return { justified: false, why: 'This site does not offer a "Talk to a person" button.' };
      return {
        justified: true,
        reason: "visitor_request",
        matched: null,
        confidence: null,
        threshold: null,
      };
  }
}
