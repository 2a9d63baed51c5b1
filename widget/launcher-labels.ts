import type { Language } from "../shared/languages.ts";

/**
 * The launcher's accessible name in each language. It stays the same open or closed (a
 * disclosure button: `aria-expanded` says which), so "Close chat" names the panel's own close
 * button only. Kept apart from the rest of the strings because the loader paints the launcher
 * before the app, and its strings, arrive. A site's `launcherLabel` replaces it.
 *
 * Only our six: widget.js, which every page view downloads, has no room for more. A conversation
 * in Italian, Dutch, Polish or Portuguese keeps the launcher's name in the language the widget
 * would speak before the visitor wrote, while the panel speaks the visitor's.
 *
 * @example
 * LAUNCHER_LABELS.da; // "Chat med os"
 */
export const LAUNCHER_LABELS: Readonly<Record<Language, string>> = {
  en: "Chat with us",
  da: "Chat med os",
  de: "Chatten Sie mit uns",
  fr: "Discuter avec nous",
  es: "Chatea con nosotros",
  sv: "Chatta med oss",
};
