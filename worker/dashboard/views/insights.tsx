/** @jsxImportSource hono/jsx */
import { formatScore, type HandoffReason, REASON_LABELS } from "../../../shared/handoff.ts";
import type { ChannelOutcomes } from "../../handoff/deliveries-store.ts";
import type { DailyHandoffs } from "../../handoff/store.ts";

/** Stats: handoffs per day by trigger, the handoff rate, each channel's delivery success. */
export function Stats(props: {
  days: number;
  daily: readonly DailyHandoffs[];
  questions: number;
  handedOff: number;
  channels: readonly ChannelOutcomes[];
}) {
  const reasons = Object.keys(REASON_LABELS) as HandoffReason[];
  const byDay = new Map<string, Record<HandoffReason, number>>();
  for (const row of props.daily) {
    const day = byDay.get(row.day) ?? { keyword: 0, low_confidence: 0, visitor_request: 0 };
    day[row.reason] = row.count;
    byDay.set(row.day, day);
  }
  const total = props.daily.reduce((sum, r) => sum + r.count, 0);
  const rate = props.questions === 0 ? null : props.handedOff / props.questions;
  return (
    <>
      <div class="stat-grid">
        <div class="card">
          <span class="stat">{total}</span> {total === 1 ? "handoff" : "handoffs"} in the last{" "}
          {props.days} days
        </div>
        <div class="card">
          <span class="stat">{rate === null ? "–" : `${Math.round(rate * 100)}%`}</span> of{" "}
          {props.questions} visitor messages handed off
        </div>
      </div>
      <h2>Handoffs per day</h2>
      {byDay.size === 0 ? (
        <p class="empty">No handoffs in this period.</p>
      ) : (
        <table>
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
                  <td>{counts[r]}</td>
                ))}
                <td>{reasons.reduce((s, r) => s + counts[r], 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Delivery by channel</h2>
      {props.channels.length === 0 ? (
        <p class="empty">No deliveries in this period.</p>
      ) : (
        <table>
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
            {props.channels.map((ch) => {
              const settled = ch.delivered + ch.failed;
              return (
                <tr>
                  <th scope="row">{ch.channelId}</th>
                  <td>{ch.channelType}</td>
                  <td>{ch.delivered}</td>
                  <td>{ch.failed}</td>
                  <td>{ch.pending}</td>
                  <td>{settled === 0 ? "–" : `${Math.round((ch.delivered / settled) * 100)}%`}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
