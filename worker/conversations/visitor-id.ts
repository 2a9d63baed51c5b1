import { evidenceKey } from "../http/visitor-key.ts";
import { bytesToHex } from "../http/base64.ts";
import { hmacSha256 } from "../http/signing.ts";

/**
 * The pseudonym a visitor message is logged with: the first 16 hex digits of HMAC-SHA256, keyed
 * with a server-only secret (`answerIdKey`: the admin token), over the site and the sender's
 * address key as evidence (`evidenceKey`: an IPv4 address, an IPv6 /48), so the dashboard can count visitors
 * without the database holding an address. Keyed because an unkeyed hash is not that: there
 * are 2^32 IPv4 addresses, and trying them all undoes it in minutes. Per site, so the same person
 * on two sites is two visitors. Without a key (the token unset or too short, where admin access
 * is closed anyway) it is the plain SHA-256. Rotating the token starts every visitor afresh.
 * Locally, without an address, every message is "local".
 *
 * @example
 * await visitorPseudonym(answerIdKey(env), "acme", "203.0.113.7"); // e.g. "3f1c9a0b7d2e4c51"
 */
export async function visitorPseudonym(
  key: string | null,
  site: string,
  address: string | undefined,
): Promise<string> {
  const visitor = `${site}\n${evidenceKey(address ?? "local")}`;
  const digest = key
    ? await hmacSha256(key, `clarifier:visitor:${visitor}`)
    : await crypto.subtle.digest("SHA-256", new TextEncoder().encode(visitor));
  return bytesToHex(new Uint8Array(digest).slice(0, 8));
}
