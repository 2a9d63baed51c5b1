/**
 * `npm run eval -- [<set.json>...] [--json] [--fit] [--write]`: runs the worker's own decision (index,
 * retriever, small talk, requests for a person) over evaluation sets (format:
 * ../shared/eval/README.md; with no file, every set in ../shared/eval/ and in the project's own
 * eval/) and prints, per set, the KB size, counts, ROC AUC (small talk excluded), and at 0.2 /
 * 0.4 / 0.6 the answer rate on answerable queries, top-1 correctness of those and the handoff
 * rate on unanswerable ones. Sets
 * that say what to expect of each query (the small help centres) also get the decision's
 * figures at the default threshold: right article over answerable, share of answers right,
 * handoffs over unanswerable (per kind), small talk recognised, other-language questions handed
 * off in their language. `handoff-requests.json` gets recall per language and false handoffs.
 *
 *   --json   the same figures as JSON
 *   --write  also write the figures to eval/RESULTS.md, the one place the README points to
 *   --semantic-en  instead, on the English sets only: top-1, top-3 and the right article's reach
 *            before and after the semantic stage's fusion, with an English stand-in model
 *            (scripts/evaluation/semantic-en.ts)
 *   --teach  instead, on the small help centres: teach each article its first two visitor
 *            questions and judge its other questions before and after (does teaching
 *            generalise? scripts/evaluation/teaching.ts)
 *   --fit    also refit the confidence model on these sets and print the constants to paste
 *            into worker/kb/confidence.ts (the figures above are those of the current constants),
 *            and, given two sets or more, the leave-one-set-out figures: each set scored by the
 *            model fitted on the others
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import * as v from "valibot";
import { describeIssues } from "../worker/http/describe-issues.ts";
import { FEATURE_NAMES } from "../worker/kb/confidence.ts";
import {
  type DecisionReport,
  decisionReport,
  EvalSetSchema,
  type QueryResult,
  runSet,
  type SetReport,
  summarise,
} from "./evaluation/evaluate.ts";
import { fitConfidence, leaveOneSetOut } from "./evaluation/fit.ts";
import {
  type HandoffRequestReport,
  HandoffRequestSetSchema,
  scoreHandoffRequests,
} from "./evaluation/handoff-requests.ts";
import { ROOT } from "./local-stack.ts";
import type { TeachingReport } from "./evaluation/teaching.ts";

const USAGE =
  "usage: npm run eval -- [<set.json>...] [--json] [--fit] [--write] [--semantic-en] [--teach]";
const EVAL_FOLDER = path.join(ROOT, "..", "shared", "eval");
// The project's own sets, written after the public ones and in their format (eval/README.md).
const OWN_FOLDER = path.join(ROOT, "eval");
const RESULTS = path.join(OWN_FOLDER, "RESULTS.md");

const { values: options, positionals: named } = readArgs();
const asJson = options.json;
const fit = options.fit;

function readArgs() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        json: { type: "boolean", default: false },
        fit: { type: "boolean", default: false },
        write: { type: "boolean", default: false },
        "semantic-en": { type: "boolean", default: false },
        teach: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(1);
  }
}

const files = named.length > 0 ? named : await setsIn([EVAL_FOLDER, OWN_FOLDER]);
if (options["semantic-en"]) {
  await compareOnEnglishSets(files);
  process.exit(0);
}
if (options.teach) {
  await compareTeachingOn(files);
  process.exit(0);
}
const decisions: { name: string; report: DecisionReport }[] = [];
const requestReports: { name: string; report: HandoffRequestReport }[] = [];

const reports: SetReport[] = [];
// What the text report printed, for --write.
const printed: string[] = [];
function print(line: string): void {
  console.log(line);
  printed.push(line);
}
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
  const requestSet = v.safeParse(HandoffRequestSetSchema, json);
  if (requestSet.success) {
    const report = scoreHandoffRequests(requestSet.output);
    requestReports.push({ name: requestSet.output.name ?? path.basename(file, ".json"), report });
    continue;
  }
  const parsed = v.safeParse(EvalSetSchema, json);
  if (!parsed.success) {
    console.error(`${file} is not an eval set: ${describeIssues(parsed.issues)}`);
    process.exit(1);
  }
  const set = parsed.output;
  const { results, passages, msPerQuery } = runSet(set);
  allResults.push(results);
  sizes.push({ kbDocuments: set.kb.length, passages });
  if (results.some((r) => r.expect !== null)) {
    decisions.push({
      name: set.name ?? path.basename(file, ".json"),
      report: decisionReport(results),
    });
  }
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
      {
        sets: reports,
        decisions,
        handoffRequests: requestReports,
        ...(fit ? { fit: fitted(), leaveOneSetOut: loso() } : {}),
      },
      null,
      2,
    ),
  );
} else {
  for (const r of reports) printReport(r);
  for (const d of decisions) printDecisions(d.name, d.report);
  for (const r of requestReports) printRequests(r.name, r.report);
  if (fit) {
    const { weights, intercept } = fitted();
    print("\nrefitted constants for worker/kb/confidence.ts:");
    print(`  features:  ${FEATURE_NAMES.join(", ")}`);
    print(`  WEIGHTS = [${weights.map((w) => round(w, 3)).join(", ")}];`);
    print(`  INTERCEPT = ${round(intercept, 3)};`);
    const held = loso();
    if (held.length)
      print("\nleave-one-set-out (each set scored by the model fitted on the others):");
    for (const r of held) printReport(r);
  }
}
if (options.write && !asJson) await writeResults();

/**
 * eval/RESULTS.md: the figures just printed, without the timings (they vary by machine), and
 * which sets they came from, so the README and docs link to figures instead of copying them.
 */
async function writeResults(): Promise<void> {
  const sets = files.map((f) => `\`${path.relative(ROOT, f)}\``).join(", ");
  const body = printed
    .join("\n")
    .replace(/; [0-9.]+ ms\/query \(median\)/g, "")
    .trim();
  await writeFile(
    RESULTS,
    `# Evaluation results\n\nWritten by \`npm run eval -- --write\` on ${new Date().toISOString().slice(0, 10)}; do not edit by hand. Sets: ${sets}. What the figures mean: [eval/README.md](README.md) and \`scripts/eval.ts\`.\n\n\`\`\`text\n${body}\n\`\`\`\n`,
  );
  console.error(`written to ${path.relative(ROOT, RESULTS)}`);
}

/** `--semantic-en`: the fusion's figures on every English set among `files`. */
async function compareOnEnglishSets(paths: readonly string[]): Promise<void> {
  // Loaded only here: the model's 28 MB and TensorFlow.js stay out of every other eval run.
  const { compareSemantic, englishStandIn, formatSemantic } = await import(
    "./evaluation/semantic-en.ts"
  );
  const embedder = await englishStandIn();
  for (const file of paths) {
    const parsed = v.safeParse(EvalSetSchema, JSON.parse(await readFile(file, "utf8")));
    if (!parsed.success || parsed.output.lang !== "en") continue;
    const name = parsed.output.name ?? path.basename(file, ".json");
    for (const line of formatSemantic(await compareSemantic(parsed.output, name, embedder))) {
      console.log(line);
    }
  }
}

/** `--teach`: teaching's figures on every small help centre among `files`, and their sum. */
async function compareTeachingOn(paths: readonly string[]): Promise<void> {
  const { compareTeaching, formatTeaching, totalOf } = await import("./evaluation/teaching.ts");
  const reports: TeachingReport[] = [];
  for (const file of paths) {
    const parsed = v.safeParse(EvalSetSchema, JSON.parse(await readFile(file, "utf8")));
    // The small help centres say what to expect of each query; the large sets have no articles
    // with several visitor questions.
    if (!parsed.success || !parsed.output.queries.some((q) => q.expect === "answer")) continue;
    const report = compareTeaching(
      parsed.output,
      parsed.output.name ?? path.basename(file, ".json"),
    );
    reports.push(report);
    for (const line of formatTeaching(report)) console.log(line);
  }
  for (const line of formatTeaching(totalOf(reports, `all ${reports.length} sets`))) {
    console.log(line);
  }
}

/** Every set in the folders that exist, each folder's in name order. */
async function setsIn(folders: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const folder of folders) {
    const names = await readdir(folder).catch(() => [] as string[]);
    files.push(
      ...names
        .filter((f) => f.endsWith(".json"))
        .sort()
        .map((f) => path.join(folder, f)),
    );
  }
  return files;
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
  print(
    `\n${r.name}: ${r.kbDocuments} KB documents (${r.passages} passages), ${r.answerable} answerable, ${r.unanswerable} unanswerable`,
  );
  print(
    `  ROC AUC ${r.auc.toFixed(3)}${kinds ? ` (vs ${kinds})` : ""}; top-1 correct over all answerable ${pct(r.top1All)}; ${r.msPerQuery.toFixed(3)} ms/query (median)`,
  );
  print("  threshold   answer rate          top-1 correct        handoff rate");
  for (const t of r.thresholds) {
    print(
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

function printDecisions(name: string, d: DecisionReport): void {
  const pct = (x: number) => (Number.isNaN(x) ? "-" : `${(x * 100).toFixed(0)}%`);
  const kinds = Object.entries(d.handedOffByKind)
    .map(([k, x]) => `${k} ${pct(x)}`)
    .join(", ");
  const offered = Object.entries(d.suggestedByKind)
    .map(([k, x]) => `${k} ${pct(x)}`)
    .join(", ");
  print(`\n${name}, the whole decision at the default threshold:`);
  print(
    `  right article reached ${pct(d.reached)} of answerable (answered right ${pct(d.rightArticle)}, suggested ${pct(d.suggestedRight)}, an answer's alternative ${pct(d.alternativeRight)}); off-topic handed off with no suggestions ${pct(d.offTopicClean)}; handoffs with suggestions: ${offered}; the fact in right answers ${pct(d.answerFacts)} (in their first sentence ${pct(d.leadFacts)}), in right suggestions ${pct(d.suggestionFacts)}`,
  );
  print(
    `  right article ${pct(d.rightArticle)} of answerable; answers right ${pct(d.answersRight)} of ${d.answersGiven} given; handed off ${pct(d.handedOff)} of unanswerable (${kinds}); small talk ${pct(d.smallTalk)}; other language handed off in its language ${pct(d.otherLanguage)}; false small talk ${d.falseSmallTalk}`,
  );
  print(
    `  the best one threshold could do with ≥ 90% of answers right: answered right ${pct(d.ceilingAt90)}`,
  );
}

function printRequests(name: string, r: HandoffRequestReport): void {
  const recall = Object.entries(r.recall)
    .map(([lang, { found, of }]) => `${lang} ${found}/${of}`)
    .join(", ");
  const f = r.falseHandoffs;
  print(`\n${name}: requests recognised ${recall}`);
  print(
    `  ordinary questions taken for a request: ${f.found}/${f.of} (tricky ${f.tricky}/${f.trickyOf})${f.examples.length ? `: ${f.examples.join(" | ")}` : ""}`,
  );
}
