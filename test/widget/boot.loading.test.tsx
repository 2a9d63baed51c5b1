import { fireEvent, waitFor } from "@testing-library/preact";
import { boot, type LoadApp } from "../../widget/boot.ts";
import { afterEach, describe, expect, test, vi } from "vitest";
import { stringsFor } from "../../widget/strings/all.ts";
import { json, stubFetch } from "./fetch-stub.ts";
import {
  appCalls,
  appLoader,
  CONFIG,
  embed,
  hosts,
  launcherOf,
  bootNow,
  resetPage,
  SRC,
  shadowOf,
} from "./loader-helpers.ts";

const en = stringsFor("en");

afterEach(resetPage);

function start(attributes: Record<string, string> = {}) {
  stubFetch({ "GET /v1/sites/acme/config": () => json(CONFIG) });
  const loadApp = appLoader();
  bootNow(embed({ src: SRC, "data-site": "acme", nonce: "n0nce", ...attributes }), loadApp);
  const root = shadowOf(hosts()[0]);
  return { loadApp, root, launcher: launcherOf(root) };
}

describe("the launcher waits for the host page's first paint", () => {
  test("nothing is added to the page until a frame has been painted", async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal("requestAnimationFrame", (run: FrameRequestCallback) => frames.push(run));
    boot(embed({ src: SRC, "data-site": "acme" }), appLoader());
    expect(window.Clarifier).toBeDefined();
    expect(hosts()).toHaveLength(0);
    // The frame's callback runs just before its paint; the launcher comes in a task after it.
    for (const run of frames.splice(0)) run(0);
    expect(hosts()).toHaveLength(0);
    await waitFor(() => expect(hosts()).toHaveLength(1));
  });
});

describe("the facade loads the app on intent, not before", () => {
  test("painting the launcher loads nothing", () => {
    const requests = stubFetch({});
    const loadApp = appLoader();
    bootNow(embed({ src: SRC, "data-site": "acme" }), loadApp);
    expect(loadApp).not.toHaveBeenCalled();
    expect(requests).toEqual([]);
  });

  test.each([
    ["the pointer over the launcher", "pointerenter"],
    ["focus on the launcher", "focus"],
    ["a touch on the launcher", "touchstart"],
  ])("%s loads the app once, from beside widget.js, with the embed's nonce", async (_, type) => {
    const { loadApp, launcher } = start();
    launcher.dispatchEvent(new Event(type));
    launcher.dispatchEvent(new Event(type));
    expect(appCalls(loadApp)).toEqual(["https://cdn.clarifier.test/widget-app.js"]);
    // The launcher's language comes beside the app, not after it; both under the nonce.
    expect(loadApp.mock.calls.map(([src]) => src)).toContain(
      "https://cdn.clarifier.test/widget-strings-en.js",
    );
    expect(loadApp.mock.calls.every(([, nonce]) => nonce === "n0nce")).toBe(true);
  });

  test("a click before the app has arrived opens the panel once it has, on the same launcher", async () => {
    const { root, launcher } = start();
    fireEvent.click(launcher);
    await waitFor(() => expect(root.querySelector('[role="dialog"]')).not.toBeNull());
    expect(root.querySelectorAll("button.launcher")).toHaveLength(1);
    expect(launcherOf(root)).toBe(launcher);
    expect(launcher.getAttribute("aria-expanded")).toBe("true");
    expect(launcher.getAttribute("aria-controls")).toBe(root.querySelector(".panel")?.id);
    // Now the app answers the click: closed, and not reopened by the loader.
    fireEvent.click(launcher);
    await waitFor(() => expect(root.querySelector('[role="dialog"]')).toBeNull());
    expect(launcher.getAttribute("aria-label")).toBe(en.launcher);
  });

  test("without data-preload, idle time loads nothing: only intent does", () => {
    vi.useFakeTimers({ toFake: ["setTimeout"] });
    const idle = vi.fn((run: () => void) => {
      run();
      return 1;
    });
    vi.stubGlobal("requestIdleCallback", idle);
    const { loadApp } = start();
    vi.advanceTimersByTime(60_000);
    expect(idle).not.toHaveBeenCalled();
    expect(loadApp).not.toHaveBeenCalled();
  });

  test('data-preload="idle" loads the app after the page\'s load, when the browser is idle', async () => {
    vi.useFakeTimers({ toFake: ["setTimeout"] });
    const idle = vi.fn((run: () => void) => {
      run();
      return 1;
    });
    vi.stubGlobal("requestIdleCallback", idle);
    const { loadApp } = start({ "data-preload": "idle" });
    expect(loadApp).not.toHaveBeenCalled();
    vi.advanceTimersByTime(3000);
    expect(idle).toHaveBeenCalledWith(expect.any(Function), { timeout: 2000 });
    expect(appCalls(loadApp)).toHaveLength(1);
  });

  test("without requestIdleCallback, a timer stands in for it", () => {
    vi.useFakeTimers({ toFake: ["setTimeout"] });
    vi.stubGlobal("requestIdleCallback", undefined);
    const { loadApp } = start({ "data-preload": "idle" });
    vi.advanceTimersByTime(3000);
    expect(appCalls(loadApp)).toHaveLength(1);
  });

  test("a conversation left open on the previous page loads the app at once, launcher open", () => {
    const { loadApp } = start({ "data-open": "true" });
    expect(appCalls(loadApp)).toHaveLength(1);
  });

  test("an app that failed to load is tried again on the next sign of intent", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    stubFetch({ "GET /v1/sites/acme/config": () => json(CONFIG) });
    const chunks = appLoader();
    let failed = false;
    const loadApp = vi.fn<LoadApp>(async (src, nonce) => {
      if (src.includes("widget-app") && !failed) {
        failed = true;
        throw new Error("offline");
      }
      return chunks(src, nonce);
    });
    bootNow(embed({ src: SRC, "data-site": "acme" }), loadApp);
    const root = shadowOf(hosts()[0]);
    window.Clarifier?.open();
    await waitFor(() => expect(warn).toHaveBeenCalled());
    expect(root.querySelector('[role="dialog"]')).toBeNull();
    window.Clarifier?.open();
    await waitFor(() => expect(root.querySelector('[role="dialog"]')).not.toBeNull());
    expect(appCalls(loadApp)).toHaveLength(2);
  });
});
