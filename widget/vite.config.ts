/**
 * Builds the embed, two minified IIFEs in dist/public, CSS inlined into the first (see boot.ts):
 * - widget.js, the facade every page view downloads: the launcher, `window.Clarifier`, data-*;
 * - widget-app.js, the chat itself, fetched by widget.js on intent or idle time.
 * The app is built first, so widget.js can ask for exactly that build (`?v=<hash>`). Prints the
 * gzip sizes after each build, because size is a goal.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import preact from "@preact/preset-vite";
import { build, defineConfig, type InlineConfig, type Plugin, type UserConfig } from "vite";
import { APP_FILE } from "./app-contract.ts";
import {
  WIDGET_FIRST_LOAD_GZIP_BUDGET_BYTES,
  WIDGET_TOTAL_GZIP_BUDGET_BYTES,
} from "./size-budget.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const OUT_DIR = path.join(ROOT, "dist/public");
const LOADER_FILE = "widget.js";

function iife(entry: string, fileName: string): UserConfig {
  return {
    root: ROOT,
    // public/ holds the static files served beside the widget (the dashboard's stylesheet and
    // script): the loader's build copies them into dist/public, wrangler's assets directory.
    publicDir: path.join(ROOT, "public"),
    plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })],
    build: {
      outDir: OUT_DIR,
      // dist/public also holds other assets (the demo page, the dashboard): keep them.
      emptyOutDir: false,
      target: "es2020",
      // Current evergreen browsers: keeps lightningcss from spelling out the system-ui font
      // stack and `inset` longhands, bytes every browser the widget supports can do without.
      cssTarget: ["chrome100", "edge100", "firefox100", "safari16"],
      minify: true,
      sourcemap: false,
      cssCodeSplit: false,
      rolldownOptions: {
        // The host page decides how a classic script is decoded: a page in windows-1252 (or one
        // without <meta charset>) would turn "…", "ø", "ñ" into mojibake. Pure ASCII decodes
        // the same under every encoding.
        output: { charset: "ascii" },
      },
      lib: {
        entry: path.join(ROOT, entry),
        formats: ["iife"],
        // Required for IIFE; the entries export nothing, so no global is created under it.
        name: "ClarifierWidget",
        fileName: () => fileName,
      },
    },
  };
}

export default defineConfig(async ({ command }) => {
  let appVersion = "";
  if (command === "build") {
    await build({ ...iife("widget/app-main.ts", APP_FILE), configFile: false } as InlineConfig);
    appVersion = createHash("sha256")
      .update(readFileSync(path.join(OUT_DIR, APP_FILE)))
      .digest("hex")
      .slice(0, 12);
  }
  const config = iife("widget/main.ts", LOADER_FILE);
  return {
    ...config,
    define: { "import.meta.env.CLARIFIER_APP_VERSION": JSON.stringify(appVersion) },
    plugins: [...(config.plugins ?? []), reportGzipSize()],
  };
});

function reportGzipSize(): Plugin {
  return {
    name: "clarifier:report-gzip-size",
    apply: "build",
    closeBundle() {
      // The default level, as a server compressing on the fly would send it.
      const gzip = (file: string) => gzipSync(readFileSync(path.join(OUT_DIR, file))).length;
      const first = gzip(LOADER_FILE);
      const total = first + gzip(APP_FILE);
      const kib = (bytes: number) => `${(bytes / 1024).toFixed(2)} KiB`;
      const verdict = (bytes: number, budget: number) =>
        `${kib(bytes)} (${bytes} bytes) gzip, ${bytes <= budget ? "within" : "OVER"} the ${kib(budget)} budget`;
      console.log(
        `\n${LOADER_FILE} (first load): ${verdict(first, WIDGET_FIRST_LOAD_GZIP_BUDGET_BYTES)}` +
          `\n${LOADER_FILE} + ${APP_FILE} (everything): ${verdict(total, WIDGET_TOTAL_GZIP_BUDGET_BYTES)}`,
      );
    },
  };
}
