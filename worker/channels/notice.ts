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

/** The id prefix of a test sent from the Channels page: such a handoff is never stored. */
export const TEST_HANDOFF_PREFIX = "test-";

/** Whether the notice is a channel test, which has no handoff to open. */
export function isTestNotice(notice: Pick<HandoffNotice, "id">): boolean {
  return notice.id.startsWith(TEST_HANDOFF_PREFIX);
}
