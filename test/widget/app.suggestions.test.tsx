import { fireEvent, screen, waitFor, within } from "@testing-library/preact";
import { describe, expect, test } from "vitest";
import type { FeedbackRequest } from "../../shared/api.ts";
import { LANGUAGES } from "../../shared/languages.ts";
import { stringsFor } from "../../widget/strings/all.ts";
import { CONVERSATION, en, renderApp, replyWith, say, siteConfig } from "./app-harness.tsx";
import { requestsTo, stubFetch } from "./fetch-stub.ts";
import { EXCHANGES, SIZES } from "./suggestion-fixtures.ts";

const noContent = () => new Response(null, { status: 204 });

describe("suggestions", () => {
  test("'Is it one of these?' is a labelled list of buttons beside a person", async () => {
    stubFetch({
      "GET /v1/sites/acme/config": siteConfig(),
      "POST /v1/chat": replyWith({
        type: "handoff",
        reason: "low_confidence",
        confidence: 0.2,
        language: "en",
        suggestions: [EXCHANGES, SIZES],
      }),
    });
    renderApp();
    await say("can I swap my shoes");
    const list = await screen.findByRole("list", { name: en.suggest });
    const buttons = within(list).getAllByRole("button");
    expect(buttons.map((b) => b.textContent)).toEqual(["Exchanges", "Sizes"]);
    // The person stays one click away, and the composer stays for another try.
    expect(screen.getAllByRole("button", { name: en.talkToPerson }).length).toBeGreaterThan(0);
    expect(screen.getByRole("textbox", { name: en.placeholder })).toBeTruthy();
    expect(screen.queryByLabelText(en.emailLabel)).toBeNull();
  });

  test("a click shows the article's answer with its link and sends the pick", async () => {
    const requests = stubFetch({
      "GET /v1/sites/acme/config": siteConfig(),
      "POST /v1/chat": replyWith({
        type: "handoff",
        reason: "low_confidence",
        confidence: 0.2,
        language: "en",
        suggestions: [EXCHANGES, SIZES],
      }),
      "POST /v1/feedback": noContent,
    });
    renderApp();
    await say("can I swap my shoes");
    fireEvent.click(await screen.findByRole("button", { name: "Exchanges" }));
    expect(await screen.findByText(EXCHANGES.text)).toBeTruthy();
    const link = screen.getByRole("link", { name: "Exchanges" });
    expect(link.getAttribute("href")).toBe(EXCHANGES.url);
    fireEvent.click(screen.getByRole("button", { name: "Sizes" }));
    await waitFor(() =>
      expect(requestsTo(requests, "/v1/feedback").map((r) => r.body)).toEqual([
        {
          site: "acme",
          conversationId: CONVERSATION,
          messageId: "m1",
          picked: "https://acme.example/help/exchanges",
        } satisfies FeedbackRequest,
        // No URL: the document id names it.
        { site: "acme", conversationId: CONVERSATION, messageId: "m1", picked: "doc-sizes" },
      ]),
    );
  });

  test.each([
    ["off_topic", (s: ReturnType<typeof stringsFor>) => s.offTopic("Acme")],
    ["unclear", (s: ReturnType<typeof stringsFor>) => s.unclear],
    ["not_covered", (s: ReturnType<typeof stringsFor>) => s.notCovered],
    ["complaint", (s: ReturnType<typeof stringsFor>) => s.offerPerson],
  ] as const)("about %s is worded kindly, with a person one click away", async (about, words) => {
    const requests = stubFetch({
      "GET /v1/sites/acme/config": siteConfig(),
      "POST /v1/chat": replyWith({
        type: "handoff",
        reason: "low_confidence",
        confidence: 0.05,
        language: "en",
        about,
      }),
      "POST /v1/handoff": () => Response.json({ handoffId: "h1" }, { status: 202 }),
    });
    renderApp();
    await say("asdfgh");
    expect(await screen.findByText(words(en))).toBeTruthy();
    expect(screen.queryByRole("list")).toBeNull();
    const [person] = screen.getAllByRole("button", { name: en.talkToPerson });
    fireEvent.click(person as HTMLElement);
    const email = (await screen.findByLabelText(en.emailLabel)) as HTMLInputElement;
    await waitFor(() => expect(document.activeElement).toBe(email));
    fireEvent.submit(email.closest("form") as HTMLFormElement);
    fireEvent.click(screen.getByRole("button", { name: en.skip }));
    fireEvent.click(screen.getByRole("button", { name: en.sendWithoutEmail }));
    await waitFor(() =>
      expect(requestsTo(requests, "/v1/handoff").at(0)?.body).toMatchObject({
        message: "asdfgh",
        reason: "low_confidence",
      }),
    );
  });

  test("each language words all three replies in its own words", () => {
    const english = stringsFor("en");
    for (const language of LANGUAGES.filter((l) => l !== "en")) {
      const s = stringsFor(language);
      expect(s.offTopic("Acme")).toContain("Acme");
      expect(s.offTopic("Acme")).not.toBe(english.offTopic("Acme"));
      expect(s.unclear).not.toBe(english.unclear);
      expect(s.notCovered).not.toBe(english.notCovered);
      expect(s.suggest).not.toBe(english.suggest);
    }
  });
});

describe("focus", () => {
  test("after 'Talk to a person' focus lands in the message box, not on <body>", async () => {
    stubFetch({ "GET /v1/sites/acme/config": siteConfig() });
    renderApp({ initialOpen: false });
    fireEvent.click(screen.getByRole("button", { name: en.launcher }));
    const box = await screen.findByRole("textbox", { name: en.placeholder });
    const person = screen.getByRole("button", { name: en.talkToPerson });
    person.focus();
    fireEvent.click(person);
    await screen.findByText(en.askNeed);
    await waitFor(() => expect(document.activeElement).toBe(box));
  });

  test("after the first Skip focus moves to the email field, off 'Send without email'", async () => {
    stubFetch({ "GET /v1/sites/acme/config": siteConfig() });
    renderApp({ initialOpen: false });
    fireEvent.click(screen.getByRole("button", { name: en.launcher }));
    await say("talk to a human");
    const email = (await screen.findByLabelText(en.emailLabel)) as HTMLInputElement;
    const skip = screen.getByRole("button", { name: en.skip });
    skip.focus();
    fireEvent.click(skip);
    await screen.findByRole("button", { name: en.sendWithoutEmail });
    await waitFor(() => expect(document.activeElement).toBe(email));
    expect(email.getAttribute("aria-describedby")).toContain("email-note");
  });
});
