import type { Strings } from "../i18n.ts";

/** A thumb, drawn: emoji render as empty boxes where the system has no emoji font. */
const THUMB =
  "M2 21h4V9H2v12zm21-11a2 2 0 0 0-2-2h-6.3l1-4.6-.5-1.4L14.2 1 7.6 7.6 7 9v10a2 2 0 0 0 2 2h9c.8 0 1.5-.5 1.8-1.2l3-7.1.2-.7v-2z";

export interface FeedbackProps {
  /** The verdict given so far, if any. */
  helpful: boolean | undefined;
  strings: Strings;
  onVerdict: (helpful: boolean) => void;
}

/**
 * "Was this helpful?" under an answer: a fieldset with two toggle buttons (`aria-pressed`), each
 * a drawn thumb named in words, and a thank you once answered; it sits inside the conversation's
 * live log, so the change is announced.
 */
export function Feedback({ helpful, strings, onVerdict }: FeedbackProps) {
  return (
    <fieldset class="feedback">
      <legend>{strings.wasHelpful}</legend>
      {[true, false].map((value) => (
        <button
          key={+value}
          type="button"
          class="verdict"
          aria-label={value ? strings.helpful : strings.unhelpful}
          aria-pressed={helpful === value}
          onClick={() => onVerdict(value)}
        >
          {/* 👍, hidden from assistive technology (the button carries the name); the 👎 is the
              same drawing turned over by the stylesheet (`.verdict + .verdict svg`). */}
          <svg aria-hidden viewBox="0 0 24 24" width="16" height="16">
            <path d={THUMB} />
          </svg>
        </button>
      ))}
      {helpful !== undefined && <span>{strings.feedbackThanks}</span>}
    </fieldset>
  );
}
