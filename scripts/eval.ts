/**
 * `npm run eval -- <set.json>... [--json] [--fit]`: runs the worker's own index and retriever
 * over retrieval-confidence sets (format: ../shared/eval/README.md) and prints, per set, the KB
 * size, counts, ROC AUC, and at 0.2 / 0.4 / 0.6 the answer rate on answerable queries, top-1
 * correctness of those and the handoff rate on unanswerable ones.
 *
 *   --json   the same figures as JSON
 *   --fit    also refit the confidence model on these sets and print the constants to paste
 *            into worker/kb/confidence.ts (the figures above are those of the current constants),
 *            and, given two sets or more, the leave-one-set-out figures: each set scored by the
 *            model fitted on the others
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import * as v from "valibot";
import { FEATURE_NAMES } from "../worker/kb/confidence.ts";
import {
  EvalSetSchema,
  type QueryResult,
  runSet,
  type SetReport,
  summarise,
} from "./evaluation/evaluate.ts";
import { fitConfidence, leaveOneSetOut } from "./evaluation/fit.ts";

const USAGE = "usage: npm run eval -- <set.json>... [--json] [--fit]";

const args = process.argv.slice(2);
const asJson = args.includes("--json");
const fit = args.includes("--fit");
const files = args.filter((a) => !a.startsWith("--"));
const unknown = args.filter((a) => a.startsWith("--") && a !== "--json" && a !== "--fit");
if (files.length === 0 || unknown.length > 0) {
  console.error(unknown.length ? `unknown option ${unknown.join(", ")}\n${USAGE}` : USAGE);
  process.exit(1);
}

const reports: SetReport[] = [];
const sizes: { kbDocuments: number; passages: number }[] = [];
const allResults: QueryResult[][] = [];
for (const file of files) {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    console.error(
      `Cannot read ${file} as JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }
  const parsed = v.safeParse(EvalSetSchema, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    console.error(
      `${file} is not an eval set: ${issue ? `${v.getDotPath(issue) ?? "(root)"}: ${issue.message}` : "invalid"}`,
    );
    process.exit(1);
  }
  const set = parsed.output;
  const { results, passages, msPerQuery } = runSet(set);
  allResults.push(results);
  sizes.push({ kbDocuments: set.kb.length, passages });
  reports.push(
    summarise(
      set.name ?? path.basename(file, ".json"),
      set.kb.length,
      passages,
      results,
      msPerQuery,
    ),
  );
}

if (asJson) {
  console.log(
    JSON.stringify(
      fit ? { sets: reports, fit: fitted(), leaveOneSetOut: loso() } : { sets: reports },
      null,
      2,
    ),
  );
} else {
  for (const r of reports) printReport(r);
  if (fit) {
    const { weights, intercept } = fitted();
    console.log("\nrefitted constants for worker/kb/confidence.ts:");
    console.log(`  features:  ${FEATURE_NAMES.join(", ")}`);
    console.log(`  WEIGHTS = [${weights.map((w) => round(w, 3)).join(", ")}];`);
    console.log(`  INTERCEPT = ${round(intercept, 3)};`);
    const held = loso();
    if (held.length)
      console.log("\nleave-one-set-out (each set scored by the model fitted on the others):");
    for (const r of held) printReport(r);
  }
}

function fitted() {
  return fitConfidence(allResults);
}

function loso(): SetReport[] {
  if (allResults.length < 2) return [];
  return leaveOneSetOut(allResults).map((results, i) => {
    const r = reports[i] as SetReport;
    const size = sizes[i] as { kbDocuments: number; passages: number };
    return summarise(r.name, size.kbDocuments, size.passages, results, r.msPerQuery);
  });
}

function printReport(r: SetReport): void {
  const pct = (x: number) => (Number.isNaN(x) ? "  -  " : `${(x * 100).toFixed(1).padStart(5)}%`);
  const kinds = Object.entries(r.aucByKind)
    .map(([k, auc]) => `${k} ${auc.toFixed(3)}`)
    .join(", ");
  console.log(
    `\n${r.name}: ${r.kbDocuments} KB documents (${r.passages} passages), ${r.answerable} answerable, ${r.unanswerable} unanswerable`,
  );
  console.log(
    `  ROC AUC ${r.auc.toFixed(3)}${kinds ? ` (vs ${kinds})` : ""}; top-1 correct over all answerable ${pct(r.top1All)}; ${r.msPerQuery.toFixed(3)} ms/query (median)`,
  );
  console.log("  threshold   answer rate          top-1 correct        handoff rate");
  for (const t of r.thresholds) {
    console.log(
      `  ${t.threshold.toFixed(1).padEnd(10)}  ${pct(t.answerRate)} (${t.answered}/${r.answerable})`.padEnd(
        35,
      ) +
        `${pct(t.top1)} (${t.answeredCorrect}/${t.answered})`.padEnd(21) +
        `${pct(t.handoffRate)} (${t.handedOff}/${r.unanswerable})`,
    );
  }
}

function round(x: number, digits: number): number {
  return Math.round(x * 10 ** digits) / 10 ** digits;
}
