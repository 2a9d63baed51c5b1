import { MAX_VERDICTS_PER_VISITOR_PER_DAY } from "../../shared/limits.ts";
import { countVerdictsBy, type VerdictLimit } from "../conversations/answers-store.ts";
import { AppError } from "../errors.ts";

const DAY_MS = 86_400_000;

/**
 * The limit as the statements that write a verdict hold it (`setAnswerVerdict`,
 * `keepLateVerdict`): `enforceVerdictLimit` answers most requests over it with a `retry-after`
 * before anything is written, but verdicts sent at once all pass a count read before the write.
 */
export function verdictLimit(site: string, by: string, now: number): VerdictLimit {
  return {
    site,
    by,
    since: new Date(now - DAY_MS).toISOString(),
    max: MAX_VERDICTS_PER_VISITOR_PER_DAY,
  };
}

/**
 * Refuses with 429 a verdict on a new answer once `by` has given MAX_VERDICTS_PER_VISITOR_PER_DAY
 * on the site's answers in the last 24 hours; `retry-after` says when the oldest leaves the window.
 */
export async function enforceVerdictLimit(
  db: D1Database,
  site: string,
  by: string,
  messageId: string,
  now: number,
): Promise<void> {
  const since = new Date(now - DAY_MS).toISOString();
  const { count, oldest } = await countVerdictsBy(db, site, by, since, messageId);
  if (count < MAX_VERDICTS_PER_VISITOR_PER_DAY) return;
  const freedAt = (oldest ? Date.parse(oldest) : now) + DAY_MS;
  throw new AppError(
    "rate_limited",
    `You have rated ${MAX_VERDICTS_PER_VISITOR_PER_DAY} answers today; thank you, that is plenty.`,
    { retryAfterSeconds: Math.max(1, Math.ceil((freedAt - now) / 1000)) },
  );
}
