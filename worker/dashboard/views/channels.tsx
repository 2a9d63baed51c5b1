/** @jsxImportSource hono/jsx */
import type { ChannelTestResult } from "../../channels/test-handoff.ts";
import type { Channel } from "../../sites/config-schema.ts";
import { maskSecret } from "../../sites/mask-secrets.ts";

const TYPE_LABELS = { email: "Email", slack: "Slack", webhook: "Webhook" } as const;

function ChannelFields(props: { channel: Channel | null; type: Channel["type"]; prefix: string }) {
  const c = props.channel;
  const p = props.prefix;
  switch (props.type) {
    case "email":
      return (
        <>
          <label for={`${p}-to`}>Send to (one or more addresses, comma or line separated)</label>
          <textarea id={`${p}-to`} name="to" rows={2} required>
            {c?.type === "email" ? c.to.join("\n") : ""}
          </textarea>
        </>
      );
    case "slack":
      return (
        <>
          <label for={`${p}-webhookUrl`}>Slack incoming webhook URL</label>
          <input
            id={`${p}-webhookUrl`}
            name="webhookUrl"
            type="url"
            autocomplete="off"
            required={!c}
            placeholder={
              c?.type === "slack"
                ? `${maskSecret(c.webhookUrl)} (saved; leave empty to keep)`
                : "https://hooks.slack.com/services/…"
            }
          />
        </>
      );
    case "webhook":
      return (
        <>
          <label for={`${p}-url`}>URL</label>
          <input
            id={`${p}-url`}
            name="url"
            type="url"
            required
            value={c?.type === "webhook" ? c.url : ""}
            placeholder="https://…"
          />
          <label for={`${p}-secret`}>Signing secret (whsec_…, optional)</label>
          <input
            id={`${p}-secret`}
            name="secret"
            type="password"
            autocomplete="off"
            placeholder={
              c?.type === "webhook" && c.secret
                ? `${maskSecret(c.secret)} (saved; leave empty to keep)`
                : "whsec_…"
            }
          />
          {c?.type === "webhook" && c.secret ? (
            <label class="check">
              <input type="checkbox" name="removeSecret" value="1" /> Remove the secret (send
              unsigned)
            </label>
          ) : null}
        </>
      );
  }
}

/** One saved channel: edit, send a test, remove. */
function ChannelCard(props: { site: string; channel: Channel; test: ChannelTestResult | null }) {
  const c = props.channel;
  const base = `/admin/sites/${props.site}/channels`;
  return (
    <section
      class="card channel"
      id={`channel-${c.id}`}
      aria-labelledby={`channel-${c.id}-heading`}
    >
      <h2 id={`channel-${c.id}-heading`}>
        {c.id} <span class="badge">{TYPE_LABELS[c.type]}</span>
      </h2>
      <form method="post" action={base}>
        <input type="hidden" name="originalId" value={c.id} />
        <input type="hidden" name="type" value={c.type} />
        <label for={`ch-${c.id}-id`}>Channel id</label>
        <input
          id={`ch-${c.id}-id`}
          name="id"
          value={c.id}
          required
          pattern="[a-z0-9][a-z0-9_\-]{0,63}"
        />
        <ChannelFields channel={c} type={c.type} prefix={`ch-${c.id}`} />
        <div class="actions">
          <button type="submit">Save</button>
        </div>
      </form>
      <div class="actions">
        <form method="post" action={`${base}/${c.id}/test`}>
          <button type="submit" class="secondary">
            Send test
          </button>
        </form>
        <form
          method="post"
          action={`${base}/${c.id}/delete`}
          data-confirm={`Remove channel ${c.id}? Handoffs will no longer go to it.`}
        >
          <button type="submit" class="danger">
            Remove
          </button>
        </form>
      </div>
      {props.test ? (
        <p class={`notice ${props.test.ok ? "ok" : "error"} test-result`} role="status">
          {props.test.ok
            ? `Test delivered in ${props.test.durationMs} ms.`
            : `Test failed after ${props.test.durationMs} ms: ${props.test.error ?? "unknown error"}`}
        </p>
      ) : null}
    </section>
  );
}

/** The channels page: each saved channel, then forms to add one of each type. */
export function ChannelsEditor(props: {
  site: string;
  channels: readonly Channel[];
  test: ChannelTestResult | null;
}) {
  const base = `/admin/sites/${props.site}/channels`;
  return (
    <>
      <p class="lead">
        Every handoff goes to every channel below. Secrets are shown masked once saved.
      </p>
      {props.channels.length === 0 ? (
        <p>No channels yet: handoffs are stored here but sent nowhere.</p>
      ) : null}
      {props.channels.map((c) => (
        <ChannelCard
          site={props.site}
          channel={c}
          test={props.test?.channel === c.id ? props.test : null}
        />
      ))}
      <h2>Add a channel</h2>
      <div class="grid">
        {(["email", "slack", "webhook"] as const).map((type) => (
          <form
            class="card"
            method="post"
            action={base}
            aria-label={`Add ${TYPE_LABELS[type]} channel`}
          >
            <h3>{TYPE_LABELS[type]}</h3>
            <input type="hidden" name="type" value={type} />
            <label for={`new-${type}-id`}>Channel id</label>
            <input
              id={`new-${type}-id`}
              name="id"
              required
              pattern="[a-z0-9][a-z0-9_\-]{0,63}"
              placeholder={`team-${type}`}
            />
            <ChannelFields channel={null} type={type} prefix={`new-${type}`} />
            <button type="submit">Add {TYPE_LABELS[type].toLowerCase()} channel</button>
          </form>
        ))}
      </div>
    </>
  );
}
