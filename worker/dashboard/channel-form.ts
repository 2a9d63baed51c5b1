import { isValidEmail } from "../../shared/email.ts";
import { type Channel, isDeliverableUrl, isSlackDestination } from "../sites/config-schema.ts";
import { isSigningSecret } from "../sites/channel-schema.ts";

/** The fields of a channel form, as posted. */
export interface ChannelFormFields {
  id: string;
  type: string;
  to?: string;
  webhookUrl?: string;
  url?: string;
  secret?: string;
  removeSecret?: string;
  /** A Slack app's: its bot token and signing secret (kept when left empty), and channel id. */
  botToken?: string;
  signingSecret?: string;
  slackChannel?: string;
}

/**
 * A channel object from a posted form, not yet validated (the site config schema does that).
 * Secrets are never shown back after saving, so an empty secret field on an existing channel of
 * the same type means "keep the stored one".
 *
 * @example
 * channelFromForm({ id: "mail", type: "email", to: "a@x.example, b@x.example" }, undefined);
 * // { id: "mail", type: "email", to: ["a@x.example", "b@x.example"] }
 */
export function channelFromForm(
  fields: ChannelFormFields,
  stored: Channel | undefined,
): Record<string, unknown> {
  const id = fields.id.trim();
  const same = stored && stored.type === fields.type ? stored : undefined;
  switch (fields.type) {
    case "email":
      return { id, type: "email", to: (fields.to ?? "").split(/[\s,;]+/).filter(Boolean) };
    case "slack": {
      const typed = fields.webhookUrl?.trim() ?? "";
      const kept = same?.type === "slack" ? same.webhookUrl : "";
      return { id, type: "slack", webhookUrl: typed || kept };
    }
    case "webhook": {
      const typed = fields.secret?.trim() ?? "";
      const kept = same?.type === "webhook" ? same.secret : undefined;
      const secret = fields.removeSecret ? undefined : typed || kept;
      return {
        id,
        type: "webhook",
        url: fields.url?.trim() ?? "",
        ...(secret === undefined ? {} : { secret }),
      };
    }
    case "slack-app": {
      const kept = same?.type === "slack-app" ? same : undefined;
      return {
        id,
        type: "slack-app",
        botToken: fields.botToken?.trim() || (kept?.botToken ?? ""),
        signingSecret: fields.signingSecret?.trim() || (kept?.signingSecret ?? ""),
        channel: fields.slackChannel?.trim() ?? "",
        // Not on the form: a stand-in for Slack's Web API, set through the admin API only.
        ...(kept?.apiUrl ? { apiUrl: kept.apiUrl } : {}),
      };
    }
    default:
      return { id, type: fields.type };
  }
}

/** A channel form's problems, by field, in words an owner acts on. */
export type ChannelFormErrors = Partial<
  Record<
    "id" | "to" | "webhookUrl" | "url" | "secret" | "botToken" | "signingSecret" | "slackChannel",
    string
  >
>;

const MAX_ADDRESSES = 20;

/**
 * Every problem of a posted channel form at once, by field, in the owner's words (the site
 * schema checks the same rules, but names the first problem by its path). `otherIds` are the
 * ids of the site's other channels.
 *
 * @example
 * channelFormErrors({ id: "Team Mail", type: "email", to: "sales@, ok@x.example" }, []);
 * // { id: "Use only lowercase…", to: "“sales@” is not an email address." }
 */
export function channelFormErrors(
  fields: ChannelFormFields,
  channel: Record<string, unknown>,
  otherIds: readonly string[],
): ChannelFormErrors {
  const errors: ChannelFormErrors = {};
  const id = fields.id.trim();
  if (!id) errors.id = "Give the channel a name, such as team-mail.";
  else if (!/^[a-z0-9][a-z0-9_-]{0,63}$/.test(id))
    errors.id =
      "Use only lowercase letters, digits, - and _ (at most 64), starting with a letter or digit: for example team-mail.";
  else if (otherIds.includes(id))
    errors.id = `Another channel is already called “${id}”: choose another name.`;
  if (fields.type === "email") {
    const to = Array.isArray(channel.to) ? (channel.to as string[]) : [];
    const bad = to.filter((address) => !isValidEmail(address));
    if (to.length === 0) errors.to = "Enter at least one email address.";
    else if (bad.length > 0)
      errors.to = `${bad.map((b) => `“${b}”`).join(", ")} ${bad.length === 1 ? "is not an email address" : "are not email addresses"}: check ${bad.length === 1 ? "it" : "them"}.`;
    else if (to.length > MAX_ADDRESSES)
      errors.to = `Enter at most ${MAX_ADDRESSES} addresses (you entered ${to.length}).`;
  }
  if (fields.type === "slack") {
    const url = String(channel.webhookUrl ?? "");
    if (!url)
      errors.webhookUrl =
        "Paste the Slack webhook URL: it starts with https://hooks.slack.com/services/.";
    else if (!isSlackDestination(url))
      errors.webhookUrl =
        "This is not a Slack incoming-webhook URL: those start with https://hooks.slack.com/services/. In Slack, add the Incoming Webhooks app to a channel and copy its Webhook URL.";
  }
  if (fields.type === "webhook") {
    const url = String(channel.url ?? "");
    if (!url) errors.url = "Enter the address Clarifier should post each handoff to.";
    else if (!isDeliverableUrl(url))
      errors.url = "This is not a web address Clarifier can post to: it must start with https://.";
    const secret = channel.secret;
    // The config's own check: a looser one here let a secret through to a refusal at the top of
    // the page, with no field marked.
    if (typeof secret === "string" && !isSigningSecret(secret))
      errors.secret =
        "A signing secret is whsec_ followed by 24 to 64 random bytes in base64 (for example whsec_ and the output of openssl rand -base64 32); leave it empty to send unsigned.";
  }
  if (fields.type === "slack-app") {
    if (!/^xoxb-[A-Za-z0-9-]{10,250}$/.test(String(channel.botToken ?? "")))
      errors.botToken =
        "Paste the app's Bot User OAuth Token: it starts with xoxb- (in Slack: your app › OAuth & Permissions, after installing it to the workspace).";
    if (!/^[0-9a-f]{32}$/.test(String(channel.signingSecret ?? "")))
      errors.signingSecret =
        "Paste the app's Signing Secret: 32 letters and digits (in Slack: your app › Basic Information › App Credentials).";
    if (!/^[CGD][A-Z0-9]{2,30}$/.test(String(channel.channel ?? "")))
      errors.slackChannel =
        "Enter the Slack channel's id, such as C0123ABCD (in Slack: open the channel's details; the id is at the bottom), not its #name.";
  }
  return errors;
}
