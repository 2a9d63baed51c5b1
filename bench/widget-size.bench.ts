import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { ROOT } from "../scripts/local-stack.ts";
import type { BenchSection } from "./types.ts";

/** What a visitor downloads: widget.js raw, gzip (level 9) and brotli. */
export default async function widgetSize(): Promise<BenchSection> {
  const file = path.join(ROOT, "dist", "public", "widget.js");
  if (!existsSync(file))
    throw new Error("dist/public/widget.js is missing: run `npm run build` first.");
  const code = await readFile(file);
  return {
    name: "widget size",
    rows: {
      "widget.js raw (bytes)": code.byteLength,
      "widget.js gzip -9 (bytes)": gzipSync(code, { level: 9 }).byteLength,
      "widget.js brotli (bytes)": brotliCompressSync(code).byteLength,
    },
  };
}
