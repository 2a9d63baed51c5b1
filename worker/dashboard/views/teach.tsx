/** @jsxImportSource hono/jsx */
import type { Child } from "hono/jsx";
import type { DocumentChoice } from "../document-choice.ts";
import type { MessageTest } from "../message-test.ts";
import { langOf } from "../text-language.ts";
import { KeptNote } from "./field.tsx";
import { KbVersionInput } from "./kb.tsx";
import { TestVerdict } from "./message-test.tsx";

/** The id of the page's one list of the knowledge base's documents. */
export const DOCUMENT_LIST_ID = "kb-documents";

/** The knowledge base's documents, for every "This is answered by…" field on the page. */
export function DocumentList(props: { choices: readonly DocumentChoice[] }) {
  return (
    <datalist id={DOCUMENT_LIST_ID}>
      {props.choices.map((c) => (
        <option value={c.value} />
      ))}
    </datalist>
  );
}

/** `/admin/sites/<site>/teach?question=…`: the page that teaches one question. */
export function teachPath(site: string, question: string): string {
  return `/admin/sites/${encodeURIComponent(site)}/teach?question=${encodeURIComponent(question)}`;
}

/**
 * One click to teach: pick the article that answers `question` (searchable among the
 * knowledge base's documents), or go and write one.
 */
export function TeachForm(props: {
  site: string;
  question: string;
  /** The field's value when the page is shown again after an error. */
  typed?: string;
  error?: string | null;
  idSuffix: string;
}) {
  const field = `teach-${props.idSuffix}`;
  const error = `${field}-error`;
  // Knowledge gaps, Answers and a handoff show one of these per question: each control names its
  // question after the words shown (heard, not seen), or a screen reader tabbing through heard
  // "This is answered by", "Teach", "Write an answer" again and again, for which question not
  // said (WCAG 2.4.6, and 2.4.4: a heading above is no link's context).
  const which = <span class="visually-hidden">{` “${props.question}”`}</span>;
  return (
    <form class="teach" method="post" action={`/admin/sites/${props.site}/teach`}>
      <input type="hidden" name="question" value={props.question} />
      <label for={field}>This is answered by{which}</label>
      <input
        id={field}
        name="document"
        list={DOCUMENT_LIST_ID}
        placeholder="Search the articles…"
        value={props.typed ?? ""}
        required
        autocomplete="off"
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={props.error ? error : undefined}
      />
      <button type="submit" class="secondary">
        Teach{which}
      </button>
      <a href={`${teachPath(props.site, props.question)}#write`}>Write an answer{which}</a>
      {props.error ? (
        <p id={error} class="field-error">
          {props.error}
        </p>
      ) : null}
    </form>
  );
}

/** What the teach page's forms were sent with, kept after an error. */
export interface TeachDraft {
  document?: string;
  title?: string;
  text?: string;
  errors?: { document?: string; title?: string; text?: string };
  /** Why nothing was saved when someone else changed the knowledge base meanwhile. */
  conflict?: string;
}

/** The teach page: the question, what a visitor gets now, and the two ways to teach it. */
export function TeachPage(props: {
  site: string;
  question: string;
  test: MessageTest;
  /** Why the knowledge base cannot be taught, when it cannot. */
  blocked: string | null;
  choices: readonly DocumentChoice[];
  draft: TeachDraft;
  /** The article just taught this question, if any. */
  taught?: string | null;
  /** The documents' version "Write an answer" carries (it adds an article to them). */
  version: number;
}) {
  const { draft } = props;
  return (
    <>
      <section class="card" aria-labelledby="question-heading">
        <h2 id="question-heading">The visitor asked</h2>
        <blockquote class="quote" lang={langOf(props.question)}>
          {props.question}
        </blockquote>
        <h3>What a visitor gets now</h3>
        <TestVerdict test={props.test} />
        {props.taught && props.test.handoff ? (
          <p class="hint" id="still-handed-off">
            Still handed off: the knowledge base does not yet match this question to “{props.taught}
            ” strongly enough. Write a short answer below, or lower the threshold.
          </p>
        ) : null}
        <p class="hint">
          The same question, run now through the real decision: keywords, the knowledge base, the
          threshold.
        </p>
      </section>
      {props.blocked ? (
        <p class="notice error" role="alert">
          {props.blocked}
        </p>
      ) : (
        <>
          <section class="card" aria-labelledby="pick-heading">
            <h2 id="pick-heading">An article already answers it</h2>
            <p>
              Adds the question to the article's phrasings, so this question and similar ones find
              it from the next message on.
            </p>
            <DocumentList choices={props.choices} />
            <TeachForm
              site={props.site}
              question={props.question}
              typed={draft.document}
              error={draft.errors?.document}
              idSuffix="page"
            />
          </section>
          <section class="card" id="write" aria-labelledby="write-heading">
            <h2 id="write-heading">Write an answer</h2>
            <form method="post" action={`/admin/sites/${props.site}/articles`} data-keep="answer">
              <input type="hidden" name="question" value={props.question} />
              <KbVersionInput version={props.version} />
              <KeptNote />
              <Field label="Title" name="title" error={draft.errors?.title}>
                <input
                  id="article-title"
                  name="title"
                  maxlength={200}
                  value={draft.title ?? ""}
                  required
                  aria-invalid={draft.errors?.title ? "true" : undefined}
                />
              </Field>
              <Field label="Answer" name="text" error={draft.errors?.text}>
                <textarea
                  id="article-text"
                  name="text"
                  rows={5}
                  required
                  aria-invalid={draft.errors?.text ? "true" : undefined}
                >
                  {draft.text ?? ""}
                </textarea>
              </Field>
              <button type="submit">Add to the knowledge base</button>
            </form>
          </section>
        </>
      )}
    </>
  );
}

function Field(props: { label: string; name: string; error?: string; children?: Child }) {
  return (
    <div class="field">
      <label for={`article-${props.name}`}>{props.label}</label>
      {props.children}
      {props.error ? <p class="field-error">{props.error}</p> : null}
    </div>
  );
}
