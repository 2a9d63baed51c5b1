/** @jsxImportSource hono/jsx */
import type { Child } from "hono/jsx";

/**
 * A field's problem, beside it, as `{id}-error`, the id its `aria-describedby` names; nothing
 * when it has none. Every dashboard form shows its errors this way, so that screen readers and
 * the tests find them alike.
 */
export function FieldError(props: { id: string; error: string | null | undefined }) {
  return props.error ? (
    <p class="field-error" id={`${props.id}-error`}>
      {props.error}
    </p>
  ) : null;
}

/** The attributes that mark a field invalid and point at its FieldError; none without an error. */
export const invalid = (id: string, error: string | null | undefined) =>
  error ? { "aria-invalid": "true", "aria-describedby": `${id}-error` } : {};

/**
 * A labelled form field with its hint and its error beside it (`{id}-hint`, `{id}-error`), as
 * the Knowledge base and Widget pages lay out their forms.
 */
export function Field(props: {
  id: string;
  label: string;
  error?: string | null;
  hint?: string;
  children: Child;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.children}
      {props.hint ? (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      <FieldError id={props.id} error={props.error} />
    </div>
  );
}

/** The ids a field's `aria-describedby` names: its hint and, when it has one, its error. */
export const describedBy = (id: string, hint: boolean, error: string | undefined) =>
  [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;

/**
 * Where a form marked `data-keep` says its text was put back (dashboard.js): a save turned away
 * because the session had ended comes back, after signing in, with what was typed. Empty as the
 * page loads and filled by the script, so a screen reader announces it.
 */
export function KeptNote() {
  return <p class="hint" role="status" data-kept-note />;
}
