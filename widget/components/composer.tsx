import { useEffect, useRef } from "preact/hooks";
import { MAX_MESSAGE_LENGTH } from "../../shared/limits.ts";
import type { FlowAction, FlowState } from "../flow-state.ts";
import type { Strings } from "../i18n.ts";

/**
 * The message box's id: where focus goes when the control under it goes away. The widget's ids
 * are its shadow root's own, where no id of the page can clash with them: they carry no prefix.
 */
export const INPUT_ID = "message";
const ERROR_ID = "message-error";

export interface ComposerProps {
  /**
   * The flow: the draft, why it wasn't sent (too long), whether an answer is on its way (typing
   * is fine, sending waits), and its phase: when that changes, the input takes focus again (if
   * `autoFocus`). "Talk to a person" goes away as it is pressed: the message box takes focus
   * (where "Write it below" points), not <body>.
   */
  flow: FlowState;
  strings: Strings;
  /** Focus the input on mount; false while the visitor hasn't touched the widget yet. */
  autoFocus: boolean;
  /** The flow's dispatch, for the draft as it is typed. */
  act: (action: FlowAction) => void;
  onSend: () => void;
}

/** The message box. Enter sends, Shift+Enter adds a line. */
export function Composer(props: ComposerProps) {
  const { flow, strings, onSend } = props;
  const error = flow.draftError === "too-long" ? strings.tooLong(MAX_MESSAGE_LENGTH) : null;
  const busy = flow.inFlight !== null;
  const input = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (props.autoFocus) input.current?.focus();
  }, [flow.phase]);

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
        // Send is disabled until the answer comes, and a disabled button loses focus to <body>:
        // a keyboard user who pressed it continues in the message box (WCAG 2.4.3).
        input.current?.focus();
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
        value={flow.draft}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? ERROR_ID : undefined}
        onInput={(event) => props.act({ type: "draft", text: event.currentTarget.value })}
        onKeyDown={onKeyDown}
      />
      <button type="submit" class="send" disabled={busy}>
        {strings.send}
      </button>
    </form>
  );
}
