/**
 * The language chunks as built: each is the array of its language's strings in `STRING_KEYS`'
 * order, written by the build from `strings/<code>.ts` (`stringsOf` in widget/vite.config.ts),
 * and `stringsFromChunk` names them back into the very strings the source says. Run on what
 * `npm run build` wrote, as a visitor's browser runs it: every sentence compared, functions
 * called with the arguments the widget gives them.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { REPLY_LANGUAGES } from "../../shared/languages.ts";
import { stringsFromChunk } from "../../widget/i18n.ts";
import { ALL_STRINGS } from "../../widget/strings/all.ts";
import { STRING_KEYS, type Strings } from "../../widget/strings/types.ts";
import type { WidgetManifest } from "../../widget/vite.config.ts";

const dist = path.resolve(import.meta.dirname, "../../dist");
const manifest = JSON.parse(
  readFileSync(path.join(dist, "widget-manifest.json"), "utf8"),
) as WidgetManifest;

/** What the chunk `file` hands over on its script tag, run in a context of its own. */
function announced(file: string): unknown {
  let detail: unknown;
  runInNewContext(readFileSync(path.join(dist, "public", file), "utf8"), {
    document: {
      currentScript: { dispatchEvent: (event: { detail: unknown }) => (detail = event.detail) },
    },
    CustomEvent: class {
      detail: unknown;
      constructor(_type: string, init: { detail: unknown }) {
        this.detail = init.detail;
      }
    },
  });
  return detail;
}

/** The arguments the widget gives each function of `Strings`, a few times over. */
const ARGUMENTS: Partial<Record<keyof Strings, unknown[][]>> = {
  handedOff: [
    ["Acme", "jane@example.com"],
    ["Le Bon Marché", null],
    ["Hermès", null],
  ],
  backAt: [
    ["lundi", "09:00", false],
    ["wtorek", "09.00", true],
  ],
  tooLong: [[500]],
  unread: [[1], [3], [22]],
};

/** Every value of `strings`, a function's as the sentences it writes. */
function said(strings: Strings): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(strings).map(([key, value]) => [
      key,
      typeof value !== "function"
        ? value
        : (ARGUMENTS[key as keyof Strings] ?? [["Acme"], ["Hermès"]]).map((args) =>
            (value as (...a: unknown[]) => unknown)(...args),
          ),
    ]),
  );
}

describe("language chunks as built", () => {
  it("lists every key of Strings once", () => {
    expect(new Set(STRING_KEYS).size).toBe(STRING_KEYS.length);
    const keys = new Set(REPLY_LANGUAGES.flatMap((l) => Object.keys(ALL_STRINGS[l])));
    expect([...keys].sort()).toEqual([...STRING_KEYS].sort());
  });

  it.each(REPLY_LANGUAGES)("%s: carries an array that names back into its strings", (language) => {
    const chunk = announced(manifest.strings[language] ?? "");
    expect(Array.isArray(chunk)).toBe(true);
    expect((chunk as unknown[]).length).toBeLessThanOrEqual(STRING_KEYS.length);
    const strings = stringsFromChunk(chunk as unknown[]);
    const source = ALL_STRINGS[language];
    expect(said(strings)).toEqual({ ...said(source), launcher: source.launcher });
  });
});
