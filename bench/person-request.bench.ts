/**
 * How long `findPersonRequest` takes: every message of the request sets (eval/person-requests-
 * fresh*.json and ../shared/eval/handoff-requests.json when present), and an 800-word message
 * with no request, once with its words repeated and once with words never seen before (each
 * run's words get their own ending, so nothing remembered helps: the worst case for the typo walk).
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { median } from "../scripts/stats.ts";
import { ROOT } from "../scripts/local-stack.ts";
import { findPersonRequest } from "../shared/person-request.ts";
import type { BenchSection } from "./types.ts";

const RUNS = 7;

function setMessages(): string[] {
  const files = readdirSync(path.join(ROOT, "eval"))
    .filter((f) => f.startsWith("person-requests-fresh") && f.endsWith(".json"))
    .map((f) => path.join(ROOT, "eval", f));
  const shared = path.join(ROOT, "..", "shared", "eval", "handoff-requests.json");
  if (existsSync(shared)) files.push(shared);
  const messages: string[] = [];
  for (const file of files) {
    const set = JSON.parse(readFileSync(file, "utf8")) as {
      requests: Record<string, string[]>;
      ordinary: { text: string }[];
    };
    for (const list of Object.values(set.requests)) messages.push(...list);
    for (const question of set.ordinary) messages.push(question.text);
  }
  return messages;
}

export default async function personRequestBench(): Promise<BenchSection> {
  const messages = setMessages();
  const spoken = "the garden needs water and the shop opens at nine on most days but not".split(
    " ",
  );
  const repeated = Array.from({ length: 800 }, (_, i) => spoken[i % spoken.length]).join(" ");
  const vocabulary = [
    ...new Set(messages.flatMap((m) => m.toLowerCase().split(/[^\p{L}]+/u))),
  ].filter((w) => w.length > 2);
  const unseen = (run: number) =>
    Array.from({ length: 800 }, (_, i) => {
      const word = vocabulary[i % vocabulary.length] ?? "word";
      return `${word}${"qwxz"[run % 4]}${"jkvy"[Math.floor(run / 4) % 4]}${"bcdf"[Math.floor(run / 16) % 4]}`;
    }).join(" ");
  const time = (work: () => void) => {
    const start = performance.now();
    work();
    return performance.now() - start;
  };
  // The first pass reads every set message before any of its words is remembered.
  const first = time(() => {
    for (const message of messages) findPersonRequest(message);
  });
  const again: number[] = [];
  const long: number[] = [];
  const fresh: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    again.push(
      time(() => {
        for (const message of messages) findPersonRequest(message);
      }),
    );
    long.push(time(() => findPersonRequest(repeated)));
    const message = unseen(run);
    fresh.push(time(() => findPersonRequest(message)));
  }
  return {
    name: "person requests (findPersonRequest)",
    rows: {
      "set messages": messages.length,
      "first pass, ms a message": Number((first / messages.length).toFixed(3)),
      "read again, ms a message (median)": Number((median(again) / messages.length).toFixed(3)),
      "800 repeated words, ms (median)": Number(median(long).toFixed(1)),
      "800 never-seen words, ms (median)": Number(median(fresh).toFixed(1)),
    },
  };
}
