/**
 * The launcher as plain DOM: painted by the loader before the app exists, then kept in step by
 * the app (`showLauncher`), so taking over never replaces or repaints the button.
 */

import type { Language } from "../shared/languages.ts";
import { adoptStyles } from "./adopt-styles.ts";
import { allowedLanguage, resolveLanguage } from "./language.ts";
import { LAUNCHER_LABELS } from "./launcher-labels.ts";

const SVG_NS = "http://www.w3.org/2000/svg";
const CHAT_ICON = "M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H8l-5 4V5a2 2 0 0 1 1-2z";
const CLOSE_ICON =
  "M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6z";

/**
 * What the loader paints inside the shadow root, and the app then uses. The app changes the
 * launcher and the theme through `show` and `theme`, adds its styles with `adopt` and picks its
 * language with `resolveLanguage` and `allowedLanguage`: the loader's own code, which
 * widget-app.js doesn't carry a second copy of.
 */
export interface LauncherView {
  /** `.root`: the fixed corner box; carries the position class and the theme's variables. */
  root: HTMLElement;
  /** Where the app renders the panel (`display: contents`, so it adds no box). */
  slot: HTMLElement;
  /** The round button in the corner that opens and closes the chat. */
  button: HTMLButtonElement;
  /** `showLauncher` for this button. */
  show: (state: LauncherState) => void;
  /**
   * The site's theme on the root: the variables theme.ts `themeVariables` computed (the app
   * computes them; widget.js only sets what the previous page saved), or null for the default.
   */
  theme: (variables: Readonly<Record<string, string>> | null) => void;
  /** The launcher's name in each language: the app uses the loader's copy, not a second one. */
  labels: Readonly<Record<Language, string>>;
  /** The open launcher's ✕, drawn (an SVG path): the panel's close button draws the same. */
  closeIcon: string;
  /** Add `css` (the panel's, which comes with the app) beside the launcher's styles. */
  adopt: (css: string) => void;
  /** language.ts's, as the loader picked the launcher's language. */
  resolveLanguage: typeof resolveLanguage;
  allowedLanguage: typeof allowedLanguage;
}

const THEME_VARIABLES = ["--accent", "--on-accent", "--accent-text"];

/** What the launcher shows: closed ("Chat with us") or open ("Close chat", controlling `controls`). */
export interface LauncherState {
  open: boolean;
  label: string;
  /** The id of the panel the button shows, once the panel exists. */
  controls: string | null;
}

/**
 * Paint the launcher into `parent` (the shadow root) and return its parts.
 *
 * @example
 * const view = paintLauncher(shadow, "right", { open: false, label: "Chat with us", controls: null });
 */
export function paintLauncher(
  parent: Node,
  position: "left" | "right",
  state: LauncherState,
): LauncherView {
  const root = document.createElement("div");
  root.className = `root ${position}`;
  const slot = document.createElement("div");
  slot.className = "slot";
  const button = document.createElement("button");
  button.type = "button";
  button.className = "launcher";
  const svg = document.createElementNS(SVG_NS, "svg");
  for (const [name, value] of [
    ["aria-hidden", "true"],
    ["viewBox", "0 0 24 24"],
    ["width", "28"],
    ["height", "28"],
  ]) {
    svg.setAttribute(name as string, value as string);
  }
  svg.appendChild(document.createElementNS(SVG_NS, "path"));
  button.appendChild(svg);
  showLauncher(button, state);
  root.append(slot, button);
  parent.appendChild(root);
  return {
    root,
    slot,
    button,
    show: (next) => showLauncher(button, next),
    theme: (variables) => {
      for (const name of THEME_VARIABLES) {
        const value = variables?.[name];
        if (value) root.style.setProperty(name, value);
        else root.style.removeProperty(name);
      }
    },
    labels: LAUNCHER_LABELS,
    closeIcon: CLOSE_ICON,
    adopt: (css) => {
      if (parent instanceof ShadowRoot) adoptStyles(parent, css);
    },
    resolveLanguage,
    allowedLanguage,
  };
}

/**
 * Bring the launcher in line with `state`: label, `aria-expanded`, `aria-controls`, icon.
 *
 * @example
 * showLauncher(view.button, { open: true, label: "Close chat", controls: "panel" });
 */
export function showLauncher(button: HTMLButtonElement, state: LauncherState): void {
  button.setAttribute("aria-label", state.label);
  button.setAttribute("aria-expanded", String(state.open));
  if (state.open && state.controls) button.setAttribute("aria-controls", state.controls);
  else button.removeAttribute("aria-controls");
  button.querySelector("path")?.setAttribute("d", state.open ? CLOSE_ICON : CHAT_ICON);
}
