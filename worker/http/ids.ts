import * as v from "valibot";
import { CONVERSATION_ID_PATTERN, SITE_ID_PATTERN } from "../../shared/limits.ts";
import { AppError } from "../errors.ts";

export const siteIdSchema = v.pipe(
  v.string("must be a string."),
  v.regex(SITE_ID_PATTERN, "must be 1-64 characters of a-z, 0-9 and '-'."),
);
export const conversationIdSchema = v.pipe(
  v.string("must be a string."),
  v.regex(CONVERSATION_ID_PATTERN, "must be 8-64 characters of A-Z, a-z, 0-9, '-' and '_'."),
);

/**
 * A site id from a URL path, or a 404: a malformed id names no site. The message says what an
 * id looks like, for the owner who tried to save a new site under one.
 */
export function siteIdFromPath(value: string): string {
  if (!SITE_ID_PATTERN.test(value)) {
    const shown = value.slice(0, 64);
    const suggested = shown
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "");
    throw new AppError(
      "site_not_found",
      `No site "${shown}" is configured: a site id is 1-64 characters of a-z, 0-9 and '-'${suggested ? `, such as ${suggested}` : ""}.`,
    );
  }
  return value;
}

export function newId(): string {
  return crypto.randomUUID();
}
