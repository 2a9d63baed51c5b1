/**
 * Each language is its own chunk: this file never imports `strings/all.ts`, so the registry
 * starts empty, as in a visitor's browser, and every language arrives through `loadStrings`.
 */
import { cleanup, render, screen, waitFor } from "@testing-library/preact";
import { afterEach, describe, expect, test, vi } from "vitest";
import type { PublicSiteConfig } from "../../shared/api.ts";
import type { ReplyLanguage } from "../../shared/languages.ts";
import { App } from "../../widget/app.tsx";
import { paintLauncher } from "../../widget/launcher.ts";
import { DA } from "../../widget/strings/da.ts";
import { EN } from "../../widget/strings/en.ts";
import { json, stubFetch } from "./fetch-stub.ts";
import { chunkOf } from "./strings-chunk.ts";

const CONFIG = {
  name: "Acme",
  threshold: 0.4,
  keywords: [],
  keywordLanguages: [],
  requireEmail: false,
  handoffButton: true,
  language: "da",
} satisfies PublicSiteConfig;

afterEach(() => {
  cleanup();
  document.body.innerHTML = "";
  vi.unstubAllGlobals();
});

describe("language chunks", () => {
  test("the panel waits for the visitor's language, fetched once, then speaks it", async () => {
    stubFetch({ "GET /v1/sites/acme/config": () => json(CONFIG) });
    const arrivals: Record<string, () => void> = {};
    const loadStrings = vi.fn(
      (language: ReplyLanguage) =>
        new Promise<unknown>((resolve) => {
          arrivals[language] = () => resolve(chunkOf(language === "da" ? DA : EN));
        }),
    );
    const view = paintLauncher(document.body, "right", { open: true, label: "", controls: null });
    render(
      <App
        options={{
          site: "acme",
          api: "https://api.clarifier.test",
          language: null,
          position: null,
          open: true,
          preloadIdle: false,
        }}
        browserLanguage="en-US"
        view={view}
        conversationId="conv-client-0001"
        loadStrings={loadStrings}
      />,
      { container: view.slot },
    );
    // The config says Danish: nothing in English meanwhile, not even for a moment.
    await waitFor(() => expect(loadStrings).toHaveBeenCalledWith("da"));
    expect(screen.queryByRole("dialog")).toBeNull();
    arrivals.da?.();
    expect(await screen.findByRole("textbox", { name: DA.placeholder })).toBeTruthy();
    expect(screen.getByRole("dialog").getAttribute("lang")).toBe("da");
    expect(loadStrings.mock.calls.filter(([l]) => l === "da")).toHaveLength(1);
  });
});
