import { Hono } from "hono";
import type { AppEnv } from "../env.ts";
import { AppError } from "../errors.ts";
import { siteIdFromPath } from "../http/ids.ts";
import { requireSiteConfig } from "../sites/store.ts";
import { type ChannelTestResult, sendTestHandoff } from "./test-handoff.ts";

/** `POST /admin/api/sites/{site}/channels/{channel}/test`: see `sendTestHandoff`. */
export const channelAdminRoutes = new Hono<AppEnv>().post(
  "/sites/:site/channels/:channel/test",
  async (c) => {
    const site = siteIdFromPath(c.req.param("site"));
    const config = await requireSiteConfig(c.env.SITES, site);
    const channel = config.channels.find((ch) => ch.id === c.req.param("channel"));
    if (!channel)
      throw new AppError("not_found", `Site "${site}" has no channel "${c.req.param("channel")}".`);
    return c.json((await sendTestHandoff(c.env, config, channel)) satisfies ChannelTestResult);
  },
);
