import type { RefObject } from "preact";

export interface LauncherProps {
  open: boolean;
  /** Accessible name; stays the same open or closed, `aria-expanded` tells the state. */
  label: string;
  /** Id of the panel the button shows. */
  controls: string;
  onToggle: () => void;
  /** Where focus returns when the panel closes. */
  buttonRef: RefObject<HTMLButtonElement | null>;
}

/** The round button in the corner that opens and closes the chat. */
export function Launcher({ open, label, controls, onToggle, buttonRef }: LauncherProps) {
  return (
    <button
      ref={buttonRef}
      type="button"
      class="launcher"
      aria-label={label}
      aria-expanded={open}
      aria-controls={open ? controls : undefined}
      onClick={onToggle}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" width="28" height="28">
        {open ? (
          <path d="M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6z" />
        ) : (
          <path d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H8l-5 4V5a2 2 0 0 1 1-2z" />
        )}
      </svg>
    </button>
  );
}
