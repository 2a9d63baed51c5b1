import { describe, expect, it } from "vitest";
import type { LiveEvent } from "../../../worker/live/conversation-live.ts";
import { acceptedHandoff, call, ORIGIN, putSite, uniqueSite } from "../helpers.ts";

async function handedOff() {
  const site = uniqueSite();
  await putSite(site, {});
  return { site, ...(await acceptedHandoff(site)) };
}

function connect(site: string, conversationId: string, origin = ORIGIN) {
  return call(`/v1/conversations/${conversationId}/live?site=${site}`, {
    headers: { upgrade: "websocket", origin },
  });
}

/** The next `count` text frames the socket receives. */
function frames(socket: WebSocket, count: number): Promise<string[]> {
  const seen: string[] = [];
  return new Promise((resolve) => {
    socket.addEventListener("message", (event) => {
      seen.push(String(event.data));
      if (seen.length === count) resolve(seen);
    });
  });
}

describe("live replies", () => {
  it("pushes a team reply to every open socket of the conversation as it is stored", async () => {
    const { site, conversationId, handoffId } = await handedOff();
    const sockets = await Promise.all([
      connect(site, conversationId),
      connect(site, conversationId),
    ]);
    const received = sockets.map((res) => {
      expect(res.status).toBe(101);
      const socket = res.webSocket;
      if (!socket) throw new Error("no socket");
      socket.accept();
      return frames(socket, 1);
    });
    const reply = await call(`/admin/api/handoffs/${handoffId}/replies`, {
      method: "POST",
      admin: true,
      json: { text: "On it!", author: "Maria" },
    });
    const { id } = (await reply.json()) as { id: string };
    for (const [frame] of await Promise.all(received)) {
      expect(JSON.parse(frame ?? "")).toEqual({
        type: "message",
        message: {
          id,
          role: "team",
          text: "On it!",
          author: "Maria",
          createdAt: expect.any(String),
        },
      } satisfies LiveEvent);
    }
  });

  it("answers a ping with pong, and sends nothing of another conversation", async () => {
    const a = await handedOff();
    const b = await handedOff();
    const res = await connect(a.site, a.conversationId);
    const socket = res.webSocket;
    if (!socket) throw new Error("no socket");
    socket.accept();
    const next = frames(socket, 1);
    await call(`/admin/api/handoffs/${b.handoffId}/replies`, {
      method: "POST",
      admin: true,
      json: { text: "For b only" },
    });
    socket.send("ping");
    expect(await next).toEqual(["pong"]);
  });

  it("refuses another site's conversation, a foreign origin and a plain GET, without a socket", async () => {
    const { site, conversationId } = await handedOff();
    const other = uniqueSite();
    await putSite(other, {});
    const foreign = await connect(other, conversationId);
    expect(foreign.status).toBe(404);
    expect(foreign.webSocket).toBeNull();
    expect((await connect(site, conversationId, "https://evil.example")).status).toBe(403);
    const plain = await call(`/v1/conversations/${conversationId}/live?site=${site}`);
    expect(plain.status).toBe(400);
  });
});
