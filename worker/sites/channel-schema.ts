/**
 * The channel half of a site's config: where handoffs go, and the rules their URLs and secrets
 * must meet (checked when a config is saved, and again when a delivery is sent).
 */
import * as v from "valibot";
import { isValidEmail } from "../../shared/email.ts";
import { isLoopbackHost } from "../http/loopback.ts";
import { isPublicHost } from "../http/public-address.ts";

/** `https:` anywhere; plain `http:` only to loopback, for local development and tests. */
export function isDeliverableUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === "https:") return true;
  return url.protocol === "http:" && isLoopbackHost(url.hostname);
}

const URL_RULE = "must be an https: URL (http: only to 127.0.0.1 or localhost).";

/**
 * What is wrong with `url` as a channel's destination, or null when nothing is: today's scheme
 * rule (`isDeliverableUrl`), and a public host (`isPublicHost`) so that a site's channels can't
 * probe loopback, private networks or cloud metadata. On a developer's machine
 * (`localDevelopment`) loopback is allowed, for local receivers; other private hosts are not.
 * Call it where a URL is saved (admin API, dashboard) and again where it is sent to.
 *
 * @example
 * channelUrlProblem("https://hooks.slack.com/services/T/B/x", false); // null
 * channelUrlProblem("https://169.254.169.254/", false); // "must reach a public host: …"
 * channelUrlProblem("http://127.0.0.1:8787/hook", true); // null
 */
export function channelUrlProblem(url: string, localDevelopment: boolean): string | null {
  if (!isDeliverableUrl(url)) return URL_RULE;
  const { hostname } = new URL(url);
  if (localDevelopment && isLoopbackHost(hostname)) return null;
  if (isPublicHost(hostname)) return null;
  return `must reach a public host: ${hostname} is loopback, private, link-local or reserved.`;
}

/**
 * Whether `secret` is a Standard Webhooks signing secret this worker can sign with: `whsec_`
 * then base64 with correct padding of 24 to 64 bytes (the range Standard Webhooks allows). A
 * secret that merely looks like one ("whsec_" + 17 characters) was saved and then could never
 * sign, so it is decoded here, as signing will.
 *
 * @example
 * isSigningSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"); // true: 24 bytes
 * isSigningSecret("whsec_AAAAAAAAAAAAAAAAA"); // false: 17 characters are not whole base64
 */
export function isSigningSecret(secret: string): boolean {
  const base64 = /^whsec_((?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?)$/.exec(
    secret,
  )?.[1];
  if (base64 === undefined) return false;
  let length: number;
  try {
    length = atob(base64).length;
  } catch {
    return false;
  }
  return length >= 24 && length <= 64;
}

/**
 * Whether `value` is a Slack incoming-webhook URL (`https://hooks.slack.com/services/…`): the
 * one kind of address a Slack channel posts to. Anything else would take the Block Kit message
 * and the visitor's text somewhere that is not Slack.
 *
 * @example
 * isSlackWebhookUrl("https://hooks.slack.com/services/T000/B000/XXXX"); // true
 * isSlackWebhookUrl("https://example.com/not-slack"); // false
 */
export function isSlackWebhookUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    url.protocol === "https:" &&
    url.hostname === "hooks.slack.com" &&
    url.port === "" &&
    !url.username &&
    !url.password &&
    /^\/services\/[^/]+/.test(url.pathname)
  );
}

/** Where a Slack channel may post: Slack, or a loopback receiver (local development and tests only: `channelUrlProblem` refuses loopback elsewhere). */
export function isSlackDestination(value: string): boolean {
  if (isSlackWebhookUrl(value)) return true;
  return isDeliverableUrl(value) && isLoopbackHost(new URL(value).hostname);
}

const SLACK_URL_RULE =
  "must be a Slack incoming-webhook URL such as https://hooks.slack.com/services/T000/B000/XXXX (in Slack: add the Incoming Webhooks app to a channel and copy its Webhook URL).";

/**
 * What is wrong with `url` as a Slack channel's destination, or null: it must be Slack's own
 * (`isSlackWebhookUrl`), or on a developer's machine a loopback receiver. Checked where a config
 * is saved (`findChannelUrlProblem`) and again at send time, not by the schema, so that a
 * config stored before this rule still loads (its other channels keep delivering) while its
 * Slack channel fails, saying why.
 *
 * @example
 * slackUrlProblem("https://example.com/not-slack", false); // "must be a Slack incoming-webhook URL …"
 */
export function slackUrlProblem(url: string, localDevelopment: boolean): string | null {
  if (isSlackWebhookUrl(url)) return null;
  if (localDevelopment && isSlackDestination(url)) return null;
  return SLACK_URL_RULE;
}

export const channelId = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, "must be 1-64 lowercase letters, digits, '-' or '_'."),
);
export const deliverableUrl = v.pipe(v.string(), v.check(isDeliverableUrl, URL_RULE));

export const emailChannel = v.object({
  id: channelId,
  type: v.literal("email"),
  to: v.pipe(
    v.array(v.pipe(v.string(), v.check(isValidEmail, "must be an email address."))),
    v.minLength(1, "must list at least one address."),
    v.maxLength(20, "may list at most 20 addresses."),
  ),
});
export const slackChannel = v.object({
  id: channelId,
  type: v.literal("slack"),
  webhookUrl: deliverableUrl,
});
/**
 * A Slack app of the site's own (bot token with chat:write, users:read): each handoff gets its
 * own message in `channel`, follow-ups go into its thread, and replies in the thread reach the
 * visitor (Events API at `/slack/events/<site>`, checked with the app's signing secret).
 * `apiUrl` is Slack's Web API unless set (a test stands in for Slack there).
 */
export const slackAppChannel = v.object({
  id: channelId,
  type: v.literal("slack-app"),
  botToken: v.pipe(
    v.string(),
    v.regex(/^xoxb-[A-Za-z0-9-]{10,250}$/, "must be the app's bot token, xoxb-…"),
  ),
  signingSecret: v.pipe(
    v.string(),
    v.regex(/^[0-9a-f]{32}$/, "must be the app's signing secret (32 hexadecimal digits)."),
  ),
  channel: v.pipe(
    v.string(),
    v.regex(/^[CGD][A-Z0-9]{2,30}$/, "must be a Slack channel id such as C0123ABCD."),
  ),
  apiUrl: v.optional(deliverableUrl),
});
export const webhookChannel = v.object({
  id: channelId,
  type: v.literal("webhook"),
  url: deliverableUrl,
  secret: v.optional(
    v.pipe(
      v.string(),
      v.check(
        isSigningSecret,
        "must be whsec_ followed by 24 to 64 random bytes in base64, for example whsec_ and the output of `openssl rand -base64 32`.",
      ),
    ),
  ),
});
