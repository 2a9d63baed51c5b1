import * as v from "valibot";
import { LANGUAGES } from "../../shared/languages.ts";
import { DEFAULT_THRESHOLD } from "../../shared/limits.ts";
import { semanticSettingsSchema } from "../kb/semantic/settings.ts";
import {
  channelUrlProblem,
  deliverableUrl,
  emailChannel,
  slackAppChannel,
  slackChannel,
  slackUrlProblem,
  webhookChannel,
} from "./channel-schema.ts";

export {
  channelUrlProblem,
  isDeliverableUrl,
  isSigningSecret,
  isSlackDestination,
  isSlackWebhookUrl,
  slackUrlProblem,
} from "./channel-schema.ts";

const originPattern = v.pipe(
  v.string(),
  v.check((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "https:" || url.protocol === "http:") && url.origin === value;
    } catch {
      return false;
    }
  }, "must be an origin such as https://acme.example (scheme and host, no path)."),
);

const clockTime = v.pipe(
  v.string(),
  v.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, "must be a time like 09:00 (24-hour clock)."),
);

/** Whether `zone` is an IANA time zone the runtime knows ("Europe/Copenhagen"). */
function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const openingHoursSchema = v.object({
  timeZone: v.pipe(
    v.string(),
    v.check(isTimeZone, "must be a time zone such as Europe/Copenhagen."),
  ),
  weekly: v.pipe(
    v.array(
      v.pipe(
        v.object({
          day: v.picklist([0, 1, 2, 3, 4, 5, 6], "must be 0 (Sunday) to 6 (Saturday)."),
          from: clockTime,
          to: clockTime,
        }),
        v.check((range) => range.from < range.to, "from must be before to."),
      ),
    ),
    v.maxLength(50, "may list at most 50 ranges."),
  ),
});

/** A site's configuration as `api.md` defines it, with every default filled in. */
// The spec's fields (allowedOrigins … channels) take null as "not given", their default: the
// spec lists them as optional with defaults, and a script that writes every field of its own
// type sends the ones it leaves unset as null.
export const SiteConfigSchema = v.pipe(
  v.object({
    name: v.pipe(
      v.string(),
      v.trim(),
      v.minLength(1, "must not be empty."),
      v.maxLength(100, "must be at most 100 characters."),
    ),
    allowedOrigins: v.nullish(
      v.pipe(v.array(originPattern), v.maxLength(50, "may list at most 50 origins.")),
      [],
    ),
    threshold: v.nullish(
      v.pipe(
        v.number("must be a number."),
        v.minValue(0, "must be between 0 and 1."),
        v.maxValue(1, "must be between 0 and 1."),
      ),
      DEFAULT_THRESHOLD,
    ),
    keywords: v.nullish(
      v.object({
        mode: v.nullish(v.picklist(["add", "replace"], 'must be "add" or "replace".'), "add"),
        phrases: v.nullish(
          v.pipe(
            v.array(
              v.pipe(
                v.string(),
                v.trim(),
                v.minLength(1, "must not be empty."),
                v.maxLength(200, "must be at most 200 characters."),
              ),
            ),
            v.maxLength(500, "may list at most 500 phrases."),
          ),
          [],
        ),
      }),
      { mode: "add", phrases: [] },
    ),
    requireEmail: v.nullish(v.boolean("must be true or false."), false),
    handoffButton: v.nullish(v.boolean("must be true or false."), false),
    language: v.nullish(
      v.picklist(["auto", ...LANGUAGES], `must be auto or one of ${LANGUAGES.join(", ")}.`),
      "auto",
    ),
    // The widget's accent colour; it darkens or lightens text on it to keep AA contrast.
    themeColor: v.optional(
      v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/, "must be a colour like #1d4ed8.")),
    ),
    // The widget's own words and placement, set on the dashboard's Widget page.
    greeting: v.optional(
      v.pipe(
        v.string("must be a string."),
        v.trim(),
        v.minLength(1, "must not be empty: leave it out for the built-in greeting."),
        v.maxLength(300, "must be at most 300 characters."),
      ),
    ),
    launcherLabel: v.optional(
      v.pipe(
        v.string("must be a string."),
        v.trim(),
        v.minLength(1, "must not be empty: leave it out for the built-in label."),
        v.maxLength(40, "must be at most 40 characters."),
      ),
    ),
    position: v.optional(v.picklist(["left", "right"], 'must be "left" or "right".')),
    // Which languages the widget may speak to visitors; all it knows when left out.
    languages: v.optional(
      v.pipe(
        v.array(v.picklist(LANGUAGES, `must each be one of ${LANGUAGES.join(", ")}.`)),
        v.minLength(1, "must list at least one language."),
        v.check((list) => new Set(list).size === list.length, "must not list a language twice."),
      ),
    ),
    // When the team answers, in its own time zone, and how fast: the widget tells a visitor
    // "We usually reply within 2 hours", or when the team is back.
    openingHours: v.optional(openingHoursSchema),
    replyTimeMinutes: v.optional(
      v.pipe(
        v.number("must be a number of minutes."),
        v.integer("must be a whole number of minutes."),
        v.minValue(1, "must be at least 1 minute."),
        v.maxValue(60 * 24 * 14, "must be at most 14 days."),
      ),
    ),
    // Teach a visitor's question to an article automatically once this many different visitors
    // picked that article among a low-confidence reply's suggestions (and none then asked for
    // a person): off when absent. Never fewer than two, so one visitor can't teach alone.
    learnFromPicks: v.optional(
      v.pipe(
        v.number("must be a number of visitors."),
        v.integer("must be a whole number of visitors."),
        v.minValue(2, "must be at least 2 visitors: one visitor must never teach alone."),
        v.maxValue(100, "must be at most 100 visitors."),
      ),
    ),
    // The D1 binding (declared in wrangler.toml) that holds this site's conversations, handoffs
    // and deliveries: how sites are sharded (worker/sites/site-database.ts). `DB` when absent.
    // The admin API also checks that the binding exists. Changing it does not move stored data.
    database: v.optional(
      v.pipe(
        v.string("must be the name of a D1 binding, such as DB or DB_2."),
        v.regex(/^DB(_[A-Z0-9]{1,30})?$/, "must be the name of a D1 binding, such as DB or DB_2."),
      ),
    ),
    // How long visitor messages are kept before the cron deletes them (worker/conversations/
    // retention.ts); a conversation that handed off is kept for the team. 90 days when absent.
    retentionDays: v.optional(
      v.pipe(
        v.number("must be a number of days."),
        v.integer("must be a whole number of days."),
        v.minValue(1, "must be at least 1 day."),
        v.maxValue(3650, "must be at most 3650 days (10 years)."),
      ),
    ),
    // An OpenAI-compatible chat-completions endpoint that phrases answers from the retrieved
    // passages; its key is the worker secret LLM_API_KEY, never part of the config.
    answerModel: v.optional(
      v.object({
        url: deliverableUrl,
        model: v.pipe(
          v.string(),
          v.minLength(1, "must not be empty."),
          v.maxLength(100, "must be at most 100 characters."),
        ),
      }),
    ),
    // Meaning, not just words: a Workers AI embedding model re-orders the articles a
    // low-confidence reply suggests (docs/knowledge-base.md). Needs the worker's `AI` binding;
    // off when absent, and without the binding it stays off whatever the config says.
    semantic: v.optional(semanticSettingsSchema),
    channels: v.nullish(
      v.pipe(
        v.array(
          v.variant(
            "type",
            [emailChannel, slackChannel, slackAppChannel, webhookChannel],
            "must have type email, slack, slack-app or webhook.",
          ),
        ),
        v.maxLength(20, "may list at most 20 channels."),
      ),
      [],
    ),
  }),
  v.check(
    (config) => new Set(config.channels.map((c) => c.id)).size === config.channels.length,
    "channels: each channel id must be unique.",
  ),
);

export type SiteConfig = v.InferOutput<typeof SiteConfigSchema>;

/** Days visitor messages are kept when a site's config doesn't say. */
export const DEFAULT_RETENTION_DAYS = 90;

/** How many days this site keeps visitor messages. */
export function retentionDaysOf(config: Pick<SiteConfig, "retentionDays"> | null): number {
  return config?.retentionDays ?? DEFAULT_RETENTION_DAYS;
}
export type Channel = SiteConfig["channels"][number];
export type WebhookChannel = Extract<Channel, { type: "webhook" }>;
export type SlackChannel = Extract<Channel, { type: "slack" }>;

/**
 * The first outbound URL of `config` that `channelUrlProblem` refuses, as
 * "path: problem" in the schema's style (so a caller answers it like any other 400), or null.
 * The schema alone cannot tell: whether loopback is allowed depends on the environment.
 *
 * @example
 * findChannelUrlProblem(config, isLocalDevelopment(c.env));
 * // "channels.1.url: must reach a public host: 10.0.0.1 is loopback, private, link-local or reserved."
 */
export function findChannelUrlProblem(
  config: SiteConfig,
  localDevelopment: boolean,
): string | null {
  const urls: [path: string, url: string][] = [];
  config.channels.forEach((channel, i) => {
    if (channel.type === "webhook") urls.push([`channels.${i}.url`, channel.url]);
    if (channel.type === "slack") urls.push([`channels.${i}.webhookUrl`, channel.webhookUrl]);
    // Where a Slack app's bot token and every notice go: refused at send time before, but saved.
    if (channel.type === "slack-app" && channel.apiUrl)
      urls.push([`channels.${i}.apiUrl`, channel.apiUrl]);
  });
  if (config.answerModel) urls.push(["answerModel.url", config.answerModel.url]);
  for (const [path, url] of urls) {
    const problem =
      (path.endsWith(".webhookUrl") ? slackUrlProblem(url, localDevelopment) : null) ??
      channelUrlProblem(url, localDevelopment);
    if (problem) return `${path}: ${problem}`;
  }
  return null;
}
