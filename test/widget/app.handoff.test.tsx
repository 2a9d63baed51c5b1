import { fireEvent, screen } from "@testing-library/preact";
import { describe, expect, test } from "vitest";
import { CONVERSATION, en, siteConfig, renderApp, messageBox, emailBox } from "./app-harness.tsx";
import { json, requestsTo, stubFetch } from "./fetch-stub.ts";

describe("talk to a person", () => {
  test("the button starts the email step with reason visitor_request and the fallback message", async () => {
    const requests = stubFetch({
      "GET /v1/sites/acme/config": siteConfig(),
      "POST /v1/handoff": () => json({ handoffId: "h1" }, 202),
    });
    renderApp();
    fireEvent.click(await screen.findByRole("button", { name: en.talkToPerson }));
    fireEvent.input(await emailBox(), { target: { value: "jane@example.com" } });
    fireEvent.click(screen.getByRole("button", { name: en.send }));
    await screen.findByText(en.handedOff("Acme", "jane@example.com"));
    expect(requestsTo(requests, "/v1/handoff")[0]?.body).toEqual({
      site: "acme",
      conversationId: CONVERSATION,
      message: en.visitorAskedForPerson,
      email: "jane@example.com",
      reason: "visitor_request",
    });
  });

  test("the button is absent when the site turned it off", async () => {
    stubFetch({ "GET /v1/sites/acme/config": siteConfig({ handoffButton: false }) });
    renderApp();
    await messageBox();
    expect(screen.queryByRole("button", { name: en.talkToPerson })).toBeNull();
  });
});
