/** Shared by the loader's tests: a customer's script tag, the widget's host, and the app on call. */
import { render } from "preact";
import { type Mock, vi } from "vitest";
import type { PublicSiteConfig } from "../../shared/api.ts";
import { boot, HOST_TAG, type LoadApp } from "../../widget/boot.ts";
import type { Language } from "../../shared/languages.ts";
import type { MountApp } from "../../widget/app-contract.ts";
import { mountApp } from "../../widget/mount.tsx";
import { ALL_STRINGS } from "../../widget/strings/all.ts";
import { chunkOf } from "./strings-chunk.ts";

export const CONFIG = {
  name: "Acme",
  threshold: 0.4,
  keywords: ["talk to a human"],
  keywordLanguages: ["en"],
  requireEmail: false,
  handoffButton: true,
  language: "en",
} satisfies PublicSiteConfig;

export const SRC = "https://cdn.clarifier.test/widget.js";

/** A script tag as a customer would write it; never inserted, so it never runs. */
export function embed(attributes: Record<string, string>): HTMLScriptElement {
  const script = document.createElement("script");
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  return script;
}

export function hosts(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(HOST_TAG)];
}

export function shadowOf(host: HTMLElement | undefined): ShadowRoot {
  const root = host?.shadowRoot;
  if (!root) throw new Error("no open shadow root");
  return root;
}

/**
 * The chunks as widget-app.js and widget-strings-<code>.js would hand them over, without a
 * network: the real `mountApp`, the real strings.
 */
export function appLoader() {
  return vi.fn<LoadApp>(async (src) => {
    const language = /widget-strings-([a-z]+)\./.exec(src)?.[1];
    return (language ? chunkOf(ALL_STRINGS[language as Language]) : mountApp) as MountApp;
  });
}

/** The calls that fetched the app itself (not a language). */
export function appCalls(loadApp: ReturnType<typeof appLoader> | Mock<LoadApp>): string[] {
  return loadApp.mock.calls.map(([src]) => src).filter((src) => src.includes("widget-app"));
}

/** What leaving the page does: the app unmounts, the host goes, the global with it. */
export function leavePage(): void {
  for (const host of hosts()) {
    const slot = host.shadowRoot?.querySelector(".slot");
    if (slot) render(null, slot);
    host.remove();
  }
  delete window.Clarifier;
}

export function launcherOf(root: ShadowRoot): HTMLButtonElement {
  const button = root.querySelector<HTMLButtonElement>("button.launcher");
  if (!button) throw new Error("no launcher");
  return button;
}

/**
 * `boot`, painting the launcher at once instead of after the page's first paint: the tests that
 * look at the launcher right after booting. (boot.loading.test.tsx holds the deferral itself.)
 */
export function bootNow(script: HTMLScriptElement | null, loadApp: LoadApp = appLoader()): void {
  boot(script, loadApp, (paint) => paint());
}

/**
 * What each loader test leaves behind undone, for `afterEach`: the page (`leavePage`), the
 * session the widget kept, fake timers, stubbed globals (fetch) and spies (console).
 */
export function resetPage(): void {
  leavePage();
  sessionStorage.clear();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
}
