/** @jsxImportSource hono/jsx */
import { formatScore, type HandoffReason, REASON_LABELS } from "../../../shared/handoff.ts";
import type { GapGroup } from "../knowledge-gaps.ts";
import type { ChannelOutcomes } from "../../handoff/deliveries-store.ts";
import type { DailyHandoffs } from "../../handoff/store.ts";

/** Knowledge gaps: what visitors asked that the knowledge base could not answer well. */
export function KnowledgeGaps(props: { days: number; groups: readonly GapGroup[] }) {
  if (props.groups.length === 0) {
    return <p class="empty">No handoffs for low confidence in the last {props.days} days.</p>;
  }
  return (
    <>
      <p class="lead">
        Questions handed off for low confidence in the last {props.days} days, similar ones
        together, with the article the knowledge base found but did not trust. Each group is a
        candidate for a new or better article.
      </p>
      {props.groups.map((g) => (
        <section class="card gap">
          <h2>
            {g.example} <span class="badge">{g.questions.length}</span>
          </h2>
          <p>
            Best match:{" "}
            {g.bestMatch ? (
              g.bestMatch.url ? (
                <a href={g.bestMatch.url}>{g.bestMatch.title}</a>
              ) : (
                g.bestMatch.title
              )
            ) : (
              <em>nothing relevant</em>
            )}
          </p>
          <ul>
            {g.questions.map((q) => (
              <li>
                <a href={`/admin/handoffs/${q.handoffId}`}>{q.text}</a>{" "}
                <span class="hint">confidence {formatScore(q.confidence)}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

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
