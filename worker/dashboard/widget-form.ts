import { isLanguage, LANGUAGES, type Language } from "../../shared/languages.ts";
import type { SiteConfig } from "../sites/config-schema.ts";

/** The Widget page's fields as the owner typed them, kept to show again after an error. */
export interface WidgetDraft {
  greeting: string;
  launcherLabel: string;
  position: string;
  /** The colour input's value; ignored while `useThemeColor` is off. */
  themeColor: string;
  useThemeColor: boolean;
  handoffButton: boolean;
  /** `auto` (the visitor's language) or one language the widget always speaks. */
  language: string;
  languages: string[];
}

/** The built-in accent colour, what the colour input shows while the site sets none. */
export const DEFAULT_THEME_COLOR = "#1d4ed8";

/** The saved settings as the form shows them. */
export function draftFromConfig(config: SiteConfig): WidgetDraft {
  return {
    greeting: config.greeting ?? "",
    launcherLabel: config.launcherLabel ?? "",
    position: config.position ?? "right",
    themeColor: config.themeColor ?? DEFAULT_THEME_COLOR,
    useThemeColor: config.themeColor !== undefined,
    handoffButton: config.handoffButton,
    language: config.language,
    languages: config.languages ?? [...LANGUAGES],
  };
}

/** The posted form as a draft: checkboxes absent mean off, `languages` may repeat. */
export function draftFromForm(form: Record<string, string | string[] | undefined>): WidgetDraft {
  const one = (key: string) => {
    const value = form[key];
    return typeof value === "string" ? value : "";
  };
  return {
    greeting: one("greeting"),
    launcherLabel: one("launcherLabel"),
    position: one("position"),
    themeColor: one("themeColor"),
    useThemeColor: one("useThemeColor") === "on",
    handoffButton: one("handoffButton") === "on",
    language: one("language") || "auto",
    languages: [form.languages ?? []].flat(),
  };
}

/**
 * The draft as config fields, for the site config schema to judge: a blank text means "the
 * built-in one" (the field is left out), every language ticked means "all" (left out too, so a
 * language added to Clarifier later is offered without a visit here), none ticked stays an
 * empty list for the schema to refuse.
 *
 * @example
 * widgetSettings({ greeting: " ", languages: ["en", "da", "de", "fr", "es"], … }).greeting; // undefined
 */
export function widgetSettings(draft: WidgetDraft): Partial<Record<keyof SiteConfig, unknown>> {
  const text = (value: string) => (value.trim() === "" ? undefined : value);
  const picked = LANGUAGES.filter((l) => draft.languages.includes(l));
  const unknown = draft.languages.filter((l) => !isLanguage(l));
  const languages: unknown =
    unknown.length > 0
      ? draft.languages
      : picked.length === LANGUAGES.length
        ? undefined
        : (picked as Language[]);
  return {
    greeting: text(draft.greeting),
    launcherLabel: text(draft.launcherLabel),
    position: draft.position === "" ? undefined : draft.position,
    themeColor: draft.useThemeColor ? draft.themeColor : undefined,
    handoffButton: draft.handoffButton,
    language: draft.language,
    languages,
  };
}

/**
 * The embed snippet for a site, its script served from `origin` (where the worker runs).
 *
 * @example
 * scriptTag("https://clarifier.example.workers.dev", "acme");
 * // '<script src="https://clarifier.example.workers.dev/widget.js" data-site="acme" async></script>'
 */
export function scriptTag(origin: string, site: string): string {
  return `<script src="${origin}/widget.js" data-site="${site}" async></script>`;
}
