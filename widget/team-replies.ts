/**
 * The team's replies reaching an open widget: a WebSocket to the conversation's live object
 * says "something new", and `GET /v1/conversations/{id}?after=` reads it. While the socket is
 * down the widget polls the same read every few seconds and tries the socket again later.
 */
import { useEffect } from "preact/hooks";
import type { ConversationMessage, ConversationMessages } from "../shared/api.ts";
import type { Entry, FlowState } from "./flow-state.ts";

const POLL_MS = 4_000;
const RECONNECT_MS = 30_000;
/** Under the idle timeouts of proxies on the way; answered without waking the live object. */
const PING_MS = 30_000;

/** The flow action that brings the conversation's messages in (see `mergeThread`). */
export interface ThreadAction {
  type: "thread";
  messages: ConversationMessage[];
}

/**
 * `state` with the team's replies among `messages` that it lacks. A flow with no lines yet (a
 * visitor back in a new tab) takes the whole conversation, so the reply has its context.
 *
 * @example
 * mergeThread(state, [{ id: "r1", role: "team", text: "Hi!", author: "Maria", createdAt }]);
 */
export function mergeThread(state: FlowState, messages: ConversationMessage[]): FlowState {
  const whole = !state.messages.length;
  let nextId = state.nextId;
  const added: Entry[] = [];
  for (const m of messages) {
    if (m.role === "team") {
      if (!state.messages.some((e) => e.role === "team" && e.serverId === m.id)) {
        added.push({
          id: nextId++,
          role: "team",
          text: m.text,
          author: m.author ?? null,
          serverId: m.id,
        });
      }
    } else if (whole) {
      added.push(
        m.role === "visitor"
          ? { id: nextId++, role: "visitor", text: m.text, status: "sent", failure: null }
          : { id: nextId++, role: "assistant", body: { kind: "small-talk", text: m.text } },
      );
    }
  }
  return added.length ? { ...state, messages: [...state.messages, ...added], nextId } : state;
}

/**
 * While `active` (the conversation was handed off), keeps the conversation's messages coming
 * to the flow as `thread` actions: all of them once, then each new one.
 */
export function useTeamReplies(
  api: string,
  site: string,
  conversationId: string,
  active: boolean,
  /** The flow's dispatch: stable, so the effect need not follow it. */
  dispatch: (action: ThreadAction) => void,
): void {
  useEffect(() => {
    if (!active) return;
    const url = `${api}/v1/conversations/${encodeURIComponent(conversationId)}`;
    const query = `?site=${encodeURIComponent(site)}`;
    let last = "";
    let stopped = false;
    let socket: WebSocket | undefined;
    let poll: ReturnType<typeof setInterval> | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const sync = async () => {
      try {
        const after = last && `&after=${encodeURIComponent(last)}`;
        const res = await fetch(url + query + after, { credentials: "omit" });
        const messages = res.ok ? ((await res.json()) as ConversationMessages).messages : [];
        const tail = messages[messages.length - 1];
        if (stopped || !tail) return;
        last = tail.id;
        dispatch({ type: "thread", messages });
      } catch {
        // Offline or refused: the next tick or push tries again.
      }
    };
    const connect = () => {
      try {
        socket = new WebSocket(`${url.replace(/^http/, "ws")}/live${query}`);
      } catch {
        return;
      }
      socket.onopen = () => {
        clearInterval(poll);
        // Whatever arrived while it was down.
        void sync();
      };
      socket.onmessage = () => void sync();
      socket.onclose = () => {
        if (stopped) return;
        clearInterval(poll);
        poll = setInterval(sync, POLL_MS);
        retry = setTimeout(connect, RECONNECT_MS);
      };
    };
    void sync();
    connect();
    const ping = setInterval(() => socket?.readyState === 1 && socket.send("ping"), PING_MS);
    return () => {
      stopped = true;
      socket?.close();
      clearInterval(poll);
      clearInterval(ping);
      clearTimeout(retry);
    };
  }, [api, site, conversationId, active]);
}
