import { Hono } from "hono";
import { type ChannelTestResult, sendTestHandoff } from "../channels/test-handoff.ts";
import { type ChannelCircuit, channelCircuits } from "../handoff/circuits-store.ts";
import { loadSite, requireChannel, type SiteEnv } from "../sites/load-site.ts";
import { siteDatabase } from "../sites/site-database.ts";

/**
 * `GET /admin/api/sites/{site}/channels`: each channel with its receiver's circuit.
 * `POST /admin/api/sites/{site}/channels/{channel}/test`: see `sendTestHandoff`.
 */
export const channelAdminRoutes = new Hono<SiteEnv>()
  .get("/sites/:site/channels", loadSite, async (c) =>
    c.json({
      channels: (await channelCircuits(
        siteDatabase(c.env, c.var.config),
        c.var.site,
        c.var.config.channels,
      )) satisfies ChannelCircuit[],
    }),
  )
  .post("/sites/:site/channels/:channel/test", loadSite, async (c) => {
    const channel = requireChannel(c.var.site, c.var.config, c.req.param("channel"));
    return c.json(
      (await sendTestHandoff(c.env, c.var.config, channel)) satisfies ChannelTestResult,
    );
  });
