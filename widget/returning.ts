/**
 * A handed-off conversation outlives the tab for a week, so a visitor who comes back reads the
 * team's reply: its id and how many team replies they have seen, in `localStorage`. Never
 * throws: storage blocked or full only loses the way back.
 */

/** What is kept of a handed-off conversation. */
export interface Returning {
  id: string;
  /** Team replies the visitor has seen with the chat open: the rest are unread. */
  seen: number;
}

const KEEP_MS = 7 * 86_400_000;

const key = (site: string) => `clarifier:v1:${site}:handoff`;

/**
 * The site's handed-off conversation of the last week, or null.
 *
 * @example
 * recallConversation("acme"); // { id: "3f0c…", seen: 1 } | null
 */
export function recallConversation(site: string): Returning | null {
  try {
    const { id, seen, until } = JSON.parse(localStorage.getItem(key(site)) ?? "");
    return until > Date.now() && typeof id === "string" ? { id, seen: +seen || 0 } : null;
  } catch {
    return null;
  }
}

/** Keeps `returning` for another week from now. */
export function rememberConversation(site: string, returning: Returning): void {
  try {
    localStorage.setItem(key(site), JSON.stringify({ ...returning, until: Date.now() + KEEP_MS }));
  } catch {
    // Storage blocked or full: the visitor can still read the reply by email, if they left one.
  }
}
