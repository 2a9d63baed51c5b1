/**
 * The question log off the chat's hot path. An answered chat (or small talk) is not written to
 * D1 by the request: it goes to the question-log queue (`QUESTION_LOG`, apart from the deliveries
 * queue, whose 5,000 messages a second stay the handoffs'), whose consumer stores up to 100 turns
 * in one D1 round trip (`insertTurns`). Whatever a handoff or a follow-up reads at once is still
 * written by its own request: the chat writes a message it judged a handoff (the handoff's
 * re-check reads it) and a message in a conversation already handed off (a follow-up names it)
 * straight to D1, and a verdict given before its answer landed waits here for the row.
 */
import { isLocalDevelopment } from "../env.ts";
import { answerIdKey } from "./answer-id.ts";
import {
  applyLateVerdict,
  insertTurns,
  type LateVerdict,
  refreshLastAiReplies,
  type LoggedTurn,
  verdictMessageLanded,
} from "./log-store.ts";

/** What the question-log queue carries. */
export type QuestionLogMessage =
  | ({ kind: "turn" } & LoggedTurn)
  | ({ kind: "verdict" } & LateVerdict);

/** The queue's name in wrangler.toml, which `queue()` routes to `handleQuestionLogBatch`. */
export const QUESTION_LOG_QUEUE = "clarifier-question-log";

/** A queue message may hold 128 KB; a turn larger than this is written to D1 at once instead. */
const MAX_QUEUED_BYTES = 120_000;

/** How often a late verdict is tried before it is given up (its answer never landed). */
export const LATE_VERDICT_ATTEMPTS = 10;
const LATE_VERDICT_DELAY_SECONDS = 5;

type LogEnv = Pick<Env, "DB" | "QUESTION_LOG" | "ADMIN_TOKEN" | "ENVIRONMENT"> & {
  /** "direct" writes every turn to D1 at once (the worker tests' default; see vitest.config.ts). */
  QUESTION_LOG_MODE?: string;
};

/**
 * Whether this deployment logs answered turns through the queue: it needs the key that signs
 * answer ids (else a verdict on an answer still in the queue could not be told from a made-up
 * one), and `QUESTION_LOG_MODE` not "direct".
 */
export function logsThroughQueue(env: LogEnv): boolean {
  return env.QUESTION_LOG_MODE !== "direct" && answerIdKey(env) !== null;
}

/**
 * Queues a chat turn for the log, or writes it to D1 at once when the queue refuses it (over its
 * 5,000 messages a second, or too large for a message): a turn is never dropped.
 */
export async function queueTurn(env: LogEnv, turn: LoggedTurn): Promise<"queued" | "written"> {
  const body: QuestionLogMessage = { kind: "turn", ...turn };
  if (JSON.stringify(body).length <= MAX_QUEUED_BYTES) {
    try {
      await env.QUESTION_LOG.send(body, { contentType: "json" });
      return "queued";
    } catch (error) {
      console.error("question log: queue send failed; writing the turn to D1:", error);
    }
  }
  await env.DB.batch(insertTurns(env.DB, [turn]));
  return "written";
}

/** Queues a verdict whose answer has not landed yet; it is applied when it has. */
export async function queueLateVerdict(env: LogEnv, verdict: LateVerdict): Promise<void> {
  const body: QuestionLogMessage = { kind: "verdict", ...verdict };
  // Locally (wrangler dev) too: Queues run there. The delay lets the turn's batch land first.
  await env.QUESTION_LOG.send(body, {
    contentType: "json",
    delaySeconds: isLocalDevelopment(env as Env) ? 1 : 2,
  });
}

/**
 * The consumer: every turn of the batch in one D1 round trip, and any late verdicts after them
 * in the same one. A batch D1 refuses is retried turn by turn, so one bad row holds up only its
 * own message. A verdict whose answer has not landed yet is retried a few times, then dropped.
 */
export async function handleQuestionLogBatch(
  batch: MessageBatch<QuestionLogMessage>,
  env: LogEnv,
): Promise<void> {
  const turns = batch.messages.filter((m) => m.body.kind === "turn") as Message<
    Extract<QuestionLogMessage, { kind: "turn" }>
  >[];
  const verdicts = batch.messages.filter((m) => m.body.kind === "verdict") as Message<
    Extract<QuestionLogMessage, { kind: "verdict" }>
  >[];
  // The batch's turns, then the last AI reply of any handoff made while they were queued.
  const turnStatements = turns.length
    ? [
        ...insertTurns(
          env.DB,
          turns.map((m) => m.body),
        ),
        refreshLastAiReplies(
          env.DB,
          turns.map((m) => m.body.conversation.id),
        ),
      ]
    : [];
  const verdictStatements = verdicts.flatMap((m) => [
    applyLateVerdict(env.DB, m.body),
    verdictMessageLanded(env.DB, m.body),
  ]);
  let results: D1Result[];
  try {
    results = await env.DB.batch([...turnStatements, ...verdictStatements]);
  } catch (error) {
    if (batch.messages.length === 1) throw error;
    console.error("question log: batch refused; storing its messages one by one:", error);
    for (const message of batch.messages) {
      try {
        await handleQuestionLogBatch({ ...batch, messages: [message] }, env);
      } catch (single) {
        console.error("question log: message refused; the queue retries it:", single);
        message.retry();
      }
    }
    return;
  }
  for (const m of turns) m.ack();
  verdicts.forEach((m, i) => {
    const landed = results[turnStatements.length + 2 * i + 1]?.results[0] as
      | { landed: number }
      | undefined;
    if (landed?.landed) m.ack();
    else if (m.attempts >= LATE_VERDICT_ATTEMPTS) {
      console.warn(`question log: verdict on ${m.body.messageId} dropped: its answer never landed`);
      m.ack();
    } else {
      // Locally (wrangler dev), where a person checks the dashboard at once, sooner.
      m.retry({ delaySeconds: isLocalDevelopment(env as Env) ? 1 : LATE_VERDICT_DELAY_SECONDS });
    }
  });
}
