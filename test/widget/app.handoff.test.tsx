import { fireEvent, screen } from "@testing-library/preact";
import { describe, expect, test } from "vitest";
import type { ErrorBody, HandoffAccepted } from "../../shared/api.ts";
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

  test("a conversation at its length limit (409 conversation_full) says so generically, and a person is still a click away", async () => {
    // The worker refuses chat past MAX_CONVERSATION_MESSAGES but never a handoff: the widget,
    // which has no words of its own for this code, shows its generic refusal and keeps the button.
    const requests = stubFetch({
      "GET /v1/sites/acme/config": siteConfig(),
      "POST /v1/chat": () =>
        json(
          {
            error: {
              code: "conversation_full",
              message: "This conversation has reached its limit of 200 messages.",
            },
          } satisfies ErrorBody,
          409,
        ),
      "POST /v1/handoff": () => json({ handoffId: "h1" } satisfies HandoffAccepted, 202),
    });
    renderApp();
    await say("Do you ship to Norway?");
    expect(await screen.findByText(en.failed, { exact: false })).toBeTruthy();
    expect(screen.queryByText(/reached its limit/)).toBeNull();
    fireEvent.click(await screen.findByRole("button", { name: en.talkToPerson }));
    await say("Do you ship to Norway?");
    fireEvent.input(await emailBox(), { target: { value: "jane@example.com" } });
    fireEvent.click(screen.getByRole("button", { name: en.send }));
    await screen.findByText(en.handedOff("Acme", "jane@example.com"));
    expect(requestsTo(requests, "/v1/handoff")).toHaveLength(1);
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
