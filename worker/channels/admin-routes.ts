import { Hono } from "hono";
import type { AppEnv } from "../env.ts";
import { AppError } from "../errors.ts";
import type { Handoff } from "../handoff/store.ts";
import { emailContext } from "../handoff/dispatch.ts";
import { siteIdFromPath } from "../http/ids.ts";
import { requireSiteConfig } from "../sites/store.ts";
import { deliverToChannel } from "./deliver.ts";

/**
 * `POST /admin/api/sites/{site}/channels/{channel}/test`: sends a clearly marked test handoff to
 * one channel, now, and answers with the outcome, so a site owner can check a URL or address
 * before visitors depend on it. Nothing is stored and nothing is retried.
 */
export const channelAdminRoutes = new Hono<AppEnv>().post("/sites/:site/channels/:channel/test", async (c) => {
  const site = siteIdFromPath(c.req.param("site"));
  const config = await requireSiteConfig(c.env.SITES, site);
  const channel = config.channels.find((ch) => ch.id === c.req.param("channel"));
  if (!channel) throw new AppError("not_found", `Site "${site}" has no channel "${c.req.param("channel")}".`);
  const now = new Date();
  const handoff: Handoff = {
    id: `test-${crypto.randomUUID()}`,
    site,
    conversationId: "test",
    reason: "visitor_request",
    matched: null,
    confidence: null,
    threshold: config.threshold,
    siteName: config.name,
    visitorEmail: null,
    visitorMessage: "[Clarifier test] This is a test handoff sent from the admin API to check this channel. No visitor is waiting.",
    lastAiReply: null,
    createdAt: now.toISOString(),
  };
  const started = Date.now();
  const result = await deliverToChannel({ deliveryId: `test_${crypto.randomUUID()}`, handoff, channel, now, email: emailContext(c.env) });
  return c.json({
    channel: channel.id,
    type: channel.type,
    ok: result.ok,
    error: result.ok ? null : result.error,
    durationMs: Date.now() - started,
  });
});
