/**
 * The app as the loader mounts it: a launcher painted by `paintLauncher` (in the document, not a
 * shadow root, so `screen` finds it), the app rendered beside it; and what visitors do.
 */
import { cleanup, fireEvent, render, screen } from "@testing-library/preact";
import { afterEach, vi } from "vitest";
import type { ChatRequest, ChatResponse, PublicSiteConfig, Source } from "../../shared/api.ts";
import type { Language } from "../../shared/languages.ts";
import { App, type AppProps } from "../../widget/app.tsx";
import type { EmbedOptions } from "../../widget/app-contract.ts";
import { stringsFor } from "../../widget/strings/all.ts";
import { type LauncherView, paintLauncher } from "../../widget/launcher.ts";
import { json, type RecordedRequest, type Route, requestsTo } from "./fetch-stub.ts";

export const API = "https://api.clarifier.test";
export const CONVERSATION = "conv-client-0001";
export const en = stringsFor("en");
export const da = stringsFor("da");

export const CONFIG = {
  name: "Acme",
  threshold: 0.4,
  keywords: ["talk to a human", "tale med en person"],
  keywordLanguages: ["en", "da"],
  requireEmail: false,
  handoffButton: true,
  language: "auto",
} satisfies PublicSiteConfig;

const painted: LauncherView[] = [];

afterEach(() => {
  cleanup();
  for (const view of painted.splice(0)) view.root.remove();
  vi.unstubAllGlobals();
});

export function siteConfig(overrides: Partial<PublicSiteConfig> = {}): Route {
  return () => json({ ...CONFIG, ...overrides } satisfies PublicSiteConfig);
}

/** A /v1/chat route answering every message with `text`, message ids m1, m2, … */
export function answerWith(
  text: string,
  sources: Source[] = [],
  language: Language | null = "en",
): Route {
  let n = 0;
  return (request) =>
    json({
      conversationId: (request.body as ChatRequest).conversationId ?? CONVERSATION,
      messageId: `m${++n}`,
      reply: { type: "answer", text, confidence: 0.8, sources, language },
    } satisfies ChatResponse);
}

/** A /v1/chat route answering with `reply`. */
export function replyWith(reply: ChatResponse["reply"]): Route {
  return (request) =>
    json({
      conversationId: (request.body as ChatRequest).conversationId ?? CONVERSATION,
      messageId: "m1",
      reply,
    } satisfies ChatResponse);
}

/** App's props, the embed's options that tests set among them. */
export type HarnessProps = Partial<Omit<AppProps, "options">> & {
  language?: Language | null;
  position?: EmbedOptions["position"];
  initialOpen?: boolean;
};

export function renderApp({
  language = null,
  position = null,
  initialOpen = true,
  ...props
}: HarnessProps = {}) {
  const view = paintLauncher(document.body, "right", { open: false, label: "", controls: null });
  painted.push(view);
  const result = render(
    <App
      options={{
        site: "acme",
        api: API,
        language,
        position,
        open: initialOpen,
        preloadIdle: false,
      }}
      browserLanguage="en-US"
      view={view}
      conversationId={CONVERSATION}
      {...props}
    />,
    { container: view.slot },
  );
  return { ...result, view };
}

export async function messageBox(label = en.placeholder): Promise<HTMLTextAreaElement> {
  return (await screen.findByRole("textbox", { name: label })) as HTMLTextAreaElement;
}

/** Type `text` and press Enter, as a visitor would. */
export async function say(text: string, label = en.placeholder): Promise<void> {
  const box = await messageBox(label);
  fireEvent.input(box, { target: { value: text } });
  fireEvent.keyDown(box, { key: "Enter" });
}

export async function emailBox(label = en.emailLabel): Promise<HTMLInputElement> {
  return (await screen.findByLabelText(label)) as HTMLInputElement;
}

export function chatCalls(requests: RecordedRequest[]): RecordedRequest[] {
  return requestsTo(requests, "/v1/chat");
}

/**
 * `text` as Testing Library reads the page: its default normalizer turns every run of
 * whitespace, French no-break spaces included, into one space, but leaves a query as it is.
 */
export function asShown(text: string): string {
  return text.replace(/\s+/g, " ");
}
