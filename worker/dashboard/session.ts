/**
 * The dashboard's session: a cookie holding `<expires>.<nonce>.<signature>` for whoever signed in
 * with ADMIN_TOKEN, or `<expires>.<nonce>.<member id>.<epoch>.<signature>` for a team member,
 * where the signature is an HMAC-SHA256 of the rest keyed from ADMIN_TOKEN. The cookie never
 * carries the token itself, and rotating ADMIN_TOKEN signs every session out, members' too. A
 * member's session is also checked against their row on every request (middleware.ts): a removed
 * member, or one whose session epoch has moved on (a new password), is signed out. The only
 * thing stored server-side is a signed-out session's nonce, kept in KV until the session would
 * have expired anyway, so that a cookie copied before signing out stops working when its owner
 * signs out.
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

/** Who a session is: the token holder, or a member as of their session epoch. */
export type SessionSubject =
  | { kind: "admin" }
  | { kind: "member"; memberId: string; epoch: number };

const ADMIN_SUBJECT: SessionSubject = { kind: "admin" };

/**
 * A fresh session value that expires `SESSION_SECONDS` after `nowMs`, for the token holder
 * unless a member is given.
 *
 * @example
 * const value = await createSession(env.ADMIN_TOKEN, Date.now()); // "1767225600.q0….Zk…"
 */
export async function createSession(
  adminToken: string,
  nowMs: number,
  subject: SessionSubject = ADMIN_SUBJECT,
): Promise<string> {
  const expires = Math.floor(nowMs / 1000) + SESSION_SECONDS;
  const nonce = toBase64Url(crypto.getRandomValues(new Uint8Array(16)));
  // The token holder's value keeps its original shape, so sessions signed before members
  // existed stay valid.
  const payload =
    subject.kind === "admin"
      ? `${expires}.${nonce}`
      : `${expires}.${nonce}.${subject.memberId}.${subject.epoch}`;
  const signature = await crypto.subtle.sign(
    "HMAC",
    await sessionKey(adminToken),
    new TextEncoder().encode(payload),
  );
  return `${payload}.${toBase64Url(signature)}`;
}

interface ParsedSession {
  expires: number;
  nonce: string;
  subject: SessionSubject;
  /** What the signature signs: everything before it. */
  payload: string;
  signature: string;
}

/** The parts of a well-formed session value, or null. Says nothing about its signature. */
function parseSession(value: string): ParsedSession | null {
  const match =
    /^((\d{1,12})\.([A-Za-z0-9_-]{16,64})(?:\.([0-9a-f-]{36})\.(\d{1,9}))?)\.([A-Za-z0-9_-]{43})$/.exec(
      value,
    );
  if (!match) return null;
  const [, payload = "", expires = "", nonce = "", memberId, epoch, signature = ""] = match;
  const subject: SessionSubject =
    memberId === undefined ? ADMIN_SUBJECT : { kind: "member", memberId, epoch: Number(epoch) };
  return { expires: Number(expires), nonce, subject, payload, signature };
}

/** The session `value` is, if this token signed it and it has not expired at `nowMs`. */
async function verifiedSession(
  adminToken: string,
  value: string | undefined,
  nowMs: number,
): Promise<ParsedSession | null> {
  if (!adminToken || !value) return null;
  const session = parseSession(value);
  if (!session) return null;
  if (session.expires * 1000 <= nowMs) return null;
  const signatureBytes = fromBase64Url(session.signature);
  if (!signatureBytes) return null;
  // `verify` compares in constant time.
  const valid = await crypto.subtle.verify(
    "HMAC",
    await sessionKey(adminToken),
    signatureBytes,
    new TextEncoder().encode(session.payload),
  );
  return valid ? session : null;
}

/** Whether `value` is a session this token signed and that has not expired at `nowMs`. */
export async function isValidSession(
  adminToken: string,
  value: string | undefined,
  nowMs: number,
): Promise<boolean> {
  return (await verifiedSession(adminToken, value, nowMs)) !== null;
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
  const session = await verifiedSession(adminToken, value, nowMs);
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
  return (await activeSessionSubject(kv, adminToken, value, nowMs)) !== null;
}

/**
 * Who the active session `value` is (`isActiveSession`), or null. A member's still has to be
 * checked against their row: this knows only what was signed.
 */
export async function activeSessionSubject(
  kv: KVNamespace,
  adminToken: string,
  value: string | undefined,
  nowMs: number,
): Promise<SessionSubject | null> {
  const session = await verifiedSession(adminToken, value, nowMs);
  if (!session) return null;
  if ((await kv.get(revokedSessionKey(session.nonce))) !== null) return null;
  return session.subject;
}
