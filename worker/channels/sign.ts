import { base64ToBytes, bytesToBase64 } from "../http/base64.ts";
import { hmacSha256 } from "../http/signing.ts";

/**
 * Standard Webhooks signature: `v1,` + base64 HMAC-SHA256 over `{id}.{timestamp}.{body}`, keyed
 * with the base64 part of the channel's `whsec_` secret.
 *
 * @example
 * await signWebhook("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_1", 1700000000, "{}");
 * // "v1,…"
 */
export async function signWebhook(
  secret: string,
  id: string,
  timestamp: number,
  body: string,
): Promise<string> {
  const key = base64ToBytes(secret.replace(/^whsec_/, ""));
  return `v1,${bytesToBase64(await hmacSha256(key, `${id}.${timestamp}.${body}`))}`;
}
