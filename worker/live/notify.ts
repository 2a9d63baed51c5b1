import type { ReplyNotifier } from "../handoff/reply.ts";
import { liveObjectName } from "./live-object-name.ts";

/**
 * Tells the open widgets of the reply's conversation, through its `ConversationLive` object: the
 * one of the handoff's own site (`liveObjectName`), never another site's conversation of one id.
 * Best effort by design: the reply is already stored, and a widget not reached reads it by
 * polling or on its next visit.
 */
export function liveNotifier(env: Pick<Env, "CONVERSATION_LIVE">): ReplyNotifier {
  return async (reply, site) => {
    const live = env.CONVERSATION_LIVE;
    await live.get(live.idFromName(liveObjectName(site, reply.conversationId))).publish({
      id: reply.id,
      role: "team",
      text: reply.text,
      author: reply.author,
      createdAt: reply.createdAt,
    });
  };
}
