/**
 * Misses: the visitor messages the knowledge base did not serve well, whatever became of them.
 * A message is a miss when the worker judged it below the threshold (whether or not the visitor
 * went on to leave an email), when the visitor marked its answer 👎, or when the site owner
 * labelled its handoff "the AI could have answered this".
 */
import type { MissedText } from "./missed-text.ts";

export type { MissedText };

/** The most distinct missed questions the Knowledge gaps page reads for one period. */
export const MAX_MISSED_TEXTS = 5_000;

type MissedTextRow = Omit<MissedText, "visitors"> & { visitors: string };

/**
 * The site's misses since `since` (a visitor message handed off for low confidence, an answer
 * given a 👎, or a handoff labelled "the AI could have answered this"), one row per distinct text,
 * newest first, at most `limit`: a flood of one junk question is one row however often it
 * came, and each row says how many visitors sent it, so the page can count visitors.
 */
export async function listMissedTexts(
  db: D1Database,
  site: string,
  since: string,
  limit = MAX_MISSED_TEXTS,
): Promise<MissedText[]> {
  // With exactly one max() aggregate, SQLite takes the bare columns from the row that holds it:
  // the newest message of each text.
  const { results } = await db
    .prepare(
      `SELECT MAX(m.created_at) AS lastAt, m.id AS id, m.text AS text, m.confidence AS confidence,
         m.source_title AS sourceTitle, m.source_url AS sourceUrl,
         COUNT(*) AS messages,
         json_group_array(DISTINCT COALESCE(m.visitor, 'c:' || m.conversation_id)) AS visitors,
         SUM(m.decision = 'handoff' AND m.reason = 'low_confidence') AS lowConfidence,
         SUM(m.decision = 'handoff' AND m.reason = 'low_confidence' AND h.id IS NULL) AS abandoned,
         SUM(COALESCE(m.helpful = 0, 0)) AS unhelpful,
         SUM(h.could_have_answered_at IS NOT NULL) AS couldHaveAnswered,
         GROUP_CONCAT(h.id) AS handoffId
       FROM messages m JOIN conversations c ON c.id = m.conversation_id
       LEFT JOIN handoffs h ON h.conversation_id = m.conversation_id AND h.visitor_message = m.text
       WHERE c.site = ? AND m.role = 'visitor' AND m.created_at >= ?
         AND ((m.decision = 'handoff' AND m.reason = 'low_confidence') OR m.helpful = 0
              OR h.could_have_answered_at IS NOT NULL)
       GROUP BY lower(trim(m.text))
       ORDER BY lastAt DESC LIMIT ?`,
    )
    .bind(site, since, limit)
    .all<MissedTextRow>();
  return results.map((r) => ({
    ...r,
    visitors: JSON.parse(r.visitors) as string[],
    handoffId: r.handoffId ? (r.handoffId.split(",")[0] ?? null) : null,
  }));
}
