/**
 * Builds the embed as minified IIFEs in dist/public (see boot.ts):
 * - widget.js, the facade every page view downloads: the launcher and its CSS,
 *   `window.Clarifier`, data-*;
 * - widget-app.<build>.js, the chat itself and the panel's CSS, fetched by widget.js on intent;
 * - widget-strings-<code>.<build>.js, one per language the UI speaks (`REPLY_LANGUAGES`: ours,
 *   and Italian, Dutch, Polish, Portuguese), fetched beside the app (the launcher's language) or
 *   when the visitor's language changes.
 * The chunks are built first; `<build>` is a hash of all their contents, and widget.js is built
 * knowing it: a cached widget.js can only ever fetch the chunks it was built with.
 * dist/widget-manifest.json names the current files (for the size test and the bench). Prints
 * the gzip sizes, because size is a goal.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import preact from "@preact/preset-vite";
import { minify } from "terser";
import { build, defineConfig, type InlineConfig, type Plugin, type UserConfig } from "vite";
import { REPLY_LANGUAGES } from "../shared/languages.ts";
import { APP_FILE } from "./app-contract.ts";
import { STRING_KEYS } from "./strings/types.ts";
import { classicJsx } from "./classic-jsx.ts";
import {
  WIDGET_FIRST_LOAD_GZIP_BUDGET_BYTES,
  WIDGET_TOTAL_GZIP_BUDGET_BYTES,
} from "./size-budget.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const OUT_DIR = path.join(ROOT, "dist/public");
const MANIFEST = path.join(ROOT, "dist/widget-manifest.json");
const LOADER_FILE = "widget.js";
const STRINGS_VIRTUAL = "virtual:clarifier-strings";

/** What the build produced: the files a visitor may download, by role. */
export interface WidgetManifest {
  build: string;
  loader: string;
  app: string;
  strings: Record<string, string>;
}

/**
 * How a chunk is minified: the built-in minifier (oxc), then, for the loader and the app, terser
 * over its output. Neither alone is as small: on 7 December 2026 terser alone left the app at
 * 16,154 B gzipped and the loader at 3,046, oxc alone the app at 16,251; oxc then terser left
 * 16,037 and 3,024. Only terser options that assume nothing about the code: more passes and
 * `lhs_constants: false` (terser writes `42 == x` by default, which gzip matches less often than
 * the `x == 42` the rest of the code says). The string chunks are oxc's, reprinted by terser
 * without compressing (`oxc+print`): terser's compression wrote them a few bytes heavier, but
 * its printer writes a Latin-1 letter as `\xe9` where oxc writes `\u00E9` (French 1,049 →
 * 1,043 B, Polish 1,029 → 1,025, Swedish 909 → 900 on 8 December 2026).
 */
type Minifier = "oxc" | "oxc+terser" | "oxc+print";

/** Runs terser over each chunk the built-in minifier has written; `print`: printing only. */
function terserAfter(print = false): Plugin {
  return {
    name: "clarifier:terser-after-oxc",
    apply: "build",
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== "chunk") continue;
        const result = await minify(chunk.code, {
          ecma: 2020,
          compress: !print && { passes: 2, lhs_constants: false },
          mangle: !print && { toplevel: true },
          // As `charset: "ascii"` below, for the same reason: terser writes its own output.
          format: { ascii_only: true },
        });
        if (result.code === undefined)
          throw new Error(`terser returned nothing for ${chunk.fileName}`);
        chunk.code = result.code;
      }
    },
  };
}

function iife(entry: string, fileName: string, minifier: Minifier = "oxc"): UserConfig {
  return {
    root: ROOT,
    // public/ holds the static files served beside the widget (the dashboard's stylesheet and
    // script): the loader's build copies them into dist/public, wrangler's assets directory.
    publicDir: path.join(ROOT, "public"),
    plugins: [
      preact({ devToolsEnabled: false, prefreshEnabled: false }),
      classicJsx(),
      ...(minifier === "oxc" ? [] : [terserAfter(minifier === "oxc+print")]),
    ],
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

/** Build `entry` to `file` in dist/public. */
async function buildChunk(
  entry: string,
  file: string,
  plugins: Plugin[] = [],
  minifier: Minifier = "oxc",
): Promise<void> {
  const config = iife(entry, file, minifier);
  await build({
    ...config,
    plugins: [...(config.plugins ?? []), ...plugins],
    configFile: false,
    logLevel: "warn",
  } as InlineConfig);
}

/**
 * Points `virtual:clarifier-strings` at one language's strings file, whose `Strings` object it
 * rewrites, before TypeScript is stripped, into the array of its values in `STRING_KEYS`' order
 * that the chunk carries: the keys were a fifth of a chunk gzipped (French 1,296 B with them,
 * 1,049 without), and the app, which names them again (`stringsFromChunk`), says them once for
 * every language (174 B): everything a visitor downloads went 20,433 → 20,361 B on 8 December
 * 2026. The values are the file's own source text, so its helpers (French elision, the Polish
 * accusative) stay as they are.
 */
function stringsOf(code: string): Plugin {
  const id = `\0${STRINGS_VIRTUAL}`;
  const file = path.join(ROOT, "widget/strings", `${code}.ts`);
  return {
    name: "clarifier:strings",
    enforce: "pre",
    resolveId: (source) => (source === STRINGS_VIRTUAL ? id : null),
    load: (loaded) =>
      loaded === id
        ? `export { ${code.toUpperCase()} as STRINGS } from ${JSON.stringify(file)};`
        : null,
    transform(source, module) {
      if (module !== file) return null;
      const exported = this.parse(source, { lang: "ts" }).body.find(
        (node) =>
          node.type === "ExportNamedDeclaration" &&
          node.declaration?.type === "VariableDeclaration" &&
          node.declaration.declarations[0]?.id.type === "Identifier" &&
          node.declaration.declarations[0].id.name === code.toUpperCase(),
      );
      const object =
        exported?.type === "ExportNamedDeclaration" &&
        exported.declaration?.type === "VariableDeclaration"
          ? exported.declaration.declarations[0]?.init
          : null;
      if (object?.type !== "ObjectExpression") {
        throw new Error(`${file}: no \`export const ${code.toUpperCase()} = { … }\` to carry`);
      }
      const values = new Map<string, string>();
      for (const property of object.properties) {
        if (
          property.type !== "Property" ||
          property.computed ||
          property.shorthand ||
          property.key.type !== "Identifier" ||
          !(STRING_KEYS as readonly string[]).includes(property.key.name)
        ) {
          throw new Error(`${file}: each property must be one of STRING_KEYS, written key: value`);
        }
        values.set(property.key.name, source.slice(property.value.start, property.value.end));
      }
      const array = STRING_KEYS.map((key) => values.get(key) ?? "undefined");
      // Keys a language has none of, at the end (the six's `launcher`), aren't carried at all.
      while (array.at(-1) === "undefined") array.pop();
      return `${source.slice(0, object.start)}[${array.join(",")}]${source.slice(object.end)}`;
    },
  };
}

export default defineConfig(async ({ command }) => {
  const manifest: WidgetManifest = { build: "", loader: LOADER_FILE, app: APP_FILE, strings: {} };
  if (command === "build") {
    mkdirSync(OUT_DIR, { recursive: true });
    // Chunks of earlier builds: nothing asks for them any more.
    for (const old of readdirSync(OUT_DIR)) {
      if (/^widget-(app|strings-[a-z]+)\.[0-9a-f]+\.js$/.test(old)) rmSync(path.join(OUT_DIR, old));
    }
    const files = [APP_FILE];
    // Every language the UI may speak: ours, and the four a reply may name (see i18n.ts).
    for (const code of REPLY_LANGUAGES) {
      const file = `widget-strings-${code}.js`;
      await buildChunk("widget/strings/chunk-entry.ts", file, [stringsOf(code)], "oxc+print");
      files.push(file);
    }
    await buildChunk("widget/app-main.ts", APP_FILE, [], "oxc+terser");
    const hash = createHash("sha256");
    for (const file of files) hash.update(file).update(readFileSync(path.join(OUT_DIR, file)));
    manifest.build = hash.digest("hex").slice(0, 12);
    const named = (file: string) => file.replace(/js$/, `${manifest.build}.js`);
    for (const file of files) renameSync(path.join(OUT_DIR, file), path.join(OUT_DIR, named(file)));
    manifest.app = named(APP_FILE);
    for (const code of REPLY_LANGUAGES) manifest.strings[code] = named(`widget-strings-${code}.js`);
  }
  const config = iife("widget/main.ts", LOADER_FILE, "oxc+terser");
  return {
    ...config,
    define: { "import.meta.env.CLARIFIER_BUILD": JSON.stringify(manifest.build) },
    plugins: [...(config.plugins ?? []), reportGzipSize(manifest)],
  };
});

function reportGzipSize(manifest: WidgetManifest): Plugin {
  return {
    name: "clarifier:report-gzip-size",
    apply: "build",
    closeBundle() {
      writeFileSync(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
      // The default level, as a server compressing on the fly would send it.
      const gzip = (file: string) => gzipSync(readFileSync(path.join(OUT_DIR, file))).length;
      const first = gzip(manifest.loader);
      // A visitor downloads one language (two, if they switch mid-conversation): the largest.
      const strings = Math.max(0, ...Object.values(manifest.strings).map(gzip));
      const total = first + gzip(manifest.app) + strings;
      const kib = (bytes: number) => `${(bytes / 1024).toFixed(2)} KiB`;
      const verdict = (bytes: number, budget: number) =>
        `${kib(bytes)} (${bytes} bytes) gzip, ${bytes <= budget ? "within" : "OVER"} the ${kib(budget)} budget`;
      console.log(
        `\n${manifest.loader} (first load): ${verdict(first, WIDGET_FIRST_LOAD_GZIP_BUDGET_BYTES)}` +
          `\n${manifest.loader} + ${manifest.app} + the largest language (everything a visitor downloads): ${verdict(total, WIDGET_TOTAL_GZIP_BUDGET_BYTES)}`,
      );
    },
  };
}
