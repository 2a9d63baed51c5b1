/**
 * Where a site's data lives and which queue carries its deliveries: the one place that decides,
 * so that sharding by site is a line in wrangler.toml and a field in a site's config, not a
 * rewrite. A D1 database runs one query at a time and holds 10 GB (docs/capacity.md), and a queue
 * takes 5,000 messages a second; a group of sites on its own database and queue scales apart.
 *
 * - Database: the site config's `database` names a D1 binding declared in wrangler.toml, `DB`
 *   or `DB_<suffix>` (`DB` when absent). Everything of the site (conversations, messages, handoffs, deliveries, replies,
 *   circuits of its receivers, taught questions, picks) is read and written there.
 * - Queue: every binding named `DELIVERIES` or `DELIVERIES_<n>` is a delivery queue consumed by
 *   the same consumer; a site's deliveries go to one of them chosen by a stable hash of its id.
 *   A queue message names the database its delivery lives in, so the consumer needs no config.
 *
 * Bindings are read from `env` as declared, so adding a database or a queue is a wrangler.toml
 * change only.
 */
import type { SiteConfig } from "./config-schema.ts";

/** The database of a site whose config names none: the one every site used before sharding. */
export const DEFAULT_DATABASE = "DB";
const DELIVERY_QUEUE_BINDING = /^DELIVERIES(_\d+)?$/;
/**
 * The names D1 bindings take. By name, not by shape: a service or Durable Object binding is an
 * RPC stub that answers every property, `prepare` included.
 */
export const DATABASE_BINDING = /^DB(_[A-Z0-9]+)?$/;

/** The worker's bindings with DB and DELIVERIES those of one site, and DB's binding name. */
export type SiteBindings<E = Env> = E & { DB: D1Database; DELIVERIES: Queue; DATABASE: string };

function bindings(env: object): Record<string, unknown> {
  return env as Record<string, unknown>;
}

function isDatabase(name: string, value: unknown): value is D1Database {
  return DATABASE_BINDING.test(name) && typeof value === "object" && value !== null;
}

/** The D1 bindings declared in wrangler.toml, by name, the default first. */
export function databaseNames(env: object): string[] {
  const names = Object.keys(bindings(env)).filter((name) => isDatabase(name, bindings(env)[name]));
  return names.sort((a, b) =>
    a === DEFAULT_DATABASE ? -1 : b === DEFAULT_DATABASE ? 1 : a.localeCompare(b),
  );
}

/** The D1 database bound as `name` (the default when absent); throws when none is bound so. */
export function databaseNamed(env: object, name: string | undefined): D1Database {
  const db = bindings(env)[name ?? DEFAULT_DATABASE];
  if (!isDatabase(name ?? DEFAULT_DATABASE, db)) {
    throw new Error(`no D1 database is bound as "${name}"`);
  }
  return db;
}

/** The binding name of the site's database. */
export function siteDatabaseName(config: Pick<SiteConfig, "database"> | null | undefined): string {
  return config?.database ?? DEFAULT_DATABASE;
}

/**
 * The site's D1 database: what every read and write of the site's data goes to.
 *
 * @example
 * await listThread(siteDatabase(c.env, c.var.config), conversationId);
 */
export function siteDatabase(
  env: object,
  config: Pick<SiteConfig, "database"> | null | undefined,
): D1Database {
  return databaseNamed(env, siteDatabaseName(config));
}

/** Every bound database with its name, the default first: what the cron jobs loop over. */
export function allDatabases(env: object): { name: string; db: D1Database }[] {
  return databaseNames(env).map((name) => ({ name, db: databaseNamed(env, name) }));
}

/**
 * The cron's part of a count kept beside its rows (message_counts, handoff_counts): each database
 * with a row in `askTable` (a migration's or an operator's request) runs `statements` (its
 * recount, which clears the request) as one batch; the others cost one small read. Returns how
 * many databases were recounted.
 */
export async function recountWhereAsked(
  env: object,
  askTable: "figure_recounts" | "handoff_recounts",
  statements: (db: D1Database) => D1PreparedStatement[],
  what: string,
): Promise<number> {
  let recounted = 0;
  for (const { name, db } of allDatabases(env)) {
    const asked = await db.prepare(`SELECT 1 AS asked FROM ${askTable} LIMIT 1`).first();
    if (!asked) continue;
    await db.batch(statements(db));
    console.log(`${what}: ${name}'s counts recounted`);
    recounted += 1;
  }
  return recounted;
}

/** The delivery queues' binding names, `DELIVERIES` first (never the slow lane). */
export function deliveryQueueNames(env: object): string[] {
  const names = Object.keys(bindings(env)).filter((n) => DELIVERY_QUEUE_BINDING.test(n));
  const order = (n: string) => (n === "DELIVERIES" ? 1 : Number(n.slice("DELIVERIES_".length)));
  return names.sort((a, b) => order(a) - order(b));
}

/**
 * Which of `count` queues a site's deliveries use: FNV-1a of its id, so it never changes while
 * the queues don't, and sites spread evenly.
 *
 * @example
 * queueIndexOf("acme", 1); // 0
 */
export function queueIndexOf(site: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < site.length; i++) {
    hash ^= site.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return count <= 1 ? 0 : hash % count;
}

/** The binding name of the queue that carries the site's deliveries. */
export function siteQueueName(env: object, site: string): string {
  const names = deliveryQueueNames(env);
  return names[queueIndexOf(site, names.length)] ?? "DELIVERIES";
}

/**
 * The bindings as one site sees them: DB its database, DELIVERIES its queue. Code that takes
 * `Pick<Env, "DB" | "DELIVERIES">` then works on the site's shard unchanged.
 */
export function siteBindings<E extends object>(
  env: E,
  site: string,
  config: Pick<SiteConfig, "database"> | null | undefined,
): SiteBindings<E> {
  return databaseBindings(env, siteDatabaseName(config), site);
}

/**
 * The bindings for data already in database `database` (a queue message or a handoff names
 * it), with the site's queue when the site is known.
 */
export function databaseBindings<E extends object>(
  env: E,
  database: string | undefined,
  site?: string,
): SiteBindings<E> {
  const name = database ?? DEFAULT_DATABASE;
  return {
    ...env,
    DB: databaseNamed(env, name),
    DELIVERIES: bindings(env)[site ? siteQueueName(env, site) : "DELIVERIES"] as Queue,
    DATABASE: name,
  };
}
