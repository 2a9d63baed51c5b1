import { MAX_EMAIL_LENGTH } from "./limits.ts";

// One rule for every address the widget and the API accept, strict enough that every channel
// can carry it as it is (an email header, Slack mrkdwn, JSON): a practical RFC 5321 address. The
// local part is a dot-atom of ASCII atext (no quotes, angle brackets, spaces or controls), at
// most 64 characters; the domain is LDH labels of 1-63 characters with at least one dot, an
// internationalised name only as punycode (xn--), and a last label that is not all digits.
const ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
const EMAIL_PATTERN = new RegExp(
  `^(?=[^@]{1,64}@)${ATEXT}(?:\\.${ATEXT})*@(?:${LABEL}\\.)+(?=[A-Za-z0-9-]*[A-Za-z])${LABEL}$`,
);

/**
 * Whether `value` is an email address a person can be answered at, and that every channel
 * (email, Slack, webhook) can deliver as it is: ASCII, ≤ 254 characters, dot-atom local part,
 * dotted domain of letters, digits and hyphens (IDN as punycode).
 *
 * @example
 * isValidEmail("jane@example.com"); // true
 * isValidEmail("jane@localhost");   // false: no dotted domain
 * isValidEmail('"><svg/onload=alert(1)>@evil.co'); // false: not a dot-atom
 */
export function isValidEmail(value: string): boolean {
  return value.length <= MAX_EMAIL_LENGTH && EMAIL_PATTERN.test(value);
}
