/** @jsxImportSource hono/jsx */
import { type Context, Hono } from "hono";
import * as v from "valibot";
import { AppError } from "../errors.ts";
import type { Channel } from "../sites/config-schema.ts";
import { channelId } from "../sites/channel-schema.ts";
import { CHANNEL_TYPE_LABELS } from "./format.ts";
import type { Notice } from "./views/layout.tsx";
import { type ChannelTestResult, sendTestHandoff } from "../channels/test-handoff.ts";
import { channelCircuits } from "../handoff/circuits-store.ts";
import { requireChannel, type SiteEnv } from "../sites/load-site.ts";
import { channelFormErrors, channelFromForm } from "./channel-form.ts";
import { type PageProps, renderPage } from "./render.tsx";
import { saveSiteConfig } from "./save-config.ts";
import { type ChannelDraft, ChannelsEditor } from "./views/channels.tsx";
import { siteDatabase } from "../sites/site-database.ts";

/** The channels page: add, edit, remove and test the site's channels. */
export const channelPages = new Hono<SiteEnv>()
  .get("/sites/:site/channels", (c) =>
    channelsPage(c, {
      notice: channelNotice(c.req.query("done"), c.req.query("channel"), c.var.config.channels),
    }),
  )
  .post("/sites/:site/channels", async (c) => {
    const { site, config } = c.var;
    const form = await c.req.parseBody();
    const field = (name: string) =>
      typeof form[name] === "string" ? (form[name] as string) : undefined;
    const originalId = field("originalId");
    const stored = originalId === undefined ? undefined : requireChannel(site, config, originalId);
    const fields = {
      id: field("id") ?? "",
      type: field("type") ?? "",
      to: field("to"),
      webhookUrl: field("webhookUrl"),
      url: field("url"),
      secret: field("secret"),
      removeSecret: field("removeSecret"),
      botToken: field("botToken"),
      signingSecret: field("signingSecret"),
      slackChannel: field("slackChannel"),
    };
    const channel = channelFromForm(fields, stored);
    const otherIds = config.channels.filter((ch) => ch !== stored).map((ch) => ch.id);
    const errors = channelFormErrors(fields, channel, otherIds);
    if (Object.keys(errors).length > 0) {
      const count = Object.keys(errors).length;
      const text = `The channel was not saved: ${count === 1 ? "one field needs" : `${count} fields need`} fixing, marked below.`;
      return channelsPage(c, {
        notice: { kind: "error", text },
        status: 400,
        draft: { originalId, fields, errors },
      });
    }
    // On the latest config, not the page's (sites/config-versions.ts): only this channel changes,
    // and one kept secret (a field left blank) is the latest's, not one replaced meanwhile.
    const saved = await saveSiteConfig(c.env, site, (latest) => {
      const current =
        originalId === undefined ? undefined : latest.channels.find((ch) => ch.id === originalId);
      if (originalId !== undefined && !current)
        throw new AppError(
          "bad_request",
          `Nothing was saved: channel ${originalId} was removed since this page was opened.`,
        );
      const changed = current ? channelFromForm(fields, current) : channel;
      const channels: unknown[] = current
        ? latest.channels.map((ch) => (ch === current ? changed : ch))
        : [...latest.channels, changed];
      return { ...latest, channels };
    });
    if (!saved.ok) {
      const name = `channel ${String(channel.id || "(new)")}: `;
      const text = saved.error.replace(/^channels\.\d+\./, name);
      return channelsPage(c, {
        notice: { kind: "error", text },
        status: 400,
        draft: { originalId, fields, errors: {} },
      });
    }
    const savedId = encodeURIComponent(fields.id);
    return c.redirect(`/admin/sites/${site}/channels?done=channel-saved&channel=${savedId}`, 303);
  })
  .post("/sites/:site/channels/:channel/delete", async (c) => {
    const { site, config } = c.var;
    const id = requireChannel(site, config, c.req.param("channel")).id;
    const saved = await saveSiteConfig(c.env, site, (latest) => ({
      ...latest,
      channels: latest.channels.filter((ch) => ch.id !== id),
    }));
    if (!saved.ok)
      return channelsPage(c, { notice: { kind: "error", text: saved.error }, status: 400 });
    const removedId = encodeURIComponent(id);
    return c.redirect(
      `/admin/sites/${site}/channels?done=channel-removed&channel=${removedId}`,
      303,
    );
  })
  .post("/sites/:site/channels/:channel/test", async (c) => {
    const channel = requireChannel(c.var.site, c.var.config, c.req.param("channel"));
    return channelsPage(c, { test: await sendTestHandoff(c.env, c.var.config, channel) });
  });

/**
 * "Channel “team-email” (Email) saved.": which channel, for an owner with several, who could
 * not tell from "Channel saved." which form it was. Named only as the site's channels bear it
 * out (a saved one is there, a removed one is not), as a link anyone can write carries both
 * values; otherwise the page's plain words (render.tsx).
 */
export function channelNotice(
  done: string | undefined,
  id: string | undefined,
  channels: readonly Channel[],
): Notice | undefined {
  if (id === undefined) return undefined;
  const channel = channels.find((ch) => ch.id === id);
  if (done === "channel-saved" && channel)
    return { kind: "ok", text: `Channel “${id}” (${CHANNEL_TYPE_LABELS[channel.type]}) saved.` };
  if (done === "channel-removed" && !channel && v.is(channelId, id))
    return { kind: "ok", text: `Channel “${id}” removed.` };
  return undefined;
}

async function channelsPage(
  c: Context<SiteEnv>,
  options: Pick<PageProps, "notice" | "status"> & {
    test?: ChannelTestResult;
    draft?: ChannelDraft;
  } = {},
) {
  const { site, config } = c.var;
  // The page still works without them: circuits are a view of delivery health, not the config.
  const circuits = await channelCircuits(
    siteDatabase(c.env, c.var.config),
    site,
    config.channels,
  ).catch(() => []);
  return renderPage(
    c,
    {
      title: `Channels · ${site}`,
      section: "channels",
      site,
      notice: options.notice,
      status: options.status,
    },
    <ChannelsEditor
      site={site}
      channels={config.channels}
      test={options.test ?? null}
      draft={options.draft ?? null}
      circuits={circuits}
      eventsUrl={new URL(`/slack/events/${site}`, c.req.url).href}
    />,
  );
}
