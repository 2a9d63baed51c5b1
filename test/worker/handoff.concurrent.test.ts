import { describe, expect, it } from "vitest";
import type { HandoffAccepted } from "../../shared/api.ts";
import {
  call,
  env,
  eventually,
  ORIGIN,
  postHandoff,
  putSite,
  receivedAt,
  receiverPath,
  uniqueSite,
  WEBHOOK_SECRET,
} from "./helpers.ts";

async function count(sql: string, ...binds: string[]): Promise<number> {
  return (
    (await env.DB.prepare(sql)
      .bind(...binds)
      .first<number>("n")) ?? 0
  );
}

describe("identical handoffs sent at once", () => {
  it.each([
    ["a new conversation", false],
    ["a conversation that already exists", true],
  ])(
    "become one handoff, one notification per channel and one webhook id, in %s",
    async (_, existing) => {
      const hooks = [receiverPath(), receiverPath(), receiverPath()];
      const site = uniqueSite();
      await putSite(site, {
        channels: [
          { id: "crm", type: "webhook", url: hooks[0]?.url, secret: WEBHOOK_SECRET },
          { id: "ops", type: "webhook", url: hooks[1]?.url },
          { id: "triage", type: "slack", webhookUrl: hooks[2]?.url },
        ],
      });
      const conversationId = crypto.randomUUID();
      if (existing) {
        const chat = await call("/v1/chat", {
          method: "POST",
          headers: { origin: ORIGIN },
          json: { site, conversationId, message: "hello" },
        });
        expect(chat.status).toBe(200);
      }
      const fields = {
        conversationId,
        message: "Please let me talk to a human",
        email: "jane@example.com",
      };
      const responses = await Promise.all(
        Array.from({ length: 5 }, () => postHandoff(site, fields)),
      );
      expect(responses.map((r) => r.status)).toEqual([202, 202, 202, 202, 202]);
      const ids = await Promise.all(
        responses.map(async (r) => ((await r.json()) as HandoffAccepted).handoffId),
      );
      expect(new Set(ids).size).toBe(1);

      expect(await count("SELECT COUNT(*) AS n FROM handoffs WHERE site = ?", site)).toBe(1);
      expect(
        await count("SELECT COUNT(*) AS n FROM deliveries WHERE handoff_id = ?", ids[0] ?? ""),
      ).toBe(3);
      expect(
        await count(
          "SELECT COUNT(*) AS n FROM messages WHERE conversation_id = ? AND role = 'visitor' AND text = ?",
          conversationId,
          fields.message,
        ),
      ).toBe(1);

      const received = await eventually(async () => {
        const all = await Promise.all(hooks.map((h) => receivedAt(h.path)));
        return all.every((r) => r.length > 0) && all;
      });
      // Give a second delivery, if there were one, time to arrive before counting.
      await new Promise((r) => setTimeout(r, 500));
      const settled = await Promise.all(hooks.map((h) => receivedAt(h.path)));
      expect(settled.map((r) => r.length)).toEqual([1, 1, 1]);
      expect(received[0]?.[0]?.headers["webhook-id"]).toBeTruthy();
    },
  );

  it("joins a different message of the same conversation to its handoff as a follow-up", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    const conversationId = crypto.randomUUID();
    const first = await postHandoff(site, { conversationId });
    const second = await postHandoff(site, {
      conversationId,
      message: "talk to a human, please, it is urgent",
    });
    expect([first.status, second.status]).toEqual([202, 202]);
    const [a, b] = [
      ((await first.json()) as HandoffAccepted).handoffId,
      ((await second.json()) as HandoffAccepted).handoffId,
    ];
    // A conversation is handed off once; a later request joins it (handoff/follow-up.ts).
    expect(a).toBe(b);
    const { results } = await env.DB.prepare("SELECT id FROM handoffs WHERE conversation_id = ?")
      .bind(conversationId)
      .all();
    expect(results).toHaveLength(1);
  });
});

describe("the Idempotency-Key header", () => {
  const send = (site: string, fields: Record<string, unknown>, key: string) =>
    postHandoff(site, fields, { "idempotency-key": key });

  it("makes copies sent at once with one key one handoff, and refuses the key for another message", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    const key = crypto.randomUUID();
    const body = { conversationId: crypto.randomUUID() };
    // Three copies, then two more requests: five, the most one conversation may send a minute.
    const copies = await Promise.all(Array.from({ length: 3 }, () => send(site, body, key)));
    expect(copies.map((r) => r.status)).toEqual([202, 202, 202]);
    const ids = new Set(
      await Promise.all(copies.map(async (r) => ((await r.json()) as HandoffAccepted).handoffId)),
    );
    expect(ids.size).toBe(1);

    const reused = await send(
      site,
      { ...body, message: "talk to a human about something else" },
      key,
    );
    expect(reused.status).toBe(400);
    expect(((await reused.json()) as { error: { message: string } }).error.message).toMatch(
      /Idempotency-Key was already used/,
    );
    // Another key does not make the same message a second handoff.
    const other = await send(site, body, crypto.randomUUID());
    expect(((await other.json()) as HandoffAccepted).handoffId).toBe([...ids][0]);
    expect(await count("SELECT COUNT(*) AS n FROM handoffs WHERE site = ?", site)).toBe(1);
  });

  it("is refused when malformed, and allowed by the CORS preflight", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    const body = { conversationId: crypto.randomUUID() };
    for (const key of ["has space", "x".repeat(256)]) {
      const res = await send(site, body, key);
      expect(res.status, key).toBe(400);
      await res.body?.cancel();
    }
    const preflight = await call("/v1/handoff", {
      method: "OPTIONS",
      headers: {
        origin: ORIGIN,
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type, idempotency-key",
      },
    });
    expect(preflight.headers.get("access-control-allow-headers")).toContain("idempotency-key");
    expect(await count("SELECT COUNT(*) AS n FROM handoffs WHERE site = ?", site)).toBe(0);
  });
});
