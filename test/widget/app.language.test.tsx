import { fireEvent, screen } from "@testing-library/preact";
import { describe, expect, test } from "vitest";
import type { ErrorBody, HandoffAccepted } from "../../shared/api.ts";
import { stringsFor } from "../../widget/strings/all.ts";
import {
  answerWith,
  asShown,
  da,
  emailBox,
  en,
  messageBox,
  renderApp,
  replyWith,
  say,
  siteConfig,
} from "./app-harness.tsx";
import { json, stubFetch } from "./fetch-stub.ts";

describe("the visitor's language", () => {
  test("after a Danish reply the greeting, buttons, placeholder and launcher speak Danish", async () => {
    stubFetch({
      "GET /v1/sites/acme/config": siteConfig(),
      "POST /v1/chat": answerWith("Vi sender til Norge.", [], "da"),
    });
    const { view } = renderApp();
    await say("Sender I til Norge?");
    await screen.findByText("Vi sender til Norge.");
    expect(await messageBox(da.placeholder)).toBeTruthy();
    expect(screen.getByText(da.greeting)).toBeTruthy();
    expect(screen.getByRole("button", { name: da.talkToPerson })).toBeTruthy();
    expect(screen.getByRole("button", { name: da.send })).toBeTruthy();
    expect(view.button.getAttribute("aria-label")).toBe(da.launcher);
  });

  test("a low_confidence reply in French asks for the email and confirms in French", async () => {
    const fr = stringsFor("fr");
    stubFetch({
      "GET /v1/sites/acme/config": siteConfig(),
      "POST /v1/chat": replyWith({
        type: "handoff",
        reason: "low_confidence",
        confidence: 0.1,
        language: "fr",
      }),
      "POST /v1/handoff": () => json({ handoffId: "h1" } satisfies HandoffAccepted, 202),
    });
    renderApp();
    await say("Puis-je payer en plusieurs fois ?");
    expect(await screen.findByText(asShown(fr.emailPrompt))).toBeTruthy();
    fireEvent.input(await emailBox(fr.emailLabel), { target: { value: "marie@example.fr" } });
    fireEvent.click(screen.getByRole("button", { name: fr.send }));
    expect(await screen.findByText(asShown(fr.handedOff("Acme", "marie@example.fr")))).toBeTruthy();
    expect(fr.handedOff("Acme", "marie@example.fr")).toContain("d'Acme");
  });

  test("small talk is shown as the assistant's line, and sets the language", async () => {
    stubFetch({
      "GET /v1/sites/acme/config": siteConfig(),
      "POST /v1/chat": replyWith({
        type: "small_talk",
        text: "Gern geschehen! Kann ich sonst noch helfen?",
        language: "de",
      }),
    });
    renderApp();
    await say("Danke schön");
    expect(await screen.findByText("Gern geschehen! Kann ich sonst noch helfen?")).toBeTruthy();
    expect(await messageBox(stringsFor("de").placeholder)).toBeTruthy();
  });

  test("the rate-limit refusal is said in the visitor's language, not the API's English", async () => {
    let calls = 0;
    stubFetch({
      "GET /v1/sites/acme/config": siteConfig(),
      "POST /v1/chat": (request) =>
        ++calls === 1
          ? answerWith("Vi sender til Norge.", [], "da")(request)
          : json(
              {
                error: { code: "rate_limited", message: "Too many messages. Try again soon." },
              } satisfies ErrorBody,
              429,
            ),
    });
    renderApp();
    await say("Sender I til Norge?");
    await screen.findByText("Vi sender til Norge.");
    await say("Og Sverige?", da.placeholder);
    expect(await screen.findByText(da.rateLimited, { exact: false })).toBeTruthy();
    expect(screen.queryByText(/Too many messages/)).toBeNull();
  });

  test("a reply without language (an older worker) leaves the UI as it was", async () => {
    stubFetch({
      "GET /v1/sites/acme/config": siteConfig(),
      "POST /v1/chat": answerWith("We ship to Norway.", [], null),
    });
    renderApp();
    await say("Do you ship to Norway?");
    await screen.findByText("We ship to Norway.");
    expect(await messageBox(en.placeholder)).toBeTruthy();
  });

  test("a low_confidence reply in Dutch speaks Dutch: email step, panel, confirmation and the launcher's name, marked Dutch", async () => {
    const nl = stringsFor("nl");
    stubFetch({
      "GET /v1/sites/acme/config": siteConfig(),
      "POST /v1/chat": replyWith({
        type: "handoff",
        reason: "low_confidence",
        confidence: 0.1,
        language: "nl",
      }),
      "POST /v1/handoff": () => json({ handoffId: "h1" } satisfies HandoffAccepted, 202),
    });
    const { view } = renderApp();
    await say("Kan ik mijn abonnement pauzeren?");
    expect(await screen.findByText(asShown(nl.emailPrompt))).toBeTruthy();
    expect(screen.getByRole("dialog").getAttribute("lang")).toBe("nl");
    expect(screen.getByText(nl.greeting)).toBeTruthy();
    // Its name came with the Dutch strings (widget.js names it in our six only), and is read as
    // Dutch, so an unread count beside it is too (WCAG 3.1.2).
    expect(view.button.getAttribute("aria-label")).toBe(nl.launcher);
    expect(view.button.getAttribute("lang")).toBe("nl");
    fireEvent.input(await emailBox(nl.emailLabel), { target: { value: "anna@example.nl" } });
    fireEvent.click(screen.getByRole("button", { name: nl.send }));
    expect(await screen.findByText(asShown(nl.handedOff("Acme", "anna@example.nl")))).toBeTruthy();
  });
});
