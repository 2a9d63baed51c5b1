import { afterEach, describe, expect, test, vi } from "vitest";
import type { PublicSiteConfig } from "../../shared/api.ts";
import { createFlow, type FlowState } from "../../widget/flow-state.ts";
import { flowReducer } from "../../widget/flow.ts";
import { loadSession, saveSession } from "../../widget/session.ts";

const CONFIG: PublicSiteConfig = {
  name: "Acme",
  threshold: 0.4,
  keywords: ["talk to a human"],
  keywordLanguages: ["en"],
  requireEmail: false,
  handoffButton: true,
  language: "auto",
};
const KEYWORDS = { phrases: CONFIG.keywords, languages: CONFIG.keywordLanguages };

function withMessages(count: number, length = 10): FlowState {
  let state = createFlow("acme", "conv-client-0001");
  for (let i = 0; i < count; i++) {
    state = flowReducer(state, { type: "draft", text: `${i} ${"x".repeat(length)}` });
    state = flowReducer(state, { type: "send", keywords: KEYWORDS, language: "en" });
    const call = state.inFlight;
    if (call?.kind !== "chat") throw new Error("expected a chat call");
    state = flowReducer(state, {
      type: "chat-result",
      keywords: KEYWORDS,
      callId: call.id,
      result: { ok: false, error: { kind: "network" } },
    });
  }
  return state;
}

afterEach(() => {
  sessionStorage.clear();
  vi.restoreAllMocks();
});

describe("session", () => {
  test("round-trips the conversation, the panel state and the config, per site", () => {
    const flow = { ...withMessages(2), draft: "half-typed" };
    const theme = { "--accent": "#ffcc00", "--on-accent": "#000000", "--accent-text": "#866a00" };
    saveSession("acme", { flow, open: true, config: CONFIG, theme });
    expect(loadSession("acme")).toEqual({ flow, open: true, config: CONFIG, theme });
    expect(loadSession("other-site")).toBeNull();
  });

  test("keeps a call that was in flight, so the next page sends it", () => {
    const flow = flowReducer(
      flowReducer(createFlow("acme", "conv-client-0001"), { type: "draft", text: "Hi" }),
      {
        type: "send",
        keywords: KEYWORDS,
        language: "en",
      },
    );
    saveSession("acme", { flow, open: true, config: null });
    expect(loadSession("acme")?.flow.inFlight).toEqual(flow.inFlight);
  });

  test("is bounded: the newest lines are kept within the size limit", () => {
    saveSession("acme", { flow: withMessages(100), open: false, config: null });
    const many = loadSession("acme")?.flow.messages ?? [];
    expect(many.length).toBeLessThanOrEqual(60);
    expect(many.at(-1)).toMatchObject({ text: expect.stringMatching(/^99 /) });

    saveSession("acme", { flow: withMessages(40, 1_900), open: false, config: null });
    expect(sessionStorage.getItem("clarifier:v1:acme")?.length).toBeLessThanOrEqual(100_000);
    expect(loadSession("acme")?.flow.messages.at(-1)).toMatchObject({
      text: expect.stringMatching(/^39 /),
    });
  });

  test("ignores what it can't trust and never throws when storage is blocked", () => {
    sessionStorage.setItem("clarifier:v1:acme", "{not json");
    expect(loadSession("acme")).toBeNull();
    sessionStorage.setItem(
      "clarifier:v1:acme",
      JSON.stringify({
        v: 1,
        flow: { site: "acme", conversationId: "../x", messages: [], nextId: 1 },
      }),
    );
    expect(loadSession("acme")).toBeNull();

    vi.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new DOMException("blocked", "SecurityError");
    });
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("full", "QuotaExceededError");
    });
    expect(loadSession("acme")).toBeNull();
    expect(() =>
      saveSession("acme", { flow: withMessages(1), open: true, config: null }),
    ).not.toThrow();
  });
});
