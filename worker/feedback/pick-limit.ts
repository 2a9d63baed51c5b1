import { MAX_PICKS_PER_VISITOR_PER_DAY } from "../../shared/limits.ts";
import type { PickLimit } from "../conversations/picks-store.ts";

const DAY_MS = 86_400_000;

/**
 * The daily pick limit as the statements that write a pick hold it (`insertPick`,
 * `keepLatePick`): one visitor (`by`, a per-site pseudonym) picks on at most
 * MAX_PICKS_PER_VISITOR_PER_DAY of the site's replies in 24 hours. Held by the writing statement
 * itself, not a count read before it, so picks sent at once cannot all pass together.
 */
export function pickLimit(site: string, by: string, now: number): PickLimit {
  return {
    site,
    visitor: by,
    since: new Date(now - DAY_MS).toISOString(),
    max: MAX_PICKS_PER_VISITOR_PER_DAY,
  };
}
