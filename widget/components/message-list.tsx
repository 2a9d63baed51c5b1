import { useLayoutEffect, useRef } from "preact/hooks";
import type { ReplyLanguage } from "../../shared/languages.ts";
import { canChat, canRequestPerson } from "../flow.ts";
import type { AssistantBody, FlowState } from "../flow-state.ts";
import { refusalText, type Strings } from "../i18n.ts";
import { INPUT_ID } from "./composer.tsx";
import { Feedback } from "./feedback.tsx";
import { NotSure } from "./not-sure.tsx";

export interface MessageListProps {
  /** The conversation: its lines, the call on its way, which offers still lead to a person. */
  flow: FlowState;
  strings: Strings;
  /** The strings of a line said in another language (an email step, an offer). */
  stringsIn: (language: ReplyLanguage) => Strings;
  /** The site's own first line, when it sets one; else the built-in greeting. */
  greeting?: string;
  siteName: string;
  onRetry: (entryId: number) => void;
  /** The visitor's verdict on an answer; absent, no "Was this helpful?" is asked. */
  onFeedback?: (entryId: number, helpful: boolean) => void;
  /** "Yes, get a person" on the offer `entryId`; absent, no button. */
  onAcceptOffer?: (entryId: number) => void;
  /** A suggestion chosen from the low-confidence reply `entryId`. */
  onPick: (entryId: number, index: number) => void;
  /** When the team answers, said in `language` (see opening-hours.ts), if the site says. */
  availability?: (language: ReplyLanguage) => string | null;
}

/**
 * The conversation, oldest first. Everything is rendered as text nodes, never as HTML: an answer
 * is whatever the knowledge base said, and the knowledge base is not trusted markup.
 */
export function MessageList({
  flow,
  strings,
  stringsIn,
  greeting,
  siteName,
  onRetry,
  onFeedback,
  onAcceptOffer,
  onPick,
  availability,
}: MessageListProps) {
  const entries = flow.messages;
  // A call is on its way: the assistant is working ("Thinking…") or the handoff is being sent
  // ("Sending…"), said in the log, where a screen reader hears it (WCAG 4.1.3): the email form's
  // Send button, which says it too, is in no live region.
  const call = flow.inFlight?.kind;
  // Retry only when a message could be sent now; offers show, disabled, while a person can't be
  // asked for, and those before `offersBefore` no longer lead to one (another way was taken).
  const canRetry = canChat(flow);
  const canPerson = canRequestPerson(flow);
  const offersFrom = flow.offersBefore ?? 0;
  const list = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = list.current;
    const last = el?.lastElementChild;
    if (!el || !last) return;
    // A reply taller than the view (a picked article read whole) is shown from its start, not
    // its end; anything else keeps the newest line in view: a visitor's own line too, whose
    // news is at its end (why it failed, Retry), which at 200 % zoom its start hid.
    const top = last.getBoundingClientRect().top - el.getBoundingClientRect().top + el.scrollTop;
    el.scrollTop =
      last.clientHeight > el.clientHeight - 32 && !last.matches(".visitor")
        ? top - 16
        : el.scrollHeight;
  }, [entries, call]);

  return (
    // Focusable: when the log scrolls (200 % zoom, the email step) and holds no link or button,
    // a keyboard alone could not scroll back to what was said (WCAG 2.1.1; axe's
    // scrollable-region-focusable). Chromium makes such a scroller focusable itself, Safari doesn't.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take the keyboard's focus (above).
    <div ref={list} class="messages" role="log" aria-live="polite" tabIndex={0}>
      <p class="msg assistant">{greeting || strings.greeting}</p>
      {entries.map((entry) => {
        if (entry.role === "notice") {
          return (
            <p key={entry.id} class="notice">
              {refusalText(entry.code, strings)}
            </p>
          );
        }
        if (entry.role === "assistant") {
          const body = entry.body;
          const accept =
            onAcceptOffer && entry.id >= offersFrom ? () => onAcceptOffer(entry.id) : undefined;
          if (body.kind === "not-sure") {
            return (
              <div key={entry.id} class="msg assistant" lang={body.language}>
                <NotSure
                  id={entry.id}
                  suggestions={body.suggestions}
                  about={body.about}
                  siteName={siteName}
                  strings={stringsIn(body.language)}
                  onPick={(index) => onPick(entry.id, index)}
                  onPerson={body.afterAnswer?.person === false ? undefined : accept}
                  canPerson={canPerson}
                />
              </div>
            );
          }
          return (
            // Its own language, not the panel's: the panel follows the visitor's latest one
            // (a Danish request for a person on an English page), the earlier lines don't. An
            // answer's is on its text and links (AssistantText): "Was this helpful?" under it
            // speaks the panel's.
            <div
              key={entry.id}
              class="msg assistant"
              lang={body.kind === "answer" ? undefined : body.language}
            >
              <AssistantText body={body} siteName={siteName} stringsIn={stringsIn} />
              {body.kind === "handed-off" && availability?.(body.language) && (
                <p>{availability(body.language)}</p>
              )}
              {body.kind === "answer" && body.messageId && onFeedback && (
                <Feedback
                  helpful={body.helpful}
                  strings={strings}
                  onVerdict={(helpful) => onFeedback(entry.id, helpful)}
                />
              )}
              {body.kind === "offer-person" && accept && (
                <button type="button" class="link" disabled={!canPerson} onClick={accept}>
                  {stringsIn(body.language).getPerson}
                </button>
              )}
            </div>
          );
        }
        // A reply of the site's team, under its author's name (else the site's): text, never
        // markup.
        if (entry.role === "team")
          return (
            <div key={entry.id} class="msg assistant team">
              <b>{entry.author || siteName}</b>
              <p dir="auto">{entry.text}</p>
            </div>
          );
        const failed = entry.status === "failed";
        return (
          <div key={entry.id} class={failed ? "msg visitor failed" : "msg visitor"}>
            {/* Whose line it is, heard only; outside the text, whose direction it would set. */}
            <span class="sr">{strings.you}</span>
            {/* A visitor or a team member writing Arabic or Hebrew reads it right to left. */}
            <p dir="auto">{entry.text}</p>
            {failed && (
              <p class="failure">
                {entry.failure?.kind === "server"
                  ? refusalText(entry.failure.code, strings)
                  : strings.networkError}{" "}
                <button
                  type="button"
                  class="retry"
                  disabled={!canRetry}
                  onClick={(event) => {
                    // The button goes away as it is pressed: focus goes to the message box
                    // rather than out of the widget to <body> (WCAG 2.4.3).
                    (event.currentTarget.getRootNode() as ShadowRoot)
                      .getElementById(INPUT_ID)
                      ?.focus();
                    onRetry(entry.id);
                  }}
                >
                  {/* A full conversation isn't retried: a new one takes the message. */}
                  {entry.failure?.code === "conversation_full" ? strings.newChat : strings.retry}
                </button>
              </p>
            )}
          </div>
        );
      })}
      {call && (
        <p class="msg assistant thinking">{call === "chat" ? strings.thinking : strings.sending}</p>
      )}
    </div>
  );
}

function AssistantText(props: {
  body: Exclude<AssistantBody, { kind: "not-sure" }>;
  siteName: string;
  stringsIn: (language: ReplyLanguage) => Strings;
}) {
  const { body, stringsIn } = props;
  if (body.kind === "ask-email" || body.kind === "ask-need") {
    const strings = stringsIn(body.language);
    if (body.cancelled) return <p class="cancelled">{strings.cancelled}</p>;
    if (body.kind === "ask-need") return <p>{strings.askNeed}</p>;
    return <p>{body.email ? strings.emailAgain(body.email) : strings.emailPrompt}</p>;
  }
  if (body.kind === "small-talk") return <p>{body.text}</p>;
  if (body.kind === "offer-person") return <p>{stringsIn(body.language).offerPerson}</p>;
  if (body.kind === "handed-off") {
    return <p>{stringsIn(body.language).handedOff(props.siteName, body.email)}</p>;
  }
  return (
    <>
      <p lang={body.language}>{body.text}</p>
      {body.sources.length > 0 && (
        <ul class="sources" lang={body.language}>
          {body.sources.map((source, i) => {
            const href = safeHref(source.url);
            const title = source.title || href || "";
            return (
              <li key={i}>
                {href ? (
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    {title}
                  </a>
                ) : (
                  <span>{title}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

/** `url` when it is an absolute http(s) URL; `javascript:`, `data:` and the rest stay text. */
function safeHref(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}
