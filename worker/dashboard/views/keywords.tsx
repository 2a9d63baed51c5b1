/** @jsxImportSource hono/jsx */
import { type Language, LANGUAGE_NAMES } from "../../../shared/languages.ts";
import type { MessageTest } from "../message-test.ts";
import { KeptNote } from "./field.tsx";
import { TestVerdict } from "./message-test.tsx";

/** The keywords page: try a message, edit the site's phrases, read the defaults. */
export function KeywordsEditor(props: {
  site: string;
  mode: "add" | "replace";
  phrases: readonly string[];
  defaults: Readonly<Record<Language, readonly string[]>>;
  test: MessageTest | null;
}) {
  const path = `/admin/sites/${props.site}/keywords`;
  return (
    <>
      <section class="card" aria-labelledby="test-heading">
        <h2 id="test-heading">Test a message</h2>
        <form class="inline" method="get" action={path}>
          <label for="test-message">Visitor message</label>
          <input
            id="test-message"
            name="message"
            type="text"
            maxlength={2000}
            value={props.test?.message ?? ""}
            required
          />
          <button type="submit">Test</button>
        </form>
        {props.test ? <TestVerdict test={props.test} asked /> : null}
        <p class="hint">
          Checked against the saved keywords, threshold and knowledge base, exactly as a chat
          message is.
        </p>
      </section>

      <section class="card" aria-labelledby="phrases-heading">
        <h2 id="phrases-heading">This site's phrases</h2>
        <form method="post" action={path} data-keep="keywords">
          <KeptNote />
          <fieldset>
            <legend>Mode</legend>
            <label class="check">
              <input type="radio" name="mode" value="add" checked={props.mode === "add"} />
              Add: the default phrases below and these
            </label>
            <label class="check">
              <input type="radio" name="mode" value="replace" checked={props.mode === "replace"} />
              Replace: only these phrases
            </label>
          </fieldset>
          <label for="phrases">
            Phrases, one per line (matching ignores case, accents and spacing)
          </label>
          <textarea id="phrases" name="phrases" rows={6}>
            {props.phrases.join("\n")}
          </textarea>
          <button type="submit">Save keywords</button>
        </form>
      </section>

      <section aria-labelledby="defaults-heading">
        <h2 id="defaults-heading">
          Default phrases{props.mode === "replace" ? " (not used: mode is replace)" : ""}
        </h2>
        {(Object.keys(props.defaults) as Language[]).map((language) => (
          <details class="defaults">
            <summary>
              {LANGUAGE_NAMES[language]} ({props.defaults[language].length})
            </summary>
            <ul class="phrases">
              {props.defaults[language].map((p) => (
                <li>{p}</li>
              ))}
            </ul>
          </details>
        ))}
      </section>
    </>
  );
}
