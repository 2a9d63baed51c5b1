import { existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { ROOT } from "../scripts/local-stack.ts";
import type { WidgetManifest } from "../widget/vite.config.ts";
import type { BenchSection } from "./types.ts";

/**
 * What a visitor downloads: widget.js (every page view, before any intent), the app
 * (widget-app.<build>.js, on intent) and one language's strings (widget-strings-<code>.<build>.js,
 * beside the app), raw, gzip at the default level (as the budgets in widget/size-budget.ts count
 * it, and as a server compressing on the fly sends it), gzip -9 and brotli; and the most a
 * visitor downloads in all (the largest language).
 */
export default async function widgetSize(): Promise<BenchSection> {
  const manifestFile = path.join(ROOT, "dist", "widget-manifest.json");
  if (!existsSync(manifestFile)) {
    throw new Error("dist/widget-manifest.json is missing: run `npm run build` first.");
  }
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as WidgetManifest;
  const rows: Record<string, number> = {};
  const sizes = new Map<string, { gzip: number; brotli: number }>();
  const files: [string, string][] = [
    ["widget.js", manifest.loader],
    ["widget-app", manifest.app],
    ...Object.entries(manifest.strings).map(([code, file]): [string, string] => [
      `strings ${code}`,
      file,
    ]),
  ];
  for (const [label, name] of files) {
    const code = await readFile(path.join(ROOT, "dist", "public", name));
    const gzip = gzipSync(code).byteLength;
    const brotli = brotliCompressSync(code).byteLength;
    sizes.set(label, { gzip, brotli });
    rows[`${label} raw (bytes)`] = code.byteLength;
    rows[`${label} gzip (bytes)`] = gzip;
    rows[`${label} gzip -9 (bytes)`] = gzipSync(code, { level: 9 }).byteLength;
    rows[`${label} brotli (bytes)`] = brotli;
  }
  const languages = [...sizes].filter(([label]) => label.startsWith("strings "));
  const largest = (key: "gzip" | "brotli") => Math.max(...languages.map(([, s]) => s[key]));
  const sum = (key: "gzip" | "brotli") =>
    (sizes.get("widget.js")?.[key] ?? 0) + (sizes.get("widget-app")?.[key] ?? 0) + largest(key);
  rows["first load: widget.js gzip (bytes)"] = sizes.get("widget.js")?.gzip ?? 0;
  rows["everything, largest language: gzip (bytes)"] = sum("gzip");
  rows["everything, largest language: brotli (bytes)"] = sum("brotli");
  return { name: "widget size", rows };
}
