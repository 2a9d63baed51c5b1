import { MAX_MESSAGE_LENGTH } from "../../shared/limits.ts";
import { AppError } from "../errors.ts";

/**
 * The message, or a 413 when it is longer than a visitor may write. Here rather than beside the
 * chat's message schema because `visitorRequest` checks it for every public route that carries
 * a message, and the HTTP layer imports no feature.
 *
 * @example
 * checkMessageLength("hello"); // "hello"
 */
export function checkMessageLength(message: string): string {
  if (message.length > MAX_MESSAGE_LENGTH) {
    throw new AppError(
      "message_too_long",
      `The message is longer than ${MAX_MESSAGE_LENGTH} characters.`,
    );
  }
  return message;
}
