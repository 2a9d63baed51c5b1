/** Signing and checking signatures: HMAC-SHA256, and comparing in constant time. */

/**
 * HMAC-SHA256 of `message` (UTF-8) with `key`: the one signing step behind webhook signatures,
 * Slack's request signatures and reply addresses. A string key is taken as its UTF-8 bytes.
 */
export async function hmacSha256(
  key: string | BufferSource,
  message: string,
): Promise<ArrayBuffer> {
  const encoder = new TextEncoder();
  const cryptoKey = await crypto.subtle.importKey(
    "raw",
    typeof key === "string" ? encoder.encode(key) : key,
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  return crypto.subtle.sign("HMAC", cryptoKey, encoder.encode(message));
}

/**
 * Whether two strings are the same, in time that doesn't depend on where they differ, so a
 * signature can't be found a character at a time. Strings of different lengths differ.
 */
export function sameInConstantTime(a: string, b: string): boolean {
  const encoder = new TextEncoder();
  const x = encoder.encode(a);
  const y = encoder.encode(b);
  return x.byteLength === y.byteLength && crypto.subtle.timingSafeEqual(x, y);
}
