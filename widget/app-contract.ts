/**
 * What the loader (`widget.js`) and the app (`widget-app.js`) agree on. The app announces itself
 * with an `APP_EVENT` on its own script tag, carrying `MountApp`: no second global, and nothing
 * the host page can reach.
 */
import type { Language, ReplyLanguage } from "../shared/languages.ts";
import type { LauncherView } from "./launcher.ts";
import type { Session } from "./session.ts";

/** The event the app's script dispatches on its own <script> element as it runs. */
export const APP_EVENT = "clarifier:app";

/**
 * The app's file, next to widget.js on the same origin, as named before the build adds its id
 * (`widget-app.<build>.js`, see vite.config.ts).
 */
export const APP_FILE = "widget-app.js";

/** The embed's settings, read from the script tag's `data-*` attributes. */
export interface EmbedOptions {
  site: string;
  api: string;
  language: Language | null;
  /** `data-position`; null when absent, and the site's `position` (else "right") applies. */
  position: "left" | "right" | null;
  open: boolean;
  /** `data-preload="idle"`: fetch the app once the page is idle, before any intent. */
  preloadIdle: boolean;
}

/** What the embed's global can do once the app is mounted. */
export interface WidgetControls {
  open: () => void;
  close: () => void;
}

/** Everything the app needs from the loader to take over. */
export interface AppContext {
  options: EmbedOptions;
  /** The launcher the loader painted: the app keeps it, never replaces it. */
  view: LauncherView;
  /** The conversation as the previous page left it, as the loader read it. */
  restored: Session | null;
  /** `navigator.language`, or null when the page wouldn't say. */
  browserLanguage: string | null;
  /**
   * The config request the loader started beside the app's own download, so the two round
   * trips overlap; the app reads it instead of asking again.
   */
  config?: Promise<Response>;
  /**
   * Fetch a language's strings chunk (`widget-strings-<code>.<build>.js`) once; widget.js started
   * the launcher's language beside the app. Resolves to what the chunk announces: the values of
   * its `Strings` in `STRING_KEYS`' order (`stringsFromChunk` names them).
   */
  loadStrings?: (language: ReplyLanguage) => Promise<unknown>;
  /** Called once after mount with the controls behind `window.Clarifier`. */
  onReady: (controls: WidgetControls) => void;
}

/** Renders the app into `context.view`. */
export type MountApp = (context: AppContext) => void;
