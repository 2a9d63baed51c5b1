import type { ReplyNotifier } from "../handoff/reply.ts";

/**
 * Tells the open widgets of the reply's conversation, through its `ConversationLive` object.
 * Best effort by design: the reply is already stored, and a widget not reached reads it by
 * polling or on its next visit.
 */
export function liveNotifier(env: Pick<Env, "CONVERSATION_LIVE">): ReplyNotifier {
  return async (reply) => {
    await env.CONVERSATION_LIVE.get(env.CONVERSATION_LIVE.idFromName(reply.conversationId)).publish(
      {
        id: reply.id,
        role: "team",
        text: reply.text,
        author: reply.author,
        createdAt: reply.createdAt,
      },
    );
  };
}
