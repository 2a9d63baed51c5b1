/**
 * `npm run bench`: every figure we watch, as medians over several runs, printed as tables and
 * written to bench/results.json so a change can be compared with the last run. Each section is
 * a `bench/*.bench.ts` module whose default export returns a `BenchSection`; add one to add a
 * figure. `npm run bench -- retrieval` runs only the sections whose file name contains a word.
 */
import { readdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { ROOT } from "../scripts/local-stack.ts";
import type { BenchSection } from "./types.ts";

const filters = process.argv.slice(2);
const folder = path.join(ROOT, "bench");
const files = (await readdir(folder))
  .filter(
    (f) => f.endsWith(".bench.ts") && (filters.length === 0 || filters.some((w) => f.includes(w))),
  )
  .sort();

const machine = `${os.cpus()[0]?.model ?? "cpu"} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
console.log(`machine: ${machine}`);
const sections: Record<string, unknown> = {};
for (const file of files) {
  const module = (await import(path.join(folder, file))) as {
    default: () => Promise<BenchSection>;
  };
  const section = await module.default();
  console.log(`\n${section.name}`);
  console.table(section.rows);
  sections[section.name] = section.json ?? section.rows;
}
if (filters.length === 0) {
  await writeFile(
    path.join(folder, "results.json"),
    `${JSON.stringify({ date: new Date().toISOString(), machine, sections }, null, 2)}\n`,
  );
  console.log("\nwritten to bench/results.json");
}
