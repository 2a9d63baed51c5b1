import { fireEvent, screen, waitFor } from "@testing-library/preact";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import type { ConversationMessage, ConversationMessages } from "../../shared/api.ts";
import { createFlow } from "../../widget/flow-state.ts";
import { recallConversation, rememberConversation } from "../../widget/returning.ts";
import { mergeThread } from "../../widget/team-replies.ts";
import { CONVERSATION, en, renderApp, siteConfig } from "./app-harness.tsx";
import { json, requestsTo, stubFetch } from "./fetch-stub.ts";

const at = "2026-12-06T10:00:00.000Z";
const visitor: ConversationMessage = {
  id: "v1",
  role: "visitor",
  text: "talk to a human",
  createdAt: at,
};
const reply: ConversationMessage = {
  id: "r1",
  role: "team",
  text: "Hi, Maria here.",
  author: "Maria",
  createdAt: at,
};

/** A WebSocket that never connects by itself: the test opens, pushes and closes it. */
class FakeSocket {
  static all: FakeSocket[] = [];
  readyState = 0;
  sent: string[] = [];
  onopen: (() => void) | null = null;
  onmessage: (() => void) | null = null;
  onclose: (() => void) | null = null;
  readonly url: string;
  constructor(url: string) {
    this.url = url;
    FakeSocket.all.push(this);
  }
  send(data: string) {
    this.sent.push(data);
  }
  close() {
    this.readyState = 3;
  }
}

beforeEach(() => {
  FakeSocket.all = [];
  vi.stubGlobal("WebSocket", FakeSocket);
  localStorage.clear();
});
afterEach(() => localStorage.clear());

/** A conversation route answering the thread so far, or only what follows `after`. */
function thread(messages: () => ConversationMessage[]) {
  return (request: { url: string }) => {
    const after = new URL(request.url).searchParams.get("after");
    const all = messages();
    const from = after ? all.findIndex((m) => m.id === after) + 1 : 0;
    return json({ messages: all.slice(from) } satisfies ConversationMessages);
  };
}

describe("team replies in the widget", () => {
  test("mergeThread adds each team reply once, and a flow with no lines takes the whole conversation", () => {
    const empty = createFlow("acme", CONVERSATION);
    const whole = mergeThread(empty, [visitor, reply]);
    expect(whole.messages.map((m) => m.role)).toEqual(["visitor", "team"]);
    expect(mergeThread(whole, [reply])).toBe(whole);
    const next = mergeThread(whole, [
      visitor,
      { ...reply, id: "r2", text: "Anything else?", author: null },
    ]);
    expect(next.messages.map((m) => m.role)).toEqual(["visitor", "team", "team"]);
    expect(next.messages[2]).toMatchObject({ role: "team", author: null, serverId: "r2" });
  });

  test("remembers a handed-off conversation for a week, then forgets it", () => {
    rememberConversation("acme", { id: CONVERSATION, seen: 2 });
    expect(recallConversation("acme")).toEqual({ id: CONVERSATION, seen: 2 });
    expect(recallConversation("other")).toBeNull();
    vi.useFakeTimers({ now: Date.now() + 8 * 86_400_000, toFake: ["Date"] });
    try {
      expect(recallConversation("acme")).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  test("a visitor coming back sees the team's reply under its author, and an unread count on the launcher until they open the chat", async () => {
    rememberConversation("acme", { id: CONVERSATION, seen: 0 });
    const requests = stubFetch({
      "GET /v1/sites/acme/config": siteConfig(),
      [`GET /v1/conversations/${CONVERSATION}`]: thread(() => [visitor, reply]),
    });
    const { view } = renderApp({ initialOpen: false });
    await waitFor(() => expect(view.button.dataset.unread).toBe("1"));
    expect(view.button.getAttribute("aria-label")).toBe(`${en.launcher} (1 unread)`);
    const [read] = requestsTo(requests, `/v1/conversations/${CONVERSATION}`);
    expect(read?.url).toBe(`https://api.clarifier.test/v1/conversations/${CONVERSATION}?site=acme`);
    expect(read?.credentials).toBe("omit");
    expect(FakeSocket.all[0]?.url).toBe(
      `wss://api.clarifier.test/v1/conversations/${CONVERSATION}/live?site=acme`,
    );

    fireEvent.click(view.button);
    expect(await screen.findByText("Hi, Maria here.")).toBeTruthy();
    expect(screen.getByText("Maria")).toBeTruthy();
    expect(screen.getByText("talk to a human")).toBeTruthy();
    await waitFor(() => expect(view.button.dataset.unread).toBeUndefined());
    await waitFor(() => expect(recallConversation("acme")?.seen).toBe(1));
  });

  test("a push on the socket reads what is new, after the last message seen", async () => {
    rememberConversation("acme", { id: CONVERSATION, seen: 0 });
    const messages = [visitor];
    const requests = stubFetch({
      "GET /v1/sites/acme/config": siteConfig(),
      [`GET /v1/conversations/${CONVERSATION}`]: thread(() => messages),
    });
    renderApp();
    await screen.findByText("talk to a human");
    const socket = FakeSocket.all[0];
    if (!socket) throw new Error("no socket");
    messages.push(reply);
    socket.onmessage?.();
    expect(await screen.findByText("Hi, Maria here.")).toBeTruthy();
    const reads = requestsTo(requests, `/v1/conversations/${CONVERSATION}`);
    expect(new URL(reads.at(-1)?.url ?? "").searchParams.get("after")).toBe("v1");
  });

  test("polls while the socket is down", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "setTimeout", "clearInterval", "clearTimeout"] });
    try {
      rememberConversation("acme", { id: CONVERSATION, seen: 0 });
      const messages = [visitor];
      const requests = stubFetch({
        "GET /v1/sites/acme/config": siteConfig(),
        [`GET /v1/conversations/${CONVERSATION}`]: thread(() => messages),
      });
      renderApp();
      const reads = () => requestsTo(requests, `/v1/conversations/${CONVERSATION}`).length;
      await vi.waitFor(() => expect(reads()).toBe(1));
      FakeSocket.all[0]?.onclose?.();
      messages.push(reply);
      await vi.advanceTimersByTimeAsync(4_100);
      expect(reads()).toBe(2);
      await vi.advanceTimersByTimeAsync(26_000);
      // Tries the socket again after 30 s.
      expect(FakeSocket.all).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
    expect(await screen.findByText("Hi, Maria here.")).toBeTruthy();
  });

  test("a conversation never handed off is neither read nor kept", async () => {
    const requests = stubFetch({ "GET /v1/sites/acme/config": siteConfig() });
    renderApp();
    await screen.findByRole("textbox", { name: en.placeholder });
    expect(requestsTo(requests, `/v1/conversations/${CONVERSATION}`)).toEqual([]);
    expect(FakeSocket.all).toEqual([]);
    expect(recallConversation("acme")).toBeNull();
  });
});
