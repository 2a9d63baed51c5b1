/**
 * The per-handoff address a team answers by email: `reply+<handoffId>.<signature>@<REPLY_DOMAIN>`.
 * The signature (HMAC-SHA256 of the handoff id, first 16 hex digits) means nobody can write
 * into a handoff by guessing its id; lowercase hex survives mail systems that fold case.
 */

import { hmacSha256, sameInConstantTime } from "../http/signing.ts";
import { bytesToHex } from "../http/base64.ts";

const PATTERN = /^reply\+([0-9a-f-]{36})\.([0-9a-f]{16})@/i;

async function signature(secret: string, handoffId: string): Promise<string> {
  // Domain-separated, so the key's use here can't be replayed for anything else it signs.
  const mac = await hmacSha256(secret, `clarifier:reply-address:${handoffId}`);
  return bytesToHex(new Uint8Array(mac).slice(0, 8));
}

/**
 * The reply address of a handoff, or null when inbound replies are off (no `domain`).
 *
 * @example
 * await replyAddress("s3cret…", "reply.acme.example", "0b6f…");
 * // "reply+0b6f….1f0c9a2b3c4d5e6f@reply.acme.example"
 */
export async function replyAddress(
  secret: string,
  domain: string | undefined,
  handoffId: string,
): Promise<string | null> {
  if (!domain) return null;
  return `reply+${handoffId}.${await signature(secret, handoffId)}@${domain}`;
}

/** The handoff id a reply address names, when its signature is right; else null. */
export async function handoffOfReplyAddress(
  secret: string,
  address: string,
): Promise<string | null> {
  const match = PATTERN.exec(address);
  if (!match?.[1] || !match[2]) return null;
  const id = match[1].toLowerCase();
  const expected = await signature(secret, id);
  return sameInConstantTime(expected, match[2].toLowerCase()) ? id : null;
}
