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
  const { results: sites } = await env.DB.prepare(
    `SELECT DISTINCT site FROM picks WHERE taught_at IS NULL AND created_at >= ? AND created_at < ?
     LIMIT ?`,
  )
    .bind(since, settled, MAX_SITES)
    .all<{ site: string }>();
  let taught = 0;
  for (const { site } of sites) {
    const stored = await readSiteConfig(env.SITES, site);
    const minVisitors = stored.kind === "valid" ? stored.config.learnFromPicks : undefined;
    if (minVisitors === undefined) continue;
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
  return taught;
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
