/**
 * The dashboard's session: a cookie holding `<expires>.<nonce>.<signature>`, where the signature
 * is an HMAC-SHA256 keyed from ADMIN_TOKEN. Nothing is stored server-side, the cookie never
 * carries the token itself, and rotating ADMIN_TOKEN signs every session out.
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

/** Whether `value` is a session this token signed and that has not expired at `nowMs`. */
export async function isValidSession(
  adminToken: string,
  value: string | undefined,
  nowMs: number,
): Promise<boolean> {
  if (!adminToken || !value) return false;
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{16,64})\.([A-Za-z0-9_-]{43})$/.exec(value);
  if (!match) return false;
  const [, expires = "", nonce = "", signature = ""] = match;
  if (Number(expires) * 1000 <= nowMs) return false;
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
