/**
 * What a channel's non-2xx answer means for its delivery: retried like any failure (5xx, 429, a
 * redirect), or the endpoint is gone and retrying cannot help. Pure: the status, and for a Slack
 * incoming webhook the short error string Slack answers in the body
 * (api.slack.com/changelog/2016-05-17-changes-to-errors-for-incoming-webhooks: 403
 * `action_prohibited`, 404 `channel_not_found`, 410 `channel_is_archived`; a removed or revoked
 * hook answers 404 `no_service`, 403 `invalid_token`). Until the second reliability review
 * (docs/operations.md) every one of them was retried for 20 attempts, about 13 hours, before the
 * owner saw why; now a few attempts, a minute or two, then failed, named.
 */

/** A refused delivery: why (read by the owner on the handoff's page), and whether to try again. */
export interface Refusal {
  error: string;
  retryable: boolean;
  /**
   * The attempts a round may spend on this answer, fewer than the usual 20: an endpoint that
   * says it is gone, a few times, then failed.
   */
  maxAttempts?: number;
  /** Added to `error` when the delivery fails for good on it: what the owner can do. */
  onGivingUp?: string;
}

/**
 * An endpoint that says it is gone is tried this many times in a round (30 s, then 60 s apart:
 * about a minute and a half), not once: the URL it was sent to may come from a config read
 * before the owner corrected it (KV takes about a minute to reach every location), and an
 * owner who fixes the URL and presses Redeliver at once must not see it fail again.
 */
export const GONE_ATTEMPTS = 3;
/** A webhook's 404 is tried once more than that (about 3.5 min): a deploy can 404 for a minute. */
export const NOT_FOUND_ATTEMPTS = 4;

/** Not in `error`: *Send test* shows that too, and retries nothing. */
const WHAT_TO_DO = (attempts: number) =>
  `Tried ${attempts} times, then failed: correct the channel under Channels, then Redeliver.`;

/**
 * Slack's incoming-webhook errors that no retry can change, in words an owner reads (a Map: a
 * body of `constructor` must not find Object's).
 */
const SLACK_GONE = new Map<string, string>(
  Object.entries({
    no_service: "this incoming webhook no longer exists (removed, or its Slack app uninstalled)",
    no_active_hooks:
      "this incoming webhook no longer exists (removed, or its Slack app uninstalled)",
    no_team: "the Slack workspace of this webhook no longer exists",
    invalid_token: "this incoming webhook's URL was revoked",
    channel_not_found: "the Slack channel of this webhook no longer exists",
    channel_is_archived: "the Slack channel of this webhook is archived",
    action_prohibited: "the Slack workspace forbids this webhook to post there",
    posting_to_general_channel_denied: "the Slack workspace forbids posting to its general channel",
  }),
);

/** The body's error string when it looks like one of Slack's (`no_service`), else null. */
export function slackErrorString(body: string): string | null {
  const text = body.trim();
  // Anything else is not Slack's short code: never shown, so a body cannot put words on the page.
  return /^[a-z_]{1,60}$/.test(text) ? text : null;
}

/**
 * A non-2xx answer (`status`, with `statusText` and, from Slack, its error string) as a
 * delivery's failure.
 *
 * @example
 * refusal("webhook", 410, "Gone", null).maxAttempts; // 3
 * refusal("slack", 404, "Not Found", "no_service").maxAttempts; // 3
 * refusal("webhook", 503, "", null).maxAttempts; // undefined: the usual 20
 */
export function refusal(
  channel: "webhook" | "slack",
  status: number,
  statusText: string,
  slackError: string | null,
): Refusal {
  const http = `HTTP ${status}${statusText ? ` ${statusText}` : ""}`;
  if (channel === "slack" && (status === 403 || status === 404 || status === 410)) {
    const meaning =
      (slackError && SLACK_GONE.get(slackError)) || "this incoming webhook refuses posts";
    const code = slackError ? ` ${slackError}` : "";
    return {
      error: `Slack answered HTTP ${status}${code}: ${meaning}.`,
      retryable: true,
      maxAttempts: GONE_ATTEMPTS,
      onGivingUp: WHAT_TO_DO(GONE_ATTEMPTS),
    };
  }
  if (status === 410) {
    return {
      error: `${http}: the webhook's endpoint says it is gone for good.`,
      retryable: true,
      maxAttempts: GONE_ATTEMPTS,
      onGivingUp: WHAT_TO_DO(GONE_ATTEMPTS),
    };
  }
  if (status === 404) {
    return {
      error: `${http}: no webhook at this URL.`,
      retryable: true,
      maxAttempts: NOT_FOUND_ATTEMPTS,
      onGivingUp: WHAT_TO_DO(NOT_FOUND_ATTEMPTS),
    };
  }
  const slack = channel === "slack" && slackError ? ` ${slackError}` : "";
  return { error: `${http}${slack}`, retryable: true };
}

/**
 * The `send_email` binding's error codes no retry can change
 * (developers.cloudflare.com/email-service/api/send-emails/workers-api/, "Error codes"), in
 * words an owner reads. A rate limit or Cloudflare's own failure is not among them: retried.
 */
const EMAIL_PERMANENT = new Map<string, string>(
  Object.entries({
    E_SENDER_NOT_VERIFIED:
      "the sending address's domain (EMAIL_FROM) is not onboarded to Cloudflare Email Service",
    E_RECIPIENT_NOT_ALLOWED: "Cloudflare may not send to this address from this worker",
    E_RECIPIENT_SUPPRESSED:
      "the address is on Cloudflare's suppression list (it bounced, or marked these emails as spam)",
    E_VALIDATION_ERROR: "an address or the message is malformed",
    E_FIELD_MISSING: "an address or the message is malformed",
    E_TOO_MANY_RECIPIENTS: "too many recipients in one message",
  }),
);

/**
 * The same refusals as the binding words them without a code: wrangler's local one, and the
 * Email Routing binding before Email Service ("destination address not verified").
 */
const EMAIL_PERMANENT_WORDS: readonly [RegExp, string][] = [
  [/^email to \S* ?not allowed$/, "Cloudflare may not send to this address from this worker"],
  [/^email from \S* ?not allowed$/, "this worker may not send from EMAIL_FROM"],
  [
    /destination address.*not (a )?verified|not a verified destination/i,
    "Cloudflare may not send to this address from this worker",
  ],
  [/invalid (email )?address|malformed address/i, "an address or the message is malformed"],
];

/** What the owner can do about a refused address, by whose address it is. */
const EMAIL_WHAT_TO_DO = {
  channel: (attempts: number) =>
    `Tried ${attempts} times, then failed: verify the address (Cloudflare Email Routing's destination addresses, or your Email Service plan) or correct the channel under Channels, then Redeliver.`,
  visitor: (attempts: number) =>
    `Tried ${attempts} times, then failed: this address cannot be emailed; the reply is on the visitor's page if they come back.`,
};

/**
 * A `send_email` failure as a delivery's: one that cannot succeed on retry (an address not
 * verified or not allowed, a malformed one, a suppressed one) is tried `GONE_ATTEMPTS` times,
 * not 20 (about 13 hours), then failed with the reason; anything else is retried as before.
 * Tried a few times, not once, as for a gone webhook: the owner may be verifying the address
 * right now, and presses Redeliver after.
 *
 * @example
 * emailRefusal(Object.assign(new Error("Recipient not in allowed list"), { code: "E_RECIPIENT_NOT_ALLOWED" }), "channel").maxAttempts; // 3
 * emailRefusal(new Error("internal error"), "channel").maxAttempts; // undefined: the usual 20
 */
export function emailRefusal(error: unknown, whose: "channel" | "visitor"): Refusal {
  const message = error instanceof Error ? error.message : String(error);
  const code =
    typeof error === "object" && error !== null && "code" in error && typeof error.code === "string"
      ? error.code
      : null;
  const meaning =
    (code && EMAIL_PERMANENT.get(code)) ??
    EMAIL_PERMANENT_WORDS.find(([pattern]) => pattern.test(message))?.[1];
  if (!meaning) return { error: `email not sent: ${message}`, retryable: true };
  return {
    error: `email not sent: ${message}${code ? ` (${code})` : ""}: ${meaning}.`,
    retryable: true,
    maxAttempts: GONE_ATTEMPTS,
    onGivingUp: EMAIL_WHAT_TO_DO[whose](GONE_ATTEMPTS),
  };
}
