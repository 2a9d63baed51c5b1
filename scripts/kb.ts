/**
 * `npm run kb -- <command>`: a site's knowledge base, written straight to Workers KV with
 * wrangler (no running worker or admin token needed), by the worker's own code.
 *
 *   import <site> <file or folder>... [--base-url URL] [--remote] [--persist-to DIR] [--dry-run]
 *       Reads Markdown (.md), HTML (.html) and plain text (.txt), recursively for folders;
 *       strips markup, splits passages, builds the index and stores it as a new version, then
 *       points the site at it (visitors keep the old index until then). A file that cannot be
 *       read (binary, not UTF-8, empty, too large) is reported by name and skipped. `--base-url`
 *       gives each document without its own URL `<base-url>/<path without extension>`.
 *       `--dry-run` builds and reports without writing.
 *   rebuild <site> [--remote] [--persist-to DIR] [--dry-run]
 *       Builds the index again from the site's stored documents and taught phrasings, without
 *       re-importing: after an upgrade that changes how the index is built, a stored index keeps
 *       the old build until the site's next teach or import (taught phrasings, for one, were
 *       merged into the text of every passage until 7 December 2026, and are matched as
 *       phrasings only in an index built since).
 *   status <site> [--remote] [--persist-to DIR]
 *       Prints the live index's version, size and build time.
 *
 * Local by default (the state `npm start` uses); `--remote` writes the deployed namespace.
 */
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { SITE_ID_PATTERN } from "../shared/limits.ts";
import { formatOf, isHttpUrl, parseStoredDocuments } from "../worker/kb/documents.ts";
import type { KbDocument } from "../worker/kb/documents.ts";
import { documentIdOf, importFile } from "../worker/kb/import-file.ts";
import { buildIndex } from "../worker/kb/index-builder.ts";
import {
  type KbKv,
  kbDocumentsKey,
  kbPointerKey,
  parsePointer,
  putKbIndex,
} from "../worker/kb/store.ts";
import { type TaughtQuestion, withTaughtQuestions } from "../worker/kb/teach.ts";
import { siteKey } from "../worker/sites/kv-keys.ts";
import { ROOT, run } from "./local-stack.ts";

const USAGE = `usage: npm run kb -- import <site> <file or folder>... [--base-url URL] [--remote] [--persist-to DIR] [--dry-run]
       npm run kb -- rebuild <site> [--remote] [--persist-to DIR] [--dry-run]
       npm run kb -- status <site> [--remote] [--persist-to DIR]`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function readArgs() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        remote: { type: "boolean", default: false },
        "dry-run": { type: "boolean", default: false },
        "persist-to": { type: "string" },
        "base-url": { type: "string" },
      },
    });
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
}

const { values: options, positionals: positional } = readArgs();
const remote = options.remote;
const dryRun = options["dry-run"];
const persistTo = options["persist-to"];
const baseUrl = options["base-url"]?.replace(/\/+$/, "");
const [command, site, ...inputs] = positional;

if (!command || !site) fail(USAGE);
if (!SITE_ID_PATTERN.test(site))
  fail(`"${site}" is not a site id: use 1-64 characters of a-z, 0-9 and '-'.`);
if (baseUrl !== undefined && !isHttpUrl(baseUrl))
  fail(`--base-url "${baseUrl}" is not an http(s) URL.`);

const where = remote
  ? ["--remote"]
  : ["--local", ...(persistTo ? ["--persist-to", persistTo] : [])];
const wrangler = path.join(ROOT, "node_modules", ".bin", "wrangler");
const place = remote ? "the deployed namespace" : "local KV";

switch (command) {
  case "import":
    if (inputs.length === 0) fail(USAGE);
    await requireSite(site);
    await importFiles(site, inputs);
    break;
  case "rebuild":
    if (inputs.length > 0) fail(USAGE);
    await requireSite(site);
    await rebuildIndex(site);
    break;
  case "status": {
    const pointer = parsePointer(await wranglerKv().get(kbPointerKey(site), "text"));
    if (!pointer) fail(`Site "${site}" has no knowledge base in ${place}.`);
    console.log(
      `${site}: ${count(pointer.documents, "document")}, ${count(pointer.passages, "passage")}, ${pointer.bytes} bytes in ${count(pointer.shards, "shard")}, version ${pointer.version}, built ${pointer.builtAt}`,
    );
    break;
  }
  default:
    fail(USAGE);
}

/**
 * Stops unless `site` has a config here. The admin API refuses an unknown site's knowledge base
 * (404 site_not_found); this CLI writes KV directly, so a mistyped id would otherwise be
 * "imported" into an index no widget ever asks for, and the owner left wondering why nothing
 * answers.
 */
async function requireSite(site: string): Promise<void> {
  if ((await wranglerKv().get(siteKey(site), "text")) !== null) return;
  fail(
    `No site "${site}" is configured in ${place}: check the id (the data-site of the script tag; npm run site -- get ${site}${remote ? " --remote" : ""}), or add the site first (the dashboard's "Add a site", npm run site -- put ${site} <config.json>, or PUT /admin/api/sites/${site}).`,
  );
}

async function importFiles(site: string, inputs: string[]): Promise<void> {
  const files: { file: string; id: string }[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info) fail(`${input}: no such file or folder.`);
    if (info.isDirectory()) {
      for (const file of await walk(input))
        files.push({ file, id: documentIdOf(path.relative(input, file)) });
    } else {
      files.push({ file: input, id: documentIdOf(path.basename(input)) });
    }
  }
  const readable = files.filter(({ file }) => formatOf(file) !== null);
  if (readable.length === 0) fail(`No Markdown, HTML or text files in ${inputs.join(", ")}.`);

  const documents: KbDocument[] = [];
  const fileOf = new Map<string, string>();
  let skipped = 0;
  const progress = progressPrinter(readable.length);
  for (const [i, { file, id }] of readable.entries()) {
    progress(i);
    const read = importFile(file, new Uint8Array(await readFile(file)), {
      id,
      baseUrl: baseUrl ?? null,
    });
    if (!read.ok) {
      console.error(`skipped ${file}: ${read.reason}${read.reason.endsWith(".") ? "" : "."}`);
      skipped++;
      continue;
    }
    if (fileOf.has(id)) {
      console.error(`skipped ${file}: document "${id}" was already read from ${fileOf.get(id)}.`);
      skipped++;
      continue;
    }
    const doc = read.document;
    documents.push(doc);
    fileOf.set(id, file);
  }
  progress(readable.length);
  if (documents.length === 0) fail(`Nothing to import: every file was skipped.`);

  const started = performance.now();
  // The phrasings taught from the dashboard live in D1 and are laid over the documents, as the
  // worker does at every build, so an import does not drop them from the index.
  const taught = dryRun ? [] : await taughtQuestions(site);
  const { index, bytes } = buildIndex(withTaughtQuestions(documents, taught));
  const summary = builtSummary(index, taught.length, bytes, started);
  if (dryRun) {
    console.log(`Dry run: ${summary}; ${count(skipped, "file")} skipped; nothing written.`);
    return;
  }
  // The documents too, so the dashboard can teach them phrasings and rebuild the index; under a
  // new version (D1 kb_versions, then the value's metadata), so a dashboard form opened before
  // this import refuses to save over it, as after the admin API's import.
  const version = await nextKbVersion(site);
  await putDocuments(site, JSON.stringify(documents), version);
  const pointer = await putKbIndex(wranglerKv(), site, bytes, {
    documents: index.documentCount,
    passages: index.passageCount,
  });
  console.log(
    `Imported ${summary} for site "${site}" into ${place} as version ${pointer.version}; ${count(skipped, "file")} skipped.`,
  );
}

async function rebuildIndex(site: string): Promise<void> {
  const documents = parseStoredDocuments(await wranglerKv().get(kbDocumentsKey(site), "text"));
  if (!documents) fail(`Site "${site}" has no stored documents in ${place}: import them first.`);
  const started = performance.now();
  const taught = await taughtQuestions(site);
  const { index, bytes } = buildIndex(withTaughtQuestions(documents, taught));
  const summary = builtSummary(index, taught.length, bytes, started);
  if (dryRun) {
    console.log(`Dry run: ${summary}; nothing written.`);
    return;
  }
  // The documents are unchanged, so their version is too: a dashboard form opened before still
  // saves over them, as it would have over the index this one replaces.
  const pointer = await putKbIndex(wranglerKv(), site, bytes, {
    documents: index.documentCount,
    passages: index.passageCount,
  });
  console.log(`Rebuilt ${summary} for site "${site}" in ${place} as version ${pointer.version}.`);
}

/** What a build made: "3 documents, 1 passage, 0 taught phrasings, 2 KiB index (built in 4 ms)". */
function builtSummary(
  index: { documentCount: number; passageCount: number },
  taught: number,
  bytes: Uint8Array,
  started: number,
): string {
  const kib = (bytes.byteLength / 1024).toFixed(0);
  const ms = Math.round(performance.now() - started);
  return `${count(index.documentCount, "document")}, ${count(index.passageCount, "passage")}, ${count(taught, "taught phrasing")}, ${kib} KiB index (built in ${ms} ms)`;
}

/** "1 document", "3 documents": an owner reads these lines, "1 documents" reads as a slip. */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

async function walk(folder: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of (await readdir(folder, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full)));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

// One line per second at most, only for imports large enough to wait on.
function progressPrinter(total: number): (done: number) => void {
  let last = 0;
  return (done) => {
    if (total < 200) return;
    const now = Date.now();
    if (done < total && now - last < 1_000) return;
    last = now;
    process.stderr.write(`read ${done}/${total} files\n`);
  };
}

/**
 * Moves the site's knowledge-base version on by one (a replacement: whatever it was) and returns
 * it; null, with a warning, where D1 cannot be written. The site id was checked against
 * SITE_ID_PATTERN, so it is safe inside the SQL.
 */
async function nextKbVersion(site: string): Promise<number | null> {
  const sql = `INSERT INTO kb_versions (site, version, changed_at, changed_by) VALUES ('${site}', 1, '${new Date().toISOString()}', 'cli') ON CONFLICT (site) DO UPDATE SET version = version + 1, changed_at = excluded.changed_at, changed_by = excluded.changed_by RETURNING version`;
  try {
    const out = await run(wrangler, ["d1", "execute", "DB", ...where, "--json", "--command", sql], {
      quiet: true,
    });
    const [first] = JSON.parse(out.slice(out.indexOf("["))) as { results: { version: number }[] }[];
    return first?.results[0]?.version ?? null;
  } catch {
    console.error(
      "Could not record the knowledge base's version in D1 (migrations not applied?): a dashboard edit may be refused for up to 2 minutes after a save made just before this import.",
    );
    return null;
  }
}

/** The documents value, with the version in its metadata as the worker writes it. */
async function putDocuments(site: string, json: string, version: number | null): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), "clarifier-kb-"));
  try {
    const file = path.join(dir, "value");
    await writeFile(file, json);
    const metadata = version === null ? [] : ["--metadata", JSON.stringify({ kbVersion: version })];
    await run(
      wrangler,
      [
        "kv",
        "key",
        "put",
        kbDocumentsKey(site),
        "--path",
        file,
        ...metadata,
        "--binding",
        "SITES",
        ...where,
      ],
      { quiet: true },
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** KV through wrangler: the same store code as the worker, over the CLI. */
/** The site's taught phrasings from D1; none (with a warning) where D1 cannot be read. */
async function taughtQuestions(site: string): Promise<TaughtQuestion[]> {
  const sql = `SELECT doc_id AS docId, question FROM taught_questions WHERE site = '${site}' ORDER BY seq`;
  try {
    const out = await run(wrangler, ["d1", "execute", "DB", ...where, "--json", "--command", sql], {
      quiet: true,
    });
    const [first] = JSON.parse(out.slice(out.indexOf("["))) as { results: TaughtQuestion[] }[];
    return first?.results ?? [];
  } catch {
    console.error(
      `Could not read taught phrasings from D1 (migrations not applied?); the index has none until the next teach.`,
    );
    return [];
  }
}

function wranglerKv(): KbKv {
  const kv = async (...rest: string[]) =>
    run(wrangler, ["kv", "key", ...rest, "--binding", "SITES", ...where], { quiet: true });
  async function get(key: string, type: "text"): Promise<string | null>;
  async function get(key: string, type: "arrayBuffer"): Promise<ArrayBuffer | null>;
  async function get(
    key: string,
    type: "text" | "arrayBuffer",
  ): Promise<string | ArrayBuffer | null> {
    // The store reads only the small pointer through the CLI; shards are read by the worker.
    if (type !== "text") throw new Error("npm run kb reads text values only");
    // wrangler answers a missing key with this text and exit code 0.
    const text = await kv("get", key, "--text");
    return text.trim() === "Value not found" ? null : text;
  }
  return {
    get,
    async put(key, value) {
      const dir = await mkdtemp(path.join(tmpdir(), "clarifier-kb-"));
      try {
        const file = path.join(dir, "value");
        await writeFile(file, typeof value === "string" ? value : new Uint8Array(value));
        await kv("put", key, "--path", file);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    async delete(key) {
      await kv("delete", key);
    },
  };
}
