import type { Strings } from "../i18n.ts";

export interface FeedbackProps {
  /** The verdict given so far, if any. */
  helpful: boolean | undefined;
  strings: Strings;
  onVerdict: (helpful: boolean) => void;
}

/**
 * "Was this helpful?" under an answer: a fieldset with two labelled toggle buttons (`aria-pressed`), and a thank
 * you once answered; it sits inside the conversation's live log, so the change is announced.
 */
export function Feedback({ helpful, strings, onVerdict }: FeedbackProps) {
  return (
    <fieldset class="feedback">
      <legend>{strings.wasHelpful}</legend>
      <button
        type="button"
        class="verdict"
        aria-label={strings.helpful}
        aria-pressed={helpful === true}
        onClick={() => onVerdict(true)}
      >
        {"\u{1F44D}"}
      </button>
      <button
        type="button"
        class="verdict"
        aria-label={strings.unhelpful}
        aria-pressed={helpful === false}
        onClick={() => onVerdict(false)}
      >
        {"\u{1F44E}"}
      </button>
      {helpful !== undefined && <span class="thanks">{strings.feedbackThanks}</span>}
    </fieldset>
  );
}
