import type { Language } from "../shared/languages.ts";

/**
 * The launcher's accessible name in each language: `launcher` while it opens the chat, `close`
 * while it closes it (the panel's own close button says the same). Kept apart from the rest of
 * the strings because the loader paints the launcher before the app, and its strings, arrive.
 *
 * @example
 * LAUNCHER_LABELS.da.close; // "Luk chat"
 */
export const LAUNCHER_LABELS: Readonly<Record<Language, { launcher: string; close: string }>> = {
  en: { launcher: "Chat with us", close: "Close chat" },
  da: { launcher: "Chat med os", close: "Luk chat" },
  de: { launcher: "Chatten Sie mit uns", close: "Chat schließen" },
  fr: { launcher: "Discuter avec nous", close: "Fermer la discussion" },
  es: { launcher: "Chatea con nosotros", close: "Cerrar el chat" },
  sv: { launcher: "Chatta med oss", close: "Stäng chatten" },
};
