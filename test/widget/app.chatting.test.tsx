import { fireEvent, screen } from "@testing-library/preact";
import { describe, expect, test } from "vitest";
import { MAX_MESSAGE_LENGTH } from "../../shared/limits.ts";
import {
  API,
  CONVERSATION,
  en,
  da,
  siteConfig,
  answerWith,
  renderApp,
  messageBox,
  say,
  emailBox,
  chatCalls,
} from "./app-harness.tsx";
import { json, networkDown, stubFetch } from "./fetch-stub.ts";

describe("chatting", () => {
  test("a keyword message asks for the email without calling /v1/chat", async () => {
    const requests = stubFetch({
      "GET /v1/sites/acme/config": siteConfig(),
      "POST /v1/chat": answerWith("should not be asked"),
    });
    renderApp();
    await say("Can I talk to a human?");
    expect(await screen.findByText(en.emailPrompt)).toBeTruthy();
    expect(await emailBox()).toBeTruthy();
    expect(screen.getByText("Can I talk to a human?")).toBeTruthy();
    expect(chatCalls(requests)).toEqual([]);
  });

  test("'tale med en person' gets a Danish email prompt on an English page", async () => {
    stubFetch({ "GET /v1/sites/acme/config": siteConfig() });
    renderApp();
    await say("Kan jeg tale med en person?");
    expect(await screen.findByText(da.emailPrompt)).toBeTruthy();
    expect(await emailBox(da.emailLabel)).toBeTruthy();
    expect(screen.queryByText(en.emailPrompt)).toBeNull();
  });

  test("sends the message with the client's conversation id, without cookies", async () => {
    const requests = stubFetch({
      "GET /v1/sites/acme/config": siteConfig(),
      "POST /v1/chat": answerWith("We ship worldwide."),
    });
    renderApp();
    await say("Do you ship to Norway?");
    expect(await screen.findByText("We ship worldwide.")).toBeTruthy();
    expect(chatCalls(requests)).toEqual([
      {
        url: `${API}/v1/chat`,
        method: "POST",
        body: { site: "acme", conversationId: CONVERSATION, message: "Do you ship to Norway?" },
        credentials: "omit",
        contentType: "application/json",
      },
    ]);
    expect((await messageBox()).value).toBe("");
  });

  test("an answer is rendered as text, never as HTML", async () => {
    const payload = `<img src=x onerror=alert(1)> and <b>bold</b>`;
    stubFetch({
      "GET /v1/sites/acme/config": siteConfig(),
      "POST /v1/chat": answerWith(payload),
    });
    const { container } = renderApp();
    await say("Show me");
    expect(await screen.findByText(payload)).toBeTruthy();
    expect(container.querySelector("img")).toBeNull();
    expect(container.querySelector("b")).toBeNull();
  });

  test("only http(s) sources become links, opening safely in a new tab", async () => {
    stubFetch({
      "GET /v1/sites/acme/config": siteConfig(),
      "POST /v1/chat": answerWith("See the FAQ.", [
        { title: "Shipping FAQ", url: "https://acme.example/faq" },
        { title: "Evil", url: "javascript:alert(1)" },
        { title: "Offline doc", url: null },
      ]),
    });
    const { container } = renderApp();
    await say("Shipping?");
    const link = await screen.findByRole("link", { name: "Shipping FAQ" });
    expect(link.getAttribute("href")).toBe("https://acme.example/faq");
    expect(link.getAttribute("target")).toBe("_blank");
    expect(link.getAttribute("rel")).toBe("noopener noreferrer");
    expect(screen.getByText("Evil").closest("a")).toBeNull();
    expect(screen.getByText("Offline doc").closest("a")).toBeNull();
    expect(container.querySelectorAll("a")).toHaveLength(1);
  });

  test("a low_confidence reply asks for the email", async () => {
    stubFetch({
      "GET /v1/sites/acme/config": siteConfig(),
      "POST /v1/chat": () =>
        json({
          conversationId: CONVERSATION,
          messageId: "m1",
          reply: { type: "handoff", reason: "low_confidence", confidence: 0.12 },
        }),
    });
    renderApp();
    await say("What is the airspeed of a swallow?");
    expect(await screen.findByText(en.emailPrompt)).toBeTruthy();
    expect(await emailBox()).toBeTruthy();
  });

  test("a network failure keeps the text and Retry resends it", async () => {
    let attempts = 0;
    const requests = stubFetch({
      "GET /v1/sites/acme/config": siteConfig(),
      "POST /v1/chat": (request) =>
        ++attempts === 1 ? networkDown() : answerWith("Yes we do.")(request),
    });
    renderApp();
    await say("Do you ship to Norway?");
    const retry = await screen.findByRole("button", { name: en.retry });
    expect(screen.getByText("Do you ship to Norway?")).toBeTruthy();
    expect(screen.getByText(en.networkError, { exact: false })).toBeTruthy();

    fireEvent.click(retry);
    expect(await screen.findByText("Yes we do.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: en.retry })).toBeNull();
    const bodies = chatCalls(requests).map((r) => r.body);
    expect(bodies).toHaveLength(2);
    expect(bodies[1]).toEqual(bodies[0]);
    expect(screen.getAllByText("Do you ship to Norway?")).toHaveLength(1);
  });

  test("a 500 is shown as a failure with Retry, not as the server's words", async () => {
    stubFetch({
      "GET /v1/sites/acme/config": siteConfig(),
      "POST /v1/chat": () =>
        json({ error: { code: "internal_error", message: "Stack trace here" } }, 500),
    });
    renderApp();
    await say("Hello?");
    expect(await screen.findByRole("button", { name: en.retry })).toBeTruthy();
    expect(screen.queryByText("Stack trace here", { exact: false })).toBeNull();
  });

  test("a message over the limit is refused with a visible reason and the text stays", async () => {
    const requests = stubFetch({ "GET /v1/sites/acme/config": siteConfig() });
    renderApp();
    const long = "x".repeat(MAX_MESSAGE_LENGTH + 1);
    await say(long);
    const error = await screen.findByRole("alert");
    expect(error.textContent).toBe(en.tooLong(MAX_MESSAGE_LENGTH));
    const box = await messageBox();
    expect(box.value).toBe(long);
    expect(box.getAttribute("aria-invalid")).toBe("true");
    expect(chatCalls(requests)).toEqual([]);
  });
});
