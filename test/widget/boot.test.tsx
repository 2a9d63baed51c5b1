import { fireEvent, waitFor } from "@testing-library/preact";
import { afterEach, describe, expect, test, vi } from "vitest";
import type { ChatResponse } from "../../shared/api.ts";
import { stringsFor } from "../../widget/strings/all.ts";
import { createFlow } from "../../widget/flow-state.ts";
import { saveSession } from "../../widget/session.ts";
import { json, stubFetch } from "./fetch-stub.ts";
import {
  appLoader,
  CONFIG,
  embed,
  hosts,
  launcherOf,
  leavePage,
  bootNow,
  resetPage,
  SRC,
  shadowOf,
} from "./loader-helpers.ts";

const en = stringsFor("en");

afterEach(resetPage);

describe("boot", () => {
  test("without data-site it warns once and does nothing", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    bootNow(embed({ src: SRC }), appLoader());
    expect(warn).toHaveBeenCalledTimes(1);
    expect(window.Clarifier).toBeUndefined();
    expect(hosts()).toEqual([]);
  });

  test("paints the launcher in an open shadow root, and nothing in the page's DOM", () => {
    bootNow(embed({ src: `${SRC}?v=1`, "data-site": "acme" }), appLoader());
    const [host] = hosts();
    expect(hosts()).toHaveLength(1);
    expect(host?.parentElement).toBe(document.body);
    const launcher = launcherOf(shadowOf(host));
    expect(launcher.getAttribute("aria-label")).toBe(en.launcher);
    expect(launcher.getAttribute("aria-expanded")).toBe("false");
    expect(document.querySelector("button")).toBeNull();
  });

  test("the app asks the script's own origin for the config", async () => {
    const requests = stubFetch({ "GET /v1/sites/acme/config": () => json(CONFIG) });
    bootNow(embed({ src: `${SRC}?v=1`, "data-site": "acme", "data-open": "true" }), appLoader());
    await waitFor(() =>
      expect(requests.map((r) => r.url)).toEqual([
        "https://cdn.clarifier.test/v1/sites/acme/config",
      ]),
    );
  });

  test("data-api overrides the origin, keeping a path prefix", async () => {
    const requests = stubFetch({ "GET /prefix/v1/sites/acme/config": () => json(CONFIG) });
    bootNow(
      embed({
        src: SRC,
        "data-site": "acme",
        "data-api": "https://api.example/prefix/",
        "data-open": "true",
      }),
      appLoader(),
    );
    await waitFor(() =>
      expect(requests.map((r) => r.url)).toEqual([
        "https://api.example/prefix/v1/sites/acme/config",
      ]),
    );
  });

  test("defines exactly one global with open and close, and a second copy does nothing", () => {
    bootNow(embed({ src: SRC, "data-site": "acme" }), appLoader());
    const first = window.Clarifier;
    expect(Object.keys(first ?? {}).sort()).toEqual(["close", "open"]);
    bootNow(embed({ src: SRC, "data-site": "other" }), appLoader());
    expect(window.Clarifier).toBe(first);
    expect(hosts()).toHaveLength(1);
  });

  test("open() called right away is replayed once mounted, and close() closes", async () => {
    stubFetch({ "GET /v1/sites/acme/config": () => json(CONFIG) });
    bootNow(embed({ src: SRC, "data-site": "acme" }), appLoader());
    window.Clarifier?.open();
    const root = shadowOf(hosts()[0]);
    await waitFor(() => expect(root.querySelector('[role="dialog"]')).not.toBeNull());
    window.Clarifier?.close();
    await waitFor(() => expect(root.querySelector('[role="dialog"]')).toBeNull());
  });

  test("a reload in the same tab carries on the same conversation, open as it was left", async () => {
    const requests = stubFetch({
      "GET /v1/sites/acme/config": () => json(CONFIG),
      "POST /v1/chat": (request) =>
        json({
          conversationId: (request.body as { conversationId: string }).conversationId,
          messageId: "m1",
          reply: {
            type: "answer",
            text: "We ship to Norway.",
            confidence: 0.9,
            sources: [],
            language: "en",
          },
        } satisfies ChatResponse),
    });
    const script = { src: SRC, "data-site": "acme" };
    bootNow(embed(script), appLoader());
    window.Clarifier?.open();
    const first = shadowOf(hosts()[0]);
    // The app's chunk is a dynamic import: on a loaded machine (CI beside other suites) it has
    // taken longer than waitFor's default second.
    const box = await waitFor(
      () => {
        const el = first.querySelector("textarea");
        if (!el) throw new Error("no message box yet");
        return el;
      },
      { timeout: 5_000 },
    );
    fireEvent.input(box, { target: { value: "Do you ship to Norway?" } });
    fireEvent.keyDown(box, { key: "Enter" });
    await waitFor(() => expect(first.textContent).toContain("We ship to Norway."), {
      timeout: 5_000,
    });

    // The page goes away; the next one boots the script again in the same tab.
    leavePage();
    bootNow(embed(script), appLoader());
    const second = shadowOf(hosts()[0]);
    // The launcher is painted open at once: the app's arrival changes nothing on it.
    expect(launcherOf(second).getAttribute("aria-expanded")).toBe("true");
    await waitFor(() => expect(second.querySelector('[role="dialog"]')).not.toBeNull(), {
      timeout: 5_000,
    });
    expect(second.textContent).toContain("We ship to Norway.");
    fireEvent.input(second.querySelector("textarea") ?? document.body, {
      target: { value: "And Sweden?" },
    });
    fireEvent.keyDown(second.querySelector("textarea") ?? document.body, { key: "Enter" });
    await waitFor(() => expect(requests.filter((r) => r.method === "POST")).toHaveLength(2));
    const [a, b] = requests
      .filter((r) => r.method === "POST")
      .map((r) => (r.body as { conversationId: string }).conversationId);
    expect(b).toBe(a);
  });

  test("data-open=true opens the panel on load and data-position=left moves it", async () => {
    stubFetch({ "GET /v1/sites/acme/config": () => json(CONFIG) });
    bootNow(
      embed({ src: SRC, "data-site": "acme", "data-open": "true", "data-position": "left" }),
      appLoader(),
    );
    const root = shadowOf(hosts()[0]);
    expect(root.querySelector(".root.left")).not.toBeNull();
    await waitFor(() =>
      expect(root.querySelector('[role="dialog"]')?.getAttribute("aria-label")).toBe(
        en.dialog("Acme"),
      ),
    );
  });

  test("never throws into the page, even when the DOM refuses", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    vi.spyOn(Element.prototype, "attachShadow").mockImplementation(() => {
      throw new Error("not allowed");
    });
    expect(() => bootNow(embed({ src: SRC, "data-site": "acme" }), appLoader())).not.toThrow();
    expect(warn).toHaveBeenCalled();
    expect(hosts()).toEqual([]);
  });

  test.each([
    ["the site's position, saved by the previous page", {}, "left"],
    ["data-position over the site's", { "data-position": "right" }, "right"],
  ])("the launcher is painted where it belongs at once: %s", (_, attributes, side) => {
    saveSession("acme", {
      flow: createFlow("acme", "conv-client-0001"),
      open: false,
      config: { ...CONFIG, position: "left" },
    });
    bootNow(embed({ src: SRC, "data-site": "acme", ...attributes }));
    const root = shadowOf(hosts()[0]).querySelector(".root");
    expect(root?.classList.contains("left")).toBe(side === "left");
  });

  test("a conversation in Dutch, restored: the launcher keeps its English name, the Dutch strings come beside the app", () => {
    saveSession("acme", {
      flow: { ...createFlow("acme", "conv-client-0001"), language: "nl" },
      open: false,
      config: { ...CONFIG, language: "en" },
    });
    stubFetch({ "GET /v1/sites/acme/config": () => json(CONFIG) });
    const loadApp = appLoader();
    bootNow(embed({ src: SRC, "data-site": "acme" }), loadApp);
    const launcher = launcherOf(shadowOf(hosts()[0]));
    // widget.js names the launcher in our six only: never "undefined".
    expect(launcher.getAttribute("aria-label")).toBe(en.launcher);
    fireEvent.pointerEnter(launcher);
    expect(loadApp.mock.calls.map(([src]) => src)).toContain(
      "https://cdn.clarifier.test/widget-strings-nl.js",
    );
  });
});
