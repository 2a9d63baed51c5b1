/** A site with the outdoor-gear help centre, and a visitor picking one of its suggestions. */
import { expect } from "vitest";
import type { ChatResponse, Suggestion } from "../../shared/api.ts";
import outdoorKb from "../fixtures/outdoor-kb.json";
import { call, ORIGIN, putSite, uniqueSite } from "./helpers.ts";

/** A new site with `config` and the outdoor-gear knowledge base (test/fixtures/outdoor-kb.json). */
export async function siteWithOutdoorKb(config: Record<string, unknown> = {}): Promise<string> {
  const site = uniqueSite();
  await putSite(site, config);
  const res = await call(`/admin/api/sites/${site}/kb`, {
    method: "PUT",
    admin: true,
    json: { documents: outdoorKb },
  });
  expect(res.status).toBe(200);
  return site;
}

/** The suggestions of a low-confidence reply; none for any other reply. */
export function suggestionsOf(res: ChatResponse): Suggestion[] {
  return res.reply.type === "handoff" && res.reply.reason === "low_confidence"
    ? (res.reply.suggestions ?? [])
    : [];
}

/**
 * One visitor (one address) asks `question`, is offered articles, and picks `docId`'s through
 * the real `POST /v1/feedback`, which must answer 204.
 */
export async function visitorPicks(
  site: string,
  address: string,
  question: string,
  docId: string,
): Promise<ChatResponse> {
  const headers = { origin: ORIGIN, "cf-connecting-ip": address };
  const chat = (await (
    await call("/v1/chat", { method: "POST", json: { site, message: question }, headers })
  ).json()) as ChatResponse;
  const offered = suggestionsOf(chat).find((s) => s.documentId === docId);
  if (!offered) throw new Error(`no ${docId} suggestion for "${question}"`);
  const pick = await call("/v1/feedback", {
    method: "POST",
    json: {
      site,
      conversationId: chat.conversationId,
      messageId: chat.messageId,
      picked: offered.url ?? offered.documentId,
    },
    headers,
  });
  expect(pick.status).toBe(204);
  return chat;
}
