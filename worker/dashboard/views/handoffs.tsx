/** @jsxImportSource hono/jsx */
import type { Child } from "hono/jsx";
import type { TranscriptMessage } from "../../conversations/store.ts";
import type { Delivery } from "../../handoff/deliveries-store.ts";
import type { LabelledHandoff } from "../../handoff/store.ts";
import { describeTrigger, REASON_LABELS } from "../../../shared/handoff.ts";
import { NO_TEAM, type TeamDirectory, whoDid } from "../attribution.ts";
import { channelTypeLabel, formatTime } from "../format.ts";
import { langOf } from "../text-language.ts";
import type { Reply } from "../../handoff/replies-store.ts";
import { HandoffThread, ReplyForm, StatusForm } from "./handoff-thread.tsx";
import { TeachForm, teachPath } from "./teach.tsx";

const DELIVERY_LABELS = { pending: "Pending", delivered: "Delivered", failed: "Failed" } as const;

export interface HandoffFilterForm {
  site: string | null;
  trigger: string;
  from: string;
  to: string;
  labelled: boolean;
  /** Open, resolved, or "" for both. */
  status: string;
  counts: { open: number; resolved: number };
}

/** The filters above the list; a GET form, so every filtered view is a link. */
export function HandoffFilters(props: { filter: HandoffFilterForm }) {
  const f = props.filter;
  return (
    // `#results`: the page it brings back focuses what the filter found (dashboard.js), not its top.
    <form class="filters" method="get" action="/admin#results" aria-label="Filter handoffs">
      {f.site ? <input type="hidden" name="site" value={f.site} /> : null}
      <label>
        Status
        <select name="status">
          <option value="open" selected={f.status === "open"}>
            Open ({f.counts.open})
          </option>
          <option value="resolved" selected={f.status === "resolved"}>
            Resolved ({f.counts.resolved})
          </option>
          <option value="" selected={!f.status}>
            Any ({f.counts.open + f.counts.resolved})
          </option>
        </select>
      </label>
      <label>
        Trigger
        <select name="trigger">
          <option value="" selected={!f.trigger}>
            Any
          </option>
          {Object.entries(REASON_LABELS).map(([value, label]) => (
            <option value={value} selected={f.trigger === value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        From (UTC)
        <input type="date" name="from" value={f.from} />
      </label>
      <label>
        To (UTC)
        <input type="date" name="to" value={f.to} />
      </label>
      <label class="check">
        <input type="checkbox" name="labelled" value="1" checked={f.labelled} />
        Only “AI could have answered”
      </label>
      <button type="submit">Filter</button>
    </form>
  );
}

/**
 * What an empty list says, by why it is empty: filters that match nothing (and the way back), no
 * open handoff left (and where the resolved ones are), or none at all yet (what will bring one),
 * rather than "No handoffs match." to an owner who set no filter.
 */
export function EmptyHandoffs(props: { filter: HandoffFilterForm }) {
  const f = props.filter;
  const list = (status?: string) => {
    const query = new URLSearchParams();
    if (f.site) query.set("site", f.site);
    if (status !== undefined) query.set("status", status);
    const search = query.toString();
    return search ? `/admin?${search}` : "/admin";
  };
  if (f.trigger || f.from || f.to || f.labelled) {
    return (
      <p class="empty" data-results tabindex={-1}>
        No handoffs match these filters. <a href={list()}>Show every open handoff</a>
      </p>
    );
  }
  const total = f.counts.open + f.counts.resolved;
  if (total === 0) {
    return (
      <p class="empty" data-results tabindex={-1}>
        {`No handoffs yet${f.site ? ` for ${f.site}` : ""}. When a visitor asks the chat for a person (or the AI is not sure enough to answer) and sends their message, the handoff appears here and goes to the site's channels.`}
      </p>
    );
  }
  if (f.status === "open") {
    return (
      <p class="empty" data-results tabindex={-1}>
        {`No open handoffs: ${total === 1 ? "the only one is" : `all ${total} are`} resolved. `}
        <a href={list("resolved")}>Show the resolved handoffs</a>
      </p>
    );
  }
  if (f.status === "resolved") {
    return (
      <p class="empty" data-results tabindex={-1}>
        No resolved handoffs yet. <a href={list()}>Show the open handoffs</a>
      </p>
    );
  }
  return (
    <p class="empty" data-results tabindex={-1}>
      No handoffs match.
    </p>
  );
}

/** One handoff, collapsed to its essentials; opening it shows the transcript and deliveries. */
export function HandoffItem(props: {
  handoff: LabelledHandoff;
  deliveries: readonly Delivery[];
  /**
   * Whether any delivery of the handoff failed, read apart: `deliveries` holds the follow-ups of
   * the messages shown only. Absent, `deliveries` says.
   */
  anyFailed?: boolean;
  transcript: readonly TranscriptMessage[];
  /** Messages of the conversation before the first of `transcript`, not read for this page. */
  earlierMessages?: number;
  replies: readonly Reply[];
  returnTo: string;
  open?: boolean;
  /** The page lists the site's articles, so the question can be taught right here. */
  teachable?: boolean;
  /** The signed-in member's name, which their replies carry; null for the token holder. */
  sender?: string | null;
  /** The signed-in member's id, or "admin" for the token holder: whose reply draft it is. */
  writer?: string;
  /** The team now, to say who replied, resolved and reopened by the ids recorded. */
  team?: TeamDirectory;
}) {
  const h = props.handoff;
  const channelDeliveries = props.deliveries.filter((d) => d.kind === "handoff");
  // The list shows many handoffs, each with the same link and buttons: each names its handoff
  // after the words shown (heard, not seen), or a screen reader's list of links read "Open this
  // handoff to reply" fifty times, to fifty pages (WCAG 2.4.4, 2.4.6). One handoff's page has one.
  const which = props.open ? null : <WhichHandoff handoff={h} />;
  return (
    <details class="handoff" id={`handoff/${h.id}`} open={props.open}>
      <HandoffSummary handoff={h} replies={props.replies} deliveries={channelDeliveries} />
      <div class="handoff-body">
        <HandoffFacts handoff={h} />

        <h2>Deliveries</h2>
        <DeliveriesTable deliveries={channelDeliveries} />
        <HandoffActions
          handoff={h}
          failed={props.anyFailed ?? props.deliveries.some((d) => d.status === "failed")}
          returnTo={props.returnTo}
          teachable={props.teachable}
          which={which}
        />
        {h.reason === "low_confidence" && props.teachable ? (
          <TeachForm site={h.site} question={h.visitorMessage} idSuffix={h.id} />
        ) : null}

        <h2>Conversation</h2>
        <HandoffThread
          transcript={props.transcript}
          earlierMessages={props.earlierMessages ?? 0}
          replies={props.replies}
          replyEmails={props.deliveries.filter(
            (d) => d.kind === "reply" && d.channelType === "email",
          )}
          followUps={props.deliveries.filter((d) => d.kind === "follow_up")}
          handedOffMessage={h.visitorMessage}
          team={props.team}
        />
        {h.status === "resolved" && h.resolvedAt ? (
          <p class="hint">
            Resolved {formatTime(h.resolvedAt)}
            {byNote(whoDid(props.team ?? NO_TEAM, h.resolvedBy, h.resolvedById))}.
          </p>
        ) : h.reopenedAt ? (
          <p class="hint">
            Reopened {formatTime(h.reopenedAt)}
            {byNote(whoDid(props.team ?? NO_TEAM, h.reopenedBy, h.reopenedById))}.
          </p>
        ) : null}
        {props.open ? null : (
          // The list has no reply box (one handoff's page has): say where it is.
          <p>
            <a href={`/admin/handoffs/${h.id}`}>
              Open this handoff to reply{which}
              <span aria-hidden="true"> →</span>
            </a>
          </p>
        )}
        {props.open ? (
          <ReplyForm
            handoff={h}
            returnTo={props.returnTo}
            sender={props.sender ?? null}
            writer={props.writer ?? "admin"}
          />
        ) : null}
      </div>
    </details>
  );
}

/** Whose handoff, and when: what tells one handoff's controls from another's in a list. */
function WhichHandoff(props: { handoff: LabelledHandoff }) {
  const h = props.handoff;
  return (
    <span class="visually-hidden">{`: ${h.visitorEmail ?? "no email given"}, ${formatTime(h.createdAt)}`}</span>
  );
}

function byNote(who: string | null): string {
  return who ? ` by ${who}` : "";
}

/** The collapsed line: when, where, why, its state, and the visitor's words. */
function HandoffSummary(props: {
  handoff: LabelledHandoff;
  replies: readonly Reply[];
  /** The channel deliveries only: replies and follow-ups are not the handoff's delivery. */
  deliveries: readonly Delivery[];
}) {
  const h = props.handoff;
  return (
    <summary>
      <span class="when">{formatTime(h.createdAt)}</span>
      <span class="site">{h.site}</span>
      <span class={`badge ${h.reason}`}>{REASON_LABELS[h.reason]}</span>
      <span class={`badge ${h.status}`}>{h.status === "resolved" ? "Resolved" : "Open"}</span>
      {props.replies.length ? (
        <span class="badge replied">
          {props.replies.length} {props.replies.length === 1 ? "reply" : "replies"}
        </span>
      ) : null}
      {h.couldHaveAnsweredAt ? <span class="badge label">AI could have answered</span> : null}
      <DeliverySummary deliveries={props.deliveries} />
      <span class="summary-email">{h.visitorEmail ?? "no email given"}</span>
      <span class="message" lang={langOf(h.visitorMessage)}>
        {h.visitorMessage}
      </span>
    </summary>
  );
}

/**
 * A `mailto:` link to exactly `address`. A valid address may hold `?`, `&`, `=`, `%` and `#`
 * (all are atext), and a visitor chooses theirs: written into the link as it is,
 * `x?bcc=them%40evil.example&b=@acme.example` would open the agent's mail client with a hidden
 * Bcc (or a subject and body) the visitor chose. Percent-encoded, it is one address (RFC 6068).
 *
 * @example
 * mailtoHref("jane+shop@example.com"); // "mailto:jane%2Bshop@example.com"
 */
export function mailtoHref(address: string): string {
  return `mailto:${encodeURIComponent(address).replace(/%40/g, "@")}`;
}

/** The handoff's facts: who, what they said, what the AI said last, and why it handed off. */
function HandoffFacts(props: { handoff: LabelledHandoff }) {
  const h = props.handoff;
  return (
    <dl class="facts">
      <dt>Visitor email</dt>
      <dd>
        {h.visitorEmail ? (
          <a href={mailtoHref(h.visitorEmail)}>{h.visitorEmail}</a>
        ) : (
          <em>not given</em>
        )}
      </dd>
      <dt>Visitor message</dt>
      <dd class="quote" lang={langOf(h.visitorMessage)}>
        {h.visitorMessage}
      </dd>
      <dt>Last AI reply</dt>
      <dd class="quote" lang={h.lastAiReply ? langOf(h.lastAiReply) : undefined}>
        {h.lastAiReply ?? <em>none</em>}
      </dd>
      <dt>Trigger</dt>
      <dd>{describeTrigger(h, "dashboard")}</dd>
      <dt>Handoff id</dt>
      <dd>
        <a href={`/admin/handoffs/${h.id}`}>
          <code>{h.id}</code>
        </a>
      </dd>
    </dl>
  );
}

/** One row per channel the handoff went to, with its attempts and last error. */
function DeliveriesTable(props: { deliveries: readonly Delivery[] }) {
  if (props.deliveries.length === 0) {
    return <p>The site had no channels when this handoff arrived.</p>;
  }
  return (
    <table class="deliveries">
      <thead>
        <tr>
          <th scope="col">Channel</th>
          <th scope="col">Type</th>
          <th scope="col">Status</th>
          <th scope="col">Attempts</th>
          <th scope="col">Last error</th>
        </tr>
      </thead>
      <tbody>
        {props.deliveries.map((d) => (
          <tr>
            <td data-label="Channel">{d.channelId}</td>
            <td data-label="Type">{channelTypeLabel(d.channelType)}</td>
            <td data-label="Status">
              <span class={`status ${d.status}`}>{DELIVERY_LABELS[d.status]}</span>
            </td>
            <td data-label="Attempts">{d.attempts}</td>
            <td data-label="Last error" class="error-text">
              {d.lastError ?? ""}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Resolve or reopen, redeliver what failed, label, and the link to teach the question. */
function HandoffActions(props: {
  handoff: LabelledHandoff;
  /** Some delivery, of any kind, failed. */
  failed: boolean;
  returnTo: string;
  teachable?: boolean;
  /** What names the handoff in a list (`WhichHandoff`); null on its own page. */
  which: Child;
}) {
  const h = props.handoff;
  return (
    <div class="actions">
      <StatusForm handoff={h} returnTo={props.returnTo} which={props.which} />
      {props.failed ? (
        <form method="post" action={`/admin/handoffs/${h.id}/redeliver`}>
          <input type="hidden" name="back" value={props.returnTo} />
          <button type="submit">Redeliver failed channels{props.which}</button>
        </form>
      ) : null}
      {/* Only confidence decided a low-confidence handoff, so only there could the AI have answered. */}
      {h.reason === "low_confidence" || h.couldHaveAnsweredAt ? (
        <form method="post" action={`/admin/handoffs/${h.id}/label`}>
          <input type="hidden" name="back" value={props.returnTo} />
          <input type="hidden" name="couldHaveAnswered" value={h.couldHaveAnsweredAt ? "0" : "1"} />
          <button type="submit" class="secondary">
            {h.couldHaveAnsweredAt
              ? "Remove “AI could have answered” label"
              : "The AI could have answered this"}
            {props.which}
          </button>
        </form>
      ) : null}
      {h.reason === "low_confidence" && !props.teachable ? (
        <a href={teachPath(h.site, h.visitorMessage)}>
          Teach the knowledge base this question{props.which}
        </a>
      ) : null}
    </div>
  );
}

function DeliverySummary(props: { deliveries: readonly Delivery[] }) {
  const counts = { delivered: 0, pending: 0, failed: 0 };
  for (const d of props.deliveries) counts[d.status]++;
  const worst = counts.failed ? "failed" : counts.pending ? "pending" : "delivered";
  if (props.deliveries.length === 0) return <span class="status none">no channels</span>;
  return (
    <span class={`status ${worst}`}>
      {counts.delivered} of {props.deliveries.length} delivered
      {counts.failed ? `, ${counts.failed} failed` : ""}
    </span>
  );
}
