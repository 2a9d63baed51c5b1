/**
 * Team members' passwords: PBKDF2-SHA256 through WebCrypto, with a random salt per member and
 * the iteration count stored beside the hash. Only the hash, salt and count are ever stored.
 */
import { base64ToBytes, bytesToBase64 } from "../http/base64.ts";

/**
 * The iterations a new password is hashed with. workerd refuses PBKDF2 above 100,000, so this
 * is the most a Worker can use; storing the count lets it change without resetting passwords.
 */
export const PASSWORD_ITERATIONS = 100_000;
/** Shorter than this is refused: ten characters, as many password managers' defaults exceed. */
export const MIN_PASSWORD_LENGTH = 10;
/** Longer is refused too, so a megabyte "password" cannot be made to cost hashing time. */
export const MAX_PASSWORD_LENGTH = 200;

/** What is stored of a password. */
export interface PasswordHash {
  hash: string;
  salt: string;
  iterations: number;
}

async function derive(
  password: string,
  salt: Uint8Array,
  iterations: number,
): Promise<ArrayBuffer> {
  const key = await crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(password),
    "PBKDF2",
    false,
    ["deriveBits"],
  );
  return crypto.subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt, iterations }, key, 256);
}

/** The stored form of a new password, with a fresh 16-byte salt. */
export async function hashPassword(
  password: string,
  iterations = PASSWORD_ITERATIONS,
): Promise<PasswordHash> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(password, salt, iterations);
  return { hash: bytesToBase64(hash), salt: bytesToBase64(salt), iterations };
}

/** Whether `password` is the one `stored` was made from, compared in constant time. */
export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const expected = base64ToBytes(stored.hash);
  const actual = new Uint8Array(
    await derive(password, base64ToBytes(stored.salt), stored.iterations),
  );
  return (
    expected.byteLength === actual.byteLength && crypto.subtle.timingSafeEqual(expected, actual)
  );
}

/** Why `password` will not do as a new password, or null. */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH)
    return `Use at least ${MIN_PASSWORD_LENGTH} characters; a passphrase of a few words is easiest.`;
  if (password.length > MAX_PASSWORD_LENGTH)
    return `Keep the password to ${MAX_PASSWORD_LENGTH} characters.`;
  return null;
}
