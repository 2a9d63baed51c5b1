/**
 * `node scripts/person-request-snapshot.ts`: writes test/fixtures/person-request-snapshot.json,
 * what `findPersonRequest` answers for a large sample of messages, so that a change meant to
 * make the grammar faster (not different) can be checked to change no answer
 * (test/shared/person-request-snapshot.test.ts). The sample: every string literal of test/ and
 * of the evaluation sets (eval/*.json, ../shared/eval/*.json), each also with its first and with
 * its last word dropped; of those, every one read as a request and every 15th of the others.
 * Run it again only when a change to the grammar is meant to change answers.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { findPersonRequest } from "../shared/person-request.ts";
import { ROOT } from "./local-stack.ts";

const OUTPUT = path.join(ROOT, "test", "fixtures", "person-request-snapshot.json");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? files(file) : [file];
  });
}

const strings = new Set<string>();
const fromJson = (value: unknown): void => {
  if (typeof value === "string") strings.add(value);
  else if (Array.isArray(value)) value.forEach(fromJson);
  else if (value && typeof value === "object") Object.values(value).forEach(fromJson);
};
for (const file of files(path.join(ROOT, "test"))) {
  if (file === OUTPUT) continue;
  const text = readFileSync(file, "utf8");
  if (file.endsWith(".json")) fromJson(JSON.parse(text));
  else if (/\.(ts|tsx)$/.test(file)) {
    // String literals without escapes or interpolation: the messages tests pass in.
    for (const m of text.matchAll(/"([^"\\\n]*)"|'([^'\\\n]*)'|`([^`\\$]*)`/g)) {
      strings.add(m[1] ?? m[2] ?? m[3] ?? "");
    }
  }
}
for (const dir of [path.join(ROOT, "eval"), path.join(ROOT, "..", "shared", "eval")]) {
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    fromJson(JSON.parse(readFileSync(path.join(dir, file), "utf8")));
  }
}
const messages = new Set<string>();
for (const s of strings) {
  if (!s.trim() || s.length > 400) continue;
  messages.add(s);
  const words = s.split(" ");
  if (words.length > 2) {
    messages.add(words.slice(1).join(" "));
    messages.add(words.slice(0, -1).join(" "));
  }
}
const results: [string, ReturnType<typeof findPersonRequest>][] = [];
let others = 0;
for (const message of [...messages].sort()) {
  const found = findPersonRequest(message);
  if (found || others++ % 15 === 0) results.push([message, found]);
}
writeFileSync(OUTPUT, `${JSON.stringify(results, null, 0).replaceAll('],["', '],\n["')}\n`);
console.log(
  `${results.length} messages (${results.filter(([, r]) => r).length} requests) of ${messages.size}`,
);
