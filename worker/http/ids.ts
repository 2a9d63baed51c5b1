import * as v from "valibot";
import { CONVERSATION_ID_PATTERN, SITE_ID_PATTERN } from "../../shared/limits.ts";
import { AppError } from "../errors.ts";

export const siteIdSchema = v.pipe(
  v.string("must be a string."),
  v.regex(SITE_ID_PATTERN, "must be 1-64 characters of a-z, 0-9 and '-'."),
);
export const CONVERSATION_ID_MESSAGE = "must be 8-64 characters of A-Z, a-z, 0-9, '-' and '_'.";
export const conversationIdSchema = v.pipe(
  v.string("must be a string."),
  v.regex(CONVERSATION_ID_PATTERN, CONVERSATION_ID_MESSAGE),
);

/** A site id from a URL path, or a 404: a malformed id names no site. */
export function siteIdFromPath(value: string): string {
  if (!SITE_ID_PATTERN.test(value))
    throw new AppError("site_not_found", `No site "${value.slice(0, 64)}" is configured.`);
  return value;
}

/** A site id from the path of a request that creates the site, or a 400 saying what one is. */
export function siteIdForNewSite(value: string): string {
  if (!SITE_ID_PATTERN.test(value))
    throw new AppError("bad_request", "The site id must be 1-64 characters of a-z, 0-9 and '-'.");
  return value;
}

export function newId(): string {
  return crypto.randomUUID();
}
