import { isLocalDevelopment } from "../env.ts";
import type { Channel, SiteConfig } from "../sites/config-schema.ts";
import { deliverToChannel, emailSettings } from "./deliver.ts";
import type { HandoffNotice } from "./notice.ts";

/** The outcome of one test send, as the admin API answers it and the dashboard shows it. */
export interface ChannelTestResult {
  channel: string;
  type: Channel["type"];
  ok: boolean;
  error: string | null;
  durationMs: number;
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
    id: `test-${crypto.randomUUID()}`,
    reason: "visitor_request",
    matched: null,
    confidence: null,
    threshold: config.threshold,
    siteName: config.name,
    visitorEmail: null,
    visitorMessage:
      "[Clarifier test] This is a test handoff sent from the admin API to check this channel. No visitor is waiting.",
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
  };
}
