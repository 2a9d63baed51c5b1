/** One part of `npm run bench`: a table of figures and the same as JSON for bench/results.json. */
export interface BenchSection {
  name: string;
  /** Label → figure, printed as a table. Say the unit and the statistic in the label. */
  rows: Record<string, number | string>;
  /** Anything worth comparing between runs; defaults to `rows`. */
  json?: unknown;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return (
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0
  );
}
