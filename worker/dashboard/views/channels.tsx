/** @jsxImportSource hono/jsx */
import type { Child } from "hono/jsx";
import { CHANNEL_TYPE_LABELS } from "../format.ts";
import type { ChannelTestResult } from "../../channels/test-handoff.ts";
import type { ChannelCircuit } from "../../handoff/circuits-store.ts";
import type { Channel } from "../../sites/config-schema.ts";
import { maskSecret } from "../../sites/mask-secrets.ts";
import type { ChannelFormErrors, ChannelFormFields } from "../channel-form.ts";
import { FieldError, invalid } from "./field.tsx";

/** A channel form as posted, with its problems, shown again after a refused save. */
export interface ChannelDraft {
  /** The saved channel the form edits; undefined for an "Add" form. */
  originalId: string | undefined;
  fields: ChannelFormFields;
  errors: ChannelFormErrors;
}

/**
 * A secret's field: never shown back once saved, only its last characters masked, and left
 * empty to keep it (`channelFromForm`).
 */
function SecretField(props: {
  id: string;
  name: string;
  label: string;
  saved: string | undefined;
  typed: string | undefined;
  /** The placeholder while nothing is saved. */
  example: string;
  required: boolean;
  error: string | undefined;
  /** Which channel's field, heard after the label (`ChannelFields`). */
  which: Child;
}) {
  return (
    <>
      <label for={props.id}>
        {props.label}
        {props.which}
      </label>
      <input
        id={props.id}
        name={props.name}
        type="password"
        autocomplete="off"
        required={props.required}
        value={props.typed ?? ""}
        placeholder={
          props.saved ? `${maskSecret(props.saved)} (saved; leave empty to keep)` : props.example
        }
        {...invalid(props.id, props.error)}
      />
      <FieldError id={props.id} error={props.error} />
    </>
  );
}

function ChannelFields(props: {
  channel: Channel | null;
  type: Channel["type"];
  prefix: string;
  draft: ChannelDraft | null;
  /** Where the site's Slack app sends its events: the Request URL to paste into Slack. */
  eventsUrl: string;
  /**
   * Which channel the fields are of, heard after each label: the page holds a form per channel
   * and one to add each type, so a screen reader's list of fields read "Channel id" five times
   * and "URL" twice, for which channel not said (WCAG 2.4.6).
   */
  which: Child;
}) {
  const c = props.channel;
  const p = props.prefix;
  const which = props.which;
  const typed = props.draft?.fields;
  const errors = props.draft?.errors ?? {};
  switch (props.type) {
    case "email":
      return (
        <>
          <label for={`${p}-to`}>
            Send to (one or more addresses, comma or line separated){which}
          </label>
          <textarea id={`${p}-to`} name="to" rows={2} required {...invalid(`${p}-to`, errors.to)}>
            {typed ? (typed.to ?? "") : c?.type === "email" ? c.to.join("\n") : ""}
          </textarea>
          <FieldError id={`${p}-to`} error={errors.to} />
        </>
      );
    case "slack":
      return (
        <>
          <label for={`${p}-webhookUrl`}>Slack incoming webhook URL{which}</label>
          <input
            id={`${p}-webhookUrl`}
            name="webhookUrl"
            type="url"
            autocomplete="off"
            required={!c}
            value={typed?.webhookUrl ?? ""}
            placeholder={
              c?.type === "slack"
                ? `${maskSecret(c.webhookUrl)} (saved; leave empty to keep)`
                : "https://hooks.slack.com/services/…"
            }
            {...invalid(`${p}-webhookUrl`, errors.webhookUrl)}
            aria-describedby={
              errors.webhookUrl
                ? `${p}-webhookUrl-hint ${p}-webhookUrl-error`
                : `${p}-webhookUrl-hint`
            }
          />
          {/* Which addresses are accepted is the field's description, not only text beside it. */}
          <p class="hint" id={`${p}-webhookUrl-hint`}>
            A Slack incoming-webhook URL, such as https://hooks.slack.com/services/T000/B000/XXXX:
            in Slack, add the Incoming Webhooks app to a channel and copy its Webhook URL. Other
            addresses are refused.
          </p>
          <FieldError id={`${p}-webhookUrl`} error={errors.webhookUrl} />
        </>
      );
    case "slack-app": {
      const app = c?.type === "slack-app" ? c : null;
      return (
        <>
          <SecretField
            id={`${p}-botToken`}
            name="botToken"
            label="Bot token (xoxb-…)"
            saved={app?.botToken}
            typed={typed?.botToken}
            example="xoxb-…"
            required={!app}
            error={errors.botToken}
            which={which}
          />
          <SecretField
            id={`${p}-signingSecret`}
            name="signingSecret"
            label="Signing secret"
            saved={app?.signingSecret}
            typed={typed?.signingSecret}
            example=""
            required={!app}
            error={errors.signingSecret}
            which={which}
          />
          <label for={`${p}-slackChannel`}>Slack channel id{which}</label>
          <input
            id={`${p}-slackChannel`}
            name="slackChannel"
            required
            autocomplete="off"
            value={typed ? (typed.slackChannel ?? "") : (app?.channel ?? "")}
            placeholder="C0123ABCD"
            {...invalid(`${p}-slackChannel`, errors.slackChannel)}
          />
          <FieldError id={`${p}-slackChannel`} error={errors.slackChannel} />
          <p class="hint">
            Your own Slack app, so the team can answer in Slack: each handoff gets its own message
            in the channel, and a reply in its thread reaches the visitor. In Slack, give the app
            the chat:write and users:read scopes, invite it to the channel, and under Event
            Subscriptions set the Request URL to <code>{props.eventsUrl}</code> and subscribe to
            message.channels (message.groups for a private channel).
          </p>
        </>
      );
    }
    case "webhook":
      return (
        <>
          <label for={`${p}-url`}>URL{which}</label>
          <input
            id={`${p}-url`}
            name="url"
            type="url"
            required
            value={typed ? (typed.url ?? "") : c?.type === "webhook" ? c.url : ""}
            placeholder="https://…"
            {...invalid(`${p}-url`, errors.url)}
          />
          <FieldError id={`${p}-url`} error={errors.url} />
          <SecretField
            id={`${p}-secret`}
            name="secret"
            label="Signing secret (whsec_…, optional)"
            saved={c?.type === "webhook" ? c.secret : undefined}
            typed={typed?.secret}
            example="whsec_…"
            required={false}
            error={errors.secret}
            which={which}
          />
          {c?.type === "webhook" && c.secret ? (
            <label class="check">
              <input type="checkbox" name="removeSecret" value="1" /> Remove the secret (send
              unsigned){which}
            </label>
          ) : null}
        </>
      );
  }
}

/** One saved channel: edit, send a test, remove. */
function ChannelCard(props: {
  site: string;
  channel: Channel;
  test: ChannelTestResult | null;
  draft: ChannelDraft | null;
  eventsUrl: string;
}) {
  const c = props.channel;
  const idError = props.draft?.errors.id;
  const base = `/admin/sites/${props.site}/channels`;
  // Each card's fields and buttons say whose they are: "Save", "Send test" and "Remove" stood
  // once per channel, for which one not said but in a heading above.
  const which = <span class="visually-hidden">{` of “${c.id}”`}</span>;
  const channel = <span class="visually-hidden">{` channel “${c.id}”`}</span>;
  return (
    <section
      class="card channel"
      id={`channel-${c.id}`}
      aria-labelledby={`channel-${c.id}-heading`}
    >
      <h2 id={`channel-${c.id}-heading`}>
        {c.id} <span class="badge">{CHANNEL_TYPE_LABELS[c.type]}</span>
      </h2>
      <form method="post" action={base}>
        <input type="hidden" name="originalId" value={c.id} />
        <input type="hidden" name="type" value={c.type} />
        <label for={`ch-${c.id}-id`}>Channel id{which}</label>
        <input
          id={`ch-${c.id}-id`}
          name="id"
          value={props.draft ? props.draft.fields.id : c.id}
          required
          {...invalid(`ch-${c.id}-id`, idError)}
        />
        <FieldError id={`ch-${c.id}-id`} error={idError} />
        <ChannelFields
          channel={c}
          type={c.type}
          prefix={`ch-${c.id}`}
          draft={props.draft}
          eventsUrl={props.eventsUrl}
          which={which}
        />
        <div class="actions">
          <button type="submit">Save{channel}</button>
        </div>
      </form>
      <div class="actions">
        <form method="post" action={`${base}/${c.id}/test`}>
          <button type="submit" class="secondary">
            Send test<span class="visually-hidden">{` to “${c.id}”`}</span>
          </button>
        </form>
        <form
          method="post"
          action={`${base}/${c.id}/delete`}
          data-confirm={`Remove channel ${c.id}? Handoffs will no longer go to it.`}
        >
          <button type="submit" class="danger">
            Remove{channel}
          </button>
        </form>
      </div>
      {props.test ? (
        <p class={`notice ${props.test.ok ? "ok" : "error"} test-result`} role="status">
          {props.test.ok
            ? `Test delivered in ${props.test.durationMs} ms: ${props.test.destination}.`
            : `Test to ${props.test.destination} failed after ${props.test.durationMs} ms: ${props.test.error ?? "unknown error"}`}
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
  draft: ChannelDraft | null;
  circuits: readonly ChannelCircuit[];
  eventsUrl: string;
}) {
  const base = `/admin/sites/${props.site}/channels`;
  const draft = props.draft;
  const addWhich = (type: Channel["type"]) => (
    <span class="visually-hidden">{` of the new ${CHANNEL_TYPE_LABELS[type].toLowerCase()} channel`}</span>
  );
  const newDraft = (type: string) =>
    draft && draft.originalId === undefined && draft.fields.type === type ? draft : null;
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
          draft={draft?.originalId === c.id ? draft : null}
          eventsUrl={props.eventsUrl}
        />
      ))}
      <ReceiverCircuits circuits={props.circuits} />
      <h2>Add a channel</h2>
      <div class="grid">
        {(["email", "slack", "slack-app", "webhook"] as const).map((type) => (
          <form
            class="card"
            method="post"
            action={base}
            aria-label={`Add ${CHANNEL_TYPE_LABELS[type]} channel`}
          >
            <h3>{CHANNEL_TYPE_LABELS[type]}</h3>
            <input type="hidden" name="type" value={type} />
            <label for={`new-${type}-id`}>Channel id{addWhich(type)}</label>
            <input
              id={`new-${type}-id`}
              name="id"
              required
              value={newDraft(type)?.fields.id ?? ""}
              placeholder={`team-${type}`}
              {...invalid(`new-${type}-id`, newDraft(type)?.errors.id)}
            />
            <FieldError id={`new-${type}-id`} error={newDraft(type)?.errors.id} />
            <ChannelFields
              channel={null}
              type={type}
              prefix={`new-${type}`}
              draft={newDraft(type)}
              eventsUrl={props.eventsUrl}
              which={addWhich(type)}
            />
            <button type="submit">Add {CHANNEL_TYPE_LABELS[type].toLowerCase()} channel</button>
          </form>
        ))}
      </div>
    </>
  );
}

/** Whether each channel's receiver is answering, or skipped until its next probe. */
function ReceiverCircuits(props: { circuits: readonly ChannelCircuit[] }) {
  if (props.circuits.length === 0) return null;
  return (
    <table aria-label="Receivers">
      <thead>
        <tr>
          <th>Channel</th>
          <th>Receiver</th>
          <th>Delivery</th>
        </tr>
      </thead>
      <tbody>
        {props.circuits.map((c) => (
          <tr>
            <td>{c.channel}</td>
            <td>{c.receiver}</td>
            <td>{circuitText(c)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function circuitText(c: ChannelCircuit): string {
  if (c.state === "closed")
    return c.failures > 0 ? `answering; ${c.failures} timed out in a row` : "answering";
  const probe = c.retryAt ? `, next try ${c.retryAt.slice(0, 16).replace("T", " ")} UTC` : "";
  const label = c.state === "open" ? "circuit open" : "circuit half-open (probing)";
  return `not answering: ${label}${probe}; deliveries wait on their backoff (${c.lastError ?? "timeouts"})`;
}
