/**
 * `npm run site -- <command>`: write a site's config to Workers KV without the admin API.
 *
 *   put <site> <config.json> [--remote] [--persist-to DIR]   validate, then store
 *   get <site> [--remote] [--persist-to DIR]                 print the stored config
 *   delete <site> [--remote] [--persist-to DIR]
 *
 * Local by default (the same state `npm start` uses); `--remote` writes the deployed namespace.
 * The config is validated with the worker's own schema first, so KV never holds a config the
 * worker would refuse. `put` records the retention period and the config itself in D1 first, as
 * the admin API and the dashboard do (recordSaveSql), and `delete` that the site is gone.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import * as v from "valibot";
import { SITE_ID_PATTERN } from "../shared/limits.ts";
import { describeIssues } from "../worker/http/describe-issues.ts";
import {
  findChannelUrlProblem,
  retentionDaysOf,
  SiteConfigSchema,
} from "../worker/sites/config-schema.ts";
import { siteKey } from "../worker/sites/kv-keys.ts";
import { ROOT, run } from "./local-stack.ts";

const USAGE =
  "usage: npm run site -- put <site> <config.json> | get <site> | delete <site>  [--remote] [--persist-to DIR]";

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
        "persist-to": { type: "string" },
      },
    });
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
}

const { values: options, positionals: positional } = readArgs();
const remote = options.remote;
const persistTo = options["persist-to"];
const [command, site, file] = positional;

if (!command || !site) fail(USAGE);
if (!SITE_ID_PATTERN.test(site))
  fail(`"${site}" is not a site id: use 1-64 characters of a-z, 0-9 and '-'.`);

const where = remote
  ? ["--remote"]
  : ["--local", ...(persistTo ? ["--persist-to", persistTo] : [])];
const wrangler = path.join(ROOT, "node_modules", ".bin", "wrangler");
const key = siteKey(site);

/**
 * The SQL that records `site`'s retention period as saved now, in the default database's
 * retention_changes (migrations/0017), as `recordRetentionChange` does for the admin API and
 * the dashboard. wrangler's `d1 execute` takes no parameters: the site id is checked against
 * SITE_ID_PATTERN above (a-z, 0-9, '-') and `days` is the schema's whole number.
 */
function recordRetentionSql(site: string, days: number, at: string): string {
  return `INSERT INTO retention_changes (site, days, changed_at) VALUES ('${site}', ${Math.trunc(days)}, '${at}')
    ON CONFLICT (site) DO UPDATE SET days = excluded.days, changed_at = excluded.changed_at`;
}

/**
 * The SQL that records `config` as the site's latest, in the default database's
 * site_config_versions (migrations/0018), the version moved on: the dashboard's and the admin
 * API's saves start from that row, not from a KV read that may be a minute old, so without it a
 * form saved within that minute would write the config from before this put back
 * (worker/sites/config-versions.ts). The JSON is a string literal: SQLite's only escape is ''.
 */
function recordConfigSql(site: string, config: string, at: string): string {
  const value = `'${config.replaceAll("'", "''")}'`;
  return `INSERT INTO site_config_versions (site, version, config, saved_at) VALUES ('${site}', 1, ${value}, '${at}')
    ON CONFLICT (site) DO UPDATE SET version = site_config_versions.version + 1,
      config = excluded.config, saved_at = excluded.saved_at`;
}

/**
 * Records the period in D1 before KV gets the config. KV takes about a minute to reach every
 * location, and a retention sweep reading the old period (7 days after a raise to 90) would
 * delete days 7 to 90 for good; for an hour after a save the sweep keeps by the longer of KV's
 * period and this one (worker/conversations/retention.ts). Before the third reliability review
 * this CLI wrote KV alone. The config goes with it (recordConfigSql), in the same command. A D1
 * that refuses stops the save, KV untouched; a local state with no retention_changes table (no migrations applied: no worker has run a sweep on it) has
 * nothing to protect, and is only told so.
 */
async function recordSave(site: string, days: number, config: string): Promise<void> {
  const at = new Date().toISOString();
  const sql = `${recordRetentionSql(site, days, at)};\n${recordConfigSql(site, config, at)}`;
  try {
    await run(wrangler, ["d1", "execute", "DB", ...where, "--yes", "--command", sql], {
      quiet: true,
    });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    if (!remote && /no such table: (retention_changes|site_config_versions)/.test(why)) {
      console.log(
        "Local D1 has no migrations applied (npm start applies them): no retention change recorded.",
      );
      return;
    }
    fail(
      `Not saved: could not record the retention period in D1 first (the sweep could read the old one from KV for a minute). Nothing was written to KV.\n${why}`,
    );
  }
}

/**
 * Records in D1 that the site is deleted (its config null), as the admin API's DELETE does, so
 * that a save within KV's minute does not take a read from before for the latest and put the
 * site back. A D1 that refuses stops the deletion, KV untouched; no table (no migrations
 * applied locally), nothing to record.
 */
async function recordDeletion(site: string): Promise<void> {
  const sql = `UPDATE site_config_versions SET version = version + 1, config = NULL, saved_at = '${new Date().toISOString()}' WHERE site = '${site}'`;
  try {
    await run(wrangler, ["d1", "execute", "DB", ...where, "--yes", "--command", sql], {
      quiet: true,
    });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    if (!remote && /no such table: site_config_versions/.test(why)) return;
    fail(`Not deleted: could not record the deletion in D1 first. Nothing was deleted.\n${why}`);
  }
}

switch (command) {
  case "put": {
    if (!file) fail(USAGE);
    let json: unknown;
    try {
      json = JSON.parse(await readFile(file, "utf8"));
    } catch (error) {
      fail(
        `Cannot read ${file} as JSON: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    const result = v.safeParse(SiteConfigSchema, json);
    if (!result.success) {
      fail(`${file} is not a valid site config: ${describeIssues(result.issues)}`);
    }
    // The admin API's URL rules too; local state is a developer's, where loopback is allowed.
    const problem = findChannelUrlProblem(result.output, !remote);
    if (problem) fail(`${file} is not a valid site config: ${problem}`);
    const config = JSON.stringify(result.output);
    await recordSave(site, retentionDaysOf(result.output), config);
    await run(wrangler, ["kv", "key", "put", "--binding", "SITES", key, config, ...where], {
      quiet: true,
    });
    console.log(
      `Saved site "${site}" (${result.output.name}) ${remote ? "to the deployed namespace" : "locally"}.`,
    );
    break;
  }
  case "get": {
    const value = await run(
      wrangler,
      ["kv", "key", "get", "--binding", "SITES", key, "--text", ...where],
      { quiet: true },
    );
    // wrangler answers a missing key with this text and exit code 0.
    if (value.trim() === "Value not found")
      fail(`No site "${site}" is stored ${remote ? "in the deployed namespace" : "locally"}.`);
    process.stdout.write(value);
    break;
  }
  case "delete": {
    // wrangler deletes a missing key without a word: a mistyped id would read as deleted.
    const value = await run(
      wrangler,
      ["kv", "key", "get", "--binding", "SITES", key, "--text", ...where],
      { quiet: true },
    );
    if (value.trim() === "Value not found")
      fail(
        `No site "${site}" is stored ${remote ? "in the deployed namespace" : "locally"}: nothing deleted.`,
      );
    await recordDeletion(site);
    await run(wrangler, ["kv", "key", "delete", "--binding", "SITES", key, ...where], {
      quiet: true,
    });
    console.log(
      `Deleted site "${site}"'s config ${remote ? "from the deployed namespace" : "locally"}; its knowledge base, if any, is kept (DELETE /admin/api/sites/${site} deletes both).`,
    );
    break;
  }
  default:
    fail(USAGE);
}
