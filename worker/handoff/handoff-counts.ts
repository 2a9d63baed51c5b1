/**
 * The handoffs list's counts kept as handoffs change, so that its Open / Resolved tabs and its
 * page line ("Page 2 of 5: 51–100 of 230 handoffs") read a few rows a site whatever the site
 * has stored (migrations/0020_handoff_counts.sql).
 *
 * `handoff_counts` holds, per site, status, trigger and "AI could have answered" label, how many
 * handoffs the database stores. Each statement that stores a handoff, changes its status or
 * label, or deletes it, has one of these beside it in its batch (one transaction), so the counts
 * always equal a count of the rows: a batch that fails (the same request stored at once by
 * another, on the unique key) counts nothing, and two changes at once are two transactions, the
 * second moving what the first left. Each database counts the handoffs it
 * holds; a site whose handoffs are on two (its `database` changed) is summed over both, as the
 * list merges its rows.
 */
import type { HandoffReason } from "../../shared/handoff.ts";
import { recountWhereAsked } from "../sites/site-database.ts";
import type { HandoffStatus } from "./replies-store.ts";
import type { HandoffFilter } from "./store.ts";

const KEY = "site, status, reason, labelled";

/** Adds `excluded.handoffs` to the group's count. */
const ADD = `ON CONFLICT (${KEY}) DO UPDATE SET handoffs = handoffs + excluded.handoffs`;

const INSERT = `INSERT INTO handoff_counts (${KEY}, handoffs)`;

/** A handoff row's label as the counts key it: 1 when marked "the AI could have answered". */
const LABELLED = "(could_have_answered_at IS NOT NULL)";

/**
 * A statement that counts the handoff `id` just stored: to run right after its insert, in its
 * batch (`insertHandoff` returns both). Read from the row itself, so it counts what was stored;
 * when the insert fails, the batch and this count with it are undone.
 */
export function countStoredHandoff(db: D1Database, id: string): D1PreparedStatement {
  return db
    .prepare(
      `${INSERT} SELECT site, status, reason, ${LABELLED}, 1 FROM handoffs WHERE id = ? ${ADD}`,
    )
    .bind(id);
}

/**
 * A statement that moves handoff `id` from its group to the one it is about to join: its status
 * set to `change.status`, its label to `change.labelled` (either left as it is when absent). To
 * run just before the UPDATE that makes the change, in its batch. A change that changes nothing
 * (resolving a resolved handoff, a double click) cancels out and writes nothing; no handoff of
 * that id, nothing either.
 */
export function moveHandoff(
  db: D1Database,
  id: string,
  change: { status?: HandoffStatus; labelled?: boolean },
): D1PreparedStatement {
  return db
    .prepare(
      `${INSERT}
       SELECT ${KEY}, SUM(n) FROM (
         SELECT site, status, reason, ${LABELLED} AS labelled, -1 AS n FROM handoffs WHERE id = ?1
         UNION ALL
         SELECT site, COALESCE(?2, status), reason, COALESCE(?3, ${LABELLED}), 1
         FROM handoffs WHERE id = ?1)
       GROUP BY ${KEY} HAVING SUM(n) != 0
       ${ADD}`,
    )
    .bind(
      id,
      change.status ?? null,
      change.labelled === undefined ? null : change.labelled ? 1 : 0,
    );
}

/**
 * A statement that takes out of the counts the handoffs `where` picks (SQL over `handoffs`, with
 * `params` for its `?`s): to run just before the statement that deletes them, in its batch,
 * picking the same rows. `where` is the caller's own SQL, never input.
 */
export function uncountHandoffs(
  db: D1Database,
  where: string,
  params: readonly unknown[],
): D1PreparedStatement {
  return db
    .prepare(
      `${INSERT}
       SELECT site, status, reason, ${LABELLED}, -COUNT(*) FROM handoffs WHERE ${where}
       GROUP BY site, status, reason, ${LABELLED}
       ${ADD}`,
    )
    .bind(...params);
}

/**
 * The statements that count every stored handoff afresh, in one batch (one transaction: no
 * write lands between them). The migration's backfill does the same; the cron runs this once
 * after it, for the handoffs an older worker stored or changed between the migration and the
 * deploy (`handoff_recounts`), and an operator can ask for it again.
 */
export function recountHandoffStatements(db: D1Database): D1PreparedStatement[] {
  return [
    db.prepare("DELETE FROM handoff_counts"),
    db.prepare(
      `${INSERT}
       SELECT site, status, reason, ${LABELLED}, COUNT(*) FROM handoffs
       GROUP BY site, status, reason, ${LABELLED}`,
    ),
    db.prepare("DELETE FROM handoff_recounts"),
  ];
}

/**
 * The cron's part: each database whose handoffs a recount was asked for (a row in
 * `handoff_recounts`) is counted afresh; one small read for the others.
 */
export function recountHandoffsIfAsked(env: object): Promise<number> {
  return recountWhereAsked(env, "handoff_recounts", recountHandoffStatements, "handoffs");
}

/** Handoffs alike in everything the list filters on but their time, and how many there are. */
export interface HandoffCount {
  status: HandoffStatus;
  reason: HandoffReason;
  labelled: boolean;
  handoffs: number;
}

/**
 * The counts of a site's handoffs on this database (null: of every site, summed), at most 12
 * rows (2 statuses x 3 triggers x 2 labels) whatever the site stores; a site's read along the
 * key. Counting the rows read every handoff of the database on each view of the list.
 */
export async function readHandoffCounts(
  db: D1Database,
  site: string | null,
): Promise<HandoffCount[]> {
  const { results } = await (site === null
    ? db.prepare(
        `SELECT status, reason, labelled, SUM(handoffs) AS handoffs FROM handoff_counts
         GROUP BY status, reason, labelled HAVING SUM(handoffs) != 0`,
      )
    : db
        .prepare(
          `SELECT status, reason, labelled, handoffs FROM handoff_counts
           WHERE site = ? AND handoffs != 0`,
        )
        .bind(site)
  ).all<Omit<HandoffCount, "labelled"> & { labelled: number }>();
  return results.map((r) => ({ ...r, labelled: r.labelled === 1 }));
}

/** Open and resolved handoffs in `counts` (of one site, or every site, on every database). */
export function countByStatus(counts: readonly HandoffCount[]): Record<HandoffStatus, number> {
  const byStatus = { open: 0, resolved: 0 };
  for (const c of counts) byStatus[c.status] += c.handoffs;
  return byStatus;
}

/** The filters of the list the counts can answer: all of them but the dates. */
export type CountedFilter = Pick<HandoffFilter, "reason" | "labelledOnly" | "status">;

/** How many handoffs in `counts` match `filter`: the list's total, without reading its rows. */
export function countMatching(counts: readonly HandoffCount[], filter: CountedFilter): number {
  return counts
    .filter(
      (c) =>
        (!filter.status || c.status === filter.status) &&
        (!filter.reason || c.reason === filter.reason) &&
        (!filter.labelledOnly || c.labelled),
    )
    .reduce((sum, c) => sum + c.handoffs, 0);
}
