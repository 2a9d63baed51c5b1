/**
 * The small help centres the tuning scripts may read (`eval/` and `../shared/eval/`, less the
 * files they must never open), indexed.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import * as v from "valibot";
import { buildIndex } from "../../worker/kb/index-builder.ts";
import type { KbIndex } from "../../worker/kb/index-reader.ts";
import { ROOT } from "../local-stack.ts";
import { type EvalSet, EvalSetSchema } from "./evaluate.ts";

export interface HelpCentre {
  /** The file's name without `smallsite-` and `.json`: "da-cykler". */
  name: string;
  lang: string;
  set: EvalSet;
  index: KbIndex;
}

/** Every `smallsite-<lang>-*.json` in file-name order, folder by folder, but those in `skip`; of one language if given. */
export async function readableHelpCentres(
  skip: ReadonlySet<string>,
  lang?: string,
): Promise<HelpCentre[]> {
  const centres: HelpCentre[] = [];
  for (const folder of [path.join(ROOT, "eval"), path.join(ROOT, "..", "shared", "eval")]) {
    for (const file of (await readdir(folder)).sort()) {
      const named = /^smallsite-([a-z]{2})-.*\.json$/.exec(file);
      if (!named || skip.has(file) || (lang !== undefined && named[1] !== lang)) continue;
      const set = v.parse(
        EvalSetSchema,
        JSON.parse(await readFile(path.join(folder, file), "utf8")),
      );
      centres.push({
        name: file.replace(/^smallsite-|\.json$/g, ""),
        lang: set.lang ?? (named[1] as string),
        set,
        index: buildIndex(set.kb).index,
      });
    }
  }
  return centres;
}
