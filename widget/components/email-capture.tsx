import { useEffect, useRef } from "preact/hooks";
import { MAX_EMAIL_LENGTH } from "../../shared/limits.ts";
import type { EmailError, FlowAction, FlowState } from "../flow-state.ts";
import { refusalText, type Strings } from "../i18n.ts";

const INPUT_ID = "email";
const ERROR_ID = "email-error";
const NOTE_ID = "email-note";

export interface EmailCaptureProps {
  /**
   * The flow in its email step: the address typed so far and what is wrong with it; `sending`,
   * the handoff is on its way (the form waits, the address stays); the pending handoff's
   * `skipping`, Skip was pressed once (say what happens without an email, offer to send anyway).
   */
  flow: FlowState;
  /** The site requires an email: no Skip. */
  requireEmail: boolean;
  /** When the team answers ("We usually reply within 2 hours"), if the site says. */
  availability: string | null;
  /** In the handoff's language, which may differ from the rest of the UI. */
  strings: Strings;
  /** Focus the input on mount; false while the visitor hasn't touched the widget yet. */
  autoFocus: boolean;
  /**
   * The flow's dispatch, for the step's own actions. A first Skip warns (the field keeps focus,
   * giving an email stays one step), the second sends; Cancel goes back to chatting without a
   * handoff, the way out when an email is required.
   */
  act: (action: FlowAction) => void;
}

/** The email step of a handoff: where a person can answer the visitor. */
export function EmailCapture(props: EmailCaptureProps) {
  const { flow, requireEmail, strings, act } = props;
  const error = flow.emailError;
  const sending = flow.phase === "sending";
  const skipping = !!flow.pending?.skipping;
  const input = useRef<HTMLInputElement>(null);
  // On the first Skip too: the button under focus now says "Send without email", and a second
  // Enter must not send without the visitor having read the warning. And while sending: the
  // pressed Send button is disabled, which drops focus to <body>; the field (read-only) keeps
  // it, and has it back, with the error tied to it, if the send fails.
  useEffect(() => {
    if (props.autoFocus || skipping) input.current?.focus();
  }, [skipping, sending]);

  const message = errorMessage(error, strings);
  const invalid = error?.kind === "invalid" || error?.kind === "rejected";
  return (
    <form
      noValidate
      aria-busy={sending}
      onSubmit={(event) => {
        event.preventDefault();
        if (!sending) act({ type: "submit-email" });
      }}
    >
      {props.availability && <p class="note">{props.availability}</p>}
      <label for={INPUT_ID}>{strings.emailLabel}</label>
      <div class="row">
        <input
          ref={input}
          id={INPUT_ID}
          type="email"
          name="email"
          autocomplete="email"
          maxlength={MAX_EMAIL_LENGTH}
          value={flow.emailDraft}
          readOnly={sending}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={
            [message && ERROR_ID, skipping && NOTE_ID].filter(Boolean).join(" ") || undefined
          }
          onInput={(event) => act({ type: "email-draft", text: event.currentTarget.value })}
        />
        <button type="submit" class="send" disabled={sending}>
          {sending ? strings.sending : strings.send}
        </button>
      </div>
      {message && (
        <p id={ERROR_ID} class="error" role="alert">
          {message}
        </p>
      )}
      {skipping && (
        <p id={NOTE_ID} class="note" role="status">
          {strings.skipWarning}
        </p>
      )}
      <div class="row links">
        {!requireEmail && (
          <button
            type="button"
            class="link"
            disabled={sending}
            onClick={() => act({ type: "skip-email", requireEmail })}
          >
            {skipping ? strings.sendWithoutEmail : strings.skip}
          </button>
        )}
        <button
          type="button"
          class="link"
          disabled={sending}
          onClick={() => act({ type: "cancel-email" })}
        >
          {strings.cancel}
        </button>
      </div>
    </form>
  );
}

function errorMessage(error: EmailError | null, strings: Strings): string | null {
  if (!error) return null;
  if (error.kind === "invalid") return strings.invalidEmail;
  if (error.kind === "rejected") return refusalText(error.code, strings);
  return error.message ? refusalText(error.code, strings) : strings.networkError;
}
