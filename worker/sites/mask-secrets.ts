import type { Channel, SiteConfig } from "./config-schema.ts";

const MASK = "••••";

/** The channel fields that hold a secret, of every channel type: never shown unmasked. */
const SECRET_FIELDS: readonly string[] = ["secret", "webhookUrl", "botToken", "signingSecret"];

/** `whsec_…` and webhook URLs shown as their last four characters, e.g. `••••Xy9Z`. */
export function maskSecret(secret: string): string {
  return `${MASK}${secret.slice(-4)}`;
}

/**
 * A stored config's text as the admin API shows it when it no longer parses as a config: the
 * channel secrets masked as in a valid one, the fields that hold one (`SECRET_FIELDS`) wherever
 * they are, and, in text that is not JSON, those fields' string values and anything shaped like
 * a secret.
 */
export function maskStoredSecrets(raw: string): string {
  try {
    return JSON.stringify(
      JSON.parse(raw, (key, value) =>
        SECRET_FIELDS.includes(key) && typeof value === "string" ? maskSecret(value) : value,
      ),
    );
  } catch {
    return raw
      .replace(
        SECRET_FIELD_IN_TEXT,
        (_, before: string, value: string) => `${before}${maskSecret(value)}"`,
      )
      .replace(/whsec_[A-Za-z0-9+/=_-]+/g, (secret) => maskSecret(secret))
      .replace(/xox[a-z]-[A-Za-z0-9-]+/g, (token) => maskSecret(token))
      .replace(/https:\/\/hooks\.slack\.com\/[^\s"',}]+/g, (url) => maskSecret(url));
  }
}

/** `"botToken": "xoxb-…"` and the like in text that is not JSON: the lead-in, then the value. */
const SECRET_FIELD_IN_TEXT = new RegExp(
  `("(?:${SECRET_FIELDS.join("|")})"\\s*:\\s*")((?:[^"\\\\]|\\\\.)*)"`,
  "g",
);

/** The config as the admin API shows it: every channel secret masked. */
export function maskSiteConfig(config: SiteConfig): SiteConfig {
  return { ...config, channels: config.channels.map(maskChannel) };
}

function maskChannel(channel: Channel): Channel {
  switch (channel.type) {
    case "slack":
      return { ...channel, webhookUrl: maskSecret(channel.webhookUrl) };
    case "slack-app":
      return {
        ...channel,
        botToken: maskSecret(channel.botToken),
        signingSecret: maskSecret(channel.signingSecret),
      };
    case "webhook":
      return {
        ...channel,
        secret: channel.secret === undefined ? undefined : maskSecret(channel.secret),
      };
    case "email":
      return channel;
  }
}

/**
 * A config sent back unchanged after `GET` carries masked secrets. Where a masked value equals
 * the mask of the stored channel's secret (same id and type), the stored secret is kept, so a
 * site owner can edit other fields without re-entering secrets; a Slack app's bot token only
 * while its `apiUrl`, where the token is sent, is unchanged.
 */
export function restoreMaskedSecrets(incoming: unknown, stored: SiteConfig | null): unknown {
  if (!stored || !isRecord(incoming) || !Array.isArray(incoming.channels)) return incoming;
  const byId = new Map(stored.channels.map((c) => [c.id, c]));
  const channels = incoming.channels.map((raw: unknown) => {
    if (!isRecord(raw)) return raw;
    const old = byId.get(String(raw.id));
    if (!old || old.type !== raw.type) return raw;
    if (old.type === "slack" && raw.webhookUrl === maskSecret(old.webhookUrl)) {
      return { ...raw, webhookUrl: old.webhookUrl };
    }
    if (old.type === "slack-app") {
      // The bot token goes wherever `apiUrl` says: kept only while it goes where it went, so
      // that a config's editor, who never sees the token, cannot send it to a host of theirs.
      const sameApi = raw.apiUrl === old.apiUrl;
      return {
        ...raw,
        ...(sameApi && raw.botToken === maskSecret(old.botToken) ? { botToken: old.botToken } : {}),
        ...(raw.signingSecret === maskSecret(old.signingSecret)
          ? { signingSecret: old.signingSecret }
          : {}),
      };
    }
    if (
      old.type === "webhook" &&
      old.secret !== undefined &&
      raw.secret === maskSecret(old.secret)
    ) {
      return { ...raw, secret: old.secret };
    }
    return raw;
  });
  return { ...incoming, channels };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
