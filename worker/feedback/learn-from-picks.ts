/**
 * Teaching from visitors' picks, for sites that opt in (`learnFromPicks`): run by the cron, it
 * teaches each question to the article enough different visitors picked for it, once the picks
 * have settled (the visitor had time to ask for a person instead, which voids a pick).
 */
import { type PickLesson, picksToTeach } from "../conversations/pick-evidence.ts";
import { listHeldPicks, markPicksTaught } from "../conversations/picks-store.ts";
import { type TaughtPhrasing, teachQuestion } from "../kb/documents-store.ts";
import { readSiteConfig } from "../sites/store.ts";
import { allDatabases, databaseBindings, type SiteBindings } from "../sites/site-database.ts";

/** A pick counts once this old: long enough for a visitor it didn't help to ask for a person. */
export const PICK_SETTLE_MS = 30 * 60 * 1000;
/** Picks older than this no longer count: a knowledge base changes. */
export const PICK_WINDOW_MS = 90 * 24 * 60 * 60 * 1000;
// Bounds one cron run; the rest wait for the next.
const MAX_SITES = 20;
const MAX_PICKS = 2000;
// Site configs one run reads to find the sites that opted in (a KV read each), and how many of
// them at once.
const MAX_CONFIG_READS = 200;
const CONFIG_READS_AT_ONCE = 25;

/**
 * Teaches what the settled picks of every opted-in site agree on, and marks those picks taught.
 * Returns how many phrasings were taught.
 */
export async function learnFromPicks(env: Env, now = new Date()): Promise<number> {
  let taught = 0;
  // Every database sites are sharded over: each holds its own sites' picks.
  for (const { name } of allDatabases(env)) {
    taught += await learnFromPicksOn(databaseBindings(env, name), now);
  }
  return taught;
}

async function learnFromPicksOn(env: SiteBindings, now: Date): Promise<number> {
  const settled = new Date(now.getTime() - PICK_SETTLE_MS).toISOString();
  const since = new Date(now.getTime() - PICK_WINDOW_MS).toISOString();
  // Every site keeps picks (the Knowledge gaps page reads them), opted in or not, and a deleted
  // site's wait for retention: the first twenty of them were once all a run looked at, so an
  // opted-in site behind them was never reached. Now a run takes the sites with untaught settled
  // picks in a random order, reading up to MAX_CONFIG_READS configs (CONFIG_READS_AT_ONCE at a
  // time) and teaching up to MAX_SITES sites. The sites are found by skipping along the picks'
  // site index (one row per site) and a look at each site's own picks, not by reading every pick.
  const { results } = await env.DB.prepare(
    `WITH RECURSIVE s(site) AS (
       SELECT MIN(site) FROM picks
       UNION ALL
       SELECT (SELECT MIN(site) FROM picks WHERE site > s.site) FROM s WHERE s.site IS NOT NULL)
     SELECT site FROM s
     WHERE site IS NOT NULL AND EXISTS (
       SELECT 1 FROM picks p
       WHERE p.site = s.site AND p.created_at >= ? AND p.created_at < ? AND p.taught_at IS NULL)`,
  )
    .bind(since, settled)
    .all<{ site: string }>();
  const sites = shuffled(results.map((r) => r.site)).slice(0, MAX_CONFIG_READS);
  let taught = 0;
  let visited = 0;
  for (let i = 0; i < sites.length && visited < MAX_SITES; i += CONFIG_READS_AT_ONCE) {
    const chunk = sites.slice(i, i + CONFIG_READS_AT_ONCE);
    const configs = await Promise.all(chunk.map((site) => readSiteConfig(env.SITES, site)));
    for (const [j, site] of chunk.entries()) {
      const stored = configs[j];
      const minVisitors = stored?.kind === "valid" ? stored.config.learnFromPicks : undefined;
      if (minVisitors === undefined) continue;
      if (visited >= MAX_SITES) break;
      visited++;
      const held = await listHeldPicks(env.DB, site, { since, before: settled, limit: MAX_PICKS });
      const nowIso = now.toISOString();
      for (const lesson of picksToTeach(held, minVisitors)) {
        const result = await teachPickLesson(env, site, lesson, nowIso);
        if (!result.ok) {
          console.error(`learnFromPicks: ${site}/${lesson.docId}: ${result.message}`);
          continue;
        }
        taught++;
      }
    }
  }
  return taught;
}

/** The items in a random order (Fisher-Yates). */
function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * Teaches one lesson's question to its article and, once taught, marks the picks it rests on,
 * as the cron and the dashboard's one-click teach both do.
 */
export async function teachPickLesson(
  env: Env,
  site: string,
  lesson: PickLesson,
  now: string,
  /** Who clicked teach in the dashboard; null for the cron's automatic teaching. */
  by: string | null = null,
  /** Their member id ("admin" for the token holder); null for the cron. */
  byId: string | null = null,
): Promise<TaughtPhrasing> {
  const result = await teachQuestion(env, site, lesson.docId, lesson.question, now, by, byId);
  if (result.ok) await markPicksTaught(env.DB, lesson.pickIds, now).run();
  return result;
}
