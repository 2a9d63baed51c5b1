/**
 * A handoff found by its id alone (an admin or dashboard URL, an email reply's address), on
 * whichever database its site is sharded to, with the bindings of that shard: what the routes
 * that act on one handoff read and write through.
 */
import { allDatabases, databaseBindings, type SiteBindings } from "../sites/site-database.ts";
import {
  countHandoffs,
  getHandoff,
  type HandoffFilter,
  type HandoffPage,
  listHandoffPage,
  listHandoffs,
} from "./store.ts";

/**
 * `read(db, id)` on each bound database in turn, the default first (where every unsharded site
 * lives), until one has it; null when none does. One query per database looked in.
 *
 * @example
 * const found = await locateHandoff(c.env, id, getHandoff);
 * if (found) await postReply(found.shard, found.handoff, input, notify);
 */
export async function locateHandoff<T extends { site: string }>(
  env: Env,
  id: string,
  read: (db: D1Database, id: string) => Promise<T | null>,
): Promise<{ handoff: T; shard: SiteBindings } | null> {
  for (const { name, db } of allDatabases(env)) {
    const handoff = await read(db, id);
    if (handoff) return { handoff, shard: databaseBindings(env, name, handoff.site) };
  }
  return null;
}

/**
 * `read(db)` on every bound database at once, the results in one list: for reads keyed by ids
 * that may live on any shard (the deliveries, replies and transcripts of a page of handoffs). A
 * database without them answers nothing, at the cost of one query.
 */
export async function readEveryDatabase<T>(
  env: Env,
  read: (db: D1Database) => Promise<T[]>,
): Promise<T[]> {
  return (await Promise.all(allDatabases(env).map(({ db }) => read(db)))).flat();
}

/**
 * A page of handoffs, newest first, from every database merged (a site's own page has the same
 * answer: its rows are all on its shard, or on the default if it moved). The cursor `before`
 * keeps its exact position on its own database; on the others the page continues strictly
 * older than it, so only handoffs created in the very same millisecond on two shards could be
 * missed at a page boundary.
 */
export async function listHandoffPageAcross(env: Env, filter: HandoffFilter): Promise<HandoffPage> {
  const databases = allDatabases(env);
  if (databases.length === 1 && databases[0]) return listHandoffPage(databases[0].db, filter);
  const cursor = filter.before ? await locateHandoff(env, filter.before, getHandoff) : null;
  const pages = await Promise.all(
    databases.map(({ name, db }) => {
      const own = cursor?.shard.DATABASE === name;
      const until =
        cursor && !own
          ? [filter.until, cursor.handoff.createdAt].filter((t) => t !== undefined).sort()[0]
          : filter.until;
      return listHandoffs(db, {
        ...filter,
        before: own ? filter.before : undefined,
        until,
        limit: filter.limit + 1,
      });
    }),
  );
  const rows = pages.flat().sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const handoffs = rows.slice(0, filter.limit);
  const last = handoffs[handoffs.length - 1];
  return { handoffs, nextBefore: rows.length > filter.limit && last ? last.id : null };
}

/**
 * How many handoffs match `filter` over every database, by counting the rows (one query per
 * database): the list's total when it names dates, which the kept counts do not hold.
 */
export async function countHandoffsAcross(
  env: Env,
  filter: Omit<HandoffFilter, "before" | "limit">,
): Promise<number> {
  const totals = await Promise.all(allDatabases(env).map(({ db }) => countHandoffs(db, filter)));
  return totals.reduce((sum, n) => sum + n, 0);
}
