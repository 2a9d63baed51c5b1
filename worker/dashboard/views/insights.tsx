/** @jsxImportSource hono/jsx */
import { channelTypeLabel } from "../format.ts";
import { type HandoffReason, REASON_LABELS } from "../../../shared/handoff.ts";
import type { ChannelOutcomes } from "../../handoff/deliveries-store.ts";
import type { DailyHandoffs } from "../../handoff/store.ts";
import { type HandoffTally, type MessageTally, percent } from "../tally.ts";

/** Stats: visitor messages and what became of them, handoffs per day, each channel's delivery. */
export function Stats(props: {
  days: number;
  daily: readonly DailyHandoffs[];
  messages: MessageTally;
  handoffs: HandoffTally;
  channels: readonly ChannelOutcomes[];
}) {
  const reasons = Object.keys(REASON_LABELS) as HandoffReason[];
  const byDay = new Map<string, Record<HandoffReason, number>>();
  for (const row of props.daily) {
    const day = byDay.get(row.day) ?? { keyword: 0, low_confidence: 0, visitor_request: 0 };
    day[row.reason] = row.count;
    byDay.set(row.day, day);
  }
  const m = props.messages;
  const h = props.handoffs;
  const offered = m.keyword + m.lowConfidence + m.button;
  return (
    <>
      <p class="lead">
        The last {props.days} days. Every number below counts one thing, named beside it.
      </p>
      <div class="stat-grid">
        <div class="card" id="stat-messages">
          <span class="stat">{m.messages}</span> visitor messages
          <p class="hint">
            Every message a visitor sent the assistant
            {m.other > 0 ? `; ${m.other} of them neither answered nor handed off` : ""}.
          </p>
        </div>
        <div class="card" id="stat-answered">
          <span class="stat">{m.answered}</span> answered from the knowledge base
          <p class="hint">
            {percent(m.answered, m.messages)} of visitor messages; visitors marked {m.helpful} 👍
            and {m.unhelpful} 👎.
          </p>
        </div>
        <div class="card" id="stat-offered">
          <span class="stat">{offered}</span> handoffs offered
          <p class="hint">
            {percent(offered, m.messages)} of visitor messages: {m.keyword} for a keyword,{" "}
            {m.lowConfidence} for low confidence, {m.button} by the “Talk to a person” button. A
            keyword the widget catches itself reaches the worker only with a completed handoff.
          </p>
        </div>
        <div class="card" id="stat-handoffs">
          <span class="stat">{h.total}</span> handoffs completed
          <p class="hint">
            The visitor left their message for a person: {h.keyword} for a keyword,{" "}
            {h.lowConfidence} for low confidence, {h.button} by the button (
            {percent(h.total, offered)} of offers).
          </p>
        </div>
      </div>
      <h2>Handoffs completed per day</h2>
      {byDay.size === 0 ? (
        <p class="empty">No handoffs in this period.</p>
      ) : (
        <table class="cards">
          <thead>
            <tr>
              <th scope="col">Day (UTC)</th>
              {reasons.map((r) => (
                <th scope="col">{REASON_LABELS[r]}</th>
              ))}
              <th scope="col">Total</th>
            </tr>
          </thead>
          <tbody>
            {[...byDay.entries()].reverse().map(([day, counts]) => (
              <tr>
                <th scope="row">{day}</th>
                {reasons.map((r) => (
                  <td data-label={REASON_LABELS[r]}>{counts[r]}</td>
                ))}
                <td data-label="Total">{reasons.reduce((s, r) => s + counts[r], 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Delivery by channel</h2>
      {props.channels.length === 0 ? (
        <p class="empty">No deliveries in this period.</p>
      ) : (
        <table class="cards">
          <thead>
            <tr>
              <th scope="col">Channel</th>
              <th scope="col">Type</th>
              <th scope="col">Delivered</th>
              <th scope="col">Failed</th>
              <th scope="col">Pending</th>
              <th scope="col">Success rate</th>
            </tr>
          </thead>
          <tbody>
            {props.channels.map((ch) => (
              <tr>
                <th scope="row">{ch.channelId}</th>
                <td data-label="Type">{channelTypeLabel(ch.channelType)}</td>
                <td data-label="Delivered">{ch.delivered}</td>
                <td data-label="Failed">{ch.failed}</td>
                <td data-label="Pending">{ch.pending}</td>
                <td data-label="Success rate">{percent(ch.delivered, ch.delivered + ch.failed)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
