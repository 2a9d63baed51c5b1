import { countLoggedQuestions, type LoggedQuestionGroup } from "../conversations/store.ts";
import { countHandoffsByDay, type DailyHandoffs } from "../handoff/store.ts";
import { type SiteTally, tallySite } from "./tally.ts";

/** A site's tally over a period, with the groups it was counted from (for pages that chart them). */
export interface CountedPeriod {
  tally: SiteTally;
  /** The period's visitor messages, small talk included, counted in SQL by what tells them apart. */
  messages: LoggedQuestionGroup[];
  /** Sent handoffs per UTC day and trigger. */
  daily: DailyHandoffs[];
}

/**
 * The two queries every page's figures come from, counted by `tallySite`: Stats, Threshold and
 * Answers call this and nothing else for their totals, so they cannot disagree. Both count in
 * SQL, so a page reads a bounded number of rows into the worker whatever the period holds.
 * `threshold` is the site's: the groups tell apart the messages on either side of it as well as
 * on either side of each slider step.
 */
export async function countSitePeriod(
  db: D1Database,
  site: string,
  since: string,
  threshold: number,
): Promise<CountedPeriod> {
  const [messages, daily] = await Promise.all([
    countLoggedQuestions(db, site, since, threshold),
    countHandoffsByDay(db, site, since),
  ]);
  return { tally: tallySite(messages, daily), messages, daily };
}
