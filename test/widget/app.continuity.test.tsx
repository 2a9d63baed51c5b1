import { fireEvent, screen, waitFor } from "@testing-library/preact";
import { describe, expect, test } from "vitest";
import type { ChatRequest } from "../../shared/api.ts";
import type { Session } from "../../widget/session.ts";
import {
  CONVERSATION,
  en,
  siteConfig,
  answerWith,
  renderApp,
  messageBox,
  say,
  chatCalls,
} from "./app-harness.tsx";
import { networkDown, stubFetch } from "./fetch-stub.ts";

describe("continuity", () => {
  test("reports every change, and a remount from that report shows the same conversation at once", async () => {
    const requests = stubFetch({
      "GET /v1/sites/acme/config": siteConfig(),
      "POST /v1/chat": answerWith("We ship to Norway."),
    });
    const sessions: Session[] = [];
    const view = renderApp({ onChange: (session) => sessions.push(session) });
    await say("Do you ship to Norway?");
    await screen.findByText("We ship to Norway.");
    fireEvent.input(await messageBox(), { target: { value: "half-typed" } });
    view.unmount();

    const last = sessions.at(-1);
    expect(last).toMatchObject({
      open: true,
      config: { name: "Acme" },
      flow: { conversationId: CONVERSATION, draft: "half-typed" },
    });
    stubFetch({ "GET /v1/sites/acme/config": () => networkDown() });
    renderApp({ initialOpen: false, conversationId: "conv-other-0002", restored: last ?? null });
    // Open, with the conversation and the draft, even though the config can't be fetched now.
    expect(screen.getByText("Do you ship to Norway?")).toBeTruthy();
    expect(screen.getByText("We ship to Norway.")).toBeTruthy();
    expect((await messageBox()).value).toBe("half-typed");
    expect(chatCalls(requests)).toHaveLength(1);
  });

  test("a message in flight when the page went away is sent by the next page", async () => {
    const requests = stubFetch({
      "GET /v1/sites/acme/config": siteConfig(),
      "POST /v1/chat": () => new Promise<Response>(() => {}),
    });
    const sessions: Session[] = [];
    const view = renderApp({ onChange: (session) => sessions.push(session) });
    await say("Do you ship to Norway?");
    await waitFor(() => expect(chatCalls(requests)).toHaveLength(1));
    view.unmount();

    const after = stubFetch({
      "GET /v1/sites/acme/config": siteConfig(),
      "POST /v1/chat": answerWith("Yes, in 3 days."),
    });
    renderApp({ restored: sessions.at(-1) ?? null });
    await screen.findByText("Yes, in 3 days.");
    expect(chatCalls(after).map((r) => r.body)).toEqual([
      { site: "acme", conversationId: CONVERSATION, message: "Do you ship to Norway?" },
    ]);
  });

  test("a message that failed offline is sent when the browser is back online", async () => {
    let online = false;
    const requests = stubFetch({
      "GET /v1/sites/acme/config": siteConfig(),
      "POST /v1/chat": (request) => (online ? answerWith("Back again.")(request) : networkDown()),
    });
    renderApp();
    await say("Are you there?");
    await screen.findByText(en.networkError, { exact: false });
    online = true;
    window.dispatchEvent(new Event("online"));
    await screen.findByText("Back again.");
    expect(chatCalls(requests).map((r) => (r.body as ChatRequest).message)).toEqual([
      "Are you there?",
      "Are you there?",
    ]);
  });
});
