import { fireEvent, screen } from "@testing-library/preact";
import { describe, expect, test } from "vitest";
import type { ChatRequest, ErrorBody, HandoffAccepted } from "../../shared/api.ts";
import { CONVERSATION_ID_PATTERN } from "../../shared/limits.ts";
import {
  answerWith,
  CONVERSATION,
  emailBox,
  en,
  messageBox,
  renderApp,
  say,
  siteConfig,
} from "./app-harness.tsx";
import { json, requestsTo, stubFetch } from "./fetch-stub.ts";

describe("talk to a person", () => {
  test("the button asks what a person should read and hands off the visitor's words", async () => {
    const requests = stubFetch({
      "GET /v1/sites/acme/config": siteConfig(),
      "POST /v1/chat": answerWith("We ship to Norway."),
      "POST /v1/handoff": () => json({ handoffId: "h1" } satisfies HandoffAccepted, 202),
    });
    renderApp();
    await say("Do you ship to Norway?");
    await screen.findByText("We ship to Norway.");
    fireEvent.click(await screen.findByRole("button", { name: en.talkToPerson }));
    expect(await screen.findByText(en.askNeed)).toBeTruthy();
    await say("My parcel arrived broken");
    fireEvent.input(await emailBox(), { target: { value: "jane@example.com" } });
    fireEvent.click(screen.getByRole("button", { name: en.send }));
    await screen.findByText(en.handedOff("Acme", "jane@example.com"));
    expect(requestsTo(requests, "/v1/handoff").map((r) => r.body)).toEqual([
      {
        site: "acme",
        conversationId: CONVERSATION,
        message: "My parcel arrived broken",
        email: "jane@example.com",
        reason: "visitor_request",
      },
    ]);
    // Right after the handoff there is no second one a click away.
    expect(screen.queryByRole("button", { name: en.talkToPerson })).toBeNull();
  });

  test("a conversation at its length limit (409 conversation_full) says so, offers a new one instead of Retry, and a person is still a click away", async () => {
    // The worker refuses chat past MAX_CONVERSATION_MESSAGES but never a handoff.
    let refusing = true;
    const requests = stubFetch({
      "GET /v1/sites/acme/config": siteConfig(),
      "POST /v1/chat": (request) =>
        refusing
          ? json(
              {
                error: {
                  code: "conversation_full",
                  message: "This conversation has reached its limit of 200 messages.",
                },
              } satisfies ErrorBody,
              409,
            )
          : answerWith("We ship to Norway in 3 to 5 days.")(request),
      "POST /v1/handoff": () => json({ handoffId: "h1" } satisfies HandoffAccepted, 202),
    });
    renderApp();
    await say("Do you ship to Norway?");
    expect(await screen.findByText(en.full, { exact: false })).toBeTruthy();
    expect(screen.queryByText(en.failed, { exact: false })).toBeNull();
    expect(screen.queryByText(/reached its limit/)).toBeNull();
    expect(screen.queryByRole("button", { name: en.retry })).toBeNull();

    // A person: the handoff goes to the same conversation, whatever its length.
    fireEvent.click(await screen.findByRole("button", { name: en.talkToPerson }));
    await say("My parcel to Norway is late");
    fireEvent.input(await emailBox(), { target: { value: "jane@example.com" } });
    fireEvent.click(screen.getByRole("button", { name: en.send }));
    await screen.findByText(en.handedOff("Acme", "jane@example.com"));
    expect(requestsTo(requests, "/v1/handoff").map((r) => r.body)).toMatchObject([
      { conversationId: CONVERSATION, message: "My parcel to Norway is late" },
    ]);

    // A new conversation: the refused message is sent again in it, and answered.
    refusing = false;
    fireEvent.click(screen.getByRole("button", { name: en.newChat }));
    expect(await screen.findByText("We ship to Norway in 3 to 5 days.")).toBeTruthy();
    const [, second] = requestsTo(requests, "/v1/chat").map((r) => r.body as ChatRequest);
    expect(second?.message).toBe("Do you ship to Norway?");
    expect(second?.conversationId).toMatch(CONVERSATION_ID_PATTERN);
    expect(second?.conversationId).not.toBe(CONVERSATION);
    expect(screen.queryByText(en.full, { exact: false })).toBeNull();
    expect(screen.queryByText(en.handedOff("Acme", "jane@example.com"))).toBeNull();
  });

  test("one email prompt at a time: a cancelled one reads as cancelled", async () => {
    stubFetch({ "GET /v1/sites/acme/config": siteConfig() });
    renderApp();
    fireEvent.click(await screen.findByRole("button", { name: en.talkToPerson }));
    await say("Can someone call me?");
    await emailBox();
    fireEvent.click(screen.getByRole("button", { name: en.cancel }));
    await messageBox();
    fireEvent.click(screen.getByRole("button", { name: en.talkToPerson }));
    await say("Can someone call me?");
    await emailBox();
    expect(screen.getAllByText(en.emailPrompt)).toHaveLength(1);
    expect(screen.getAllByText(en.cancelled)).toHaveLength(1);
  });

  test("the button is absent when the site turned it off", async () => {
    stubFetch({ "GET /v1/sites/acme/config": siteConfig({ handoffButton: false }) });
    renderApp();
    await messageBox();
    expect(screen.queryByRole("button", { name: en.talkToPerson })).toBeNull();
  });

  test("the email step and the confirmation say how soon the team usually replies", async () => {
    stubFetch({
      "GET /v1/sites/acme/config": siteConfig({ replyTimeMinutes: 120 }),
      "POST /v1/handoff": () => json({ handoffId: "h1" } satisfies HandoffAccepted, 202),
    });
    renderApp();
    await say("I want to talk to a human");
    expect(await screen.findByText("We usually reply within 2 hours.")).toBeTruthy();
    fireEvent.input(await emailBox(), { target: { value: "jane@example.com" } });
    fireEvent.click(screen.getByRole("button", { name: en.send }));
    await screen.findByText(en.handedOff("Acme", "jane@example.com"));
    expect(screen.getAllByText("We usually reply within 2 hours.")).toHaveLength(1);
  });
});
