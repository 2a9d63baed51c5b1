import { Hono } from "hono";
import { type ChannelTestResult, sendTestHandoff } from "../channels/test-handoff.ts";
import { loadSite, requireChannel, type SiteEnv } from "../sites/load-site.ts";

/** `POST /admin/api/sites/{site}/channels/{channel}/test`: see `sendTestHandoff`. */
export const channelAdminRoutes = new Hono<SiteEnv>().post(
  "/sites/:site/channels/:channel/test",
  loadSite,
  async (c) => {
    const channel = requireChannel(c.var.site, c.var.config, c.req.param("channel"));
    return c.json(
      (await sendTestHandoff(c.env, c.var.config, channel)) satisfies ChannelTestResult,
    );
  },
);
