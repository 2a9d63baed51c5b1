/**
 * `node scripts/off-topic-wide.ts [--file <fixture.json>] [--failures] [--json]`: the off-topic
 * gate on the fresh messages of test/fixtures/off-topic-wide.json (or the check round,
 * off-topic-wide-check.json), each judged (`judgeMessage`, as `npm run eval`
 * does) against every dev help centre of its language (eval/smallsite-<lang>-*.json and
 * ../shared/eval/smallsite-*.json, the blind rounds' sets never opened). Per language:
 * - off-topic clean: the share of (message, help centre) pairs handed off with no suggestions;
 * - guards wrongly labelled: the share of in-domain pairs whose reply says `off_topic`.
 *   --failures  also list each message that failed, with the help centres it failed on
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import * as v from "valibot";
import { blindRoundFiles } from "./evaluation/blind-rounds.ts";
import { judgeAtDefault } from "./evaluation/evaluate.ts";
import { readableHelpCentres } from "./evaluation/help-centres.ts";
import { ROOT } from "./local-stack.ts";

// The blind rounds measure the gate afterwards: never read here (eval/README.md).
const BLIND = blindRoundFiles();

const FixtureSchema = v.object({
  languages: v.record(
    v.string(),
    v.object({ offTopic: v.array(v.string()), guards: v.array(v.string()) }),
  ),
});

const { values: options } = parseArgs({
  options: {
    failures: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    file: { type: "string", default: "test/fixtures/off-topic-wide.json" },
  },
});

const fixture = v.parse(
  FixtureSchema,
  JSON.parse(await readFile(path.resolve(ROOT, options.file), "utf8")),
);

const report: Record<string, unknown> = {};
for (const [lang, { offTopic, guards }] of Object.entries(fixture.languages)) {
  const sets = await readableHelpCentres(BLIND, lang);
  let clean = 0;
  let pairs = 0;
  let cleanEverywhere = 0;
  const misses: string[] = [];
  for (const message of offTopic) {
    const failed: string[] = [];
    for (const { name, index } of sets) {
      const j = judgeAtDefault(message, index);
      const ok = j.decision.handoff && (j.offer?.suggestions.length ?? 0) === 0;
      pairs++;
      if (ok) clean++;
      else failed.push(`${name}:${j.decision.handoff ? "suggested" : "answered"}`);
    }
    if (failed.length === 0) cleanEverywhere++;
    else misses.push(`  ${message}  [${failed.join(" ")}]`);
  }
  let wrong = 0;
  let guardPairs = 0;
  const wrongs: string[] = [];
  for (const message of guards) {
    const on: string[] = [];
    for (const { name, index } of sets) {
      guardPairs++;
      if (judgeAtDefault(message, index).offer?.about === "off_topic") {
        wrong++;
        on.push(name);
      }
    }
    if (on.length > 0) wrongs.push(`  ${message}  [${on.join(" ")}]`);
  }
  const pct = (a: number, b: number) => (b === 0 ? 0 : Math.round((1000 * a) / b) / 10);
  report[lang] = {
    sets: sets.map((s) => s.name),
    offTopicClean: pct(clean, pairs),
    offTopicCleanOnEvery: `${cleanEverywhere}/${offTopic.length}`,
    guardsOffTopic: pct(wrong, guardPairs),
    guardsOffTopicAnywhere: `${wrongs.length}/${guards.length}`,
  };
  if (!options.json) {
    console.log(
      `${lang} (${sets.map((s) => s.name).join(", ")}): off-topic clean ${pct(clean, pairs)} % of ${pairs} pairs (${cleanEverywhere}/${offTopic.length} clean on every set); guards labelled off_topic ${pct(wrong, guardPairs)} % of ${guardPairs} (${wrongs.length}/${guards.length} on some set)`,
    );
    if (options.failures) {
      if (misses.length) console.log(` off-topic not clean:\n${misses.join("\n")}`);
      if (wrongs.length) console.log(` guards labelled off_topic:\n${wrongs.join("\n")}`);
    }
  }
}
if (options.json) console.log(JSON.stringify(report, null, 2));
