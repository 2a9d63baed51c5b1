import type { Channel } from "../sites/config-schema.ts";
import { channelUrlProblem } from "../sites/config-schema.ts";
import type { HandoffNotice } from "./notice.ts";
import { buildSlackMessage, escapeSlackText, NO_PREVIEWS } from "./slack.ts";

type SlackAppChannel = Extract<Channel, { type: "slack-app" }>;

const SLACK_API = "https://slack.com/api";
const TIMEOUT_MS = 10_000;

/** What one post to a Slack app's channel came to: the thread it made, or why it failed. */
export type SlackPostResult =
  | { ok: true; thread: { channel: string; ts: string } }
  | { ok: false; error: string; retryable: boolean };

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
): Promise<SlackPostResult> {
  const message = buildSlackMessage(notice);
  const answer = await callSlack(channel, "chat.postMessage", localDevelopment, {
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
    return { ok: false, error: "Slack's answer had no channel or ts", retryable: true };
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
): Promise<SlackPostResult> {
  const who = escapeSlackText(reply.author ?? "The team");
  const text = `*${who}* replied to the visitor:\n>${escapeSlackText(reply.text).replace(/\n/g, "\n>")}`;
  const answer = await callSlack(channel, "chat.postMessage", localDevelopment, {
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
  const answer = await callSlack(channel, "users.info", localDevelopment, { user: userId }, "form");
  if (!answer.ok) return null;
  const user = answer.body.user as { real_name?: unknown; name?: unknown } | undefined;
  const name = user?.real_name || user?.name;
  return typeof name === "string" ? name : null;
}

async function callSlack(
  channel: SlackAppChannel,
  method: string,
  localDevelopment: boolean,
  body: Record<string, unknown>,
  encoding: "json" | "form" = "json",
): Promise<
  { ok: true; body: Record<string, unknown> } | { ok: false; error: string; retryable: boolean }
> {
  const base = (channel.apiUrl ?? SLACK_API).replace(/\/$/, "");
  const problem = channel.apiUrl ? channelUrlProblem(channel.apiUrl, localDevelopment) : null;
  if (problem)
    return { ok: false, error: `not sent: the Slack API URL ${problem}`, retryable: false };
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
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    return { ok: false, error: `Slack not reached: ${String(error)}`, retryable: true };
  }
  const json = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (response.status === 429 || json?.error === "ratelimited") {
    return { ok: false, error: "Slack rate limit", retryable: true };
  }
  if (!response.ok || !json) {
    return { ok: false, error: `Slack answered HTTP ${response.status}`, retryable: true };
  }
  if (json.ok !== true) {
    return {
      ok: false,
      error: `Slack refused: ${String(json.error ?? "unknown error")}`,
      retryable: false,
    };
  }
  return { ok: true, body: json };
}
