import * as v from "valibot";
import { hasVisibleText, withoutLoneSurrogates } from "../../shared/visible-text.ts";

/**
 * A visitor's message: text with something visible in it (`hasVisibleText`: no message of
 * Hangul fillers, blank braille or a lone surrogate reaches a team), NULs removed (they are never
 * text, and C-based tools downstream, mail among them, end a string at one), and any lone
 * surrogate left among real text stored as U+FFFD. Length is checked apart, as a 413
 * (`checkMessageLength` in worker/http/message-length.ts).
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
