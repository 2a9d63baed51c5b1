import type { Channel } from "../sites/config-schema.ts";
import { channelUrlProblem } from "../sites/config-schema.ts";
import type { HandoffNotice } from "./notice.ts";
import { buildSlackMessage, escapeSlackText, NO_PREVIEWS } from "./slack.ts";

type SlackAppChannel = Extract<Channel, { type: "slack-app" }>;

const SLACK_API = "https://slack.com/api";
const TIMEOUT_MS = 10_000;

/**
 * Slack's `{"ok": false}` errors that say the failure is Slack's and passing
 * (docs.slack.dev/reference/methods/chat.postMessage): retried like an HTTP 5xx. Any other
 * error (a revoked token, a channel the bot left) won't change by retrying. Until the
 * reliability review of 7 December 2026 only `ratelimited` was retried, so a minute of Slack's
 * `service_unavailable` failed the handoff to Slack for good on its first attempt.
 */
const PASSING_SLACK_ERRORS = new Set([
  "ratelimited",
  "service_unavailable",
  "internal_error",
  "fatal_error",
  "request_timeout",
  "team_added_to_org",
]);

/**
 * What one post to a Slack app's channel came to: the thread it made (null when Slack took the
 * post without naming it, `missing` saying so), or why it failed.
 */
export type SlackPostResult =
  | { ok: true; thread: { channel: string; ts: string } | null; missing?: string }
  | { ok: false; error: string; retryable: boolean; timedOut?: boolean };

/**
 * How long a post may wait for Slack: the consumer's lanes give a send its budget and may cut it
 * short (worker/handoff/receiver-lanes.ts), as they do a webhook's.
 */
export interface SlackWait {
  timeoutMs?: number;
  signal?: AbortSignal;
}

/**
 * Posts a handoff (or, with `threadTs`, a follow-up into its thread) with `chat.postMessage`.
 * Slack answers 200 with `{"ok": false, "error"}` for a refusal: a bad token or a channel the
 * bot isn't in won't change by retrying, a rate limit will.
 */
export async function postToSlackApp(
  channel: SlackAppChannel,
  notice: HandoffNotice,
  threadTs: string | null,
  localDevelopment: boolean,
  wait: SlackWait = {},
): Promise<SlackPostResult> {
  const message = buildSlackMessage(notice);
  const answer = await callSlack(channel, "chat.postMessage", localDevelopment, wait, {
    channel: channel.channel,
    text: message.text,
    blocks: [
      ...message.blocks,
      {
        type: "context",
        elements: [{ type: "mrkdwn", text: "Reply in this thread to answer the visitor." }],
      },
    ],
    ...(threadTs ? { thread_ts: threadTs } : {}),
    ...NO_PREVIEWS,
  });
  if (!answer.ok) return answer;
  const { channel: posted, ts } = answer.body;
  if (typeof posted !== "string" || typeof ts !== "string") {
    // Slack said ok: the message is in the channel. Retried, it was posted again, a duplicate
    // there (the fourth reliability review); it is delivered, with what its answer lacked said.
    // Without a ts there is no thread to record: the team's replies under it reach no one, and
    // the visitor's follow-ups go to the channel as messages of their own.
    const lacking = [
      typeof posted === "string" ? null : "channel",
      typeof ts === "string" ? null : "ts",
    ]
      .filter(Boolean)
      .join(" or ");
    return {
      ok: true,
      thread: null,
      missing: `Posted, but Slack's answer had no ${lacking}: replies in its thread cannot be matched to this handoff (answer from the dashboard).`,
    };
  }
  return { ok: true, thread: { channel: posted, ts } };
}

/**
 * A team reply written elsewhere (dashboard, API, email) posted into the handoff's thread, so
 * the team in Slack reads the whole conversation.
 */
export async function postReplyToSlackApp(
  channel: SlackAppChannel,
  threadTs: string,
  reply: { text: string; author: string | null },
  localDevelopment: boolean,
  wait: SlackWait = {},
): Promise<SlackPostResult> {
  const who = escapeSlackText(reply.author ?? "The team");
  const text = `*${who}* replied to the visitor:\n>${escapeSlackText(reply.text).replace(/\n/g, "\n>")}`;
  const answer = await callSlack(channel, "chat.postMessage", localDevelopment, wait, {
    channel: channel.channel,
    thread_ts: threadTs,
    text,
    ...NO_PREVIEWS,
  });
  if (!answer.ok) return answer;
  return { ok: true, thread: { channel: channel.channel, ts: threadTs } };
}

/** A Slack user's name (`users.info`), or null when it can't be had. */
export async function slackUserName(
  channel: SlackAppChannel,
  userId: string,
  localDevelopment: boolean,
): Promise<string | null> {
  // A read method: Slack reads its arguments from a form, not JSON (only most write methods
  // take JSON bodies), so a JSON body named no user and every name came back empty.
  const answer = await callSlack(
    channel,
    "users.info",
    localDevelopment,
    {},
    { user: userId },
    "form",
  );
  if (!answer.ok) return null;
  const user = answer.body.user as { real_name?: unknown; name?: unknown } | undefined;
  const name = user?.real_name || user?.name;
  return typeof name === "string" ? name : null;
}

async function callSlack(
  channel: SlackAppChannel,
  method: string,
  localDevelopment: boolean,
  wait: SlackWait,
  body: Record<string, unknown>,
  encoding: "json" | "form" = "json",
): Promise<
  | { ok: true; body: Record<string, unknown> }
  | { ok: false; error: string; retryable: boolean; timedOut?: boolean }
> {
  const base = (channel.apiUrl ?? SLACK_API).replace(/\/$/, "");
  const problem = channel.apiUrl ? channelUrlProblem(channel.apiUrl, localDevelopment) : null;
  if (problem)
    return { ok: false, error: `not sent: the Slack API URL ${problem}`, retryable: false };
  const ms = wait.timeoutMs ?? TIMEOUT_MS;
  const timeout = AbortSignal.timeout(ms);
  let response: Response;
  try {
    response = await fetch(`${base}/${method}`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${channel.botToken}`,
        "content-type":
          encoding === "json"
            ? "application/json; charset=utf-8"
            : "application/x-www-form-urlencoded; charset=utf-8",
      },
      body:
        encoding === "json"
          ? JSON.stringify(body)
          : new URLSearchParams(
              Object.entries(body).map(([k, v]) => [k, String(v)] as [string, string]),
            ).toString(),
      redirect: "manual",
      signal: wait.signal ? AbortSignal.any([timeout, wait.signal]) : timeout,
    });
  } catch (error) {
    return notReached(error, wait, ms);
  }
  // The body is read under the same signal: an answer that stops mid-body fails in time too.
  let json: Record<string, unknown> | null;
  try {
    json = (await response.json()) as Record<string, unknown> | null;
  } catch (error) {
    if (wait.signal?.aborted || isTimeout(error)) return notReached(error, wait, ms);
    json = null;
  }
  if (response.status === 429 || json?.error === "ratelimited") {
    return { ok: false, error: "Slack rate limit", retryable: true };
  }
  if (!response.ok || !json) {
    // An answer cut off mid-body may follow a post Slack made: retried all the same (at least
    // once, as every channel), and said plainly on the dashboard.
    const error = response.ok
      ? `Slack's answer was cut off or unreadable (HTTP ${response.status})`
      : `Slack answered HTTP ${response.status}`;
    return { ok: false, error, retryable: true };
  }
  if (json.ok !== true) {
    const error = String(json.error ?? "unknown error");
    return {
      ok: false,
      error: `Slack refused: ${error}`,
      retryable: PASSING_SLACK_ERRORS.has(error),
    };
  }
  return { ok: true, body: json };
}

/**
 * A call that got no answer: cut short by the consumer, timed out (both `timedOut`, what a
 * receiver's circuit and lanes count), or a network error.
 */
function notReached(error: unknown, wait: SlackWait, ms: number) {
  if (wait.signal?.aborted) {
    const reason = wait.signal.reason;
    return {
      ok: false as const,
      error: reason instanceof Error ? reason.message : String(reason),
      retryable: true,
      timedOut: true,
    };
  }
  if (isTimeout(error)) {
    return {
      ok: false as const,
      error: `no answer within ${ms / 1000} s`,
      retryable: true,
      timedOut: true,
    };
  }
  return { ok: false as const, error: `Slack not reached: ${String(error)}`, retryable: true };
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
}
