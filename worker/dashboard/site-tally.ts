import { countLoggedQuestions, type LoggedQuestionGroup } from "../conversations/message-counts.ts";
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
 * Answers call this and nothing else for their totals, so they cannot disagree. Messages are
 * read from the counts kept as they land (`message_counts`): a few hundred rows a day at most,
 * whatever the period holds. `since` starts a UTC day (`periodStart`): the counts are per day.
 */
export async function countSitePeriod(
  db: D1Database,
  site: string,
  since: string,
): Promise<CountedPeriod> {
  const [messages, daily] = await Promise.all([
    countLoggedQuestions(db, site, since),
    countHandoffsByDay(db, site, since),
  ]);
  return { tally: tallySite(messages, daily), messages, daily };
}
