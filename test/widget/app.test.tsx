import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { afterEach, describe, expect, test, vi } from "vitest";
import type { ChatRequest, PublicSiteConfig } from "../../shared/api.ts";
import { MAX_MESSAGE_LENGTH } from "../../shared/limits.ts";
import { App, type AppProps, type WidgetControls } from "../../widget/app.tsx";
import { stringsFor } from "../../widget/i18n.ts";
import type { Session } from "../../widget/session.ts";
import {
  json,
  networkDown,
  type RecordedRequest,
  type Route,
  requestsTo,
  stubFetch,
} from "./fetch-stub.ts";

const API = "https://api.clarifier.test";
const CONVERSATION = "conv-client-0001";
const en = stringsFor("en");
const da = stringsFor("da");

const CONFIG: PublicSiteConfig = {
  name: "Acme",
  threshold: 0.4,
  keywords: ["talk to a human", "tale med en person"],
  keywordLanguages: ["en", "da"],
  requireEmail: false,
  handoffButton: true,
  language: "auto",
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function siteConfig(overrides: Partial<PublicSiteConfig> = {}): Route {
  return () => json({ ...CONFIG, ...overrides });
}

function answerWith(text: string, sources: { title: string; url: string | null }[] = []): Route {
  return (request) =>
    json({
      conversationId: (request.body as ChatRequest).conversationId,
      messageId: "m1",
      reply: { type: "answer", text, confidence: 0.8, sources },
    });
}

function renderApp(props: Partial<AppProps> = {}) {
  return render(
    <App
      site="acme"
      api={API}
      language={null}
      browserLanguage="en-US"
      position="right"
      initialOpen={true}
      conversationId={CONVERSATION}
      {...props}
    />,
  );
}

async function messageBox(): Promise<HTMLTextAreaElement> {
  return (await screen.findByRole("textbox", { name: en.placeholder })) as HTMLTextAreaElement;
}

/** Type `text` and press Enter, as a visitor would. */
async function say(text: string): Promise<void> {
  const box = await messageBox();
  fireEvent.input(box, { target: { value: text } });
  fireEvent.keyDown(box, { key: "Enter" });
}

async function emailBox(label = en.emailLabel): Promise<HTMLInputElement> {
  return (await screen.findByLabelText(label)) as HTMLInputElement;
}

function chatCalls(requests: RecordedRequest[]): RecordedRequest[] {
  return requestsTo(requests, "/v1/chat");
}

describe("loading", () => {
  test("fetches the site config without cookies and without a preflight-triggering header", async () => {
    const requests = stubFetch({ "GET /v1/sites/acme/config": siteConfig() });
    renderApp();
    expect(await screen.findByRole("dialog", { name: en.dialog("Acme") })).toBeTruthy();
    expect(requests).toEqual([
      {
        url: `${API}/v1/sites/acme/config`,
        method: "GET",
        body: null,
        credentials: "omit",
        contentType: null,
      },
    ]);
  });

  test("a config that fails to load shows an error with a retry that works", async () => {
    let attempts = 0;
    stubFetch({
      "GET /v1/sites/acme/config": () => (++attempts === 1 ? networkDown() : json(CONFIG)),
    });
    renderApp();
    expect(await screen.findByText(en.configError, { exact: false })).toBeTruthy();
    expect(screen.queryByRole("textbox")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: en.retry }));
    expect(await messageBox()).toBeTruthy();
    expect(attempts).toBe(2);
  });

  test("the launcher opens and closes the panel and reports it with aria-expanded", async () => {
    stubFetch({ "GET /v1/sites/acme/config": siteConfig() });
    renderApp({ initialOpen: false });
    const launcher = screen.getByRole("button", { name: en.launcher });
    expect(launcher.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("dialog")).toBeNull();
    fireEvent.click(launcher);
    expect(await screen.findByRole("dialog")).toBeTruthy();
    expect(launcher.getAttribute("aria-expanded")).toBe("true");
  });

  test("Escape closes the panel and focus returns to the launcher", async () => {
    stubFetch({ "GET /v1/sites/acme/config": siteConfig() });
    renderApp();
    const box = await messageBox();
    fireEvent.keyDown(box, { key: "Escape" });
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    const launcher = screen.getByRole("button", { name: en.launcher });
    await waitFor(() => expect(document.activeElement).toBe(launcher));
  });

  test("opened by the visitor, the message box takes focus", async () => {
    stubFetch({ "GET /v1/sites/acme/config": siteConfig() });
    renderApp({ initialOpen: false });
    fireEvent.click(screen.getByRole("button", { name: en.launcher }));
    const box = await messageBox();
    await waitFor(() => expect(document.activeElement).toBe(box));
  });

  test("opened on page load (data-open), the page keeps its focus", async () => {
    stubFetch({ "GET /v1/sites/acme/config": siteConfig() });
    const outside = document.createElement("input");
    document.body.appendChild(outside);
    outside.focus();
    try {
      renderApp({ initialOpen: true });
      await messageBox();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(document.activeElement).toBe(outside);
    } finally {
      outside.remove();
    }
  });

  test("close() from the page's script returns focus from the panel to the launcher", async () => {
    stubFetch({ "GET /v1/sites/acme/config": siteConfig() });
    const ready: { controls?: WidgetControls } = {};
    renderApp({ initialOpen: false, onReady: (controls) => (ready.controls = controls) });
    await waitFor(() => expect(ready.controls).toBeDefined());
    ready.controls?.open();
    const box = await messageBox();
    await waitFor(() => expect(document.activeElement).toBe(box));
    ready.controls?.close();
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    const launcher = screen.getByRole("button", { name: en.launcher });
    await waitFor(() => expect(document.activeElement).toBe(launcher));
  });

  test("the site's configured language wins over the browser's", async () => {
    stubFetch({ "GET /v1/sites/acme/config": siteConfig({ language: "da" }) });
    renderApp({ browserLanguage: "de-DE" });
    expect(await screen.findByRole("textbox", { name: da.placeholder })).toBeTruthy();
    expect(screen.getByRole("button", { name: da.launcher })).toBeTruthy();
  });

  test("data-lang wins over the site's language", async () => {
    stubFetch({ "GET /v1/sites/acme/config": siteConfig({ language: "da" }) });
    renderApp({ language: "fr" });
    expect(await screen.findByRole("textbox", { name: stringsFor("fr").placeholder })).toBeTruthy();
  });
});

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

  test("skipping sends email null and confirms without an address", async () => {
    const { requests } = await reachEmailStep(
      {},
      { "POST /v1/handoff": () => json({ handoffId: "h1" }, 202) },
    );
    fireEvent.click(screen.getByRole("button", { name: en.skip }));
    expect(await screen.findByText(en.handedOff("Acme", null))).toBeTruthy();
    expect(requestsTo(requests, "/v1/handoff")[0]?.body).toMatchObject({ email: null });
  });

  test("the server's invalid_email message is shown and the address kept", async () => {
    const { email } = await reachEmailStep(
      {},
      {
        "POST /v1/handoff": () =>
          json(
            { error: { code: "invalid_email", message: "That address can't receive mail." } },
            400,
          ),
      },
    );
    fireEvent.input(email, { target: { value: "jane@example.invalid" } });
    fireEvent.click(screen.getByRole("button", { name: en.send }));
    expect(await screen.findByText("That address can't receive mail.")).toBeTruthy();
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

describe("theme", () => {
  test("the site's themeColor sets the accent variables; without it the default stands", async () => {
    stubFetch({ "GET /v1/sites/acme/config": siteConfig({ themeColor: "#ffcc00" }) });
    const view = renderApp();
    await messageBox();
    const root = view.container.querySelector<HTMLElement>(".root");
    expect(root?.style.getPropertyValue("--accent")).toBe("#ffcc00");
    expect(root?.style.getPropertyValue("--on-accent")).toBe("#000000");
    cleanup();

    stubFetch({ "GET /v1/sites/acme/config": siteConfig() });
    const plain = renderApp();
    await messageBox();
    expect(
      plain.container.querySelector<HTMLElement>(".root")?.style.getPropertyValue("--accent"),
    ).toBe("");
  });
});

describe("focus", () => {
  test("opened while the config is still loading, the dialog itself takes focus", async () => {
    stubFetch({ "GET /v1/sites/acme/config": () => new Promise<Response>(() => {}) });
    renderApp({ initialOpen: false });
    fireEvent.click(screen.getByRole("button", { name: en.launcher }));
    const dialog = await screen.findByRole("dialog");
    await waitFor(() => expect(document.activeElement).toBe(dialog));
  });
});
