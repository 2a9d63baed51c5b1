/** @jsxImportSource hono/jsx */
import { formatScore } from "../../../shared/handoff.ts";
import type { SiteTally } from "../tally.ts";
import type { ThresholdPreview } from "../threshold-preview.ts";

export const DAY_CHOICES = [7, 14, 30, 90] as const;

const WIDTH = 640;
const HEIGHT = 180;
const PAD = 24;

/** The histogram's confidence slices: scored messages and keyword handoffs in each. */
type Bins = readonly { from: number; to: number; scored: number; keyword: number }[];

/** A bar per confidence slice; the current threshold dashed, the previewed one solid. */
function Histogram(props: { bins: Bins; current: number; preview: number }) {
  const max = Math.max(1, ...props.bins.map((b) => b.scored + b.keyword));
  const plotW = WIDTH - 2 * PAD;
  const plotH = HEIGHT - 2 * PAD;
  const x = (value: number) => PAD + value * plotW;
  const barW = plotW / props.bins.length;
  return (
    <svg
      class="histogram"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={`Confidence of the logged questions in ${props.bins.length} slices from 0 to 1; the tallest holds ${max}.`}
    >
      {props.bins.map((b) => {
        const scoredH = (b.scored / max) * plotH;
        const keywordH = (b.keyword / max) * plotH;
        const left = x(b.from) + 1;
        return (
          <g>
            <title>{`${b.from.toFixed(2)}–${b.to.toFixed(2)}: ${b.scored} scored, ${b.keyword} keyword`}</title>
            <rect
              class="bar"
              x={left}
              y={PAD + plotH - scoredH}
              width={barW - 2}
              height={scoredH}
            />
            <rect
              class="bar keyword"
              x={left}
              y={PAD + plotH - scoredH - keywordH}
              width={barW - 2}
              height={keywordH}
            />
          </g>
        );
      })}
      <line class="axis" x1={PAD} x2={WIDTH - PAD} y1={PAD + plotH} y2={PAD + plotH} />
      {[0, 0.25, 0.5, 0.75, 1].map((t) => (
        <text class="tick" x={x(t)} y={HEIGHT - 6} text-anchor="middle">
          {t.toFixed(2)}
        </text>
      ))}
      <text class="tick" x={PAD} y={PAD - 8}>
        {`${max} questions`}
      </text>
      <line
        class="current"
        x1={x(props.current)}
        x2={x(props.current)}
        y1={PAD - 4}
        y2={PAD + plotH}
      />
      <line
        id="preview-line"
        class="preview"
        x1={x(props.preview)}
        x2={x(props.preview)}
        y1={PAD - 4}
        y2={PAD + plotH}
        data-left={PAD}
        data-width={plotW}
      />
    </svg>
  );
}

/**
 * The replay's rows, each once: its label, its figure in a ThresholdPreview, and what was logged
 * for it (the tally's figure, or the replay at the current threshold for labels). The table the
 * slider reads (`data-preview`) holds the threshold and then these fields in this order, which
 * public/admin/assets/dashboard.js reads by position.
 */
const PREVIEW_ROWS: readonly {
  label: string;
  field: keyof ThresholdPreview;
  logged: (tally: SiteTally, current: ThresholdPreview) => number;
}[] = [
  { label: "Answered by the AI", field: "answered", logged: (t) => t.answered },
  { label: "Offered a handoff", field: "handedOff", logged: (t) => t.offered.total },
  { label: "… for a keyword", field: "byKeyword", logged: (t) => t.offered.keyword },
  { label: "… by the button", field: "byButton", logged: (t) => t.offered.button },
  { label: "… for low confidence", field: "byConfidence", logged: (t) => t.offered.lowConfidence },
  {
    label: "“AI could have answered” handoffs it would answer",
    field: "labelledAnswered",
    logged: (_, current) => current.labelledAnswered,
  },
  {
    label: "“AI could have answered” handoffs still handed off",
    field: "labelledKept",
    logged: (_, current) => current.labelledKept,
  },
];

/** The threshold page: the evidence, a live preview, and the save. */
export function ThresholdTuning(props: {
  site: string;
  days: number;
  current: ThresholdPreview;
  preview: ThresholdPreview;
  table: readonly ThresholdPreview[];
  bins: Bins;
  /** The period's tally, the same figures as Stats. */
  logged: SiteTally;
}) {
  const path = `/admin/sites/${props.site}/threshold`;
  const t = props.logged;
  const judged = t.messages - t.smallTalk;
  const unscored = judged - props.bins.reduce((sum, b) => sum + b.scored + b.keyword, 0);
  return (
    <>
      <ThresholdLead days={props.days} logged={t} />
      <LookBackForm path={path} days={props.days} threshold={props.preview.threshold} />
      <HistogramFigure
        bins={props.bins}
        current={props.current.threshold}
        preview={props.preview.threshold}
        unscored={unscored}
      />
      <ThresholdForm
        path={path}
        days={props.days}
        judged={judged}
        current={props.current}
        preview={props.preview}
        table={props.table}
        logged={t}
      />
    </>
  );
}

/** The period's counts in one sentence, the same as Stats. */
function ThresholdLead(props: { days: number; logged: SiteTally }) {
  const t = props.logged;
  return (
    <p class="lead" id="threshold-lead" data-results tabindex={-1}>
      {t.messages === 0
        ? `No visitor messages for this site in the last ${props.days} days, so there is nothing to tune against yet.`
        : `${t.messages} visitor messages in the last ${props.days} days: ${t.answered} answered, ${t.smallTalk} small talk, ${t.offered.total} offered a handoff (${t.offered.keyword} for a keyword, ${t.offered.lowConfidence} for low confidence, ${t.offered.button} by the button), and ${t.sent.total} handoffs sent to a person: the same counts as Stats. Below the threshold the AI offers a handoff; a keyword or the button does whatever the confidence. Small talk is left out below: no threshold changes it.`}
    </p>
  );
}

/** The period picker; a GET form that keeps the previewed threshold. */
function LookBackForm(props: { path: string; days: number; threshold: number }) {
  return (
    // `#results`: the page it brings back focuses the period's counts (dashboard.js).
    <form class="inline" method="get" action={`${props.path}#results`}>
      <label>
        Look back
        <select name="days">
          {DAY_CHOICES.map((d) => (
            <option value={String(d)} selected={d === props.days}>{`${d} days`}</option>
          ))}
        </select>
      </label>
      <input type="hidden" name="threshold" value={String(props.threshold)} />
      <button type="submit" class="secondary">
        Show
      </button>
    </form>
  );
}

/** The histogram with its key, and how many messages it cannot show. */
function HistogramFigure(props: {
  bins: Bins;
  current: number;
  preview: number;
  unscored: number;
}) {
  return (
    <figure>
      <Histogram bins={props.bins} current={props.current} preview={props.preview} />
      <figcaption>
        <span class="key scored"></span> messages by confidence <span class="key keyword"></span>{" "}
        keyword handoffs with a confidence <span class="key current"></span> current threshold{" "}
        {formatScore(props.current)} <span class="key preview"></span> preview
        {props.unscored > 0
          ? `. Not shown: ${props.unscored} messages without a confidence (keywords the widget caught before asking, and the button).`
          : ""}
      </figcaption>
      {/* The bars' counts were only in each bar's <title>: a tooltip a mouse shows, inside an
          image a screen reader reads as its one name ("the tallest holds 3"). The same numbers
          as a table, one step away for anyone (WCAG 1.1.1). */}
      <details class="chart-data">
        <summary>The chart's numbers</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Confidence</th>
              <th scope="col">Messages</th>
              <th scope="col">Keyword handoffs</th>
            </tr>
          </thead>
          <tbody>
            {props.bins.map((b) => (
              <tr>
                <th scope="row">{`${b.from.toFixed(2)}–${b.to.toFixed(2)}`}</th>
                <td>{b.scored}</td>
                <td>{b.keyword}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** The slider, the replay table it updates in the page, and the save. */
function ThresholdForm(props: {
  path: string;
  days: number;
  judged: number;
  current: ThresholdPreview;
  preview: ThresholdPreview;
  table: readonly ThresholdPreview[];
  logged: SiteTally;
}) {
  const { current, preview, path } = props;
  // Every threshold's replay, for the page's script to show as the slider moves.
  const table = props.table.map((p) => [p.threshold, ...PREVIEW_ROWS.map((row) => p[row.field])]);
  return (
    <form
      class="threshold-form card"
      method="post"
      action={path}
      data-preview={JSON.stringify(table)}
    >
      <input type="hidden" name="days" value={String(props.days)} />
      <label for="threshold">
        Threshold{" "}
        <output id="threshold-value" for="threshold">
          {formatScore(preview.threshold)}
        </output>
      </label>
      <input
        id="threshold"
        name="threshold"
        type="range"
        min="0"
        max="1"
        step="0.01"
        value={String(preview.threshold)}
      />
      <PreviewTable
        judged={props.judged}
        current={current}
        preview={preview}
        logged={props.logged}
      />
      <p class="hint">
        The replay applies one threshold to every message, so a message logged under an earlier
        threshold or an older knowledge base may come out differently from how it was logged.
      </p>
      <div class="actions">
        <button type="submit" formmethod="get" formaction={path} class="secondary js-hidden">
          Preview
        </button>
        <button type="submit">Save threshold</button>
      </div>
    </form>
  );
}

/** What was logged beside what the previewed threshold would have done, row by row. */
function PreviewTable(props: {
  judged: number;
  current: ThresholdPreview;
  preview: ThresholdPreview;
  logged: SiteTally;
}) {
  const { current, preview } = props;
  const t = props.logged;
  return (
    <table class="preview-table">
      <thead>
        <tr>
          <th scope="col">Of the {props.judged} visitor messages that are not small talk</th>
          <th scope="col">Logged (now {formatScore(current.threshold)})</th>
          <th scope="col">
            Replayed at{" "}
            <output id="preview-threshold-head">{formatScore(preview.threshold)}</output>
          </th>
        </tr>
      </thead>
      <tbody>
        {PREVIEW_ROWS.map((row) => (
          <tr>
            <th scope="row">{row.label}</th>
            <td id={`logged-${row.field}`}>{row.logged(t, current)}</td>
            <td>
              <output id={`preview-${row.field}`} data-field={row.field}>
                {preview[row.field]}
              </output>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
