/**
 * The dashboard's session: a cookie holding `<expires>.<nonce>.<signature>`, where the signature
 * is an HMAC-SHA256 keyed from ADMIN_TOKEN. The cookie never carries the token itself, and
 * rotating ADMIN_TOKEN signs every session out. The only thing stored server-side is a signed-out
 * session's nonce, kept in KV until the session would have expired anyway, so that a cookie
 * copied before signing out stops working when its owner signs out.
 */

import { base64ToBytes, bytesToBase64 } from "../http/base64.ts";

export const SESSION_COOKIE = "clarifier_session";
/** How long a sign-in lasts. A working day, so a stolen laptop's cookie does not live long. */
export const SESSION_SECONDS = 12 * 60 * 60;

// Separates these signatures from any other use of the same token as key material.
const PURPOSE = "clarifier dashboard session v1";

async function sessionKey(adminToken: string): Promise<CryptoKey> {
  const material = await crypto.subtle.digest(
    "SHA-256",
    new TextEncoder().encode(`${PURPOSE}\n${adminToken}`),
  );
  return crypto.subtle.importKey("raw", material, { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
    "verify",
  ]);
}

function toBase64Url(bytes: ArrayBuffer | Uint8Array): string {
  return bytesToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  return base64ToBytes(text.replace(/-/g, "+").replace(/_/g, "/"));
}

/**
 * A fresh session value that expires `SESSION_SECONDS` after `nowMs`.
 *
 * @example
 * const value = await createSession(env.ADMIN_TOKEN, Date.now()); // "1767225600.q0….Zk…"
 */
export async function createSession(adminToken: string, nowMs: number): Promise<string> {
  const expires = Math.floor(nowMs / 1000) + SESSION_SECONDS;
  const nonce = toBase64Url(crypto.getRandomValues(new Uint8Array(16)));
  const payload = `${expires}.${nonce}`;
  const signature = await crypto.subtle.sign(
    "HMAC",
    await sessionKey(adminToken),
    new TextEncoder().encode(payload),
  );
  return `${payload}.${toBase64Url(signature)}`;
}

/** The parts of a well-formed session value, or null. Says nothing about its signature. */
function parseSession(value: string): { expires: number; nonce: string; signature: string } | null {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{16,64})\.([A-Za-z0-9_-]{43})$/.exec(value);
  if (!match) return null;
  const [, expires = "", nonce = "", signature = ""] = match;
  return { expires: Number(expires), nonce, signature };
}

/** Whether `value` is a session this token signed and that has not expired at `nowMs`. */
export async function isValidSession(
  adminToken: string,
  value: string | undefined,
  nowMs: number,
): Promise<boolean> {
  if (!adminToken || !value) return false;
  const session = parseSession(value);
  if (!session) return false;
  const { expires, nonce, signature } = session;
  if (expires * 1000 <= nowMs) return false;
  const signatureBytes = fromBase64Url(signature);
  if (!signatureBytes) return false;
  // `verify` compares in constant time.
  return crypto.subtle.verify(
    "HMAC",
    await sessionKey(adminToken),
    signatureBytes,
    new TextEncoder().encode(`${expires}.${nonce}`),
  );
}

/** The KV key that marks a session as signed out, by its nonce. */
export function revokedSessionKey(nonce: string): string {
  return `v1:revoked-session:${nonce}`;
}

// KV refuses an expiration under a minute; a revocation kept a little longer is harmless.
const MIN_KV_TTL_SECONDS = 60;

/**
 * Signs a session out for good: its nonce is stored as revoked until the session would have
 * expired. A value that is not a valid session is ignored (there is nothing to end).
 */
export async function revokeSession(
  kv: KVNamespace,
  adminToken: string,
  value: string | undefined,
  nowMs: number,
): Promise<void> {
  if (!value || !(await isValidSession(adminToken, value, nowMs))) return;
  const session = parseSession(value);
  if (!session) return;
  const remaining = Math.ceil(session.expires - nowMs / 1000);
  await kv.put(revokedSessionKey(session.nonce), "signed out", {
    expirationTtl: Math.max(MIN_KV_TTL_SECONDS, remaining),
  });
}

/**
 * Whether `value` is a valid session (`isValidSession`) that has not been signed out. KV reads
 * are eventually consistent, so a revocation reaches other locations within about a minute;
 * the location that handled the sign-out sees it at once.
 */
export async function isActiveSession(
  kv: KVNamespace,
  adminToken: string,
  value: string | undefined,
  nowMs: number,
): Promise<boolean> {
  if (!value || !(await isValidSession(adminToken, value, nowMs))) return false;
  const session = parseSession(value);
  if (!session) return false;
  return (await kv.get(revokedSessionKey(session.nonce))) === null;
}
