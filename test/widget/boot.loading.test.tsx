import { fireEvent, waitFor } from "@testing-library/preact";
import { afterEach, describe, expect, test, vi } from "vitest";
import { boot } from "../../widget/boot.ts";
import { stringsFor } from "../../widget/i18n.ts";
import { mountApp } from "../../widget/mount.tsx";
import { json, stubFetch } from "./fetch-stub.ts";
import {
  appLoader,
  CONFIG,
  embed,
  hosts,
  launcherOf,
  leavePage,
  SRC,
  shadowOf,
} from "./loader-helpers.ts";

const en = stringsFor("en");

afterEach(() => {
  leavePage();
  sessionStorage.clear();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function start(attributes: Record<string, string> = {}) {
  stubFetch({ "GET /v1/sites/acme/config": () => json(CONFIG) });
  const loadApp = appLoader();
  boot(embed({ src: SRC, "data-site": "acme", nonce: "n0nce", ...attributes }), loadApp);
  const root = shadowOf(hosts()[0]);
  return { loadApp, root, launcher: launcherOf(root) };
}

describe("the facade loads the app on intent, not before", () => {
  test("painting the launcher loads nothing", () => {
    const requests = stubFetch({});
    const loadApp = appLoader();
    boot(embed({ src: SRC, "data-site": "acme" }), loadApp);
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
    expect(loadApp).toHaveBeenCalledTimes(1);
    expect(loadApp.mock.calls[0]?.[0]).toMatch(/^https:\/\/cdn\.clarifier\.test\/widget-app\.js/);
    expect(loadApp.mock.calls[0]?.[1]).toBe("n0nce");
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

  test("idle time loads the app: after the page's load, when the browser is idle", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout"] });
    const idle = vi.fn((run: () => void) => {
      run();
      return 1;
    });
    vi.stubGlobal("requestIdleCallback", idle);
    const { loadApp } = start();
    expect(loadApp).not.toHaveBeenCalled();
    vi.advanceTimersByTime(3000);
    expect(idle).toHaveBeenCalledWith(expect.any(Function), { timeout: 2000 });
    expect(loadApp).toHaveBeenCalledTimes(1);
  });

  test("without requestIdleCallback, a timer stands in for it", () => {
    vi.useFakeTimers({ toFake: ["setTimeout"] });
    vi.stubGlobal("requestIdleCallback", undefined);
    const { loadApp } = start();
    vi.advanceTimersByTime(3000);
    expect(loadApp).toHaveBeenCalledTimes(1);
  });

  test("a conversation left open on the previous page loads the app at once, launcher open", () => {
    const { loadApp } = start({ "data-open": "true" });
    expect(loadApp).toHaveBeenCalledTimes(1);
  });

  test("an app that failed to load is tried again on the next sign of intent", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    stubFetch({ "GET /v1/sites/acme/config": () => json(CONFIG) });
    const loadApp = vi.fn().mockRejectedValueOnce(new Error("offline")).mockResolvedValue(mountApp);
    boot(embed({ src: SRC, "data-site": "acme" }), loadApp);
    const root = shadowOf(hosts()[0]);
    window.Clarifier?.open();
    await waitFor(() => expect(warn).toHaveBeenCalled());
    expect(root.querySelector('[role="dialog"]')).toBeNull();
    window.Clarifier?.open();
    await waitFor(() => expect(root.querySelector('[role="dialog"]')).not.toBeNull());
    expect(loadApp).toHaveBeenCalledTimes(2);
  });
});
