/** @jsxImportSource hono/jsx */
import { LANGUAGE_NAMES, LANGUAGES } from "../../../shared/languages.ts";
import type { WidgetDraft } from "../widget-form.ts";
import { describedBy, Field, FieldError, KeptNote } from "./field.tsx";

/** The Widget pages' paths: settings, and the install page. */
export function widgetPath(site: string, page: "settings" | "install" = "settings"): string {
  return `/admin/sites/${encodeURIComponent(site)}/widget${page === "install" ? "/install" : ""}`;
}

/** The host page the preview frames: the widget embedded by its script tag, nothing else. */
export function previewPath(site: string): string {
  return `/demo/sites/${encodeURIComponent(site)}`;
}

function Tabs(props: { site: string; current: "settings" | "install" }) {
  return (
    <nav class="tabs" aria-label="Widget pages">
      <a
        href={widgetPath(props.site)}
        aria-current={props.current === "settings" ? "page" : undefined}
      >
        Settings
      </a>
      <a
        href={widgetPath(props.site, "install")}
        aria-current={props.current === "install" ? "page" : undefined}
      >
        Install
      </a>
    </nav>
  );
}

function Preview(props: { site: string }) {
  return (
    <section class="card" aria-labelledby="preview-heading">
      <h2 id="preview-heading">Live preview</h2>
      <p class="hint">
        A page with only this site's script tag on it, as on your site. Open the chat and try it: it
        answers from this site's knowledge base, and what you ask counts in Stats like any
        visitor's. Saved settings show here within a minute (the widget caches its settings).
      </p>
      <iframe
        class="widget-preview"
        src={previewPath(props.site)}
        title={`Preview of the ${props.site} widget on a page`}
        loading="lazy"
      ></iframe>
    </section>
  );
}

/** The settings form: what the widget says and looks like, and the languages it speaks. */
export function WidgetSettings(props: {
  site: string;
  draft: WidgetDraft;
  errors: ReadonlyMap<string, string>;
}) {
  const { draft, errors } = props;
  const err = (field: string) => errors.get(field);
  return (
    <>
      <Tabs site={props.site} current="settings" />
      <form
        method="post"
        action={widgetPath(props.site)}
        class="card widget-form"
        data-keep="widget"
      >
        <KeptNote />
        <Field
          id="greeting"
          label="Greeting"
          error={err("greeting")}
          hint="The assistant's first line, up to 300 characters. Leave it empty for the built-in greeting in the visitor's language."
        >
          <textarea
            id="greeting"
            name="greeting"
            rows={2}
            maxlength={300}
            aria-invalid={err("greeting") ? "true" : undefined}
            aria-describedby={describedBy("greeting", true, err("greeting"))}
          >
            {draft.greeting}
          </textarea>
        </Field>
        <Field
          id="launcherLabel"
          label="Launcher label"
          error={err("launcherLabel")}
          hint="The words on the button that opens the chat, up to 40 characters. Empty: the built-in label."
        >
          <input
            id="launcherLabel"
            name="launcherLabel"
            maxlength={40}
            value={draft.launcherLabel}
            aria-invalid={err("launcherLabel") ? "true" : undefined}
            aria-describedby={describedBy("launcherLabel", true, err("launcherLabel"))}
          />
        </Field>
        <fieldset aria-describedby={err("themeColor") ? "themeColor-error" : undefined}>
          <legend>Colour</legend>
          <label class="check">
            <input type="checkbox" name="useThemeColor" checked={draft.useThemeColor} />
            Use my own colour
          </label>
          <label for="themeColor">Accent colour</label>
          <input id="themeColor" name="themeColor" type="color" value={draft.themeColor} />
          <p class="hint">
            The widget darkens or lightens text on it to keep it readable (WCAG AA).
          </p>
          <FieldError id="themeColor" error={err("themeColor")} />
        </fieldset>
        <fieldset aria-describedby={err("position") ? "position-error" : undefined}>
          <legend>Position</legend>
          {(["right", "left"] as const).map((side) => (
            <label class="check">
              <input type="radio" name="position" value={side} checked={draft.position === side} />
              {side === "right" ? "Bottom right" : "Bottom left"}
            </label>
          ))}
          <FieldError id="position" error={err("position")} />
        </fieldset>
        <fieldset>
          <legend>Talk to a person</legend>
          <label class="check">
            <input type="checkbox" name="handoffButton" checked={draft.handoffButton} />
            Show a “Talk to a person” button beside the chat
          </label>
          <p class="hint">
            Visitors can always ask for a person in their own words; the button makes it one click.
          </p>
        </fieldset>
        <Field
          id="language"
          label="Language"
          error={err("language")}
          hint="What the widget speaks: the visitor's own language (among those offered below), or always one."
        >
          <select
            id="language"
            name="language"
            aria-describedby={describedBy("language", true, err("language"))}
          >
            <option value="auto" selected={draft.language === "auto"}>
              The visitor's language
            </option>
            {LANGUAGES.map((l) => (
              <option value={l} selected={draft.language === l}>
                {`Always ${LANGUAGE_NAMES[l]}`}
              </option>
            ))}
          </select>
        </Field>
        <fieldset aria-describedby={err("languages") ? "languages-error" : "languages-hint"}>
          <legend>Languages to offer</legend>
          {LANGUAGES.map((l) => (
            <label class="check">
              <input
                type="checkbox"
                name="languages"
                value={l}
                checked={draft.languages.includes(l)}
              />
              {LANGUAGE_NAMES[l]}
            </label>
          ))}
          <p class="hint" id="languages-hint">
            The widget speaks the visitor's language when it is one of these, else the first.
          </p>
          <FieldError id="languages" error={err("languages")} />
        </fieldset>
        <button type="submit">Save widget settings</button>
      </form>
      <Preview site={props.site} />
    </>
  );
}

/** The install page: the script tag to copy, where it may run, and the preview. */
export function WidgetInstall(props: {
  site: string;
  snippet: string;
  allowedOrigins: readonly string[];
  errors: ReadonlyMap<string, string>;
  typedOrigins?: string;
  /** Start with the addresses focused (a site just added: they are its next step). */
  focusOrigins?: boolean;
}) {
  const originsError = [...props.errors.entries()].find(([k]) =>
    k.startsWith("allowedOrigins"),
  )?.[1];
  return (
    <>
      <Tabs site={props.site} current="install" />
      <section class="card" aria-labelledby="snippet-heading">
        <h2 id="snippet-heading">Add the widget to your site</h2>
        <p>
          Paste this line just before <code>&lt;/body&gt;</code> on every page that should have the
          chat:
        </p>
        <label for="snippet">Script tag</label>
        <textarea id="snippet" class="snippet" rows={2} readonly>
          {props.snippet}
        </textarea>
        <button type="button" class="secondary" data-copy="snippet">
          Copy the script tag
        </button>
        <p class="hint" role="status" id="copy-status"></p>
        <p class="hint">
          Optional attributes: <code>data-position="left"</code> puts it on the left on that page
          only; <code>data-api</code> names another API origin.
        </p>
      </section>
      <section class="card" aria-labelledby="origins-heading">
        <h2 id="origins-heading">Where it may run</h2>
        <form method="post" action={widgetPath(props.site, "install")} data-keep="origins">
          <KeptNote />
          <Field
            id="allowedOrigins"
            label="Your site's addresses (one a line)"
            error={originsError}
            hint="Browsers on these origins may talk to the assistant, such as https://www.example.com (scheme and host, no path). Others are refused."
          >
            <textarea
              id="allowedOrigins"
              name="allowedOrigins"
              rows={3}
              aria-invalid={originsError ? "true" : undefined}
              aria-describedby={describedBy("allowedOrigins", true, originsError)}
              autofocus={props.focusOrigins || undefined}
            >
              {props.typedOrigins ?? props.allowedOrigins.join("\n")}
            </textarea>
          </Field>
          <button type="submit">Save addresses</button>
        </form>
      </section>
      <Preview site={props.site} />
    </>
  );
}
