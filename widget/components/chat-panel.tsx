import type { ComponentChildren } from "preact";

export interface ChatPanelProps {
  id: string;
  /** Shown in the header: the site's name. */
  title: string;
  /** The dialog's accessible name, e.g. "Chat with Acme". */
  label: string;
  closeLabel: string;
  onClose: () => void;
  children: ComponentChildren;
}

/**
 * The chat window: a non-modal dialog (the page stays usable beside it) with a header and a close
 * button. Escape anywhere inside closes it; the app then returns focus to the launcher.
 */
export function ChatPanel({ id, title, label, closeLabel, onClose, children }: ChatPanelProps) {
  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== "Escape") return;
    // The host page may have its own Escape handler (a modal, a menu): this press was ours.
    event.stopPropagation();
    onClose();
  }
  return (
    <section id={id} class="panel" role="dialog" aria-label={label} onKeyDown={onKeyDown}>
      <header class="header">
        <h2 class="title">{title}</h2>
        <button type="button" class="close" aria-label={closeLabel} onClick={onClose}>
          <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
            <path d="M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6z" />
          </svg>
        </button>
      </header>
      {children}
    </section>
  );
}
