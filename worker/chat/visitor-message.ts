import * as v from "valibot";
import { MAX_MESSAGE_LENGTH } from "../../shared/limits.ts";
import { hasVisibleText, withoutLoneSurrogates } from "../../shared/visible-text.ts";
import { AppError } from "../errors.ts";

/**
 * A visitor's message: text with something visible in it (`hasVisibleText`: no message of
 * Hangul fillers, blank braille or a lone surrogate reaches a team), NULs removed (they are never
 * text, and C-based tools downstream, mail among them, end a string at one), and any lone
 * surrogate left among real text stored as U+FFFD. Length is checked apart, as a 413.
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
  v.check(hasVisibleText, "must contain some text, not only spaces or invisible characters."),
  v.transform(withoutLoneSurrogates),
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
