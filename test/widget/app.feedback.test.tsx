import { fireEvent, screen, waitFor } from "@testing-library/preact";
import { describe, expect, test } from "vitest";
import type { ErrorBody, FeedbackRequest } from "../../shared/api.ts";
import {
  answerWith,
  CONVERSATION,
  da,
  en,
  renderApp,
  replyWith,
  say,
  siteConfig,
} from "./app-harness.tsx";
import { json, requestsTo, stubFetch } from "./fetch-stub.ts";

const noContent = () => new Response(null, { status: 204 });

describe("feedback", () => {
  test("small talk is shown without asking whether it helped", async () => {
    stubFetch({
      "GET /v1/sites/acme/config": siteConfig(),
      "POST /v1/chat": replyWith({
        type: "small_talk",
        text: "You're welcome! Anything else I can help with?",
        language: "en",
      }),
    });
    renderApp();
    await say("thanks!");
    await screen.findByText("You're welcome! Anything else I can help with?");
    expect(screen.queryByRole("button", { name: en.helpful })).toBeNull();
  });

  test("👎 under an answer is sent, shown pressed, thanked, and offers a person", async () => {
    const requests = stubFetch({
      "GET /v1/sites/acme/config": siteConfig(),
      "POST /v1/chat": answerWith("Orders ship in 3 days."),
      "POST /v1/feedback": noContent,
      "POST /v1/handoff": () => json({ handoffId: "h1" }, 202),
    });
    renderApp();
    await say("When does my order ship?");
    await screen.findByText("Orders ship in 3 days.");
    const group = screen.getByRole("group", { name: en.wasHelpful });
    expect(group).toBeTruthy();
    const no = screen.getByRole("button", { name: en.unhelpful });
    fireEvent.click(no);
    await waitFor(() =>
      expect(requestsTo(requests, "/v1/feedback").map((r) => r.body)).toEqual([
        {
          site: "acme",
          conversationId: CONVERSATION,
          messageId: "m1",
          helpful: false,
        } satisfies FeedbackRequest,
      ]),
    );
    expect(no.getAttribute("aria-pressed")).toBe("true");
    expect(screen.getByText(en.feedbackThanks)).toBeTruthy();
    expect(screen.getByText(en.offerPerson)).toBeTruthy();
    // The question that failed goes to the person: no need to write it again.
    fireEvent.click(screen.getByRole("button", { name: en.getPerson }));
    expect(await screen.findByText(en.emailPrompt)).toBeTruthy();
    expect(screen.queryByText(en.askNeed)).toBeNull();
    const email = screen.getByRole("textbox", { name: en.emailLabel });
    await waitFor(() => expect(document.activeElement).toBe(email));
    fireEvent.input(email, { target: { value: "jane@example.com" } });
    fireEvent.submit(email.closest("form") as HTMLFormElement);
    await waitFor(() =>
      expect(requestsTo(requests, "/v1/handoff").map((r) => r.body)).toEqual([
        {
          site: "acme",
          conversationId: CONVERSATION,
          message: "When does my order ship?",
          email: "jane@example.com",
          reason: "visitor_request",
        },
      ]),
    );
    // Handed off: the old offer no longer invites a second handoff, even once chatting again.
    await screen.findByText(en.handedOff("Acme", "jane@example.com"));
    expect(screen.queryByRole("button", { name: en.getPerson })).toBeNull();
  });

  test("a worker without /v1/feedback yet (404) costs the visitor nothing", async () => {
    stubFetch({
      "GET /v1/sites/acme/config": siteConfig(),
      "POST /v1/chat": answerWith("Orders ship in 3 days."),
      "POST /v1/feedback": () =>
        json({ error: { code: "not_found", message: "Not found." } } satisfies ErrorBody, 404),
    });
    renderApp();
    await say("When does my order ship?");
    await screen.findByText("Orders ship in 3 days.");
    fireEvent.click(screen.getByRole("button", { name: en.helpful }));
    expect(await screen.findByText(en.feedbackThanks)).toBeTruthy();
    expect(screen.queryByText("Not found.")).toBeNull();
  });

  test("after a Danish answer the offer is in Danish; after two 👎 a person comes first", async () => {
    stubFetch({
      "GET /v1/sites/acme/config": siteConfig(),
      "POST /v1/chat": answerWith("Det ved jeg ikke.", [], "da"),
      "POST /v1/feedback": noContent,
    });
    renderApp();
    await say("Hvornår sender I?");
    await screen.findByText("Det ved jeg ikke.");
    fireEvent.click(screen.getByRole("button", { name: da.unhelpful }));
    expect(await screen.findByText(da.offerPerson)).toBeTruthy();
    expect(screen.getByRole("button", { name: da.talkToPerson }).classList.contains("first")).toBe(
      false,
    );
    await say("Og fakturaen?", da.placeholder);
    await waitFor(() => expect(screen.getAllByText("Det ved jeg ikke.")).toHaveLength(2));
    const [, second] = screen.getAllByRole("button", { name: da.unhelpful });
    fireEvent.click(second as HTMLElement);
    await waitFor(() =>
      expect(
        screen.getByRole("button", { name: da.talkToPerson }).classList.contains("first"),
      ).toBe(true),
    );
  });
});
