import * as v from "valibot";
import { MAX_MESSAGE_LENGTH } from "../../shared/limits.ts";
import { AppError } from "../errors.ts";

/**
 * Something a person can read: not whitespace, control or format characters (zero-width
 * spaces, joiners, bidi marks, BOM), nor combining marks on their own.
 */
export const VISIBLE = /[^\s\p{Cc}\p{Cf}\p{Z}\p{M}]/u;

/**
 * A visitor's message: text with something visible in it, NULs removed (they are never text,
 * and C-based tools downstream, mail among them, end a string at one). Length is checked apart,
 * as a 413.
 *
 * @example
 * v.parse(visitorMessageSchema, " hello\u0000 "); // "hello"
 * v.safeParse(visitorMessageSchema, "\u200b\u0000 ").success; // false
 */
export const visitorMessageSchema = v.pipe(
  v.string("must be a string."),
  v.transform((text) => text.replaceAll("\u0000", "")),
  v.trim(),
  v.minLength(1, "must not be empty."),
  v.regex(VISIBLE, "must contain some text, not only spaces or invisible characters."),
);

/** The message, or a 413 when it is longer than a visitor may write. */
export function checkMessageLength(message: string): string {
  if (message.length > MAX_MESSAGE_LENGTH) {
    throw new AppError(
      "message_too_long",
      `The message is longer than ${MAX_MESSAGE_LENGTH} characters.`,
    );
  }
  return message;
}
