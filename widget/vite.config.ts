/**
 * Builds the embed script: one minified IIFE at dist/public/widget.js, CSS inlined (see
 * `boot.tsx`), no other files. Prints the gzip size after each build, because size is a goal.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import preact from "@preact/preset-vite";
import { defineConfig, type Plugin } from "vite";
import { WIDGET_GZIP_BUDGET_BYTES as GZIP_BUDGET_BYTES } from "./size-budget.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const OUT_DIR = path.join(ROOT, "dist/public");
const FILE_NAME = "widget.js";

export default defineConfig({
  root: ROOT,
  // public/ holds the static files served beside the widget (the dashboard's stylesheet and
  // script): the build copies them into dist/public, wrangler's assets directory.
  publicDir: path.join(ROOT, "public"),
  plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false }), reportGzipSize()],
  build: {
    outDir: OUT_DIR,
    // dist/public also holds other assets (the demo page, the dashboard): keep them.
    emptyOutDir: false,
    target: "es2020",
    // Current evergreen browsers: keeps lightningcss from spelling out the system-ui font stack
    // and `inset` longhands, bytes every browser the widget supports can do without.
    cssTarget: ["chrome100", "edge100", "firefox100", "safari16"],
    minify: true,
    sourcemap: false,
    cssCodeSplit: false,
    rolldownOptions: {
      // The host page decides how a classic script is decoded: a page in windows-1252 (or one
      // without <meta charset>) would turn "…", "ø", "ñ" into mojibake. Pure ASCII decodes the
      // same under every encoding.
      output: { charset: "ascii" },
    },
    lib: {
      entry: path.join(ROOT, "widget/main.tsx"),
      formats: ["iife"],
      // Required for IIFE; main.tsx exports nothing, so no global is created under this name.
      name: "ClarifierWidget",
      fileName: () => FILE_NAME,
    },
  },
});

function reportGzipSize(): Plugin {
  return {
    name: "clarifier:report-gzip-size",
    apply: "build",
    closeBundle() {
      const code = readFileSync(path.join(OUT_DIR, FILE_NAME));
      // The default level, as a server compressing on the fly would send it.
      const gzip = gzipSync(code).length;
      const kib = (bytes: number) => `${(bytes / 1024).toFixed(2)} KiB`;
      const verdict = gzip <= GZIP_BUDGET_BYTES ? "within" : "OVER";
      console.log(
        `\n${FILE_NAME}: ${kib(code.length)} minified, ${kib(gzip)} (${gzip} bytes) gzip, ` +
          `${verdict} the ${kib(GZIP_BUDGET_BYTES)} budget`,
      );
    },
  };
}
