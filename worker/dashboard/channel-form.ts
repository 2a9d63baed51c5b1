import type { Channel } from "../sites/config-schema.ts";

/** The fields of a channel form, as posted. */
export interface ChannelFormFields {
  id: string;
  type: string;
  to?: string;
  webhookUrl?: string;
  url?: string;
  secret?: string;
  removeSecret?: string;
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
    default:
      return { id, type: fields.type };
  }
}
