import { SITE_ID_PATTERN } from "../shared/limits.ts";
import {
  APP_EVENT,
  APP_FILE,
  type EmbedOptions,
  type MountApp,
  type WidgetControls,
} from "./app-contract.ts";
import type { Language, ReplyLanguage } from "../shared/languages.ts";
import { allowedLanguage, isLanguage, resolveLanguage } from "./language.ts";
import { type LauncherView, paintLauncher } from "./launcher.ts";
import { LAUNCHER_LABELS } from "./launcher-labels.ts";
import { adoptStyles } from "./adopt-styles.ts";
import css from "./launcher.css?inline";
import { loadSession, type Session } from "./session.ts";

export type { EmbedOptions, WidgetControls } from "./app-contract.ts";

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

/**
 * Fetches a chunk from `src` (with the embed's CSP `nonce`, if any) and resolves to what it
 * announces: the app's mount, or a language's strings.
 */
export type LoadApp = (src: string, nonce: string) => Promise<MountApp>;

/** Runs `paint` once the host page has painted (see `afterFirstPaint`). */
export type SchedulePaint = (paint: () => void) => void;

/** The custom element the widget lives in; its open shadow root holds everything else. */
export const HOST_TAG = "clarifier-widget";

const LOG_PREFIX = "[Clarifier]";

/**
 * With `data-preload="idle"`: after the page's load event, how long the loader leaves the page
 * alone before fetching the app unasked (its largest paint, the visitor's first taps come first).
 */
const IDLE_DELAY_MS = 3000;
/** How long `requestIdleCallback` may wait for an idle moment after that. */
const IDLE_TIMEOUT_MS = 2000;

/**
 * Start the widget for `script` (the embed's own script tag): define `window.Clarifier`, paint
 * the launcher once the host page has painted, and load the app (`widget-app.<build>.js`, from the
 * same origin as the script) and the site's config on the first sign of intent: the pointer over
 * the launcher, focus on it, a touch, `open()`, `data-open`, a conversation left open on the
 * previous page, or, with `data-preload="idle"`, idle time. Never throws.
 *
 * @example
 * boot(document.currentScript as HTMLScriptElement | null);
 */
export function boot(
  script: HTMLScriptElement | null,
  loadApp: LoadApp = injectApp,
  schedulePaint: SchedulePaint = afterFirstPaint,
): void {
  try {
    // A second copy of the script (a theme and a plugin both embedding it): the first one wins.
    if (window.Clarifier) return;
    const options = readEmbedOptions(script);
    if (!script || !options) return;
    const appSrc = chunkUrl(APP_FILE, script.src);
    // Browsers hide the attribute once the page has loaded; the property keeps it.
    const nonce = script.nonce || script.getAttribute("nonce") || "";

    let controls: WidgetControls | null = null;
    let view: LauncherView | null = null;
    let restored: Session | null = null;
    let language: ReplyLanguage = "en";
    let loading = false;
    // Each language's strings are a chunk of their own, fetched once (again after a failure).
    const strings: Partial<Record<ReplyLanguage, Promise<unknown>>> = {};
    const loadStrings = (code: ReplyLanguage) =>
      (strings[code] ??= loadApp(chunkUrl(`widget-strings-${code}.js`, script.src), nonce).catch(
        (error: unknown) => {
          delete strings[code];
          throw error;
        },
      ));
    let wanted = false;
    // Calls made before the app has mounted are replayed in order.
    const queued: Array<"open" | "close"> = [];
    const call = (method: "open" | "close") => {
      try {
        if (controls) return controls[method]();
        queued.push(method);
        if (method === "open") startApp();
      } catch (error) {
        console.warn(LOG_PREFIX, error);
      }
    };
    const startApp = () => {
      wanted = true;
      if (!view || loading || controls) return;
      loading = true;
      const painted = view;
      const config = prefetchConfig(options);
      // The strings of the language the launcher speaks come beside the app, not after it.
      loadStrings(language).catch(() => {});
      loadApp(appSrc, nonce)
        .then((mountApp) =>
          mountApp({
            options,
            view: painted,
            restored,
            browserLanguage: browserLanguage(),
            config,
            loadStrings,
            onReady: (ready) => {
              controls = ready;
              for (const method of queued.splice(0)) call(method);
            },
          }),
        )
        .catch((error: unknown) => {
          // Offline, or blocked: the next sign of intent tries again.
          loading = false;
          console.warn(LOG_PREFIX, "could not load the chat:", error);
        });
    };
    window.Clarifier = { open: () => call("open"), close: () => call("close") };

    whenBodyReady(() =>
      schedulePaint(() => {
        try {
          restored = loadSession(options.site);
          const open = options.open || !!restored?.open;
          [view, language] = paint(options, restored, open);
          const button = view.button;
          // Until the app answers clicks itself, a click is queued (and loads the app); the button
          // says which way it goes.
          button.addEventListener("click", () => {
            if (!controls) call(button.getAttribute("aria-expanded") === "true" ? "close" : "open");
          });
          for (const type of ["pointerenter", "focus", "touchstart"]) {
            button.addEventListener(type, startApp, { passive: true });
          }
          if (open || wanted) startApp();
          else if (options.preloadIdle) whenIdle(startApp);
        } catch (error) {
          console.warn(LOG_PREFIX, "could not start:", error);
        }
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
  const position = script.getAttribute("data-position")?.trim();
  return {
    site,
    api,
    language: isLanguage(lang) ? lang : null,
    position: position === "left" || position === "right" ? position : null,
    open: parseBoolean(script.getAttribute("data-open"), false),
    preloadIdle: script.getAttribute("data-preload")?.trim().toLowerCase() === "idle",
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
 * Where a chunk (`file`: widget-app.js, widget-strings-da.js) is: next to this script, on its
 * origin (the only one a strict CSP lets scripts come from), under the name it has in exactly the
 * build this widget.js belongs to (the build's content hash is in it), so a cached widget.js
 * never runs a newer app.
 *
 * @example
 * chunkUrl("widget-app.js", "https://x.example/widget.js?v=1"); // "https://x.example/widget-app.3f9a0c1d2e4b.js"
 */
export function chunkUrl(file: string, scriptSrc: string): string {
  const build = import.meta.env.CLARIFIER_BUILD;
  return new URL(build ? file.replace(/js$/, `${build}.js`) : file, scriptSrc || document.baseURI)
    .href;
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

/**
 * Ask for the site's config while the app downloads, so a click waits for one round trip, not
 * two. The same request the app would make: no cookies, no header that would need a preflight.
 */
function prefetchConfig(options: EmbedOptions): Promise<Response> | undefined {
  try {
    const response = fetch(`${options.api}/v1/sites/${encodeURIComponent(options.site)}/config`, {
      credentials: "omit",
    });
    // Read (and its failure handled) by the app; never an unhandled rejection on the page.
    response.catch(() => {});
    return response;
  } catch {
    return undefined;
  }
}

function whenBodyReady(run: () => void): void {
  if (document.body) run();
  else document.addEventListener("DOMContentLoaded", run, { once: true });
}

/**
 * Run `paint` after the host page's first paint: a frame callback runs just before a paint, and
 * a task queued from it runs after that paint. The page's own content is never held up by the
 * launcher's style and layout.
 */
function afterFirstPaint(paint: () => void): void {
  if (typeof requestAnimationFrame === "function") {
    requestAnimationFrame(() => setTimeout(paint));
  } else setTimeout(paint);
}

function whenIdle(run: () => void): void {
  const later = () =>
    setTimeout(() => {
      if (typeof requestIdleCallback === "function") {
        requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
      } else run();
    }, IDLE_DELAY_MS);
  if (document.readyState === "complete") later();
  else addEventListener("load", later, { once: true });
}

/** The launcher, in the state and language the previous page left, so nothing changes later. */
function paint(
  options: EmbedOptions,
  restored: Session | null,
  open: boolean,
): [LauncherView, ReplyLanguage] {
  const host = document.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: "open" });
  adoptStyles(shadow, css);
  const config = restored?.config;
  const language = allowedLanguage(
    restored?.flow.language ??
      resolveLanguage({
        attribute: options.language,
        site: config?.language ?? null,
        browser: browserLanguage(),
      }),
    config?.languages,
    config?.language,
  );
  // The site's `position` is known from the config the previous page saved: the launcher never
  // moves under a visitor's pointer once painted, so a first view without `data-position` (or
  // a saved config) sits on the right.
  // A conversation in a language the launcher has no name in (launcher-labels.ts): English.
  const named = LAUNCHER_LABELS[language as Language] ? language : "en";
  const view = paintLauncher(shadow, options.position ?? config?.position ?? "right", {
    open,
    label: config?.launcherLabel || LAUNCHER_LABELS[named as Language],
    controls: null,
  });
  // The launcher's name is read in its own language, not the page's (WCAG 3.1.2): on an Arabic
  // page "Chat with us" was marked Arabic. The panel marks its own (chat-panel.tsx).
  // A site's own name is its words, read in its page's language.
  host.lang = config?.launcherLabel ? document.documentElement.lang : named;
  view.theme(restored?.theme ?? null);
  document.body.appendChild(host);
  return [view, language];
}

/**
 * Fetch the app with a <script> tag: a strict CSP that allows this script's origin allows it
 * too (and a nonce on the embed is passed on). The app's script answers with `APP_EVENT`.
 */
function injectApp(src: string, nonce: string): Promise<MountApp> {
  return new Promise((resolve, reject) => {
    const tag = document.createElement("script");
    tag.src = src;
    tag.async = true;
    if (nonce) tag.nonce = nonce;
    tag.addEventListener(APP_EVENT, (event) => resolve((event as CustomEvent<MountApp>).detail));
    // Runs after the script did: a no-op once it announced itself; otherwise (a proxy's error
    // page, a failed request) the load failed.
    tag.onload = tag.onerror = () => {
      tag.remove();
      reject(new Error(`could not load ${src}`));
    };
    (document.head ?? document.documentElement).appendChild(tag);
  });
}

function browserLanguage(): string | null {
  try {
    return navigator.language || null;
  } catch {
    return null;
  }
}
