/** The chat decision as the small-talk tests read it: one place for how a message is judged. */
import { type Judgement, judgeMessage } from "../../../worker/chat/judge.ts";
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
