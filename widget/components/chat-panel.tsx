import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";

export interface ChatPanelProps {
  id: string;
  /** The language the panel speaks, for screen readers' pronunciation. */
  language: string;
  /** Shown in the header: the site's name. */
  title: string;
  /** The dialog's accessible name, e.g. "Chat with Acme". */
  label: string;
  closeLabel: string;
  /** The ✕'s SVG path (the launcher's, see launcher.ts). */
  closeIcon: string;
  /** Move focus into the panel on open, unless a child (the message box) already took it. */
  autoFocus: boolean;
  onClose: () => void;
  children: ComponentChildren;
}

/**
 * The chat window: a non-modal dialog (the page stays usable beside it) with a header and a close
 * button. Escape anywhere inside closes it; the app then returns focus to the launcher.
 */
export function ChatPanel(props: ChatPanelProps) {
  const { id, title, label, closeLabel, onClose, children } = props;
  const panel = useRef<HTMLElement>(null);
  // Children's effects run first: when the message box has focused itself, this does nothing;
  // while the config is still loading there is no message box, and the dialog itself takes focus
  // so a screen reader announces it and Tab continues inside it.
  useEffect(() => {
    const el = panel.current as HTMLElement;
    if (props.autoFocus && !el.contains((el.getRootNode() as ShadowRoot).activeElement)) el.focus();
  }, []);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== "Escape") return;
    // The host page may have its own Escape handler (a modal, a menu): this press was ours.
    event.stopPropagation();
    onClose();
  }
  return (
    <section
      ref={panel}
      id={id}
      class="panel"
      role="dialog"
      aria-label={label}
      lang={props.language}
      // Every language it speaks reads left to right; `all: initial` leaves a right-to-left
      // page's direction to inherit, and its English ran right to left, "?" first.
      dir="ltr"
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      {/* Not <header>: inside a dialog it would still count as a second page "banner". */}
      <div class="header">
        <h2 class="title">{title}</h2>
        <button type="button" class="close" aria-label={closeLabel} onClick={onClose}>
          <svg aria-hidden viewBox="0 0 24 24" width="20" height="20">
            <path d={props.closeIcon} />
          </svg>
        </button>
      </div>
      {children}
    </section>
  );
}
