import { MAX_EMAIL_LENGTH } from "./limits.ts";

// Deliberately permissive: one "@", a dotted domain, no spaces or control characters. Stricter
// checks reject real addresses; the reply itself is the only true test of an address.
const EMAIL_PATTERN = /^[^\s@\p{Cc}]+@[^\s@\p{Cc}.]+(?:\.[^\s@\p{Cc}.]+)+$/u;

/**
 * Whether `value` looks like an email address a person could be answered at.
 *
 * @example
 * isValidEmail("jane@example.com"); // true
 * isValidEmail("jane@localhost");   // false: no dotted domain
 */
export function isValidEmail(value: string): boolean {
  return value.length <= MAX_EMAIL_LENGTH && EMAIL_PATTERN.test(value);
}
