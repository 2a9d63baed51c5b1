import { AppError } from "../errors.ts";

// Visible ASCII, as HTTP header values are in practice; a UUID is the usual key.
const KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * The request's `Idempotency-Key` header: null when absent, the key when it is 1 to 255 visible
 * ASCII characters, a 400 otherwise. A client that sends one says that every request with that
 * key is the same request.
 *
 * @example
 * readIdempotencyKey("7c0f3c6e-5b7a-4f7e-9a53-3f1c2b9e8d10"); // the key
 * readIdempotencyKey(undefined); // null
 */
export function readIdempotencyKey(header: string | undefined): string | null {
  if (header === undefined) return null;
  const key = header.trim();
  if (KEY.test(key)) return key;
  throw new AppError(
    "bad_request",
    "Idempotency-Key must be 1 to 255 visible ASCII characters, such as a UUID.",
  );
}
