import type { Handoff } from "../../worker/handoff/store.ts";

/**
 * A keyword handoff of the site "acme" as the store reads it back, with `fields` over it: what
 * tests of channels and mail hand to the code that formats and sends a handoff, no request made.
 */
export function handoffRecord(fields: Partial<Handoff> = {}): Handoff {
  return {
    id: "h1",
    site: "acme",
    conversationId: "c1",
    reason: "keyword",
    matched: "human",
    confidence: null,
    threshold: null,
    siteName: "Acme",
    visitorEmail: null,
    visitorMessage: "talk to a human",
    lastAiReply: null,
    createdAt: "2026-01-01T00:00:00.000Z",
    ...fields,
  };
}
