import { isLocalDevelopment } from "../env.ts";
import type { Channel, SiteConfig } from "../sites/config-schema.ts";
import { deliverToChannel, emailSettings } from "./deliver.ts";
import { type HandoffNotice, TEST_HANDOFF_PREFIX } from "./notice.ts";

/** The outcome of one test send, as the admin API answers it and the dashboard shows it. */
export interface ChannelTestResult {
  channel: string;
  type: Channel["type"];
  ok: boolean;
  error: string | null;
  durationMs: number;
  /**
   * Where the test went, in words: the addresses an email went to (and, running locally, that
   * wrangler dev wrote it to an .eml file instead of sending it), the Slack webhook or the URL,
   * with its secret part masked.
   */
  destination: string;
}

/** Where a channel delivers, as the test result says it; secrets in a URL's path are masked. */
export function describeDestination(
  channel: Channel,
  env: Pick<Env, "EMAIL_FROM">,
  local: boolean,
): string {
  switch (channel.type) {
    case "email":
      return local
        ? `an email to ${channel.to.join(", ")} from ${env.EMAIL_FROM}. Running locally, wrangler dev does not send email: it wrote the message to an .eml file, whose path the terminal running npm start prints`
        : `an email to ${channel.to.join(", ")} from ${env.EMAIL_FROM}`;
    case "slack":
      return `the Slack incoming webhook ${maskPath(channel.webhookUrl)}`;
    case "slack-app":
      return `the Slack channel ${channel.channel} through the Slack app (a thread per handoff)`;
    case "webhook":
      // Its URL is no secret (the form shows it); a query string might hold one, so it is left out.
      return `${withoutQuery(channel.url)}${channel.secret ? ", signed" : ", unsigned"}`;
  }
}

function withoutQuery(value: string): string {
  try {
    const url = new URL(value);
    return `${url.origin}${url.pathname}`;
  } catch {
    return "an address that is not a URL";
  }
}

/** `https://hooks.slack.com/services/T0/B0/secret` → `https://hooks.slack.com/services/T0/B0/••••cret`. */
function maskPath(value: string): string {
  try {
    const url = new URL(value);
    const parts = url.pathname.split("/");
    const last = parts.pop() ?? "";
    const masked = last.length > 8 ? `••••${last.slice(-4)}` : last;
    return `${url.origin}${[...parts, masked].join("/")}`;
  } catch {
    return "an address that is not a URL";
  }
}

/**
 * Sends a clearly marked test handoff to one channel, now, and returns the outcome, so a site
 * owner can check a URL or address before visitors depend on it. Nothing is stored and nothing
 * is retried.
 */
export async function sendTestHandoff(
  env: Env,
  config: SiteConfig,
  channel: Channel,
): Promise<ChannelTestResult> {
  const now = new Date();
  const handoff: HandoffNotice = {
    id: `${TEST_HANDOFF_PREFIX}${crypto.randomUUID()}`,
    reason: "visitor_request",
    matched: null,
    confidence: null,
    threshold: config.threshold,
    siteName: config.name,
    visitorEmail: null,
    visitorMessage:
      "[Clarifier test] This is a test handoff, sent with Send test (the dashboard's Channels page or the admin API) to check this channel. No visitor is waiting.",
    lastAiReply: null,
    createdAt: now.toISOString(),
  };
  const started = Date.now();
  const result = await deliverToChannel({
    deliveryId: `test_${crypto.randomUUID()}`,
    handoff,
    channel,
    now,
    email: emailSettings(env),
    localDevelopment: isLocalDevelopment(env),
  });
  return {
    channel: channel.id,
    type: channel.type,
    ok: result.ok,
    error: result.ok ? null : result.error,
    durationMs: Date.now() - started,
    destination: describeDestination(channel, env, isLocalDevelopment(env)),
  };
}
