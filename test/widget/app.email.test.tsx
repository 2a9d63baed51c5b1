import { fireEvent, screen, waitFor } from "@testing-library/preact";
import { describe, expect, test } from "vitest";
import type { ErrorBody, HandoffAccepted, PublicSiteConfig } from "../../shared/api.ts";
import {
  CONVERSATION,
  en,
  siteConfig,
  renderApp,
  messageBox,
  say,
  emailBox,
} from "./app-harness.tsx";
import { json, networkDown, type Route, requestsTo, stubFetch } from "./fetch-stub.ts";

describe("email step", () => {
  async function reachEmailStep(
    config: Partial<PublicSiteConfig> = {},
    routes: Record<string, Route> = {},
  ) {
    const requests = stubFetch({ "GET /v1/sites/acme/config": siteConfig(config), ...routes });
    renderApp();
    await say("I want to talk to a human");
    return { requests, email: await emailBox() };
  }

  test("the email input is labelled, typed and limited", async () => {
    const { email } = await reachEmailStep();
    expect(email.type).toBe("email");
    expect(email.getAttribute("autocomplete")).toBe("email");
    expect(email.getAttribute("maxlength")).toBe("254");
  });

  test("an invalid email shows an inline error and sends nothing", async () => {
    const { requests, email } = await reachEmailStep();
    fireEvent.input(email, { target: { value: "jane@localhost" } });
    fireEvent.click(screen.getByRole("button", { name: en.send }));
    const error = await screen.findByText(en.invalidEmail);
    expect(email.getAttribute("aria-invalid")).toBe("true");
    expect(email.getAttribute("aria-describedby")).toBe(error.id);
    expect(requestsTo(requests, "/v1/handoff")).toEqual([]);
  });

  test("Skip is offered when email is optional", async () => {
    await reachEmailStep({ requireEmail: false });
    expect(screen.getByRole("button", { name: en.skip })).toBeTruthy();
  });

  test("Skip is hidden when the site requires an email", async () => {
    await reachEmailStep({ requireEmail: true });
    expect(screen.queryByRole("button", { name: en.skip })).toBeNull();
  });

  test("a successful handoff sends the exact body and confirms, naming the site", async () => {
    const { requests, email } = await reachEmailStep(
      {},
      { "POST /v1/handoff": () => json({ handoffId: "h1" }, 202) },
    );
    fireEvent.input(email, { target: { value: "jane@example.com" } });
    fireEvent.submit(email.closest("form") as HTMLFormElement);
    expect(await screen.findByText(en.handedOff("Acme", "jane@example.com"))).toBeTruthy();
    expect(en.handedOff("Acme", "jane@example.com")).toContain("Acme");
    const handoffs = requestsTo(requests, "/v1/handoff");
    expect(handoffs).toHaveLength(1);
    expect(handoffs[0]?.body).toEqual({
      site: "acme",
      conversationId: CONVERSATION,
      message: "I want to talk to a human",
      email: "jane@example.com",
      reason: "keyword",
    });
    expect(handoffs[0]?.credentials).toBe("omit");
    expect(screen.queryByLabelText(en.emailLabel)).toBeNull();
    expect(await messageBox()).toBeTruthy();
  });

  test("Skip first says nobody can reply without an email, keeping the field; a second press sends with email null", async () => {
    const { requests, email } = await reachEmailStep(
      {},
      { "POST /v1/handoff": () => json({ handoffId: "h1" } satisfies HandoffAccepted, 202) },
    );
    fireEvent.click(screen.getByRole("button", { name: en.skip }));
    expect((await screen.findByRole("status")).textContent).toBe(en.skipWarning);
    expect(screen.getByLabelText(en.emailLabel)).toBe(email);
    expect(requestsTo(requests, "/v1/handoff")).toEqual([]);
    fireEvent.click(screen.getByRole("button", { name: en.sendWithoutEmail }));
    const confirmation = await screen.findByText(en.handedOff("Acme", null));
    // Honest: nobody will get back to a visitor they can't reach.
    expect(confirmation.textContent).not.toMatch(/get back to you/);
    expect(confirmation.textContent).toMatch(/nobody can reply/);
    expect(requestsTo(requests, "/v1/handoff")[0]?.body).toMatchObject({ email: null });
  });

  test("the server's invalid_email is shown in the visitor's language and the address kept", async () => {
    const { email } = await reachEmailStep(
      {},
      {
        "POST /v1/handoff": () =>
          json(
            {
              error: { code: "invalid_email", message: "That address can't receive mail." },
            } satisfies ErrorBody,
            400,
          ),
      },
    );
    fireEvent.input(email, { target: { value: "jane@example.invalid" } });
    fireEvent.click(screen.getByRole("button", { name: en.send }));
    expect(await screen.findByText(en.invalidEmail)).toBeTruthy();
    const box = await emailBox();
    expect(box.value).toBe("jane@example.invalid");
    expect(box.getAttribute("aria-invalid")).toBe("true");
  });

  test("a network failure on handoff keeps the address and asks to try again", async () => {
    let attempts = 0;
    const { requests, email } = await reachEmailStep(
      {},
      {
        "POST /v1/handoff": () =>
          ++attempts === 1 ? networkDown() : json({ handoffId: "h1" }, 202),
      },
    );
    fireEvent.input(email, { target: { value: "jane@example.com" } });
    fireEvent.click(screen.getByRole("button", { name: en.send }));
    expect(await screen.findByText(en.networkError)).toBeTruthy();
    expect((await emailBox()).value).toBe("jane@example.com");

    fireEvent.click(screen.getByRole("button", { name: en.send }));
    expect(await screen.findByText(en.handedOff("Acme", "jane@example.com"))).toBeTruthy();
    expect(requestsTo(requests, "/v1/handoff")).toHaveLength(2);
  });

  test("a low_confidence handoff uses the server's conversation id", async () => {
    const requests = stubFetch({
      "GET /v1/sites/acme/config": siteConfig(),
      "POST /v1/chat": () =>
        json({
          conversationId: "server-conv-777",
          messageId: "m1",
          reply: { type: "handoff", reason: "low_confidence", confidence: 0.1 },
        }),
      "POST /v1/handoff": () => json({ handoffId: "h1" }, 202),
    });
    renderApp();
    await say("Obscure question");
    const email = await emailBox();
    fireEvent.input(email, { target: { value: "jane@example.com" } });
    fireEvent.click(screen.getByRole("button", { name: en.send }));
    await screen.findByText(en.handedOff("Acme", "jane@example.com"));
    expect(requestsTo(requests, "/v1/handoff")[0]?.body).toEqual({
      site: "acme",
      conversationId: "server-conv-777",
      message: "Obscure question",
      email: "jane@example.com",
      reason: "low_confidence",
    });
  });
});

describe("leaving the email step", () => {
  test("Cancel, offered even when an email is required, returns to the message box with nothing sent", async () => {
    const requests = stubFetch({ "GET /v1/sites/acme/config": siteConfig({ requireEmail: true }) });
    renderApp();
    await say("I want to talk to a human");
    await emailBox();
    fireEvent.click(screen.getByRole("button", { name: en.cancel }));
    const box = await messageBox();
    await waitFor(() => expect(document.activeElement).toBe(box));
    expect(screen.queryByLabelText(en.emailLabel)).toBeNull();
    expect(requestsTo(requests, "/v1/handoff")).toEqual([]);
  });
});
