/** @jsxImportSource hono/jsx */
import { channelTypeLabel } from "../format.ts";
import { type HandoffReason, REASON_LABELS } from "../../../shared/handoff.ts";
import type { ChannelOutcomes } from "../../handoff/deliveries-store.ts";
import type { DailyHandoffs } from "../../handoff/store.ts";
import { percent, type SiteTally } from "../tally.ts";

/** Stats: visitor messages and what became of them, handoffs per day, each channel's delivery. */
export function Stats(props: {
  days: number;
  daily: readonly DailyHandoffs[];
  tally: SiteTally;
  channels: readonly ChannelOutcomes[];
  retentionDays: number;
}) {
  const reasons = Object.keys(REASON_LABELS) as HandoffReason[];
  const byDay = new Map<string, Record<HandoffReason, number>>();
  for (const row of props.daily) {
    const day = byDay.get(row.day) ?? { keyword: 0, low_confidence: 0, visitor_request: 0 };
    day[row.reason] = row.count;
    byDay.set(row.day, day);
  }
  const t = props.tally;
  return (
    <>
      <p class="lead">
        The last {props.days} days. Every number below counts one thing, named beside it; the
        Threshold, Answers and Handoffs pages count the same way.
      </p>
      <p id="retention">
        Visitor messages, and the questions visitors picked an article for, are kept{" "}
        {props.retentionDays} days, then deleted, except in conversations handed to a person (kept
        until you delete them on the handoff's page).
      </p>
      <div class="stat-grid">
        <div class="card" id="stat-messages">
          <span class="stat">{t.messages}</span> visitor messages
          <p class="hint">
            Every message a visitor sent: {t.answered} answered, {t.smallTalk} small talk (hello,
            thanks, goodbye), {t.offered.total} offered a handoff
            {t.other > 0 ? `, ${t.other} neither` : ""}.
          </p>
        </div>
        <div class="card" id="stat-answered">
          <span class="stat">{t.answered}</span> answered from the knowledge base
          <p class="hint">
            {percent(t.answered, t.messages)} of visitor messages; visitors marked {t.helpful}{" "}
            helpful and {t.unhelpful} not helpful.
          </p>
        </div>
        <div class="card" id="stat-offered">
          <span class="stat">{t.offered.total}</span> handoffs offered
          <p class="hint">
            {percent(t.offered.total, t.messages)} of visitor messages: {t.offered.keyword} for a
            keyword, {t.offered.lowConfidence} for low confidence, {t.offered.button} by the “Talk
            to a person” button. A keyword the widget catches by itself, and the button, reach the
            worker only when the visitor sends the handoff.
          </p>
        </div>
        <div class="card" id="stat-sent">
          <span class="stat">{t.sent.total}</span> handoffs sent
          <p class="hint">
            The visitor left their message for a person (the Handoffs page lists them):{" "}
            {t.sent.keyword} for a keyword, {t.sent.lowConfidence} for low confidence,{" "}
            {t.sent.button} by the button ({percent(t.sent.total, t.offered.total)} of offers).
          </p>
        </div>
      </div>
      <h2>Handoffs sent per day</h2>
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
