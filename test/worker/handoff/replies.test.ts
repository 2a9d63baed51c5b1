import { describe, expect, it } from "vitest";
import type { ChatResponse, ConversationMessages, ErrorBody } from "../../../shared/api.ts";
import { acceptedHandoff, call, env, eventually, ORIGIN, putSite, uniqueSite } from "../helpers.ts";

/** A site with no channels, a chat and a handoff in one conversation: what a team answers. */
async function handedOff(email: string | null = null) {
  const site = uniqueSite();
  expect((await putSite(site, {})).status).toBe(200);
  const chat = await call("/v1/chat", {
    method: "POST",
    json: { site, message: "hello there" },
    headers: { origin: ORIGIN },
  });
  const { conversationId } = (await chat.json()) as ChatResponse;
  const { handoffId } = await acceptedHandoff(site, { conversationId, email });
  return { site, conversationId, handoffId };
}

function reply(handoffId: string, json: unknown) {
  return call(`/admin/api/handoffs/${handoffId}/replies`, { method: "POST", admin: true, json });
}

async function read(site: string, conversationId: string, after?: string) {
  const query = new URLSearchParams({ site, ...(after ? { after } : {}) });
  return call(`/v1/conversations/${conversationId}?${query}`, { headers: { origin: ORIGIN } });
}

describe("team replies", () => {
  it("stores a reply (201) that the visitor reads with role team and its author, after their own messages", async () => {
    const { site, conversationId, handoffId } = await handedOff();
    const res = await reply(handoffId, { text: "  Hi Jane, we can help.  ", author: "Maria" });
    expect(res.status).toBe(201);
    const created = (await res.json()) as { id: string; createdAt: string };
    expect(Date.parse(created.createdAt)).not.toBeNaN();

    const thread = await read(site, conversationId);
    expect(thread.status).toBe(200);
    expect(thread.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    const { messages } = (await thread.json()) as ConversationMessages;
    expect(messages.map((m) => [m.role, m.text])).toEqual([
      ["visitor", "hello there"],
      ["assistant", expect.any(String)],
      ["visitor", "talk to a human"],
      ["team", "Hi Jane, we can help."],
    ]);
    expect(messages[3]).toMatchObject({ id: created.id, author: "Maria" });
  });

  it("pages with after=: only the messages after the one named, and 400 for an id not in the thread", async () => {
    const { site, conversationId, handoffId } = await handedOff();
    const all = ((await (await read(site, conversationId)).json()) as ConversationMessages)
      .messages;
    const last = all[all.length - 1];
    expect(last?.role).toBe("visitor");
    const before = await read(site, conversationId, last?.id);
    expect(((await before.json()) as ConversationMessages).messages).toEqual([]);

    await reply(handoffId, { text: "First" });
    await reply(handoffId, { text: "Second", author: null });
    const after = (await (
      await read(site, conversationId, last?.id)
    ).json()) as ConversationMessages;
    expect(after.messages.map((m) => m.text)).toEqual(["First", "Second"]);
    const tail = (await (
      await read(site, conversationId, after.messages[0]?.id)
    ).json()) as ConversationMessages;
    expect(tail.messages.map((m) => m.text)).toEqual(["Second"]);

    const unknown = await read(site, conversationId, "not-a-message");
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as ErrorBody).error.code).toBe("bad_request");
  });

  it("answers the same 404 for an unknown conversation and another site's, and never lists it", async () => {
    const { conversationId } = await handedOff();
    const other = uniqueSite();
    await putSite(other, {});
    const foreign = await read(other, conversationId);
    const unknown = await read(other, crypto.randomUUID());
    const malformed = await read(other, "x");
    expect([foreign.status, unknown.status, malformed.status]).toEqual([404, 404, 404]);
    const bodies = await Promise.all([foreign.json(), unknown.json(), malformed.json()]);
    expect(bodies[0]).toEqual(bodies[1]);
    expect(bodies[0]).toEqual(bodies[2]);
    expect((bodies[0] as ErrorBody).error.code).toBe("conversation_not_found");
  });

  it("refuses a blank or invisible reply with 400 and stores nothing", async () => {
    const { handoffId } = await handedOff();
    for (const text of ["", "   ", "\u200b\u200d\ufeff", "\u0000\n"]) {
      const res = await reply(handoffId, { text });
      expect(res.status).toBe(400);
      expect(((await res.json()) as ErrorBody).error.message).toMatch(/^text: /);
    }
    expect((await reply(handoffId, { author: "Maria" })).status).toBe(400);
    expect((await reply(crypto.randomUUID(), { text: "Hi" })).status).toBe(404);
    const stored = await env.DB.prepare("SELECT COUNT(*) AS n FROM replies WHERE handoff_id = ?")
      .bind(handoffId)
      .first("n");
    expect(stored).toBe(0);
  });

  it("resolves and reopens a handoff; the list filters by status and carries the replies", async () => {
    const { site, handoffId } = await handedOff();
    await reply(handoffId, { text: "Sorted, see you!", author: "Maria" });
    const patched = await call(`/admin/api/handoffs/${handoffId}`, {
      method: "PATCH",
      admin: true,
      json: { status: "resolved", by: "Maria" },
    });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({
      id: handoffId,
      status: "resolved",
      resolvedBy: "Maria",
      replies: [{ text: "Sorted, see you!", author: "Maria", email: null }],
    });

    const list = async (status: string) =>
      (
        (await (
          await call(`/admin/api/handoffs?site=${site}&status=${status}`, { admin: true })
        ).json()) as { handoffs: { id: string; status: string; replies: { text: string }[] }[] }
      ).handoffs;
    expect((await list("resolved")).map((h) => [h.id, h.status, h.replies[0]?.text])).toEqual([
      [handoffId, "resolved", "Sorted, see you!"],
    ]);
    expect(await list("open")).toEqual([]);

    const reopened = await call(`/admin/api/handoffs/${handoffId}`, {
      method: "PATCH",
      admin: true,
      json: { status: "open" },
    });
    expect(await reopened.json()).toMatchObject({ status: "open", resolvedAt: null });
    expect((await list("open")).map((h) => h.id)).toEqual([handoffId]);

    const bad = await call(`/admin/api/handoffs/${handoffId}`, {
      method: "PATCH",
      admin: true,
      json: { status: "done" },
    });
    expect(bad.status).toBe(400);
    expect((await call(`/admin/api/handoffs?status=done`, { admin: true })).status).toBe(400);
  });

  it("emails a reply to a visitor who left an address, and records the send as delivered", async () => {
    const { site, handoffId } = await handedOff("jane@example.com");
    expect((await reply(handoffId, { text: "We shipped it today." })).status).toBe(201);
    const emailed = await eventually(async () => {
      const res = await call(`/admin/api/handoffs?site=${site}`, { admin: true });
      const {
        handoffs: [h],
      } = (await res.json()) as {
        handoffs: { replies: { email: { status: string; attempts: number } | null }[] }[];
      };
      const email = h?.replies[0]?.email;
      return email?.status === "delivered" && email;
    });
    expect(emailed).toMatchObject({ channel: "visitor-email", type: "email", attempts: 1 });
    // The mail service's own Message-ID, kept so that the next reply threads under this one.
    const stored = await env.DB.prepare(
      "SELECT email_message_id AS id FROM replies WHERE handoff_id = ?",
    )
      .bind(handoffId)
      .first<{ id: string | null }>();
    expect(stored?.id).toMatch(/^[^<>\s]+@[^<>\s]+$/);
  });
});
