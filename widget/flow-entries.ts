/**
 * The flow's small steps on the conversation itself: find a line, add one, replace one, open
 * the email step, mark a prompt cancelled. Pure; used by `flow.ts` and `flow-offers.ts`.
 */
import type { ReplyLanguage } from "../shared/languages.ts";
import type { Entry, FlowState, PendingHandoff } from "./flow-state.ts";

type NewEntry =
  | Omit<Extract<Entry, { role: "assistant" }>, "id">
  | Omit<Extract<Entry, { role: "notice" }>, "id">;

/**
 * The line `id`, if the conversation has it.
 *
 * @example
 * entryById(state, 3)?.role; // "visitor"
 */
export function entryById(state: FlowState, id: number): Entry | undefined {
  return state.messages.find((m) => m.id === id);
}

/**
 * The newest line `test` accepts.
 *
 * @example
 * findLast(state, (m) => m.role === "visitor");
 */
export function findLast(state: FlowState, test: (entry: Entry) => boolean): Entry | undefined {
  // Not Array#findLast: the widget also runs in browsers a year or two behind ES2023.
  return [...state.messages].reverse().find(test);
}

/**
 * `state` with the line `entry` (one of its own) replaced by `next`.
 *
 * @example
 * replaceEntry(state, entry, { ...entry, status: "sent" });
 */
export function replaceEntry(state: FlowState, entry: Entry, next: Entry): FlowState {
  return { ...state, messages: state.messages.map((m) => (m === entry ? next : m)) };
}

/**
 * Add an assistant line or a notice at the end.
 *
 * @example
 * append(state, { role: "notice", code: "handoff_not_justified" });
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
 * "Talk to a person", or an offer without its question: what should a person read? Every
 * earlier offer of a person stops offering one.
 *
 * @example
 * askForNeed(state, "en");
 */
export function askForNeed(state: FlowState, language: ReplyLanguage): FlowState {
  return append(
    { ...state, phase: "asking-need", offersBefore: state.nextId },
    { role: "assistant", body: { kind: "ask-need", language } },
  );
}

/**
 * Mark the newest `kind` prompt cancelled: it then reads as cancelled, not as a question.
 *
 * @example
 * cancelLast(state, "ask-email");
 */
export function cancelLast(state: FlowState, kind: "ask-email" | "ask-need"): FlowState {
  const prompt = findLast(state, (m) => m.role === "assistant" && m.body.kind === kind);
  if (prompt?.role !== "assistant" || prompt.body.kind !== kind) return state;
  return replaceEntry(state, prompt, { ...prompt, body: { ...prompt.body, cancelled: true } });
}
