import { visitorKey } from "../http/visitor-key.ts";
import { bytesToHex } from "../http/base64.ts";

/**
 * The pseudonym a visitor message is logged with: the first 16 hex digits of SHA-256 over the
 * site and the sender's address key (`visitorKey`: an IPv4 address, an IPv6 /64), so the
 * dashboard can count visitors without the database holding an address. Per site, so the same
 * person on two sites is two visitors. Locally, without an address, every message is "local".
 *
 * @example
 * await visitorPseudonym("acme", "203.0.113.7"); // e.g. "3f1c9a0b7d2e4c51"
 */
export async function visitorPseudonym(site: string, address: string | undefined): Promise<string> {
  const key = `${site}\n${visitorKey(address ?? "local")}`;
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(key));
  return bytesToHex(new Uint8Array(digest).slice(0, 8));
}
