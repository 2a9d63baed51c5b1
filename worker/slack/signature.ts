import { hmacSha256, sameInConstantTime } from "../http/signing.ts";
import { bytesToHex } from "../http/base64.ts";

/** How old a signed Slack request may be: Slack's own advice against replayed requests. */
const MAX_AGE_SECONDS = 5 * 60;

/**
 * Whether a request is Slack's: `x-slack-signature` is `v0=` and the hex HMAC-SHA256, keyed with
 * the app's signing secret, of `v0:<x-slack-request-timestamp>:<raw body>`, and the timestamp
 * is within five minutes of now.
 *
 * @example
 * await isSlackSignature(secret, "1700000000", '{"type":"url_verification"}', "v0=5f…", 1700000010);
 */
export async function isSlackSignature(
  secret: string,
  timestamp: string | undefined,
  body: string,
  signature: string | undefined,
  nowSeconds: number,
): Promise<boolean> {
  if (!timestamp || !signature || !couldBeSlackSigned(timestamp, signature, nowSeconds)) {
    return false;
  }
  return sameInConstantTime(`v0=${await slackSignature(secret, timestamp, body)}`, signature);
}

/**
 * Whether the headers have the shape of a signed Slack request now: a timestamp within five
 * minutes and `v0=` with 64 hex digits. Costs no body read, lookup or HMAC, so a request that
 * fails it is refused before anything else (`isSlackSignature` would refuse it whatever the secret).
 *
 * @example
 * couldBeSlackSigned("1700000000", "v0=abc", 1700000010); // false: not 64 hex digits
 */
export function couldBeSlackSigned(
  timestamp: string | undefined,
  signature: string | undefined,
  nowSeconds: number,
): boolean {
  if (!timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(nowSeconds - Number(timestamp)) > MAX_AGE_SECONDS) return false;
  return /^v0=[0-9a-f]{64}$/.test(signature);
}

/** The hex HMAC-SHA256 of `v0:<timestamp>:<body>` with `secret`, as Slack signs. */
export async function slackSignature(
  secret: string,
  timestamp: string,
  body: string,
): Promise<string> {
  return bytesToHex(await hmacSha256(secret, `v0:${timestamp}:${body}`));
}
