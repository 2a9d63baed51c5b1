import * as v from "valibot";
import { MAX_MESSAGE_LENGTH } from "../../shared/limits.ts";
import { AppError } from "../errors.ts";

/** A visitor's message: text with something in it. Length is checked apart, as a 413. */
export const visitorMessageSchema = v.pipe(
  v.string("must be a string."),
  v.trim(),
  v.minLength(1, "must not be empty."),
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
