import { cleanup, fireEvent, screen, waitFor } from "@testing-library/preact";
import { describe, expect, test } from "vitest";
import type { WidgetControls } from "../../widget/app.tsx";
import { stringsFor } from "../../widget/strings/all.ts";
import { API, en, da, CONFIG, siteConfig, renderApp, messageBox } from "./app-harness.tsx";
import { json, networkDown, stubFetch } from "./fetch-stub.ts";

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
    // A disclosure button: the same name open or closed, so "Close chat" names one button only.
    expect(launcher.getAttribute("aria-label")).toBe(en.launcher);
    expect(screen.getAllByRole("button", { name: en.close })).toHaveLength(1);
  });

  test("Escape on the launcher closes the open panel, and focus stays on the launcher", async () => {
    stubFetch({ "GET /v1/sites/acme/config": siteConfig() });
    renderApp({ initialOpen: false });
    const launcher = screen.getByRole("button", { name: en.launcher });
    fireEvent.click(launcher);
    await screen.findByRole("dialog");
    launcher.focus();
    fireEvent.keyDown(launcher, { key: "Escape" });
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(launcher.getAttribute("aria-expanded")).toBe("false");
    expect(document.activeElement).toBe(launcher);
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
    // Open, the launcher speaks Danish too, and says it is expanded.
    expect(screen.getByRole("button", { name: da.launcher, expanded: true })).toBeTruthy();
  });

  test("data-lang wins over the site's language", async () => {
    stubFetch({ "GET /v1/sites/acme/config": siteConfig({ language: "da" }) });
    renderApp({ language: "fr" });
    expect(await screen.findByRole("textbox", { name: stringsFor("fr").placeholder })).toBeTruthy();
  });
});

describe("theme", () => {
  test("the site's themeColor sets the accent variables; without it the default stands", async () => {
    stubFetch({ "GET /v1/sites/acme/config": siteConfig({ themeColor: "#ffcc00" }) });
    const { view } = renderApp();
    await messageBox();
    const root = view.root;
    expect(root?.style.getPropertyValue("--accent")).toBe("#ffcc00");
    expect(root?.style.getPropertyValue("--on-accent")).toBe("#000000");
    cleanup();

    stubFetch({ "GET /v1/sites/acme/config": siteConfig() });
    const plain = renderApp();
    await messageBox();
    expect(plain.view.root.style.getPropertyValue("--accent")).toBe("");
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
