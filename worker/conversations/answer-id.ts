/**
 * The id of an answered visitor message logged through the question-log queue carries a
 * signature: `<uuid>.<16 hex digits>`, HMAC-SHA256 over the site, the conversation and the uuid.
 * Until the log's batch lands in D1, the row a verdict (👍/👎) names is not there; the signature
 * is then the worker's own word that it answered this message in this conversation of this site,
 * so the verdict is accepted and applied when the row lands, while an id the worker never gave
 * out is still refused (404). The client is never trusted: it can only hand back what it got.
 */
import { MIN_ADMIN_TOKEN_LENGTH } from "../../shared/limits.ts";
import { bytesToHex } from "../http/base64.ts";
import { hmacSha256, sameInConstantTime } from "../http/signing.ts";

const SIGNED = /^([0-9a-f-]{36})\.([0-9a-f]{16})$/;

/**
 * The key answer ids are signed with: the admin token, a server-only secret (domain-separated
 * below, as reply addresses use it), or null when it is unset or too short to trust. Without a
 * key the question log is written to D1 at once, as before the queue.
 */
export function answerIdKey(env: Pick<Env, "ADMIN_TOKEN">): string | null {
  const token = env.ADMIN_TOKEN;
  return typeof token === "string" && token.length >= MIN_ADMIN_TOKEN_LENGTH ? token : null;
}

async function signature(key: string, site: string, conversationId: string, uuid: string) {
  const mac = await hmacSha256(key, `clarifier:answer-id:${site}\n${conversationId}\n${uuid}`);
  return bytesToHex(new Uint8Array(mac).slice(0, 8));
}

/**
 * A new signed id for an answered message of this conversation.
 *
 * @example
 * await signedAnswerId(key, "acme", conversationId); // "0b6f…-….1f0c9a2b3c4d5e6f"
 */
export async function signedAnswerId(
  key: string,
  site: string,
  conversationId: string,
): Promise<string> {
  const uuid = crypto.randomUUID();
  return `${uuid}.${await signature(key, site, conversationId, uuid)}`;
}

/** Whether `id` is an answer id this worker signed for this conversation of this site. */
export async function isSignedAnswerId(
  key: string | null,
  site: string,
  conversationId: string,
  id: string,
): Promise<boolean> {
  const match = key ? SIGNED.exec(id) : null;
  if (!key || !match?.[1] || !match[2]) return false;
  return sameInConstantTime(await signature(key, site, conversationId, match[1]), match[2]);
}
