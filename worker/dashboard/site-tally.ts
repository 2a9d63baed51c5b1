import { type LoggedQuestion, listLoggedQuestions } from "../conversations/store.ts";
import { countHandoffsByDay, type DailyHandoffs } from "../handoff/store.ts";
import { type SiteTally, tallySite } from "./tally.ts";

/** A site's tally over a period, with the rows it was counted from (for pages that chart them). */
export interface CountedPeriod {
  tally: SiteTally;
  /** Every visitor message of the period, small talk included. */
  messages: LoggedQuestion[];
  /** Sent handoffs per UTC day and trigger. */
  daily: DailyHandoffs[];
}

/**
 * The two queries every page's figures come from, counted by `tallySite`: Stats, Threshold and
 * Answers call this and nothing else for their totals, so they cannot disagree.
 */
export async function countSitePeriod(
  db: D1Database,
  site: string,
  since: string,
): Promise<CountedPeriod> {
  const [messages, daily] = await Promise.all([
    listLoggedQuestions(db, site, since),
    countHandoffsByDay(db, site, since),
  ]);
  return { tally: tallySite(messages, daily), messages, daily };
}
