/**
 * The flow's small steps on the conversation itself: add a line, update a visitor's line, open
 * the email step, mark a prompt cancelled. Pure; used by `flow.ts` and `flow-offers.ts`.
 */
import type { Entry, FlowState, PendingHandoff } from "./flow-state.ts";

type NewEntry =
  | Omit<Extract<Entry, { role: "assistant" }>, "id">
  | Omit<Extract<Entry, { role: "notice" }>, "id">;

/**
 * Add an assistant line or a notice at the end.
 *
 * @example
 * append(state, { role: "notice", text: "Back online." });
 */
export function append(state: FlowState, entry: NewEntry): FlowState {
  return {
    ...state,
    messages: [...state.messages, { ...entry, id: state.nextId }],
    nextId: state.nextId + 1,
  };
}

/**
 * Add the visitor's message `text` under `id`.
 *
 * @example
 * appendVisitor(state, state.nextId, "Do you ship to Norway?", "pending");
 */
export function appendVisitor(
  state: FlowState,
  id: number,
  text: string,
  status: "pending" | "sent",
): FlowState {
  return {
    ...state,
    messages: [...state.messages, { id, role: "visitor", text, status, failure: null }],
    nextId: id + 1,
  };
}

/**
 * The email step for `pending`. Every earlier offer of a person stops offering one (this is the
 * way to a person the visitor took), and the address given for an earlier handoff is filled in.
 *
 * @example
 * askForEmail(state, { message: "Where is my order?", reason: "keyword", language: "en" });
 */
export function askForEmail(state: FlowState, pending: PendingHandoff): FlowState {
  const email = state.email ?? undefined;
  return append(
    {
      ...state,
      phase: "asking-email",
      pending,
      emailDraft: email ?? state.emailDraft,
      emailError: null,
      offersBefore: state.nextId,
    },
    { role: "assistant", body: { kind: "ask-email", language: pending.language, email } },
  );
}

/**
 * Mark the newest `kind` prompt cancelled: it then reads as cancelled, not as a question.
 *
 * @example
 * cancelLast(state, "ask-email");
 */
export function cancelLast(state: FlowState, kind: "ask-email" | "ask-need"): FlowState {
  // Not findLast: the widget also runs in browsers a year or two behind ES2023.
  const prompt = [...state.messages]
    .reverse()
    .find((m) => m.role === "assistant" && m.body.kind === kind);
  if (!prompt) return state;
  return {
    ...state,
    messages: state.messages.map((m) =>
      m === prompt &&
      m.role === "assistant" &&
      (m.body.kind === "ask-email" || m.body.kind === "ask-need")
        ? { ...m, body: { ...m.body, cancelled: true } }
        : m,
    ),
  };
}
