import type { Trigger } from "../../shared/handoff.ts";

/**
 * What a channel is given to tell a team about a handoff: its own input type, so channels need
 * nothing from the handoff store. A stored handoff satisfies it, and so does a test send.
 */
export interface HandoffNotice extends Trigger {
  id: string;
  siteName: string;
  visitorEmail: string | null;
  visitorMessage: string;
  lastAiReply: string | null;
  createdAt: string;
  /** The visitor wrote again after this handoff: `visitorMessage` is the new message. */
  followUp?: boolean;
}
