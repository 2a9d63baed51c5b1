/**
 * The fixtures the text tests read, and the public dev sets they can also score. The fixtures
 * ship in test/fixtures/ so that a clone alone passes its tests; the dev sets live beside the
 * repository (../shared/eval, where CI lays them) and are optional extras: a test that scores
 * one is skipped, with a warning, when the file is absent.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Language } from "../shared/languages.ts";

const FIXTURES = path.resolve(import.meta.dirname, "fixtures");
const DEV_SETS = path.resolve(import.meta.dirname, "..", "..", "shared", "eval");

/** A fixture of test/fixtures/, parsed. */
export function readFixture<T>(file: string): T {
  return JSON.parse(readFileSync(path.join(FIXTURES, file), "utf8")) as T;
}

/** A dev set of ../shared/eval, parsed, or undefined (with a warning) when it is not there. */
export function readDevSet<T>(file: string): T | undefined {
  const at = path.join(DEV_SETS, file);
  if (!existsSync(at)) {
    console.warn(`skipping the tests that score ${file}: ${at} is missing`);
    return undefined;
  }
  return JSON.parse(readFileSync(at, "utf8")) as T;
}

/** A query of a help-centre set, as the text tests read it. */
export interface FixtureQuery {
  text: string;
  kind: string;
  lang: Language;
}

/** test/fixtures/small-help-centre-queries.json: the three small help centres' queries. */
export const SMALL_HELP_CENTRES = readFixture<{
  sets: { name: string; lang: Language; queries: FixtureQuery[] }[];
}>("small-help-centre-queries.json").sets;

/** test/fixtures/handoff-requests.json: how visitors ask for a person, and ordinary questions. */
export const HANDOFF_REQUESTS = readFixture<{
  requests: Record<string, string[]>;
  ordinary: { text: string; lang: Language; tricky: boolean }[];
}>("handoff-requests.json");
