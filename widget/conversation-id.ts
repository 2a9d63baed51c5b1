/**
 * A fresh conversation id matching `CONVERSATION_ID_PATTERN`: a UUID where the page allows it,
 * else 24 random base36 characters.
 *
 * @example
 * createConversationId(); // "3f0c2d9e-8a4b-4c1e-9f7a-2b6d5e4c3a21"
 */
export function createConversationId(): string {
  try {
    // randomUUID exists only in secure contexts; plain-http pages land in the fallback.
    return crypto.randomUUID();
  } catch {
    return randomBase36(24);
  }
}

function randomBase36(length: number): string {
  let id = "";
  // getRandomValues, unlike randomUUID, exists on plain-http pages too, in every browser that
  // runs this ES2020 bundle: no Math.random fallback to carry.
  for (const byte of crypto.getRandomValues(new Uint8Array(length))) id += (byte % 36).toString(36);
  return id;
}
