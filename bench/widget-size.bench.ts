import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { ROOT } from "../scripts/local-stack.ts";
import type { BenchSection } from "./types.ts";

const FILES = ["widget.js", "widget-app.js"] as const;

/**
 * What a visitor downloads: widget.js (every page view, before any intent) and widget-app.js
 * (the chat, on intent or idle time), raw, gzip at the default level (as the budgets in
 * widget/size-budget.ts count it, and as a server compressing on the fly sends it), gzip -9
 * and brotli; and both together.
 */
export default async function widgetSize(): Promise<BenchSection> {
  const rows: Record<string, number> = {};
  const totals = { raw: 0, gzip: 0, brotli: 0 };
  for (const name of FILES) {
    const file = path.join(ROOT, "dist", "public", name);
    if (!existsSync(file))
      throw new Error(`dist/public/${name} is missing: run \`npm run build\` first.`);
    const code = await readFile(file);
    const gzip = gzipSync(code).byteLength;
    const brotli = brotliCompressSync(code).byteLength;
    rows[`${name} raw (bytes)`] = code.byteLength;
    rows[`${name} gzip (bytes)`] = gzip;
    rows[`${name} gzip -9 (bytes)`] = gzipSync(code, { level: 9 }).byteLength;
    rows[`${name} brotli (bytes)`] = brotli;
    totals.raw += code.byteLength;
    totals.gzip += gzip;
    totals.brotli += brotli;
  }
  rows["first load: widget.js gzip (bytes)"] = rows["widget.js gzip (bytes)"] ?? 0;
  rows["everything: both files gzip (bytes)"] = totals.gzip;
  rows["everything: both files brotli (bytes)"] = totals.brotli;
  return { name: "widget size", rows };
}
