/**
 * Misses: the visitor messages the knowledge base did not serve well, whatever became of them.
 * A message is a miss when the worker judged it below the threshold (whether or not the visitor
 * went on to leave an email), when the visitor marked its answer 👎, or when the site owner
 * labelled its handoff "the AI could have answered this".
 */

/** One missed visitor message and what marks it a miss. */
export interface Miss {
  /** The visitor message's id. */
  id: string;
  text: string;
  confidence: number | null;
  createdAt: string;
  /** Judged below the threshold. */
  lowConfidence: boolean;
  /** Answered, and the visitor said the answer did not help. */
  unhelpful: boolean;
  /** The handoff of this message, when the visitor finished one. */
  handoffId: string | null;
  /** The owner labelled its handoff "the AI could have answered this". */
  couldHaveAnswered: boolean;
  /** For an answer: the article it came from. */
  sourceTitle: string | null;
  sourceUrl: string | null;
}

type MissRow = Omit<Miss, "lowConfidence" | "unhelpful" | "couldHaveAnswered"> & {
  lowConfidence: number;
  unhelpful: number;
  couldHaveAnswered: number;
};

/** The site's misses since `since`, newest first, at most `limit`. */
export async function listMisses(
  db: D1Database,
  site: string,
  since: string,
  limit: number,
): Promise<Miss[]> {
  // A handoff names its message by conversation and text (`POST /v1/handoff` never stores the
  // message id); a retried handoff of the same message is the same handoff, so the join is 1:1.
  const { results } = await db
    .prepare(
      `SELECT m.id AS id, m.text AS text, m.confidence AS confidence, m.created_at AS createdAt,
         (m.decision = 'handoff' AND m.reason = 'low_confidence') AS lowConfidence,
         COALESCE(m.helpful = 0, 0) AS unhelpful,
         h.id AS handoffId, (h.could_have_answered_at IS NOT NULL) AS couldHaveAnswered,
         m.source_title AS sourceTitle, m.source_url AS sourceUrl
       FROM messages m JOIN conversations c ON c.id = m.conversation_id
       LEFT JOIN handoffs h ON h.conversation_id = m.conversation_id AND h.visitor_message = m.text
       WHERE c.site = ? AND m.role = 'visitor' AND m.created_at >= ?
         AND ((m.decision = 'handoff' AND m.reason = 'low_confidence') OR m.helpful = 0
              OR h.could_have_answered_at IS NOT NULL)
       ORDER BY m.created_at DESC, m.rowid DESC LIMIT ?`,
    )
    .bind(site, since, limit)
    .all<MissRow>();
  return results.map((r) => ({
    ...r,
    lowConfidence: r.lowConfidence === 1,
    unhelpful: r.unhelpful === 1,
    couldHaveAnswered: r.couldHaveAnswered === 1,
  }));
}
