/**
 * Offers in the conversation: a person after a 👎, and the likely articles of a low-confidence
 * reply. Part of the flow's reducer (`flow.ts`), pure like it.
 */
import type { Suggestion } from "../shared/api.ts";
import { MAX_SUGGESTIONS } from "../shared/limits.ts";
import type { ReplyLanguage } from "../shared/languages.ts";
import {
  append,
  askForEmail,
  askForNeed,
  entryById,
  findLast,
  replaceEntry,
} from "./flow-entries.ts";
import type { FlowAction, FlowState, NotSureAbout } from "./flow-state.ts";

/**
 * Whether "Talk to a person" is offered: not right after a handoff (the visitor writes again
 * first, so a second click can't send a duplicate), nor while a handoff is being set up.
 *
 * @example
 * canRequestPerson(createFlow("acme", id)); // true
 */
export function canRequestPerson(state: FlowState): boolean {
  return state.phase === "chatting" && state.inFlight === null;
}

/**
 * Whether the offer at `entryId` still leads to a person: no way to a person has been taken
 * since it was made, and one may start now.
 *
 * @example
 * offerIsLive(state, entry.id); // false once the visitor pressed "Talk to a person"
 */
export function offerIsLive(state: FlowState, entryId: number): boolean {
  return entryId >= (state.offersBefore ?? 0) && canRequestPerson(state);
}

/** The visitor's verdict on an answer; after a 👎, a person is offered for the same question. */
export function feedback(
  state: FlowState,
  action: Extract<FlowAction, { type: "feedback" }>,
): FlowState {
  const entry = entryById(state, action.entryId);
  if (entry?.role !== "assistant" || entry.body.kind !== "answer") return state;
  // The last verdict stands (as on the server); the same one twice changes nothing.
  if (entry.body.helpful === action.helpful) return state;
  const judged = replaceEntry(state, entry, {
    ...entry,
    body: { ...entry.body, helpful: action.helpful },
  });
  if (action.helpful) return judged;
  const counted = { ...judged, unhelpful: (state.unhelpful ?? 0) + 1 };
  const person = action.offerPerson && canRequestPerson(state);
  // The question this answer failed: the visitor's last message before it.
  const asked = findLast(state, (m) => m.role === "visitor" && m.id < entry.id);
  const question = asked?.role === "visitor" ? asked.text : undefined;
  const { suggestions, messageId } = entry.body;
  // The other articles the worker offered with the answer, beside the person: a wrong answer is
  // then no dead end even where the site doesn't offer a person.
  if (suggestions?.length && messageId && question !== undefined) {
    return append(counted, {
      role: "assistant",
      body: {
        kind: "not-sure",
        language: action.language,
        question,
        messageId,
        suggestions,
        afterAnswer: { person },
      },
    });
  }
  if (!person) return counted;
  return append(counted, {
    role: "assistant",
    body: { kind: "offer-person", language: action.language, question },
  });
}

/**
 * A low-confidence reply that says why, or offers articles: shown as an offer beside a person,
 * and the visitor may carry on writing. Null when the reply says neither (a worker from before
 * suggestions): the email step then follows at once, as it always did.
 */
export function notSure(
  state: FlowState,
  reply: { suggestions?: Suggestion[]; about?: NotSureAbout },
  question: string,
  messageId: string,
  language: ReplyLanguage,
): FlowState | null {
  const suggestions = (reply.suggestions ?? []).slice(0, MAX_SUGGESTIONS);
  if (suggestions.length === 0 && !reply.about) return null;
  return append(
    { ...state, phase: "chatting" },
    {
      role: "assistant",
      body: { kind: "not-sure", language, question, messageId, suggestions, about: reply.about },
    },
  );
}

/** "Yes, get a person" on an offer: the question it was about goes to the email step. */
export function acceptOffer(state: FlowState, entryId: number, language: ReplyLanguage): FlowState {
  if (!offerIsLive(state, entryId)) return state;
  const entry = entryById(state, entryId);
  if (entry?.role !== "assistant") return state;
  const body = entry.body;
  if (body.kind === "not-sure" && body.afterAnswer) {
    // The worker answered this message: the visitor asks for the person, where the site allows.
    if (!body.afterAnswer.person) return state;
    return askForEmail(state, {
      message: body.question,
      reason: "visitor_request",
      language: body.language,
    });
  }
  if (body.kind === "not-sure") {
    // The worker judged this very message a handoff; it checks that again on /v1/handoff.
    return askForEmail(state, {
      message: body.question,
      reason: "low_confidence",
      language: body.language,
    });
  }
  if (body.kind !== "offer-person") return state;
  if (!body.question) {
    // A session saved before offers carried their question: ask for it, as "Talk to a person".
    return askForNeed(state, language);
  }
  return askForEmail(state, {
    message: body.question,
    reason: "visitor_request",
    language: body.language,
  });
}

/** A suggestion chosen: its answer, with its link, as the assistant's next line. */
export function pick(state: FlowState, entryId: number, index: number): FlowState {
  const entry = entryById(state, entryId);
  if (entry?.role !== "assistant" || entry.body.kind !== "not-sure") return state;
  const body = entry.body;
  const suggestion = body.suggestions[index];
  if (!suggestion || body.picked?.includes(index)) return state;
  const marked = replaceEntry(state, entry, {
    ...entry,
    body: { ...body, picked: [...(body.picked ?? []), index] },
  });
  return append(marked, {
    role: "assistant",
    body: {
      kind: "answer",
      language: body.language,
      text: suggestion.text,
      sources: [{ title: suggestion.title, url: suggestion.url }],
    },
  });
}
