import type { Strings } from "../i18n.ts";
import { Thumb } from "./thumb.tsx";

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
          key={String(value)}
          type="button"
          class="verdict"
          aria-label={value ? strings.helpful : strings.unhelpful}
          aria-pressed={helpful === value}
          onClick={() => onVerdict(value)}
        >
          <Thumb />
        </button>
      ))}
      {helpful !== undefined && <span>{strings.feedbackThanks}</span>}
    </fieldset>
  );
}
