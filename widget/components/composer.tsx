import { useEffect, useRef } from "preact/hooks";
import type { Strings } from "../i18n.ts";

const INPUT_ID = "clarifier-message";
const ERROR_ID = "clarifier-message-error";

export interface ComposerProps {
  value: string;
  /** A visible reason the message wasn't sent (e.g. too long), or null. */
  error: string | null;
  /** An answer is on its way: typing is fine, sending waits. */
  busy: boolean;
  strings: Strings;
  /** Focus the input on mount; false while the visitor hasn't touched the widget yet. */
  autoFocus: boolean;
  /** When this changes, the input takes focus again (if `autoFocus`): a step that needs it. */
  focusKey?: string;
  onInput: (text: string) => void;
  onSend: () => void;
}

/** The message box. Enter sends, Shift+Enter adds a line. */
export function Composer(props: ComposerProps) {
  const { value, error, busy, strings, onInput, onSend } = props;
  const input = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (props.autoFocus) input.current?.focus();
  }, [props.focusKey]);

  function onKeyDown(event: KeyboardEvent) {
    // isComposing: Enter also confirms an IME candidate (Japanese, Chinese…); that isn't a send.
    if (event.key !== "Enter" || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    if (!busy) onSend();
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSend();
      }}
    >
      {error && (
        <p id={ERROR_ID} class="error" role="alert">
          {error}
        </p>
      )}
      <textarea
        ref={input}
        id={INPUT_ID}
        rows={2}
        placeholder={strings.placeholder}
        aria-label={strings.placeholder}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? ERROR_ID : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <button type="submit" class="send" disabled={busy}>
        {strings.send}
      </button>
    </form>
  );
}
