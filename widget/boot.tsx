/// <reference types="vite/client" />
import { render } from "preact";
import type { Language } from "../shared/languages.ts";
import { SITE_ID_PATTERN } from "../shared/limits.ts";
import { App, type WidgetControls } from "./app.tsx";
import { createConversationId } from "./conversation-id.ts";
import { isLanguage } from "./i18n.ts";
import { loadSession, saveSession } from "./session.ts";
import css from "./styles.css?inline";

/** The one global the widget defines. */
export interface ClarifierGlobal {
  open: () => void;
  close: () => void;
}

declare global {
  interface Window {
    Clarifier?: ClarifierGlobal;
  }
}

/** The embed's settings, read from the script tag's `data-*` attributes. */
export interface EmbedOptions {
  site: string;
  api: string;
  language: Language | null;
  position: "left" | "right";
  open: boolean;
}

/** The custom element the widget lives in; its open shadow root holds everything else. */
export const HOST_TAG = "clarifier-widget";

const LOG_PREFIX = "[Clarifier]";

/**
 * Start the widget for `script` (the embed's own script tag): define `window.Clarifier`, then
 * mount into a shadow root once `document.body` exists. Never throws.
 *
 * @example
 * boot(document.currentScript as HTMLScriptElement | null);
 */
export function boot(script: HTMLScriptElement | null): void {
  try {
    // A second copy of the script (a theme and a plugin both embedding it): the first one wins.
    if (window.Clarifier) return;
    const options = readEmbedOptions(script);
    if (!options) return;

    let controls: WidgetControls | null = null;
    // Calls made before mount (the page's own script may run first) are replayed in order.
    const queued: Array<"open" | "close"> = [];
    const call = (method: "open" | "close") => {
      try {
        if (controls) controls[method]();
        else queued.push(method);
      } catch (error) {
        console.warn(LOG_PREFIX, error);
      }
    };
    window.Clarifier = { open: () => call("open"), close: () => call("close") };

    whenBodyReady(() =>
      mount(options, (ready) => {
        controls = ready;
        for (const method of queued.splice(0)) call(method);
      }),
    );
  } catch (error) {
    console.warn(LOG_PREFIX, "could not start:", error);
  }
}

/**
 * Read and check the embed attributes; warns and returns null when the widget can't run.
 *
 * @example
 * // <script src="https://api.example/widget.js" data-site="acme" data-position="left">
 * readEmbedOptions(script); // { site: "acme", api: "https://api.example", position: "left", … }
 */
export function readEmbedOptions(script: HTMLScriptElement | null): EmbedOptions | null {
  const site = script?.getAttribute("data-site")?.trim() ?? "";
  if (!script || !site) {
    console.warn(LOG_PREFIX, "data-site is missing on the script tag.");
    return null;
  }
  if (!SITE_ID_PATTERN.test(site)) {
    console.warn(LOG_PREFIX, "data-site is not a site id:", site);
    return null;
  }
  const api =
    apiBase(script.getAttribute("data-api"), true) ?? apiBase(script.src, false) ?? location.origin;
  const lang = script.getAttribute("data-lang")?.trim().toLowerCase();
  return {
    site,
    api,
    language: isLanguage(lang) ? lang : null,
    position: script.getAttribute("data-position")?.trim() === "left" ? "left" : "right",
    open: parseBoolean(script.getAttribute("data-open"), false),
  };
}

/**
 * An attribute as a boolean: "true" (or present and empty) is true, "false" is false, anything
 * else, including absence, is `fallback`.
 *
 * @example
 * parseBoolean("false", true); // false
 * parseBoolean(null, false);   // false
 */
export function parseBoolean(value: string | null, fallback: boolean): boolean {
  const normalized = value?.trim().toLowerCase();
  if (normalized === "true" || normalized === "") return true;
  if (normalized === "false") return false;
  return fallback;
}

/**
 * An http(s) URL's origin, plus its path without trailing slashes when `keepPath` (`data-api`
 * may name a prefix such as https://example.com/clarifier; the script's own path never is one).
 */
function apiBase(value: string | null, keepPath: boolean): string | null {
  if (!value?.trim()) return null;
  try {
    const url = new URL(value.trim(), document.baseURI);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    return url.origin + (keepPath ? url.pathname.replace(/\/+$/, "") : "");
  } catch {
    return null;
  }
}

function whenBodyReady(run: () => void): void {
  if (document.body) run();
  else document.addEventListener("DOMContentLoaded", run, { once: true });
}

function mount(options: EmbedOptions, onReady: (controls: WidgetControls) => void): void {
  try {
    const host = document.createElement(HOST_TAG);
    const shadow = host.attachShadow({ mode: "open" });
    adoptStyles(shadow, css);
    const container = document.createElement("div");
    shadow.appendChild(container);
    document.body.appendChild(host);
    const restored = loadSession(options.site);
    render(
      <App
        site={options.site}
        api={options.api}
        language={options.language}
        browserLanguage={browserLanguage()}
        position={options.position}
        initialOpen={options.open}
        conversationId={restored?.flow.conversationId ?? createConversationId()}
        onReady={onReady}
        restored={restored}
        onChange={(session) => saveSession(options.site, session)}
      />,
      container,
    );
  } catch (error) {
    console.warn(LOG_PREFIX, "could not start:", error);
  }
}

/**
 * A constructable stylesheet where supported: it is allowed by a strict CSP without
 * 'unsafe-inline', which a <style> element is not. Older browsers get the <style> element.
 */
function adoptStyles(shadow: ShadowRoot, text: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    shadow.adoptedStyleSheets = [sheet];
    return;
  } catch {
    // Fall through to <style>.
  }
  const style = document.createElement("style");
  style.textContent = text;
  shadow.appendChild(style);
}

function browserLanguage(): string | null {
  try {
    return navigator.language || null;
  } catch {
    return null;
  }
}
