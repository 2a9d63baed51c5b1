/** @jsxImportSource hono/jsx */
import { formatScore } from "../../../shared/handoff.ts";
import {
  MAX_OUTCOMES_PER_VISITOR,
  MIN_JUDGED_OUTCOMES,
  type ThresholdEvidence,
} from "../threshold-evidence.ts";

/** Per confidence band, what visitors and the owner said; then the threshold that did best. */
export function EvidencePanel(props: {
  site: string;
  days: number;
  current: number;
  evidence: ThresholdEvidence;
  /** Set when the verdicts read stopped at this many, the latest: said, so the figure is not taken for the period's. */
  capped?: number;
}) {
  const { evidence: e } = props;
  const r = e.recommendation;
  const path = `/admin/sites/${props.site}/threshold?days=${props.days}`;
  return (
    <section class="card" id="evidence" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">What the evidence says</h2>
      <p class="hint">
        Over the last {props.days} days: {e.totals.helpful}{" "}
        {e.totals.helpful === 1 ? "answer" : "answers"} marked helpful, {e.totals.unhelpful} marked
        not helpful, and {e.totals.couldHaveAnswered} low-confidence handoffs marked “AI could have
        answered” ({e.judged} judged outcomes; one visitor's verdicts on one article count once, and
        no visitor's more than {MAX_OUTCOMES_PER_VISITOR}).
        {props.capped
          ? ` Based on the latest ${props.capped} rated answers of the period, which holds more.`
          : null}
      </p>
      {r ? (
        <div class="verdict answer" id="recommendation">
          <p>
            <strong>
              {r.threshold === props.current
                ? `Keep the threshold at ${formatScore(r.threshold)}`
                : `Recommended threshold: ${formatScore(r.threshold)}`}
            </strong>
            {r.range.from !== r.range.to
              ? ` (anything from ${formatScore(r.range.from)} to ${formatScore(r.range.to)} does as well)`
              : ""}
            . Of {e.judged} judged outcomes, {r.helpful} would have gone well (at the current{" "}
            {formatScore(props.current)}: {e.current.helpful}): it keeps {r.helpfulKept} of{" "}
            {e.totals.helpful} helpful answers, hands {r.unhelpfulHandedOff} of {e.totals.unhelpful}{" "}
            not-helpful answers to a person, and answers {r.labelledAnswered} of{" "}
            {e.totals.couldHaveAnswered} “could have answered” handoffs.
          </p>
          {r.threshold !== props.current ? (
            <p>
              <a href={`${path}&threshold=${r.threshold}#threshold`}>
                Preview {formatScore(r.threshold)} below
              </a>{" "}
              before saving.
            </p>
          ) : null}
        </div>
      ) : (
        <p class="verdict handoff" id="recommendation">
          <strong>Not enough data yet</strong>: {e.judged} judged outcomes; a recommendation needs
          at least {MIN_JUDGED_OUTCOMES} (helpful / not helpful verdicts from visitors and “AI could
          have answered” labels on handoffs). Look back further, or label more handoffs.
        </p>
      )}
      <table class="cards evidence">
        <thead>
          <tr>
            <th scope="col">Confidence</th>
            <th scope="col">Helpful answers</th>
            <th scope="col">Unhelpful answers</th>
            <th scope="col">“Could have answered” handoffs</th>
          </tr>
        </thead>
        <tbody>
          {e.bands.map((b) => (
            <tr>
              <th scope="row">
                {b.from.toFixed(1)}–{b.to.toFixed(1)}
              </th>
              <td data-label="Helpful answers">{b.helpful}</td>
              <td data-label="Unhelpful answers">{b.unhelpful}</td>
              <td data-label="“Could have answered”">{b.couldHaveAnswered}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
