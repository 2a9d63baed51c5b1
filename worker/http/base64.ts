/** Bytes as standard base64 (Standard Webhooks signatures, secrets). */
export function bytesToBase64(bytes: ArrayBuffer | Uint8Array): string {
  let binary = "";
  for (const b of bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes))
    binary += String.fromCharCode(b);
  return btoa(binary);
}

/** Standard base64 back to bytes; throws on malformed input, as `atob` does. */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Bytes as lowercase hex (digests and signatures that must survive case-folding or headers). */
export function bytesToHex(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  return [...view].map((b) => b.toString(16).padStart(2, "0")).join("");
}
