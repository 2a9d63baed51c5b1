import { MAX_VERDICTS_PER_VISITOR_PER_DAY } from "../../shared/limits.ts";
import { countVerdictsBy } from "../conversations/answers-store.ts";
import { AppError } from "../errors.ts";
import { visitorKey } from "../http/visitor-key.ts";

const DAY_MS = 86_400_000;

/**
 * Who gives a verdict, as stored: a SHA-256 of the site and the visitor's address (its /64 for
 * IPv6, `visitorKey`), so verdicts can be counted per visitor without keeping an address.
 *
 * @example
 * await verdictVisitor("acme", "203.0.113.7"); // "9c1f…" (32 hex digits)
 */
export async function verdictVisitor(site: string, address: string | undefined): Promise<string> {
  const key = `${site}\n${visitorKey(address ?? "local")}`;
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(key));
  return [...new Uint8Array(digest).slice(0, 16)]
    .map((b) => b.toString(16).padStart(2, "0"))
    .join("");
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
