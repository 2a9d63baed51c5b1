/**
 * The question log off the chat's hot path. An answered chat (or small talk) is not written to
 * D1 by the request: it goes to the question-log queue (`QUESTION_LOG`, apart from the deliveries
 * queue, whose 5,000 messages a second stay the handoffs'), whose consumer stores up to 100 turns
 * in one D1 round trip (`insertTurns`). Whatever a handoff or a follow-up reads at once is still
 * written by its own request: the chat writes a message it judged a handoff (the handoff's
 * re-check reads it) and a message in a conversation already handed off (a follow-up names it)
 * straight to D1, and a verdict or pick given before its answer landed is kept (`late_verdicts`,
 * `late_picks`) until the consumer moves it onto the row.
 */
import {
  allDatabases,
  DEFAULT_DATABASE,
  databaseNamed,
  type SiteBindings,
} from "../sites/site-database.ts";
import { retryDelaySeconds } from "../handoff/backoff.ts";
import { answerIdKey } from "./answer-id.ts";
import {
  applyLatePicks,
  applyLateVerdicts,
  expireLateFeedback,
  insertTurns,
  type LoggedTurn,
  refreshLastAiReplies,
} from "./log-store.ts";

/**
 * What the question-log queue carries: one chat turn, and the binding name of its site's
 * database (`database` in the site's config; absent in messages from before sharding: `DB`).
 */
export type QuestionLogMessage = { kind: "turn"; database?: string } & LoggedTurn;

/** The queue's name in wrangler.toml, which `queue()` routes to `handleQuestionLogBatch`. */
export const QUESTION_LOG_QUEUE = "clarifier-question-log";

/** A queue message may hold 128 KB; a turn larger than this is written to D1 at once instead. */
const MAX_QUEUED_BYTES = 120_000;

/**
 * How long a turn waits in the queue when the consumer keeps up: `max_batch_timeout` (1 s) and
 * a margin. A new handoff's deliveries leave this much later, so that the answer the visitor
 * read just before asking for a person has landed and is the payload's last AI reply.
 */
export const QUESTION_LOG_LAG_SECONDS = 2;

/** How long a verdict waits for an answer that never landed (a turn the queue lost). */
const LATE_VERDICT_DAYS = 1;

type LogEnv = Pick<Env, "DB" | "QUESTION_LOG" | "ADMIN_TOKEN"> & {
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
export async function queueTurn(
  env: SiteBindings<LogEnv>,
  turn: LoggedTurn,
): Promise<"queued" | "written"> {
  const body: QuestionLogMessage = { kind: "turn", database: env.DATABASE, ...turn };
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

/**
 * The consumer: every turn of the batch in one D1 round trip, with the verdicts kept for them
 * and the last AI reply of any handoff made while they were queued. A batch D1 refuses is
 * retried message by message, so one bad row holds up only its own turn.
 */
export async function handleQuestionLogBatch(
  batch: MessageBatch<QuestionLogMessage>,
  env: LogEnv,
): Promise<void> {
  const turns = batch.messages.map((m) => m.body).filter(isTurn);
  // One D1 round trip per database the batch's turns live in: one, unless sites are sharded.
  const byDatabase = new Map<string, QuestionLogMessage[]>();
  for (const turn of turns) {
    const name = turn.database ?? DEFAULT_DATABASE;
    byDatabase.set(name, [...(byDatabase.get(name) ?? []), turn]);
  }
  if (turns.length > 0) {
    try {
      for (const [name, ofDatabase] of byDatabase) {
        const db = databaseNamed(env, name);
        await db.batch(turnStatements(db, ofDatabase));
      }
    } catch (error) {
      const [only] = batch.messages;
      if (batch.messages.length === 1 && only) {
        console.error("question log: turn refused; the queue retries it:", error);
        only.retry({ delaySeconds: retryDelaySeconds(only.attempts) });
        return;
      }
      console.error("question log: batch refused; storing its turns one by one:", error);
      for (const message of batch.messages) {
        // Not a turn: acked, as below; it never becomes one however often it is retried.
        if (!isTurn(message.body)) {
          message.ack();
          continue;
        }
        try {
          const db = databaseNamed(env, message.body.database ?? DEFAULT_DATABASE);
          await db.batch(turnStatements(db, [message.body]));
          message.ack();
        } catch (single) {
          console.error("question log: turn refused; the queue retries it:", single);
          // On the deliveries' backoff (30 s doubling to an hour): its 10 retries span about 4
          // hours, not the seconds an immediate retry spent them in, so a D1 outage of a minute
          // no longer drops the visitor's turn (reliability review, 7 December 2026).
          message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
        }
      }
      return;
    }
  }
  // A message of another kind (none yet) is acked: retrying it would never make it one.
  for (const m of batch.messages) m.ack();
}

/**
 * Whether a queue message is a turn. The worker is the queue's only producer, but a message of
 * another shape (a bug, or a message from another version during a deploy) must not throw for
 * the whole batch: the queue would retry every turn of it, then drop them all.
 */
function isTurn(body: unknown): body is QuestionLogMessage {
  return typeof body === "object" && body !== null && (body as { kind?: unknown }).kind === "turn";
}

function turnStatements(db: D1Database, turns: readonly LoggedTurn[]): D1PreparedStatement[] {
  const visitorIds = turns.flatMap((t) =>
    t.messages.filter((m) => m.role === "visitor").map((m) => m.id),
  );
  return [
    ...insertTurns(db, turns),
    ...applyLateVerdicts(db, visitorIds),
    ...applyLatePicks(db, visitorIds),
    refreshLastAiReplies(
      db,
      turns.map((t) => t.conversation.id),
    ),
  ];
}

/** The cron's part: verdicts and picks older than a day whose answer never landed are dropped. */
export async function expireUnlandedVerdicts(env: Pick<Env, "DB">, now = Date.now()) {
  const before = new Date(now - LATE_VERDICT_DAYS * 24 * 3600 * 1000).toISOString();
  let dropped = 0;
  for (const { db } of allDatabases(env)) dropped += await expireLateFeedback(db, before);
  if (dropped > 0) {
    console.warn(`question log: ${dropped} verdicts and picks dropped: their answers never landed`);
  }
}
