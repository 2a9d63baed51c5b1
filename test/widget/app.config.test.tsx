import { screen, waitFor } from "@testing-library/preact";
import { describe, expect, test } from "vitest";
import { stringsFor } from "../../widget/strings/all.ts";
import {
  answerWith,
  asShown,
  da,
  en,
  renderApp,
  replyWith,
  say,
  siteConfig,
} from "./app-harness.tsx";
import { stubFetch } from "./fetch-stub.ts";

describe("the site's widget settings", () => {
  test("its greeting and launcher label replace the built-in ones", async () => {
    stubFetch({
      "GET /v1/sites/acme/config": siteConfig({
        greeting: "Hi! Ask me about orders.",
        launcherLabel: "Help",
      }),
    });
    const { view } = renderApp();
    expect(await screen.findByText("Hi! Ask me about orders.")).toBeTruthy();
    expect(screen.queryByText(en.greeting)).toBeNull();
    await waitFor(() => expect(view.button.getAttribute("aria-label")).toBe("Help"));
  });

  test("with languages listed, the widget never speaks another", async () => {
    stubFetch({
      "GET /v1/sites/acme/config": siteConfig({ languages: ["en", "da"], language: "da" }),
      // The visitor writes German: the reply says so, the widget stays in a listed language.
      "POST /v1/chat": answerWith("Wir liefern nach Norwegen.", [], "de"),
    });
    renderApp({ browserLanguage: "de-DE" });
    await say("Liefern Sie nach Norwegen?", da.placeholder);
    await screen.findByText("Wir liefern nach Norwegen.");
    expect(screen.getByRole("textbox", { name: da.placeholder })).toBeTruthy();
    expect(screen.queryByText(stringsFor("de").greeting)).toBeNull();
    expect(screen.getByRole("dialog").getAttribute("lang")).toBe("da");
  });

  test("with languages listed, a reply in a language Clarifier doesn't answer in keeps the site's", async () => {
    stubFetch({
      "GET /v1/sites/acme/config": siteConfig({ languages: ["en", "da"], language: "da" }),
      "POST /v1/chat": replyWith({
        type: "handoff",
        reason: "low_confidence",
        confidence: 0.1,
        language: "it",
      }),
    });
    renderApp({ browserLanguage: "it-IT" });
    await say("Posso pagare con la carta di credito?", da.placeholder);
    expect(await screen.findByText(asShown(da.emailPrompt))).toBeTruthy();
    expect(screen.queryByText(stringsFor("it").emailPrompt)).toBeNull();
    expect(screen.getByRole("dialog").getAttribute("lang")).toBe("da");
  });
});
