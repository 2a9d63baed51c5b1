/** One part of `npm run bench`: a table of figures and the same as JSON for bench/results.json. */
export interface BenchSection {
  name: string;
  /** Label → figure, printed as a table. Say the unit and the statistic in the label. */
  rows: Record<string, number | string>;
  /** Anything worth comparing between runs; defaults to `rows`. */
  json?: unknown;
}
