import type { ChatResponse } from "../../../shared/api.ts";
import { call, ORIGIN, postHandoff } from "../helpers.ts";
import { postForm } from "./helpers.ts";

/** One visitor message through the real `POST /v1/chat` (helpers.ts's, for the dashboard tests). */
export { chat } from "../helpers.ts";

/** The visitor finishes the handoff the chat offered, through the real `POST /v1/handoff`. */
export async function handOff(
  site: string,
  turn: ChatResponse,
  message: string,
  email: string | null = null,
  reason: "keyword" | "low_confidence" | "visitor_request" = turn.reply.type === "handoff"
    ? turn.reply.reason
    : "visitor_request",
): Promise<string> {
  const res = await postHandoff(site, {
    conversationId: turn.conversationId,
    message,
    email,
    reason,
  });
  if (res.status !== 202) throw new Error(`handoff failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { handoffId: string }).handoffId;
}

/** The visitor's verdict on an answer, through the real `POST /v1/feedback`. */
export async function judge(site: string, turn: ChatResponse, helpful: boolean): Promise<void> {
  const res = await call("/v1/feedback", {
    method: "POST",
    json: { site, conversationId: turn.conversationId, messageId: turn.messageId, helpful },
    headers: { origin: ORIGIN },
  });
  if (res.status !== 204) throw new Error(`feedback failed: ${res.status} ${await res.text()}`);
}

/** The owner labels a handoff "the AI could have answered this" on the dashboard. */
export async function labelCouldHaveAnswered(cookie: string, handoffId: string): Promise<void> {
  const res = await postForm(`/admin/handoffs/${handoffId}/label`, cookie, {
    couldHaveAnswered: "1",
    back: "/admin",
  });
  if (res.status !== 303) throw new Error(`label failed: ${res.status}`);
}
