import { type Channel, channelUrlProblem, slackUrlProblem } from "../sites/config-schema.ts";
import {
  buildHandoffEmail,
  RecipientsFailed,
  type RecipientsSent,
  sendHandoffEmail,
} from "./email.ts";
import { buildWebhookPayload } from "./payload.ts";
import { emailRefusal, refusal, slackErrorString } from "./refusal.ts";
import type { HandoffNotice } from "./notice.ts";
import { signWebhook } from "./sign.ts";
import { buildSlackMessage } from "./slack.ts";
import { postToSlackApp } from "./slack-app.ts";

/**
 * One attempt's outcome: an expected result, never an exception. A Slack app's post says which
 * message it made, so follow-ups can go into its thread. `timedOut` marks a failure where the
 * receiver gave no answer within the attempt timeout: what a receiver's circuit counts (a
 * refused or dropped connection fails fast and stalls no one).
 */
export type DeliveryResult =
  | { ok: true; slackThread?: { channel: string; ts: string }; missing?: string }
  | {
      ok: false;
      error: string;
      retryable: boolean;
      timedOut?: boolean;
      /** Fewer attempts than the usual 20, and what to add when they run out (refusal.ts). */
      maxAttempts?: number;
      onGivingUp?: string;
    };

export interface DeliveryAttempt {
  /** Stable across retries of the same handoff to the same channel (`webhook-id`). */
  deliveryId: string;
  handoff: HandoffNotice;
  channel: Channel;
  now: Date;
  /**
   * What the email channel needs from the environment, and the handoff's reply address when
   * inbound replies are on (see inbound/reply-address.ts).
   */
  email: {
    binding: SendEmail;
    from: string;
    dashboardUrl: string;
    replyAddress?: string | null;
    /** The addresses an earlier attempt of this delivery sent to, and how to record one. */
    sent?: RecipientsSent;
  };
  /** On a developer's machine (`isLocalDevelopment`), where loopback receivers are allowed. */
  localDevelopment: boolean;
  /** A Slack app's thread of this handoff, where a follow-up goes. */
  slackThreadTs?: string | null;
  /**
   * How long to wait for the receiver: `ATTEMPT_TIMEOUT_MS` unless the consumer's main lane
   * gives it less (worker/handoff/receiver-lanes.ts).
   */
  timeoutMs?: number;
  /** Aborted by the consumer to cut a send short (its reason is the attempt's error). */
  signal?: AbortSignal;
}

export const ATTEMPT_TIMEOUT_MS = 10_000;
const NO_ANSWER = "no answer within";

/** What the email channel needs from the environment: the binding, the sender, the dashboard link. */
export function emailSettings(env: Env): DeliveryAttempt["email"] {
  return { binding: env.EMAIL, from: env.EMAIL_FROM, dashboardUrl: env.PUBLIC_URL };
}

/** Sends one handoff to one channel, once, within `ATTEMPT_TIMEOUT_MS` (or `timeoutMs`). */
export async function deliverToChannel(attempt: DeliveryAttempt): Promise<DeliveryResult> {
  const { channel, handoff } = attempt;
  const timeoutMs = attempt.timeoutMs ?? ATTEMPT_TIMEOUT_MS;
  switch (channel.type) {
    case "webhook": {
      const body = JSON.stringify(buildWebhookPayload(handoff));
      const timestamp = Math.floor(attempt.now.getTime() / 1000);
      const headers: Record<string, string> = {
        "content-type": "application/json",
        "user-agent": "Clarifier-Webhook/1",
        "webhook-id": attempt.deliveryId,
        "webhook-timestamp": String(timestamp),
      };
      // The body is the spec's payload, exactly; a follow-up says so (and of what) in a header.
      if (handoff.followUp) headers["clarifier-follow-up-of"] = handoff.id;
      if (channel.secret) {
        headers["webhook-signature"] = await signWebhook(
          channel.secret,
          attempt.deliveryId,
          timestamp,
          body,
        );
      }
      return post(
        "webhook",
        channel.url,
        headers,
        body,
        attempt.localDevelopment,
        timeoutMs,
        attempt.signal,
      );
    }
    case "slack": {
      // Saved before the rule, or written straight to KV: never post the message elsewhere.
      const problem = slackUrlProblem(channel.webhookUrl, attempt.localDevelopment);
      if (problem)
        return { ok: false, error: `not sent: the Slack channel URL ${problem}`, retryable: false };
      return post(
        "slack",
        channel.webhookUrl,
        { "content-type": "application/json" },
        JSON.stringify(buildSlackMessage(handoff)),
        attempt.localDevelopment,
        timeoutMs,
        attempt.signal,
      );
    }
    case "slack-app": {
      const posted = await postToSlackApp(
        channel,
        handoff,
        attempt.slackThreadTs ?? null,
        attempt.localDevelopment,
        { timeoutMs, signal: attempt.signal },
      );
      if (!posted.ok) return posted;
      return posted.thread
        ? { ok: true, slackThread: posted.thread }
        : { ok: true, missing: posted.missing };
    }
    case "email":
      try {
        const email = {
          ...buildHandoffEmail(handoff, attempt.email.dashboardUrl),
          replyAddress: attempt.email.replyAddress ?? null,
        };
        await withTimeout(
          sendHandoffEmail(
            attempt.email.binding,
            attempt.email.from,
            channel.to,
            email,
            attempt.email.sent,
          ),
          timeoutMs,
          attempt.signal,
        );
        return { ok: true };
      } catch (error) {
        // An address Cloudflare will never send to is tried a few times, not 20 (refusal.ts);
        // beside one that may yet take it (a passing failure), the delivery keeps its 20.
        const refusals =
          error instanceof RecipientsFailed
            ? error.failures.map((f) => emailRefusal(f.error, "channel"))
            : [emailRefusal(error, "channel")];
        const refused = refusals.find((r) => r.maxAttempts === undefined) ?? refusals[0];
        return {
          ok: false,
          ...(refused ?? emailRefusal(error, "channel")),
          timedOut: describe(error).startsWith(NO_ANSWER),
        };
      }
  }
}

async function post(
  kind: "webhook" | "slack",
  url: string,
  headers: Record<string, string>,
  body: string,
  localDevelopment: boolean,
  timeoutMs: number,
  cut?: AbortSignal,
): Promise<DeliveryResult> {
  // Checked again at send time: a URL saved before the rule, or written straight to KV, must
  // not carry visitors' messages to loopback, a private network or cloud metadata either.
  const problem = channelUrlProblem(url, localDevelopment);
  if (problem)
    return { ok: false, error: `not sent: the channel URL ${problem}`, retryable: false };
  let response: Response;
  try {
    // A redirect is an answer, not a success: following it could carry the visitor's message to
    // a host the site owner never configured.
    response = await fetch(url, {
      method: "POST",
      headers,
      body,
      redirect: "manual",
      signal: cut
        ? AbortSignal.any([AbortSignal.timeout(timeoutMs), cut])
        : AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    // Cut short by the consumer: as silent as a timeout, with the consumer's reason.
    if (cut?.aborted)
      return { ok: false, error: describe(cut.reason), retryable: true, timedOut: true };
    const timedOut =
      error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
    return {
      ok: false,
      error: timedOut ? `${NO_ANSWER} ${timeoutMs / 1000} s` : `network error: ${describe(error)}`,
      retryable: true,
      timedOut,
    };
  }
  if (response.status >= 200 && response.status < 300) {
    // Drain the body so the connection can be reused; its content doesn't matter.
    await response.body?.cancel().catch(() => undefined);
    return { ok: true };
  }
  // Slack's refusal names itself in a short body (`no_service`); a webhook's body is not read.
  const slackError = kind === "slack" ? slackErrorString(await shortBody(response)) : null;
  if (kind !== "slack") await response.body?.cancel().catch(() => undefined);
  return { ok: false, ...refusal(kind, response.status, response.statusText, slackError) };
}

/** At most the first 200 bytes of a body, as text; "" when it cannot be read (timed out, cut). */
async function shortBody(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return "";
  try {
    const { value } = await reader.read();
    return new TextDecoder().decode(value?.slice(0, 200));
  } catch {
    return "";
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/**
 * `work`, or a rejection after `ms`, or once `cut` aborts (with its reason): a send that hangs is
 * a failed attempt, and the consumer's lanes may end it sooner, as they do a webhook's fetch.
 */
export function withTimeout<T>(work: Promise<T>, ms: number, cut?: AbortSignal): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onCut: (() => void) | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${NO_ANSWER} ${ms / 1000} s`)), ms);
    onCut = () =>
      reject(cut?.reason instanceof Error ? cut.reason : new Error(String(cut?.reason)));
    if (cut?.aborted) onCut();
    else cut?.addEventListener("abort", onCut, { once: true });
  });
  return Promise.race([work, timeout]).finally(() => {
    if (timer !== undefined) clearTimeout(timer);
    if (onCut) cut?.removeEventListener("abort", onCut);
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
