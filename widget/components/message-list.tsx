import { useLayoutEffect, useRef } from "preact/hooks";
import type { Source } from "../../shared/api.ts";
import type { Language } from "../../shared/languages.ts";
import type { AssistantBody, Entry } from "../flow-state.ts";
import { refusalText, type Strings, stringsFor } from "../i18n.ts";
import { Feedback } from "./feedback.tsx";
import { TeamMessage } from "./team-message.tsx";

export interface MessageListProps {
  entries: readonly Entry[];
  strings: Strings;
  siteName: string;
  /** A /v1/chat call is on its way: show that the assistant is working. */
  thinking: boolean;
  /** Retry is offered only when a message could be sent now. */
  canRetry: boolean;
  onRetry: (entryId: number) => void;
  /** The visitor's verdict on an answer; absent, no "Was this helpful?" is asked. */
  onFeedback?: (entryId: number, helpful: boolean) => void;
  /** "Want me to get a person?" answered yes; absent, or false while it can't, no button. */
  onRequestPerson?: () => void;
  canRequestPerson?: boolean;
  /** When the team answers, said in `language` (see opening-hours.ts), if the site says. */
  availability?: (language: Language) => string | null;
}

/**
 * The conversation, oldest first. Everything is rendered as text nodes, never as HTML: an answer
 * is whatever the knowledge base said, and the knowledge base is not trusted markup.
 */
export function MessageList({
  entries,
  strings,
  siteName,
  thinking,
  canRetry,
  onRetry,
  onFeedback,
  onRequestPerson,
  canRequestPerson,
  availability,
}: MessageListProps) {
  const list = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = list.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [entries, thinking]);

  return (
    <div ref={list} class="messages" role="log" aria-live="polite">
      <p class="msg assistant">{strings.greeting}</p>
      {entries.map((entry) => {
        if (entry.role === "notice") {
          return (
            <p key={entry.id} class="notice">
              {entry.text}
            </p>
          );
        }
        if (entry.role === "assistant") {
          const body = entry.body;
          return (
            <div key={entry.id} class="msg assistant">
              <AssistantText body={body} siteName={siteName} />
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
              {body.kind === "offer-person" && onRequestPerson && (
                <button
                  type="button"
                  class="link"
                  disabled={!canRequestPerson}
                  onClick={onRequestPerson}
                >
                  {stringsFor(body.language).getPerson}
                </button>
              )}
            </div>
          );
        }
        if (entry.role === "team")
          return <TeamMessage key={entry.id} entry={entry} siteName={siteName} />;
        const failed = entry.status === "failed";
        return (
          <div key={entry.id} class={failed ? "msg visitor failed" : "msg visitor"}>
            <p>{entry.text}</p>
            {failed && (
              <p class="failure">
                {entry.failure?.kind === "server"
                  ? refusalText(entry.failure.code, entry.failure.message, strings)
                  : strings.networkError}{" "}
                <button
                  type="button"
                  class="retry"
                  disabled={!canRetry}
                  onClick={() => onRetry(entry.id)}
                >
                  {strings.retry}
                </button>
              </p>
            )}
          </div>
        );
      })}
      {thinking && <p class="msg assistant thinking">{strings.thinking}</p>}
    </div>
  );
}

function AssistantText(props: { body: AssistantBody; siteName: string }) {
  const { body } = props;
  if (body.kind === "ask-email" || body.kind === "ask-need") {
    const strings = stringsFor(body.language);
    if (body.cancelled) return <p class="cancelled">{strings.cancelled}</p>;
    return <p>{body.kind === "ask-email" ? strings.emailPrompt : strings.askNeed}</p>;
  }
  if (body.kind === "small-talk") return <p>{body.text}</p>;
  if (body.kind === "offer-person") return <p>{stringsFor(body.language).offerPerson}</p>;
  if (body.kind === "handed-off") {
    return <p>{stringsFor(body.language).handedOff(props.siteName, body.email)}</p>;
  }
  return (
    <>
      <p>{body.text}</p>
      {body.sources.length > 0 && (
        <ul class="sources">
          {body.sources.map((source, i) => (
            <li key={i}>
              <SourceLink source={source} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function SourceLink({ source }: { source: Source }) {
  const href = safeHref(source.url);
  const title = source.title || href || "";
  if (!href) return <span>{title}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {title}
    </a>
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
